package dev.mycrash.errorlog.read;

import java.util.List;

/** Picks the wrapper most sample lines carry (at least 60% of the non-empty ones), else NONE. */
public final class WrapperDetector {
  private WrapperDetector() {}

  public static Wrapper detect(List<String> sample) {
    Wrapper best = Wrapper.NONE;
    int bestCount = 0;
    int nonEmpty = 0;
    for (String s : sample) {
      if (!s.isBlank()) {
        nonEmpty++;
      }
    }
    for (Wrapper w : Wrapper.values()) {
      int count = 0;
      for (String s : sample) {
        if (!s.isBlank() && w.matches(s)) {
          count++;
        }
      }
      if (count > bestCount) {
        best = w;
        bestCount = count;
      }
    }
    return nonEmpty > 0 && bestCount * 10 >= nonEmpty * 6 ? best : Wrapper.NONE;
  }

  /** Up to {@code max} decoded lines from the start of {@code b[0, len)}. */
  public static List<String> sample(byte[] b, int len, int max) {
    List<String> out = new java.util.ArrayList<>();
    int pos = 0;
    while (pos < len && out.size() < max) {
      int nl = ByteScan.newline(b, pos, len);
      int end = nl < 0 ? len : nl;
      out.add(LineText.decode(b, pos, end));
      pos = end + 1;
    }
    return out;
  }

  /** Up to {@code max} decoded lines from the start of {@code text}. */
  public static List<String> sample(String text, int max) {
    List<String> out = new java.util.ArrayList<>();
    int pos = 0;
    while (pos < text.length() && out.size() < max) {
      int nl = text.indexOf('\n', pos);
      int end = nl < 0 ? text.length() : nl;
      out.add(LineText.decode(text, pos, end));
      pos = end + 1;
    }
    return out;
  }
}
