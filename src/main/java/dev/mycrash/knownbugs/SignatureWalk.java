package dev.mycrash.knownbugs;

import dev.mycrash.knownbugs.Signatures.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * mycrash's own normalisation, the one the hash is taken of: below the signal handler, skip
 * unnamed frames, the abort and assertion machinery and the direct caller of abort(); stop at
 * a sentinel such as {@code do_command}, or after 4 frames. Every decision is noted.
 */
final class SignatureWalk {
  private final SignatureRules rules;

  SignatureWalk(SignatureRules rules) {
    this.rules = rules;
  }

  List<String> walk(List<Named> frames, int start, List<String> notes) {
    return walk(frames, start, notes, rules.maxFrames(), true);
  }

  /** The same skips without the sentinel stop: the stack matchers look at (notes not kept). */
  List<String> stack(List<Named> frames, int start, int max) {
    return walk(frames, start, new ArrayList<>(), max, false);
  }

  private List<String> walk(List<Named> frames, int start, List<String> notes, int max, boolean stop) {
    List<String> out = new ArrayList<>();
    int i = start;
    for (; i < frames.size(); i++) {
      Named n = frames.get(i);
      String label = "#" + i + " " + Signatures.label(n);
      if (i > 0 && SignatureRules.isAbort(frames.get(i - 1).name())) {
        notes.add("skipped " + label + ": direct caller of abort(), whose printed name is"
            + " unreliable (return address after a noreturn call)");
      } else if (n.name() == null) {
        notes.add("skipped " + label + ": no function name");
      } else if (rules.abort().contains(n.name())) {
        notes.add("skipped " + label + ": abort/assertion machinery (" + rules.abort().name() + ")");
      } else if (stop && rules.sentinels().contains(n.name())) {
        notes.add("walk stopped at " + label + ": sentinel (" + rules.sentinels().name() + ")");
        return out;
      } else {
        out.add(n.name());
        if (out.size() == max) {
          notes.add("walk stopped after " + label + ": " + max + " frames kept");
          return out;
        }
      }
    }
    notes.add("walk reached the end of the stack after " + out.size() + " frames");
    return out;
  }
}
