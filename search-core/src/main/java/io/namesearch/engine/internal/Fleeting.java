package io.namesearch.engine.internal;

/**
 * A compiled fleeting vowel (fleeting.tsv): a nominative key that ends in {@link #nominative} after
 * a stem has the stem and {@link #oblique} before a case ending (Кравец, Кравца: kraves, kravs).
 */
final class Fleeting {
  final String nominative;
  final String oblique;

  /** The {@link Context} code of the stem's last letter, and its letters for a set. */
  final int left;

  final char[] leftSet;
  final int minStem;

  Fleeting(String nominative, String oblique, Context left, int minStem) {
    this.nominative = nominative;
    this.oblique = oblique;
    this.left = left.code();
    this.leftSet = left.set();
    this.minStem = minStem;
  }

  /**
   * The stem length when {@code k[0..len)} ends in {@code suffix} after this rule's stem, else -1.
   */
  private int stem(char[] k, int len, String suffix) {
    int s = len - suffix.length();
    if (s < Math.max(1, minStem) || !FoldInterpreter.side(left, leftSet, k[s - 1], false)) {
      return -1;
    }
    for (int j = 0; j < suffix.length(); j++) {
      if (k[s + j] != suffix.charAt(j)) {
        return -1;
      }
    }
    return s;
  }

  /** The oblique stem of nominative key {@code k[0..len)} (Кравец: kravs), or null. */
  String oblique(char[] k, int len) {
    int s = stem(k, len, nominative);
    return s < 0 ? null : new String(k, 0, s) + oblique;
  }

  /** The nominative of the oblique stem {@code k[0..len)} (Кравц-: kraves), or null. */
  String nominative(char[] k, int len) {
    int s = stem(k, len, oblique);
    return s < 0 ? null : new String(k, 0, s) + nominative;
  }
}
