package dev.mycrash.knownbugs;

import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The signature of a hang without a crash report: the latches waited on, normalised and sorted,
 * after {@code HANG}. A server hung on {@code '&kernel_mutex'} and {@code '&buf_pool->mutex'}
 * (Percona Server 5.5) is {@code HANG|buf_pool->mutex|kernel_mutex}; one hung on MySQL 8.4's
 * {@code Mutex LOG_FILES} is {@code HANG|LOG_FILES}. A latch printed only as an address is
 * {@code ADDR} (addresses change with every run). The same text is the UniqueID and the
 * normalised form the hash is taken of.
 */
final class HangSignature {
  static final String PREFIX = "HANG|";
  private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]+");

  private HangSignature() {}

  static Signature of(List<String> latches) {
    TreeSet<String> ids = new TreeSet<>();
    for (String l : latches) {
      String n = StructuredMatch.latchName(l);
      ids.add(ADDRESS.matcher(n).matches() ? "ADDR" : n);
    }
    String text = PREFIX + String.join("|", ids);
    List<String> notes = List.of("no signal, assertion or frames: a hang, identified by the latches waited on "
        + "(sorted, quotes and & dropped, addresses as ADDR): " + String.join(", ", ids));
    return new Signature(text, Signatures.hash(text), text, null, null, List.of(), List.of(), notes, List.of());
  }
}
