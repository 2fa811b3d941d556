package dev.mycrash.triage;

import dev.mycrash.knownbugs.CrashFacts;
import dev.mycrash.knownbugs.Products;
import dev.mycrash.symbols.Frame;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small crash-block reader for triage: finds each {@code got signal N ;} header, the
 * assertion printed before it, the frames after it and the server version of that lifetime.
 *
 * <pre>
 * Version: '10.11.19-MariaDB-0+deb12u1'  socket: '/tmp/crashlab/datadir/mysqld.sock'  port: 33061
 * mariadbd: /tmp/crashlab/udf/crash_udf.c:13: crash_assert: Assertion `must_be_nonzero != 0' failed.
 * 261123 11:43:48 [ERROR] /usr/sbin/mariadbd got signal 6 ;
 * /usr/sbin/mariadbd(my_print_stacktrace+0x2e)[0x5600f585887e]
 * udf/crash_udf.c:13(crash_assert)[0x7f137bbbd1ca]
 * </pre>
 */
public final class ServerLogReader implements CrashSource {
  private static final Pattern SIGNAL = Pattern.compile("^(.*?)\\s*(?:\\[ERROR\\] |- |UTC - )?\\S*(?:mysqld|mariadbd)\\S* got signal (\\d+) ;");
  private static final Pattern VERSION =
      Pattern.compile("(?:^Version: '([^']+)'|Server [Vv]ersion: (\\S+)|Starting MariaDB (\\S+)|\\(mysqld (\\S+)\\) starting as process)");
  private static final Pattern ASSERT_AT =
      Pattern.compile("(?:Assertion failure in (?:thread \\d+ in )?file (\\S+) line (\\d+)|Assertion failure: ([^:\\s]+):(\\d+)"
          + "|Assertion failed: .*, file (\\S+), line (\\d+))");
  private static final Pattern GLIBC_ASSERT =
      Pattern.compile("([^\\s:]+\\.(?:c|cc|cpp|cxx|h|hh|ic|inl)):(\\d+): .*?Assertion `");
  private static final Pattern LATCH =
      Pattern.compile("innodb_fatal_semaphore_wait_threshold was exceeded for (\\S+?)\\.?(?:\\s|$)");
  private static final int MAX_CRASH_TEXT_LINES = 400;
  /** Lines before the header kept as part of the crash section (assertion and FATAL lines). */
  private static final int RECENT_LINES = 20;

  @Override
  public List<CrashRecord> read(String name, InputStream in) throws IOException {
    return read(name, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 13));
  }

  /** Every crash in the lines of {@code in}. */
  public List<CrashRecord> read(String name, BufferedReader in) throws IOException {
    List<CrashRecord> out = new ArrayList<>();
    State st = new State();
    String line;
    long n = 0;
    while ((line = in.readLine()) != null) {
      n++;
      Matcher sig = line.contains("got signal") ? SIGNAL.matcher(line) : null;
      if (sig != null && sig.find()) {
        st.flush(name, out);
        st.open(n, Integer.parseInt(sig.group(2)), sig.group(1).strip(), line);
        continue;
      }
      st.observe(line);
    }
    st.flush(name, out);
    return out;
  }

  /** The reader's running state over one file. */
  private static final class State {
    String version;
    String assertion;
    String assertionAt;
    List<String> latches = new ArrayList<>();
    final java.util.ArrayDeque<String> recent = new java.util.ArrayDeque<>();
    long crashLine;
    Integer signal;
    String time;
    List<Frame> frames;
    StringBuilder text;
    int textLines;

    void open(long n, int sig, String t, String header) {
      crashLine = n;
      signal = sig;
      time = t.isEmpty() ? null : t;
      frames = new ArrayList<>();
      text = new StringBuilder();
      for (String l : recent) {
        text.append(l).append('\n');
      }
      text.append(header).append('\n');
      textLines = recent.size() + 1;
      recent.clear();
    }

    void observe(String line) {
      Matcher v = line.contains("ersion") || line.contains("Starting") ? VERSION.matcher(line) : null;
      if (v != null && v.find()) {
        version = firstNonNull(v.group(1), v.group(2), v.group(3), v.group(4));
      }
      if (frames != null) {
        inCrash(line);
        return;
      }
      if (line.contains("ready for connections")) {
        assertion = null;
        assertionAt = null;
        latches.clear();
        recent.clear();
      }
      if (recent.size() == RECENT_LINES) {
        recent.removeFirst();
      }
      recent.addLast(line);
      before(line);
    }

    private void inCrash(String line) {
      if (textLines < MAX_CRASH_TEXT_LINES) {
        text.append(line).append('\n');
        textLines++;
      }
      Frame f = line.indexOf('[') > 0 || line.indexOf(" + ") > 0 ? FrameLine.parse(line) : null;
      if (f != null) {
        frames.add(f);
      }
    }

    private void before(String line) {
      if (line.contains("Assertion `") || line.contains("Failing assertion:") || line.contains("Assertion failed: (")) {
        assertion = line;
        Matcher g = GLIBC_ASSERT.matcher(line);
        if (g.find() && assertionAt == null) {
          String path = g.group(1);
          assertionAt = path.substring(path.lastIndexOf('/') + 1) + ":" + g.group(2);
        }
      }
      Matcher at = line.contains("Assertion fail") ? ASSERT_AT.matcher(line) : null;
      if (at != null && at.find()) {
        String file = at.group(1) != null ? at.group(1) : at.group(3) != null ? at.group(3) : at.group(5);
        String ln = at.group(2) != null ? at.group(2) : at.group(4) != null ? at.group(4) : at.group(6);
        assertionAt = file.substring(file.lastIndexOf('/') + 1) + ":" + ln;
        if (at.group(3) != null && assertion == null) {
          assertion = line.substring(at.end()).replaceFirst("^:", "").replaceFirst(" thread \\d+$", "");
        }
      }
      Matcher l = line.contains("semaphore") ? LATCH.matcher(line) : null;
      if (l != null && l.find()) {
        latches.add(l.group(1));
      }
    }

    void flush(String name, List<CrashRecord> out) {
      if (frames == null) {
        return;
      }
      CrashFacts facts = new CrashFacts(signal, assertion, assertionAt, frames, text.toString(), latches);
      out.add(new CrashRecord(name, crashLine, version, Products.of(version), time, facts));
      frames = null;
      assertion = null;
      assertionAt = null;
      latches = new ArrayList<>();
    }

    private static String firstNonNull(String... s) {
      for (String x : s) {
        if (x != null) {
          return x;
        }
      }
      return null;
    }
  }
}
