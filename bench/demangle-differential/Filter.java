import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;

/** mycrash's c++filt-compatible filter, file to file, without starting a JVM per file. */
public class Filter {
  public static void main(String[] a) throws Exception {
    try (InputStream in = new BufferedInputStream(new FileInputStream(a[0]));
        OutputStream out = new BufferedOutputStream(new FileOutputStream(a[1]))) {
      dev.mycrash.symbols.CxxFilt.filter(in, out);
    }
  }
}
