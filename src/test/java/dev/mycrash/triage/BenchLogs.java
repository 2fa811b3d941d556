package dev.mycrash.triage;

import dev.mycrash.knownbugs.QaEntry;
import dev.mycrash.knownbugs.QaKnownBugs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates error logs for the triage benchmark from the real generated-here logs: each log is
 * one real scenario log (server start, crash report, trailer) with its crash stack varied:
 * every third log gets the frames of a random SIGSEGV/SIGABRT entry of the imported mariadb-qa
 * list (a known crash), the others get one of 300 extra top frames {@code crash_bench_vN}
 * (new crashes, up to 300 distinct signatures per scenario). Templates must have had their
 * {@code __restore_rt} address normalised to 0x7f22ac05a050 (see {@link #template}).
 */
final class BenchLogs {
  private BenchLogs() {}

  static void generate(Path dir, int count, List<String> templates, QaKnownBugs qa, long seed) throws IOException {
    Files.createDirectories(dir);
    List<QaEntry> signal = qa.entries().stream()
        .filter(e -> e.uniqueId().startsWith("SIGSEGV|") && e.uniqueId().split("\\|").length == 5)
        .toList();
    Random r = new Random(seed);
    for (int i = 0; i < count; i++) {
      String t = templates.get(i % templates.size());
      String log = i % 3 == 0 ? known(t, signal.get(r.nextInt(signal.size()))) : variant(t, r.nextInt(300));
      Path f = dir.resolve(String.format("run%05d/log/master.err", i));
      Files.createDirectories(f.getParent());
      Files.writeString(f, log, java.nio.file.StandardOpenOption.CREATE_NEW);
    }
  }

  /** A scenario log made usable as a template: its __restore_rt address set to a fixed value. */
  static String template(String log) {
    return log.replaceAll("\\(__restore_rt\\)\\[0x[0-9a-f]+\\]", "(__restore_rt)[0x7f22ac05a050]");
  }

  /** The template with a frame {@code crash_bench_vN} inserted as the new top frame. */
  static String variant(String template, int n) {
    return template.replace("(__restore_rt)[0x7f22ac05a050]\n",
        "(__restore_rt)[0x7f22ac05a050]\nudf/crash_udf.c:7(crash_bench_v" + n + ")[0x7f22acd70160]\n");
  }

  /** The template with its frame lines replaced by the frames of a mariadb-qa SIGSEGV entry. */
  static String known(String template, QaEntry e) {
    String[] lines = template.split("\n", -1);
    String[] frames = e.uniqueId().split("\\|");
    List<String> out = new ArrayList<>();
    boolean replaced = false;
    for (String l : lines) {
      if (l.contains("got signal")) {
        l = l.replaceFirst("got signal \\d+", "got signal 11");
      }
      if (l.startsWith("/usr/sbin/mariadbd(") || l.matches("^[a-z_/0-9]+\\.[cS]:\\d+\\(.*")) {
        if (!replaced) {
          out.add("/usr/sbin/mariadbd(my_print_stacktrace+0x2e)[0x56433eb7787e]");
          out.add("/usr/sbin/mariadbd(handle_fatal_signal+0x1c7)[0x56433e6f2057]");
          out.add("libc_sigaction.c:0(__restore_rt)[0x7f22ac05a050]");
          for (int k = 1; k < frames.length; k++) {
            out.add("/usr/sbin/mariadbd(" + frames[k] + "()+0x4a)[0x56433e76901" + k + "]");
          }
          out.add("/usr/sbin/mariadbd(_Z10do_commandP3THDb+0x13f)[0x56433e4b961f]");
          replaced = true;
        }
        continue;
      }
      if (!l.contains("Assertion")) {
        out.add(l);
      }
    }
    return String.join("\n", out);
  }
}
