package dev.mycrash.elf;

import dev.mycrash.BadInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Triangulates the build-id of the server binary from three witnesses: the error log's crash
 * report, the core (the executable's headers in its memory) and the binary on disk. gdb does not
 * check them: given a different build of mysqld it prints a plausible but wrong backtrace, so a
 * mismatch must be reported loudly in the summary and the manifest.
 *
 * @param errorLog the id from the error log, or null when the log has none (MariaDB never prints it)
 * @param core the id the core recorded for the executable, or null
 * @param disk the id of the binary on disk, or null
 * @param notes why a witness is missing, one line each
 */
public record BuildIdCheck(String errorLog, String core, String disk, List<String> notes) {
  /** The outcome. */
  public enum Verdict {
    /** At least two witnesses and all agree. */
    MATCH,
    /** Two witnesses disagree: the binary is not the one that crashed. */
    MISMATCH,
    /** Fewer than two witnesses: nothing to compare. */
    UNKNOWN
  }

  public BuildIdCheck {
    notes = List.copyOf(notes);
  }

  /**
   * Reads the witnesses: {@code logId} as found by {@link LogBuildId}, the core's module for
   * {@code binary}, and {@code binary} itself. A null core or binary is a missing witness; an
   * unreadable binary becomes a note, never an exception.
   */
  public static BuildIdCheck of(Optional<String> logId, CoreDump core, Path binary) {
    List<String> notes = new ArrayList<>();
    String fromCore = null;
    if (core != null && binary != null) {
      Optional<CoreModule> m = core.module(binary);
      if (m.isEmpty()) {
        notes.add("the core maps no module named " + binary.getFileName());
      } else if (m.get().buildId() == null) {
        notes.add("core: " + m.get().problem());
      } else {
        fromCore = m.get().buildId();
      }
    }
    String fromDisk = null;
    if (binary != null) {
      try (ElfFile elf = ElfFile.open(binary)) {
        fromDisk = elf.buildId().orElse(null);
        if (fromDisk == null) {
          notes.add(binary + ": has no build-id note");
        }
      } catch (BadInputException e) {
        notes.add(e.getMessage());
      }
    }
    return new BuildIdCheck(logId.orElse(null), fromCore, fromDisk, notes);
  }

  public Verdict verdict() {
    Map<String, String> known = witnesses();
    if (known.size() < 2) {
      return Verdict.UNKNOWN;
    }
    return known.values().stream().distinct().count() == 1 ? Verdict.MATCH : Verdict.MISMATCH;
  }

  /** One line for the summary, e.g. {@code build-id MISMATCH: core 439da8d9..., binary on disk 5e2c...}. */
  public String summary() {
    Map<String, String> known = witnesses();
    String ids = known.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
        .collect(java.util.stream.Collectors.joining(", "));
    return switch (verdict()) {
      case MATCH -> "build-id MATCH: " + String.join(", ", known.keySet()) + " agree on "
          + known.values().iterator().next();
      case MISMATCH -> "build-id MISMATCH: " + ids
          + " -- the binary is not the one that crashed; gdb would print a wrong backtrace";
      case UNKNOWN -> "build-id UNKNOWN: " + (ids.isEmpty() ? "no witness" : "only " + ids);
    };
  }

  private Map<String, String> witnesses() {
    Map<String, String> m = new LinkedHashMap<>();
    if (errorLog != null) {
      m.put("error log", errorLog);
    }
    if (core != null) {
      m.put("core", core);
    }
    if (disk != null) {
      m.put("binary on disk", disk);
    }
    return m;
  }
}
