package dev.mycrash.knownbugs;

import dev.mycrash.symbols.Frame;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Computes a crash's {@link Signature} from its {@link CrashFacts}. Two walks over the same
 * frames, each an ordered list of small rules that note what they did:
 *
 * <ol>
 *   <li>both start below the signal handler (the last {@code handler-frames.txt} frame in the
 *       top frames: {@code my_print_stacktrace}, {@code handle_fatal_signal}, {@code
 *       __restore_rt}, gdb's {@code <signal handler called>}), and skip frames without a name;
 *   <li>the UniqueID walk drops what mariadb-qa's FRAMES_FILTER drops and keeps 4 frames;
 *   <li>mycrash's walk skips the abort and assertion machinery, the direct caller of abort()
 *       (its printed name is unreliable, see README), and stops at a sentinel or after 4 frames.
 * </ol>
 *
 * A hang without a crash report (latches only, see {@link CrashFacts#hangOnly()}) is identified
 * by its latches instead: {@link HangSignature}.
 */
public final class Signatures {
  private static volatile Signatures defaults;
  private final SignatureRules rules;

  public Signatures(SignatureRules rules) {
    this.rules = rules;
  }

  /** The signature of {@code facts} under the shipped rules. */
  public static Signature of(CrashFacts facts) {
    Signatures s = defaults;
    if (s == null) {
      s = new Signatures(SignatureRules.defaults());
      defaults = s;
    }
    return s.signature(facts);
  }

  /** The signature of {@code facts} under this instance's rules. */
  public Signature signature(CrashFacts facts) {
    if (facts.hangOnly()) {
      return HangSignature.of(facts.latches());
    }
    List<String> notes = new ArrayList<>();
    List<Named> named = name(facts.frames());
    int start = handlerEnd(named, notes);
    List<String> uid = new UniqueIdWalk(rules).walk(named, start, notes);
    List<String> own = new SignatureWalk(rules).walk(named, start, notes);
    String signal = SignalNames.of(facts.signal());
    String assertion = AssertionText.expression(facts.assertionText());
    String uniqueId = join(assertion, signal, uid);
    String normalized =
        (signal == null ? "NOSIGNAL" : signal)
            + "|"
            + (assertion == null ? "" : normaliseAssertion(assertion))
            + "|"
            + String.join("|", own);
    return new Signature(
        uniqueId, hash(normalized), normalized, signal, assertion, own, uid, notes,
        new SignatureWalk(rules).stack(named, start, 30));
  }

  /** A frame with its normalised name (null when it has none) and its index in the thread. */
  record Named(int index, Frame frame, String name) {}

  private static List<Named> name(List<Frame> frames) {
    List<Named> out = new ArrayList<>(frames.size());
    for (int i = 0; i < frames.size(); i++) {
      Frame f = frames.get(i);
      String n = f.raw().contains("<signal handler called>") ? "<signal handler called>" : FrameName.of(f);
      out.add(new Named(i, f, n));
    }
    return out;
  }

  private int handlerEnd(List<Named> frames, List<String> notes) {
    int last = -1;
    for (int i = 0; i < Math.min(rules.handlerWindow(), frames.size()); i++) {
      String n = frames.get(i).name();
      if (n != null && rules.handler().contains(n)) {
        last = i;
      }
    }
    if (last < 0) {
      notes.add("no signal-handler frame in the top " + rules.handlerWindow() + " frames: walk starts at #0");
      return 0;
    }
    for (int i = 0; i <= last; i++) {
      notes.add("skipped #" + i + " " + label(frames.get(i)) + ": signal handler (" + rules.handler().name() + ")");
    }
    return last + 1;
  }

  static String label(Named n) {
    return n.name() != null ? n.name() : n.frame().raw().strip();
  }

  private static String join(String assertion, String signal, List<String> frames) {
    List<String> parts = new ArrayList<>();
    if (assertion != null) {
      parts.add(assertion);
    }
    if (signal != null) {
      parts.add(signal);
    }
    parts.addAll(frames);
    return String.join("|", parts);
  }

  static String normaliseAssertion(String a) {
    return a.replaceAll("0x[0-9a-fA-F]+", "ADDR").replaceAll("\\s+", " ").strip();
  }

  static String hash(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
