package dev.mycrash.process;

import java.io.IOException;

/**
 * The one seam through which mycrash starts subprocesses (gdb, ldd, c++filt, eu-*). Always with a
 * timeout, never through a shell string. Tests substitute a fake.
 */
public interface ProcessRunner {
  /** Runs a command to completion or until its timeout; never throws for a non-zero exit. */
  ProcessResult run(ProcessSpec spec) throws IOException, InterruptedException;

  /** The real implementation. */
  static ProcessRunner system() {
    return new SystemProcessRunner();
  }
}
