package io.namesearch.engine.internal;

/** A compiled rewrite pass on the key string (folds.tsv, family-folds.tsv). */
final class KeyFold {
  /** An undouble pass (collapses runs of a letter), not a replacement. */
  final boolean doubles;

  /** The {@link Context} code of the left side, and its letters for a set. */
  final int left;

  final char[] leftSet;

  /** The letters replaced; for an undouble pass, null. */
  final char[] target;

  /** The {@link Context} code of the right side, and its letters for a set. */
  final int right;

  final char[] rightSet;
  final char[] replacement;

  /** The least key length for the fold to apply (0: any). */
  final int minLength;

  KeyFold(
      boolean doubles,
      Context left,
      char[] target,
      Context right,
      char[] replacement,
      int minLength) {
    this.doubles = doubles;
    this.left = left.code();
    this.leftSet = left.set();
    this.target = target;
    this.right = right.code();
    this.rightSet = right.set();
    this.replacement = replacement;
    this.minLength = minLength;
  }
}
