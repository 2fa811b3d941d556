package dev.mycrash.knownbugs;

import dev.mycrash.knownbugs.Signatures.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * The frames of a mariadb-qa UniqueID: below the signal handler, without unnamed frames ({@code
 * ?? ()}) and without what mariadb-qa's FRAMES_FILTER removes, the first 4. mariadb-qa's
 * "cut at do_command when it is at position 5 or later" never changes the first 4 frames, so
 * it is not repeated here. One addition: a glibc frame directly below abort() in a
 * server-printed trace is glibc's assertion code misnamed (see README), dropped like gdb's
 * {@code __assert_fail_base}.
 */
final class UniqueIdWalk {
  private final SignatureRules rules;

  UniqueIdWalk(SignatureRules rules) {
    this.rules = rules;
  }

  List<String> walk(List<Named> frames, int start, List<String> notes) {
    List<String> out = new ArrayList<>();
    for (int i = start; i < frames.size() && out.size() < rules.maxFrames(); i++) {
      Named n = frames.get(i);
      boolean belowAbort = i > 0 && SignatureRules.isAbort(frames.get(i - 1).name());
      if (n.name() == null) {
        continue;
      } else if (rules.qaFilter().contains(n.name())) {
        notes.add("UniqueID: dropped #" + i + " " + n.name() + ": mariadb-qa FRAMES_FILTER");
      } else if (belowAbort && rules.isGlibc(n.frame())) {
        notes.add("UniqueID: dropped #" + i + " " + n.name()
            + ": glibc frame below abort(), the assertion code printed with an unadjusted return address");
      } else {
        if (belowAbort) {
          notes.add("UniqueID: kept #" + i + " " + n.name()
              + " although it called abort(): a server-printed name here may be the next function in memory");
        }
        out.add(FrameName.qaCut(n.name()));
      }
    }
    return out;
  }
}
