package io.namesearch.engine.internal;

/** A compiled Latin grapheme rule (latin.tsv) or cue (cues.tsv). */
final class GraphemeRule {
  final char[] pattern;

  /** The {@link Context} codes of the two sides: any, edge, vowel or consonant. */
  final int left;

  final int right;

  /** Output per profile; index 0 is the base profile. Null for cues. */
  final char[][] out;

  /**
   * For rules: the profiles whose output differs from the base output and may give a second key
   * without a cue. For cues: the profiles excluded.
   */
  final int overrideMask;

  /** For cues: the profiles revealed. */
  final int profileBit;

  GraphemeRule(
      char[] pattern, int left, int right, char[][] out, int overrideMask, int profileBit) {
    this.pattern = pattern;
    this.left = left;
    this.right = right;
    this.out = out;
    this.overrideMask = overrideMask;
    this.profileBit = profileBit;
  }
}
