package io.namesearch.analysis.internal;

import io.namesearch.analysis.RussianNameFilter;

/**
 * When two adjacent words are also keyed as one word: the one rule the index ({@link
 * RussianNameFilter}'s joined token) and the query (a hyphenated pair of query words) share.
 *
 * <p>A word follows the previous one after exactly one character ({@link #adjacent}), and both have
 * a first variant key long enough to join ({@link #joinable}). The index joins words apart too
 * ({@code Krasny Luch}), so that a query written as one word finds the two; the query joins only
 * words with a character that is not white space between them ({@link #queryJoins}: {@code
 * Yuzhno-Sakhalinsk}), since words written apart are already two query words.
 *
 * @lucene.internal
 */
public final class WordJoining {

  /**
   * Words with a shorter first key are never joined: short words are mostly function words ({@code
   * is}, {@code of}, {@code на}), and an ending-like word would give the joined word the family of
   * its neighbour ({@code Baltrukov is} would read {@code Baltrukovis}, a Lithuanian Baltrukov).
   */
  public static final int MIN_JOIN_KEY = 3;

  private WordJoining() {}

  /** Whether a word whose first variant key (without prefix) has this length may be joined. */
  public static boolean joinable(int firstKeyLength) {
    return firstKeyLength >= MIN_JOIN_KEY;
  }

  /**
   * Whether a word that starts at {@code start} follows one that ended at {@code previousEnd}
   * (negative when there is none) after exactly one character.
   */
  public static boolean adjacent(int previousEnd, int start) {
    return previousEnd >= 0 && start == previousEnd + 1;
  }

  /**
   * Whether the query joins a query word that starts at {@code start} in {@code text} to the one
   * that ended at {@code previousEnd}: adjacent, and the character between is not white space.
   */
  public static boolean queryJoins(CharSequence text, int previousEnd, int start) {
    return adjacent(previousEnd, start) && !Character.isWhitespace(text.charAt(previousEnd));
  }
}
