package io.namesearch.engine.internal;

/** A compiled family ending (endings.tsv). */
final class Ending {
  final char[] ending;

  /** The {@link Context} code of the letter before the ending, and its letters for a set. */
  final int left;

  final char[] leftSet;
  final int minStem;
  final int stage;
  final boolean latinOnly;
  final boolean cyrillicOnly;

  Ending(
      char[] ending,
      Context left,
      int minStem,
      int stage,
      boolean latinOnly,
      boolean cyrillicOnly) {
    this.ending = ending;
    this.left = left.code();
    this.leftSet = left.set();
    this.minStem = minStem;
    this.stage = stage;
    this.latinOnly = latinOnly;
    this.cyrillicOnly = cyrillicOnly;
  }
}
