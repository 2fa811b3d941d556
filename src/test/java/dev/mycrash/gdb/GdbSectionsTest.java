package dev.mycrash.gdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Splits real gdb output (udf_segv.gdb.txt) with the markers put where the script echoes them. */
class GdbSectionsTest {
  @TempDir Path dir;

  @Test
  void realOutputIsCutIntoTheSupportFiles() throws Exception {
    String real = GdbBacktraceParserTest.fixture("udf_segv.gdb.txt");
    int bt = real.indexOf("Thread 12 (");
    int full = real.indexOf("Thread 12 (", bt + 1);
    int libs = real.indexOf("From                To");
    String marked = real.substring(0, bt) + "\n" + marker("standard") + "\n" + real.substring(bt, full)
        + "\n" + marker("full") + "\n" + real.substring(full, libs) + "\n" + marker("sharedlibrary") + "\n"
        + real.substring(libs);
    Path stdout = Files.writeString(dir.resolve("gdb_stdout.txt"), marked);
    Map<String, Path> files = new HashMap<>();
    Map<String, GdbRun.SectionState> states = GdbSections.write(GdbScript.standard(), stdout, false, dir, files);
    assertThat(states).containsEntry("standard", GdbRun.SectionState.COMPLETE)
        .containsEntry("full", GdbRun.SectionState.COMPLETE)
        .containsEntry("sharedlibrary", GdbRun.SectionState.COMPLETE)
        .containsEntry("registers", GdbRun.SectionState.MISSING);
    String standard = Files.readString(files.get("gdb_standard.txt"));
    assertThat(standard).startsWith("[New LWP 7767]\n").contains("Program terminated with signal SIGSEGV");
    assertThat(standard.lines().filter(l -> l.startsWith("Thread "))).hasSize(12);
    assertThat(standard).doesNotContain("No locals.").endsWith("clone3.S:81\n");
    String fullText = Files.readString(files.get("gdb_full.txt"));
    assertThat(fullText.lines().filter(l -> l.startsWith("Thread "))).hasSize(12);
    assertThat(fullText).contains("No locals.", "[Current thread is 1 (Thread 0x7f22a03f56c0 (LWP 7767))]");
    assertThat(Files.readString(files.get("gdb_sharedlibrary.txt")))
        .startsWith("From                To")
        .contains("/usr/lib/mysql/plugin/crash_udf.so")
        .doesNotContain("Program terminated");
    assertThat(GdbBacktraceParser.parse(standard).crashingThread().orElseThrow().lwp()).isEqualTo(7767L);
  }

  @Test
  void killedInTheMiddleOfTheFullBacktrace() throws Exception {
    String real = GdbBacktraceParserTest.fixture("udf_segv.gdb.txt");
    int bt = real.indexOf("Thread 12 (");
    int full = real.indexOf("Thread 12 (", bt + 1);
    String marked = marker("standard") + "\n" + real.substring(bt, full) + "\n" + marker("full") + "\n"
        + real.substring(full, full + 2000);
    Path stdout = Files.writeString(dir.resolve("gdb_stdout.txt"), marked);
    Map<String, Path> files = new HashMap<>();
    Map<String, GdbRun.SectionState> states = GdbSections.write(GdbScript.standard(), stdout, true, dir, files);
    assertThat(states).containsEntry("standard", GdbRun.SectionState.COMPLETE)
        .containsEntry("full", GdbRun.SectionState.PARTIAL);
    assertThat(Files.readString(files.get("gdb_full.txt")))
        .startsWith("Thread 12 (").endsWith("\n[mycrash: gdb was killed at the timeout; this output is incomplete]\n");
  }

  private static String marker(String name) {
    return "@@mycrash-gdb-section " + name + "@@";
  }
}
