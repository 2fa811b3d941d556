package dev.mycrash.errorlog.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Signal and Windows exception names, from {@code signals.properties}. */
public final class Signals {
  private static final Properties NAMES = load();

  private Signals() {}

  /** "SIGSEGV" for 11, null when unknown. */
  public static String name(Integer signal) {
    return signal == null ? null : NAMES.getProperty(signal.toString());
  }

  /** "EXCEPTION_ACCESS_VIOLATION" for "0xc0000005", null when unknown. */
  public static String exceptionName(String code) {
    return code == null ? null : NAMES.getProperty(code);
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = Signals.class.getResourceAsStream("/dev/mycrash/errorlog/signals.properties")) {
      if (in == null) {
        throw new IllegalStateException("signals.properties missing from the jar");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
