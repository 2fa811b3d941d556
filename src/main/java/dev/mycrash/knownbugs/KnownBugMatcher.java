package dev.mycrash.knownbugs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Matches crashes against the curated database and, optionally, an imported mariadb-qa list:
 * exact (UniqueID substring, hash), structured (all matchers of an entry) and, when neither
 * matched, fuzzy ("probably the same as MDEV-x, score 0.75") by frame-sequence similarity.
 */
public final class KnownBugMatcher {
  /** Fuzzy matches below this similarity are not reported. */
  public static final double FUZZY_THRESHOLD = 0.6;
  private static final int FUZZY_SHOWN = 3;
  private final KnownBugDatabase db;
  private final QaKnownBugs qa;

  /** @param qa an imported mariadb-qa list, or null */
  public KnownBugMatcher(KnownBugDatabase db, QaKnownBugs qa) {
    this.db = db;
    this.qa = qa;
  }

  /**
   * Signature and matches of {@code facts} on a server running {@code version} (as printed,
   * e.g. "10.11.19-MariaDB-0+deb12u1"; may be null). The product is read from the version:
   * entries for other products do not match (a MySQL bug can match Percona Server and PXC).
   */
  public MatchResult match(CrashFacts facts, String version) {
    return match(Signatures.of(facts), facts, version);
  }

  public MatchResult match(Signature s, CrashFacts facts, String version) {
    List<Match> exact = new ArrayList<>();
    String product = Products.of(version);
    for (KnownBug b : db.bugs()) {
      if (Products.compatible(b.products(), product) && StructuredMatch.matches(b.match(), s, facts)) {
        VersionVerdicts.Result r = VersionVerdicts.of(b, version);
        exact.add(new Match(b.id(), b.title(), b.url(), kindOf(b.match()), 1.0, r.verdict(), r.message()));
      }
    }
    if (qa != null && !s.uniqueIdFrames().isEmpty()) {
      // like mariadb-qa, which gives no UniqueID at all without frames ("No parsable frames?")
      for (QaEntry e : qa.containing(s.uniqueId())) {
        exact.add(new Match(e.bugId(), e.uniqueId(), null, MatchKind.UNIQUE_ID, 1.0, Verdict.KNOWN,
            "known (mariadb-qa list line " + e.lineNumber() + ")"));
      }
    }
    if (!exact.isEmpty()) {
      Verdict v = exact.stream().anyMatch(m -> m.verdict() == Verdict.KNOWN) ? Verdict.KNOWN : Verdict.REGRESSION;
      Match first = exact.stream().filter(m -> m.verdict() == v).findFirst().orElseThrow();
      return new MatchResult(s, exact, v, first.bugId() + ": " + first.message());
    }
    List<Match> fuzzy = fuzzy(s, facts, product);
    String summary = fuzzy.isEmpty()
        ? (s.hang() ? "new hang: matches no known bug" : "new: matches no known bug")
        : String.format(Locale.ROOT, "new; probably the same as %s (fuzzy, score %.2f)",
            fuzzy.get(0).bugId(), fuzzy.get(0).score());
    return new MatchResult(s, fuzzy, Verdict.NEW, summary);
  }

  private static MatchKind kindOf(Matchers m) {
    boolean onlyExact = m.signal() == null && m.assertion() == null && m.assertionAt() == null
        && m.frames() == null && m.message() == null && m.latch() == null;
    if (!onlyExact) {
      return MatchKind.STRUCTURED;
    }
    return m.hash() != null ? MatchKind.HASH : MatchKind.UNIQUE_ID;
  }

  private List<Match> fuzzy(Signature s, CrashFacts f, String product) {
    List<Match> out = new ArrayList<>();
    List<String> top = s.uniqueIdFrames();
    for (KnownBug b : db.bugs()) {
      Matchers m = b.match();
      if (m.frames() == null || (m.signal() != null && !m.signal().equals(f.signal()))
          || !Products.compatible(b.products(), product)) {
        continue;
      }
      List<String> wanted = m.frames().stream().map(FrameName::normalise).toList();
      List<String> crash = s.stack().subList(0, Math.min(s.stack().size(), Math.max(4, wanted.size())));
      add(out, b.id(), b.title(), b.url(), FrameSimilarity.score(wanted, crash));
    }
    if (qa != null && s.signal() != null) {
      for (QaEntry.Parts p : qa.sharingAFrame(top)) {
        if (s.signal().equals(p.signal()) && sameAssertion(s, p.assertion())) {
          add(out, p.entry().bugId(), p.entry().uniqueId(), null, FrameSimilarity.score(p.framesLower(), top));
        }
      }
    }
    out.sort(Comparator.comparingDouble(Match::score).reversed());
    return out.size() > FUZZY_SHOWN ? out.subList(0, FUZZY_SHOWN) : out;
  }

  private static boolean sameAssertion(Signature s, String theirs) {
    return theirs == null || s.assertion() == null || theirs.equalsIgnoreCase(s.assertion());
  }

  private static void add(List<Match> out, String id, String title, String url, double score) {
    if (score >= FUZZY_THRESHOLD) {
      out.add(new Match(id, title, url, MatchKind.FUZZY, score, Verdict.NEW,
          String.format(Locale.ROOT, "probably the same as %s (fuzzy, score %.2f)", id, score)));
    }
  }
}
