package dev.mycrash.knownbugs;

import java.util.List;

/**
 * Similarity of two frame sequences: 2·LCS / (|a| + |b|), where LCS is the longest common
 * subsequence of frame names compared ignoring case (the sequence analogue of difflib's ratio;
 * ClusterFuzz also compares stacks by common subsequence). 1.0 for equal sequences; one changed
 * frame among four gives 0.75.
 */
public final class FrameSimilarity {
  private FrameSimilarity() {}

  public static double score(List<String> a, List<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    int[][] t = new int[a.size() + 1][b.size() + 1];
    for (int i = 1; i <= a.size(); i++) {
      for (int j = 1; j <= b.size(); j++) {
        t[i][j] = a.get(i - 1).equalsIgnoreCase(b.get(j - 1))
            ? t[i - 1][j - 1] + 1
            : Math.max(t[i - 1][j], t[i][j - 1]);
      }
    }
    return 2.0 * t[a.size()][b.size()] / (a.size() + b.size());
  }
}
