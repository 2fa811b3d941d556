package dev.mycrash.knownbugs;

import dev.mycrash.symbols.Frame;
import java.util.List;
import java.util.Locale;

/**
 * The data-driven lists the signature walks use (files beside this class; see README.md there).
 *
 * @param handler signal-handler frames: the walk starts below the last of them
 * @param abort abort and assertion machinery, skipped
 * @param sentinels frames where mycrash's walk stops
 * @param qaFilter mariadb-qa's FRAMES_FILTER, for the UniqueID
 * @param glibcSources path prefixes and module names that identify a glibc frame
 * @param maxFrames frames kept in a signature (4, as mariadb-qa)
 * @param handlerWindow how many top frames are searched for the signal handler
 */
public record SignatureRules(
    FrameList handler,
    FrameList abort,
    FrameList sentinels,
    FrameList qaFilter,
    List<String> glibcSources,
    int maxFrames,
    int handlerWindow) {
  public SignatureRules {
    if (maxFrames < 1 || handlerWindow < 1) {
      throw new IllegalArgumentException("maxFrames and handlerWindow must be positive");
    }
    glibcSources = List.copyOf(glibcSources);
  }

  /** The rules shipped with mycrash. */
  public static SignatureRules defaults() {
    return new SignatureRules(
        FrameList.resource("handler-frames.txt", false, false),
        FrameList.resource("abort-frames.txt", false, false),
        FrameList.resource("sentinel-frames.txt", false, false),
        FrameList.resource("mariadb-qa-filter.txt", true, true),
        FrameList.resource("glibc-sources.txt", false, false).patterns().stream()
            .map(p -> p.pattern())
            .toList(),
        4,
        12);
  }

  /** True for abort() itself (glibc's {@code abort} / {@code __GI_abort}). */
  static boolean isAbort(String name) {
    return "abort".equals(name) || "__GI_abort".equals(name);
  }

  /** True when the frame lies in glibc, judged by its printed path or module. */
  boolean isGlibc(Frame f) {
    String where = (f.file() != null ? f.file() : f.module() != null ? f.module() : f.raw().strip());
    String w = where.toLowerCase(Locale.ROOT);
    for (String prefix : glibcSources) {
      if (w.startsWith(prefix) || (prefix.startsWith("libc") && w.contains("/" + prefix))) {
        return true;
      }
    }
    return false;
  }
}
