package io.namesearch.engine.internal;

import java.util.function.UnaryOperator;

/**
 * A compiled derivational suffix (derivations.tsv): a family key that ends in the suffix and the
 * same key without it are derived names.
 */
final class Derivation {
  final String suffix;

  /** The letters the base must end in; null: any. */
  final char[] leftSet;

  /** The least base length (at least 1). */
  final int minBase;

  Derivation(String suffix, Context left, int minBase) {
    this.suffix = suffix;
    this.leftSet = left.set();
    this.minBase = minBase;
  }

  /** The length of this suffix when key {@code k[0..m)} ends in it after a base, else 0. */
  int suffixLength(char[] k, int m) {
    int b = m - suffix.length();
    if (b < minBase || b < 1) {
      return 0;
    }
    for (int j = 0; j < suffix.length(); j++) {
      if (k[b + j] != suffix.charAt(j)) {
        return 0;
      }
    }
    return leftSet == null || contains(leftSet, k[b - 1]) ? suffix.length() : 0;
  }

  /**
   * The key derived from family key {@code f}: without the suffix when it ends in it, else with it
   * added and the result given to {@code refold} (the longer key may reach the least length of a
   * family fold); null when the base is too short or ends in another letter.
   */
  String derive(String f, UnaryOperator<String> refold) {
    if (f.endsWith(suffix)) {
      String base = f.substring(0, f.length() - suffix.length());
      return base.length() >= minBase && endsIn(base) ? base : null;
    }
    return f.length() >= minBase && endsIn(f) ? refold.apply(f + suffix) : null;
  }

  private boolean endsIn(String base) {
    return leftSet == null || contains(leftSet, base.charAt(base.length() - 1));
  }

  static boolean contains(char[] set, char c) {
    for (char x : set) {
      if (x == c) {
        return true;
      }
    }
    return false;
  }
}
