package io.namesearch.engine.internal;

/**
 * Edit distance with transpositions, the measure Lucene's FuzzyQuery uses.
 *
 * @lucene.internal
 */
public final class EditDistance {

  private EditDistance() {}

  /** Whether the optimal-string-alignment distance of {@code a} and {@code b} is at most max. */
  public static boolean atMost(CharSequence a, CharSequence b, int max) {
    return Math.abs(a.length() - b.length()) <= max && distance(a, b, true, max) <= max;
  }

  /** The Levenshtein distance of {@code a} and {@code b}: a transposition is two edits. */
  static int levenshtein(CharSequence a, CharSequence b) {
    return distance(a, b, false, Integer.MAX_VALUE);
  }

  /**
   * The edit distance of {@code a} and {@code b}, with {@code transpositions} the
   * optimal-string-alignment distance (a swap of two adjacent chars is one edit), else Levenshtein;
   * once every alignment is more than {@code max} edits apart, some number above {@code max}.
   */
  private static int distance(CharSequence a, CharSequence b, boolean transpositions, int max) {
    int n = a.length();
    int m = b.length();
    int[] prev2 = new int[m + 1];
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
        if (transpositions
            && i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, prev2[j - 2] + 1);
        }
        cur[j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > max) {
        return rowMin;
      }
      int[] t = prev2;
      prev2 = prev;
      prev = cur;
      cur = t;
    }
    return prev[m];
  }
}
