import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.FileWriter;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;

/** Writes N mutated corpus symbols (replace, insert grammar codes, delete, duplicate, cut, splice). */
public class Mutate {
  static final String[] CODES = {"cl", "dt", "sr", "fp_", "T_", "T0_", "sp", "Dp", "DT", "L", "X",
    "E", "I", "J", "tl", "il", "nw", "cv", "st", "sZ", "sP", "fl", "fL", "di", "dx", "qu", "gs", "on",
    "Ul", "Ut", "u", "S_", "S0_", "St", "Sa", "Ss", "B5cxx11", "C1", "CI1", "D0", "M", "A1_", "F", "R",
    "O", "K", "V", "r", "Dx", "DO", "Dw", "W3foo", "DC", "N", "Z", "i", "v", "P", ".", "$", "_"};

  public static void main(String[] a) throws Exception {
    List<String> syms = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(new FileInputStream(a[0]))))) {
      for (String l; (l = r.readLine()) != null; ) {
        syms.add(l.substring(0, l.indexOf('\t')));
      }
    }
    Random rnd = new Random(Long.parseLong(a[1]));
    int n = Integer.parseInt(a[2]);
    try (PrintWriter w = new PrintWriter(new FileWriter(a[3]))) {
      for (int i = 0; i < n; i++) {
        StringBuilder s = new StringBuilder(syms.get(rnd.nextInt(syms.size())));
        for (int k = 1 + rnd.nextInt(3); k > 0 && s.length() > 2; k--) {
          int p = 2 + rnd.nextInt(s.length() - 2);
          switch (rnd.nextInt(5)) {
            case 0 -> s.insert(p, CODES[rnd.nextInt(CODES.length)]);
            case 1 -> s.deleteCharAt(p);
            case 2 -> s.insert(p, s.substring(p, Math.min(s.length(), p + 1 + rnd.nextInt(8))));
            case 3 -> s.setLength(p);
            default -> {
              String o = syms.get(rnd.nextInt(syms.size()));
              int q = 2 + rnd.nextInt(Math.max(1, o.length() - 2));
              s.insert(p, o, Math.min(q, o.length()), Math.min(o.length(), q + 1 + rnd.nextInt(12)));
            }
          }
        }
        w.println(s);
      }
    }
  }
}
