package dev.mycrash.errorlog.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycrash.errorlog.model.ResourceLimit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hand-written readers give exactly what the regular expressions they replaced gave (the
 * expressions are kept here, as they were in the parsers), on every line of the test corpus
 * ({@link CorpusLines}) and on 150,000 lines made at random from the pieces they look for.
 */
class HandReadersDifferentialTest {
  private static final Pattern PROCESS = Pattern.compile("(?:(\\S+) )?\\(mysqld ([^)\\s]+)[^)]*\\) starting as process (\\d+)");
  private static final Pattern MARIADB = Pattern.compile("\\bStarting MariaDB (\\S+) .*as process (\\d+)");
  private static final Pattern INIT =
      Pattern.compile("(?:(\\S+) )?\\(mysqld ([^)\\s]+)[^)]*\\) initializing of server in progress as process(?: (\\d+))?");
  private static final Pattern READY = Pattern.compile("^(.*?)(\\S+): ready for connections\\.?");
  private static final Pattern ADDR2LINE = Pattern.compile("^([^\\s(]+):(\\d+)\\((.*)\\)\\s?\\[(0x[0-9a-fA-F]+)\\]\\s*$");
  private static final Pattern GLIBC = Pattern.compile("^([^(\\s]+)\\((.*)\\)\\s?\\[(0x[0-9a-fA-F]+)\\]\\s*$");
  private static final Pattern LIMIT = Pattern.compile("^(Max [a-z ]+?)\\s{2,}(\\S+)\\s+(\\S+)(?:\\s+(\\S+))?\\s*$");
  private static final Pattern GOT =
      Pattern.compile("(\\S+) got (?:signal (\\d{1,3})|exception (0x[0-9a-fA-F]{1,8}))\\s*;");
  private static final Pattern TIME = Pattern.compile(
      "^(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ UTC|\\d\\d:\\d\\d:\\d\\d UTC|\\d{6}\\s+\\d{1,2}:\\d\\d:\\d\\d"
          + "|\\d{4}-\\d\\d-\\d\\d[ T]\\s?\\d{1,2}:\\d\\d:\\d\\d(?:\\.\\d+)?(?:Z|[+-]\\d\\d:\\d\\d)?)");

  private static final List<String> PIECES = List.of(" ", "  ", "   ", "\t", "\u0085", "\u2028", "\r", "x", "a", "_", "\u00e9",
      "1", "12", "1234", "123456789", "(", ")", "[", "]", ":", ";", "+", "-", "0x", "0x1f", "ABCDEF0123", "/usr/sbin/mysqld",
      "(mysqld ", "8.0.32", ") starting as process ", ") initializing of server in progress as process", "Starting MariaDB ",
      "as process ", "10.11.19-MariaDB", ": ready for connections", "X Plugin ", "mysqld(", "_ZN4JOIN10exec_innerEv+0xf72",
      ")[0x56433e52b1a2]", ") [0x7f]", "[0x", "sql/field.cc:1208(", ":0(", "??:0(", "Max ", "Max stack size", "unlimited",
      "bytes", " got signal ", " got exception 0x", "got ", "signal ", "11", "6 ;", " ;", "261123 11:43:44 [ERROR] ", "- ");

  private static final int RANDOM = 150_000;
  private static List<String> lines;

  @BeforeAll
  static void load() {
    List<String> all = new ArrayList<>(CorpusLines.real());
    assertThat(all).hasSizeGreaterThan(5_000);
    all.addAll(CorpusLines.random(PIECES, RANDOM));
    lines = all;
  }

  @Test
  void startLines() {
    same(l -> groups(PROCESS, l, 3), l -> start(StartLines.process(l)), 5);
    same(l -> groups(INIT, l, 3), l -> start(StartLines.initializing(l)), 1);
    same(l -> groups(MARIADB, l, 2), l -> mariadb(StartLines.mariadb(l)), 30);
  }

