package dev.mycrash.errorlog.parse;

import dev.mycrash.errorlog.LogLine;
import dev.mycrash.errorlog.model.Assertion;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the assertion in the lines just before a crash header (reference §5). Real lines:
 *
 * <pre>
 * 090902 11:08:43  InnoDB: Assertion failure in thread 1312495936 in file fil/fil0fil.c line 752
 * 2021-07-02 10:36:32 0x7fb9a0061700  InnoDB: Assertion failure in file /build/mariadb-10.3-ozYrCP/.../dict0mem.cc line 143
 * InnoDB: Failing assertion: dict_tf2_is_valid(flags, flags2)
 * 2022-01-11T19:18:29.685267Z 0 [ERROR] [MY-013183] [InnoDB] Assertion failure: ddl0buffer.cc:204:ptr &lt; bounds.second thread 140540279490304
 * mariadbd: /tmp/crashlab/udf/crash_udf.c:13: crash_assert: Assertion `must_be_nonzero != 0' failed.
 * mysqld:storage/innobase/log/log0recv.cc:274: log_phys_t::apply_status log_phys_t::apply(...) const: Assertion `mach_read_from_4(frame + 4U) == block.page.id().page_no()' failed.
 * Assertion failed: (fixed == 0), function fix_fields, file item.cc, line 4448
 * </pre>
 *
 * The last line is FreeBSD/macOS libc's assert (MySQL bug 45863). A header wrapped onto two lines
 * by a reporter ({@code ... in file ut0ut.cc} / {@code line 921}) is read too. When several
 * threads asserted, the first is taken. Lines that carry only the expression, a bare
 * {@code InnoDB: Failing assertion: expr} or {@code mariadbd: Assertion `expr' failed.} (the
 * shapes of mariadb-qa's reports), give an assertion without file and line.
 */
public final class AssertionParser {
  private AssertionParser() {}

  private static final Pattern INNODB =
      Pattern.compile("InnoDB: Assertion failure in (?:thread (\\d+) in )?file (\\S+)(?: line (\\d+))?\\s*$");
  private static final Pattern NEXT_LINE = Pattern.compile("^line (\\d+)\\s*$");
  private static final Pattern FAILING = Pattern.compile("InnoDB: Failing assertion: (.*?)\\s*$");
  private static final Pattern MYSQL8 =
      Pattern.compile("\\] Assertion failure: ([^:\\s]+):(\\d+)(?::(.*?))? thread (\\d+)\\s*$");
  private static final Pattern GLIBC = Pattern.compile("^\\S+?: ?(\\S+?):(\\d+): (.*?): Assertion `(.*)' failed\\.\\s*$");
  private static final Pattern GLIBC_BARE = Pattern.compile("Assertion `(.*)' failed\\.\\s*$");
  private static final Pattern BSD =
      Pattern.compile("Assertion failed: \\((.*)\\), function (\\S+), file (\\S+), line (\\d+)\\.?\\s*$");

  /** The first assertion in {@code lines}, or null. */
  public static Assertion find(List<LogLine> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String t = lines.get(i).text();
      if (!t.contains("ssertion")) {
        continue;
      }
      long n = lines.get(i).number();
      Matcher m = INNODB.matcher(t);
      if (m.find()) {
        String line = m.group(3);
        if (line == null && i + 1 < lines.size()) {
          Matcher nl = NEXT_LINE.matcher(lines.get(i + 1).text());
          line = nl.find() ? nl.group(1) : null;
        }
        return new Assertion("innodb", m.group(2), toInt(line), failing(lines, i + 1), m.group(1), null, n);
      }
      if ((m = MYSQL8.matcher(t)).find()) {
        String expr = m.group(3) == null || m.group(3).isEmpty() ? null : m.group(3);
        return new Assertion("mysql8", m.group(1), toInt(m.group(2)), expr, m.group(4), null, n);
      }
      if ((m = GLIBC.matcher(t)).find()) {
        return new Assertion("glibc", m.group(1), toInt(m.group(2)), m.group(4), null, m.group(3), n);
      }
      Assertion other = other(t, n);
      if (other != null) {
        return other;
      }
    }
    return null;
  }

  /** The BSD libc shape, and the shapes that print only the expression. */
  private static Assertion other(String t, long n) {
    Matcher m;
    if ((m = BSD.matcher(t)).find()) {
      return new Assertion("bsd", m.group(3), toInt(m.group(4)), m.group(1), null, m.group(2), n);
    }
    if ((m = FAILING.matcher(t)).find()) {
      return new Assertion("innodb", null, null, m.group(1), null, null, n);
    }
    if ((m = GLIBC_BARE.matcher(t)).find()) {
      return new Assertion("glibc", null, null, m.group(1), null, null, n);
    }
    return null;
  }

  private static String failing(List<LogLine> lines, int from) {
    for (int i = from; i < Math.min(lines.size(), from + 3); i++) {
      Matcher m = FAILING.matcher(lines.get(i).text());
      if (m.find()) {
        return m.group(1);
      }
    }
    return null;
  }

  private static Integer toInt(String s) {
    return s == null ? null : Integer.valueOf(s);
  }
}
