package dev.mycrash.bundle;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secret values in option files and server command lines. Which option names are secret
 * is data: {@code secret-options.txt} beside this class. A line such as
 *
 * <pre>
 * wsrep_sst_auth = sstuser:s3cret
 * loose-Repl-Password="x y"   # comment
 * </pre>
 *
 * becomes {@code wsrep_sst_auth = ********} and {@code loose-Repl-Password=********}; the line
 * count and every other byte stay as they were.
 */
public final class Redactor {
  public static final String MASK = "********";
  private static final Pattern OPTION_LINE = Pattern.compile("^(\\s*)([A-Za-z0-9_.-]+)(\\s*=\\s*)(.*?)(\\r?)$");
  private static final Pattern ARG = Pattern.compile("^(--?)([A-Za-z0-9_.-]+)=(.*)$", Pattern.DOTALL);
  private final List<Pattern> secrets;

  private Redactor(List<Pattern> secrets) {
    this.secrets = List.copyOf(secrets);
  }

  /** The redactor with the shipped list of secret option names. */
  public static Redactor standard() {
    try (var in = Redactor.class.getResourceAsStream("secret-options.txt");
        var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<Pattern> ps = new ArrayList<>();
      for (String line; (line = r.readLine()) != null; ) {
        String g = line.replaceAll("#.*", "").strip();
        if (!g.isEmpty()) {
          if (!g.matches("[a-z0-9_*]+")) {
            throw new IllegalStateException("secret-options.txt: bad glob '" + g + "'");
          }
          ps.add(Pattern.compile(g.replace("*", ".*")));
        }
      }
      return new Redactor(ps);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** True when an option of this name (any spelling) holds a secret. */
  public boolean isSecret(String name) {
    String n = name.toLowerCase(Locale.ROOT).replace('-', '_');
    if (n.startsWith("loose_")) {
      n = n.substring(6);
    }
    for (Pattern p : secrets) {
      if (p.matcher(n).matches()) {
        return true;
      }
    }
    return false;
  }

  /** The option file text with secret values masked; line structure unchanged. */
  public String optionFile(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (String line : text.split("\n", -1)) {
      Matcher m = OPTION_LINE.matcher(line);
      if (m.matches() && isSecret(m.group(2)) && !m.group(4).isEmpty()) {
        out.append(m.group(1)).append(m.group(2)).append(m.group(3)).append(MASK).append(m.group(5));
      } else {
        out.append(line);
      }
      out.append('\n');
    }
    out.setLength(out.length() - 1);
    return out.toString();
  }

  /** One command-line argument with a secret value masked ({@code --password=x} → {@code --password=********}). */
  public String argument(String arg) {
    Matcher m = ARG.matcher(arg);
    return m.matches() && isSecret(m.group(2)) ? m.group(1) + m.group(2) + "=" + MASK : arg;
  }
}
