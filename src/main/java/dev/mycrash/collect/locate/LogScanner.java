package dev.mycrash.collect.locate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One streaming pass over an error log for {@link LogFacts}. The lines it keys on (MariaDB 10.11
 * on Debian 12, and the MySQL 8 forms):
 *
 * <pre>
 * 2026-11-23 11:43:47 0 [Note] Starting MariaDB 10.11.19-MariaDB-0+deb12u1 source revision 5843d84... as process 7747
 * 2024-09-07T15:30:13.229030Z 0 [System] [MY-010116] [Server] /usr/sbin/mysqld (mysqld 8.4.2) starting as process 1
 * 261123 11:43:47 [ERROR] /usr/sbin/mariadbd got signal 11 ;
 * 2024-09-07T15:31:00Z UTC - mysqld got signal 6 ;
 * Query (0x772264010e40): SELECT id, v, crash_segv() FROM t1 WHERE id = 1
 * </pre>
 *
 * Old-style {@code YYMMDD HH:MM:SS} stamps are local time in {@code zone}.
 */
public final class LogScanner {
  private static final int MAX_SECTION = 5000;
  private static final Pattern START = Pattern.compile(
      "(?:Starting MariaDB (\\S+) .*as process (\\d+)|\\(mysqld (\\S+)\\) starting as process (\\d+))");
  private static final Pattern SIGNAL = Pattern.compile("(\\S*)\\s*got signal (\\d+)\\s*;");
  private static final Pattern READY = Pattern.compile("(/\\S+): ready for connections");
  private static final Pattern OLD_TS = Pattern.compile("^(\\d{6}) ?(\\s?\\d{1,2}:\\d{2}:\\d{2}) ");
  private static final Pattern NEW_TS = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})[ T](\\d{2}:\\d{2}:\\d{2})(?:\\.\\d+)?(Z)?");
  private static final DateTimeFormatter OLD = DateTimeFormatter.ofPattern("yyMMdd H:mm:ss");
  private final ZoneId zone;

  public LogScanner(ZoneId zone) {
    this.zone = zone;
  }

  public LogFacts scan(InputStream log) throws IOException {
    State s = new State();
    BufferedReader r = new BufferedReader(new InputStreamReader(log, StandardCharsets.ISO_8859_1), 1 << 16);
    long n = 0;
    String prev = null;
    for (String line; (line = r.readLine()) != null; ) {
      n++;
      s.line(line, prev, n);
      prev = line;
    }
    return s.facts();
  }

  private final class State {
    Long pid;
    String version;
    String readyExe;
    Instant lastStamp;
    LogFacts crash = LogFacts.empty();
    List<String> section;
    long sectionStart;

    void line(String line, String prev, long n) {
      Instant t = stamp(line);
      lastStamp = t != null ? t : lastStamp;
      Matcher m = START.matcher(line);
      if (m.find()) {
        pid = Long.parseLong(m.group(2) != null ? m.group(2) : m.group(4));
        version = m.group(1) != null ? m.group(1) : m.group(3);
        closeSection();
        return;
      }
      Matcher ready = READY.matcher(line);
      if (ready.find()) {
        readyExe = ready.group(1);
      }
      Matcher sig = SIGNAL.matcher(line);
      if (sig.find()) {
        startSection(line, prev, n, sig);
      } else if (section != null && section.size() < MAX_SECTION) {
        section.add(line);
      }
    }

    void startSection(String line, String prev, long n, Matcher sig) {
      closeSection();
      boolean withPrev = prev != null && (prev.contains("Assertion") || prev.contains("[FATAL]"));
      section = new ArrayList<>();
      if (withPrev) {
        section.add(prev);
      }
      section.add(line);
      sectionStart = withPrev ? n - 1 : n;
      String exe = sig.group(1).startsWith("/") ? sig.group(1) : readyExe;
      crash = new LogFacts(pid, version, lastStamp, exe, Integer.valueOf(sig.group(2)), withPrev ? prev.strip() : null, null,
          List.of(), sectionStart);
    }

    void closeSection() {
      if (section != null) {
        while (section.size() > 1 && section.get(section.size() - 1).isBlank()) {
          section.remove(section.size() - 1);
        }
        String q = section.stream().filter(l -> l.startsWith("Query (")).map(l -> l.substring(l.indexOf("): ") + 3)).findFirst().orElse(null);
        crash = new LogFacts(crash.pid(), crash.version(), crash.crashTime(), crash.exe(), crash.signal(), crash.assertion(), q, section, sectionStart);
        section = null;
      }
    }

    LogFacts facts() {
      closeSection();
      if (crash.hasCrash()) {
        return crash;
      }
      return new LogFacts(pid, version, null, readyExe, null, null, null, List.of(), 0);
    }
  }

  private Instant stamp(String line) {
    Matcher o = OLD_TS.matcher(line);
    if (o.find()) {
      return parse(() -> LocalDateTime.parse(o.group(1) + " " + o.group(2).strip(), OLD).atZone(zone).toInstant());
    }
    Matcher m = NEW_TS.matcher(line);
    if (m.find()) {
      ZoneId z = m.group(3) != null ? ZoneId.of("UTC") : zone;
      return parse(() -> LocalDateTime.parse(m.group(1) + "T" + m.group(2)).atZone(z).toInstant());
    }
    return null;
  }

  private static Instant parse(java.util.function.Supplier<Instant> s) {
    try {
      return s.get();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