  @Test
  void readyLines() {
    same(l -> groups(READY, l, 2), l -> {
      StartLines.Ready r = StartLines.ready(l);
      return r == null ? null : List.of(r.before(), r.program());
    }, 40);
  }

  @Test
  void glibcAndAddr2lineFrames() {
    Function<String, String> framed = l -> {
      String s = l.stripTrailing();
      return s.endsWith("]") ? s : null;
    };
    same(l -> groups(GLIBC, framed.apply(l), 3), l -> parts(FrameSplit.glibc(l.stripTrailing()), framed.apply(l), false), 800);
    same(l -> groups(ADDR2LINE, framed.apply(l), 4), l -> parts(FrameSplit.addr2line(l.stripTrailing()), framed.apply(l), true),
        250);
  }

  @Test
  void resourceLimitRows() {
    for (Function<String, String> form : List.<Function<String, String>>of(l -> l, String::strip)) {
      same(l -> l.startsWith("Max ") ? groups(LIMIT, form.apply(l), 4) : null, l -> {
        ResourceLimit r = l.startsWith("Max ") ? LimitLine.parse(form.apply(l)) : null;
        return r == null ? null : Arrays.asList(r.name(), r.soft(), r.hard(), r.units());
      }, 20);
    }
  }

  @Test
  void crashHeaders() {
    same(HandReadersDifferentialTest::oldHeader, l -> {
      CrashHeader h = CrashHeader.parse(l);
      return h == null ? null : List.of(h.toString());
    }, 60);
  }

  /** CrashHeader.parse as it was, with the GOT expression. */
  private static List<String> oldHeader(String line) {
    Matcher m = GOT.matcher(line);
    if (!m.find()) {
      return null;
    }
    String before = line.substring(0, m.start()).trim();
    Matcher t = TIME.matcher(before);
    String time = t.find() ? t.group(1) : null;
    String rest = time == null ? before : before.substring(t.end()).trim();
    if (!(rest.isEmpty() || rest.equals("-") || rest.equals("[ERROR]") || rest.matches("\\d+ \\[ERROR\\]"))) {
      return null;
    }
    Integer sig = m.group(2) == null ? null : Integer.valueOf(m.group(2));
    return List.of(new CrashHeader(time, m.group(1), sig,
        m.group(3) == null ? null : m.group(3).toLowerCase(java.util.Locale.ROOT)).toString());
  }

  /** Old and new agree on every line; the real corpus alone gives at least {@code minReal} matches. */
  private static void same(Function<String, List<String>> old, Function<String, List<String>> now, int minReal) {
    List<String> differ = new ArrayList<>();
    int realMatches = 0;
    int real = lines.size() - RANDOM;
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      List<String> want = old.apply(l);
      if (!Objects.equals(want, now.apply(l)) && differ.size() < 10) {
        differ.add(l.replace("\t", "\\t").replace("\u0085", "\\u0085").replace("\u2028", "\\u2028") + " -> " + want + " / "
            + now.apply(l));
      }
      if (want != null && i < real) {
        realMatches++;
      }
    }
    assertThat(differ).isEmpty();
    assertThat(realMatches).isGreaterThanOrEqualTo(minReal);
  }

  private static List<String> groups(Pattern p, String line, int n) {
    if (line == null) {
      return null;
    }
    Matcher m = p.matcher(line);
    if (!m.find()) {
      return null;
    }
    List<String> g = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      g.add(m.group(i));
    }
    return g;
  }

  private static List<String> start(StartLines.Start s) {
    return s == null ? null : Arrays.asList(s.program(), s.version(), s.pid());
  }

  private static List<String> mariadb(StartLines.Start s) {
    return s == null ? null : Arrays.asList(s.version(), s.pid());
  }

  private static List<String> parts(FrameSplit.Parts p, String framed, boolean withLine) {
    if (framed == null || p == null) {
      return null;
    }
    return withLine ? Arrays.asList(p.head(), p.line(), p.inner(), p.address()) : Arrays.asList(p.head(), p.inner(), p.address());
  }
}
