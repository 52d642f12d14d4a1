package io.namesearch.engine.internal;

/**
 * Runs rewrite passes (folds.tsv, family-folds.tsv) over a key string. The key is written into
 * {@link #buffer()} and rewritten there; each pass swaps the two working buffers, so a caller reads
 * {@link #buffer()} again after {@link #apply}.
 */
final class FoldInterpreter {

  private final CompiledRules rules;
  private char[] bufA = new char[4 * NameKeyer.MAX_INPUT];
  private char[] bufB = new char[4 * NameKeyer.MAX_INPUT];

  FoldInterpreter(CompiledRules rules) {
    this.rules = rules;
  }

  /** The buffer holding the key being built, and after {@link #apply}, the result. */
  char[] buffer() {
    return bufA;
  }

  /** Applies {@code folds} to {@code buffer()[0..m)}; returns the result's length (capped). */
  int apply(KeyFold[] folds, int m) {
    // a least key length counts the key without a derivational suffix, so that a name and its
    // -sk- derivative are rewritten alike (Щорс, Щорск)
    boolean family = folds == rules.familyFolds;
    for (KeyFold f : folds) {
      if (f.minLength > 0 && (family ? m - derivedSuffixLength(bufA, m) : m) < f.minLength) {
        continue;
      }
      char[] src = bufA;
      char[] dst = bufB;
      int out = 0;
      if (f.doubles) {
        for (int i = 0; i < m; i++) {
          char c = src[i];
          if (out > 0
              && dst[out - 1] == c
              && Character.isLetter(c)
              && (f.leftSet == null || Derivation.contains(f.leftSet, c))) {
            continue;
          }
          dst[out++] = c;
        }
      } else {
        char[] t = f.target;
        int i = 0;
        while (i < m) {
          if (i + t.length <= m
              && regionEquals(src, i, t, t.length)
              && foldContext(src, m, i, t.length, f)) {
            for (char r : f.replacement) {
              dst[out++] = r;
            }
            i += t.length;
          } else {
            dst[out++] = src[i++];
          }
        }
      }
      bufA = dst;
      bufB = src;
      m = out;
    }
    return Math.min(m, NameKeyer.MAX_INPUT);
  }

  /** The length of the derivational suffix (derivations.tsv) the key ends in, or 0. */
  private int derivedSuffixLength(char[] k, int m) {
    for (Derivation d : rules.derivations) {
      int length = d.suffixLength(k, m);
      if (length > 0) {
        return length;
      }
    }
    return 0;
  }

  private static boolean foldContext(char[] s, int m, int i, int tl, KeyFold f) {
    if (f.left == Context.CONS_LATER) {
      // after a consonant that follows the word's first vowel: not the first syllable
      if (i < 2 || isKeyVowel(s[i - 1])) {
        return false;
      }
      boolean vowelBefore = false;
      for (int j = 0; j < i - 1 && !vowelBefore; j++) {
        vowelBefore = isKeyVowel(s[j]);
      }
      if (!vowelBefore) {
        return false;
      }
    } else if (!side(f.left, f.leftSet, i == 0 ? 0 : s[i - 1], i == 0)) {
      return false;
    }
    int e = i + tl;
    if (f.right == Context.CONS_TO_END) {
      if (e >= m) {
        return false;
      }
      for (int j = e; j < m; j++) {
        if (isKeyVowel(s[j])) {
          return false;
        }
      }
      return true;
    }
    return side(f.right, f.rightSet, e >= m ? 0 : s[e], e >= m);
  }

  /** Whether key letter {@code c} (or the word's edge) satisfies one side of a context. */
  static boolean side(int ctx, char[] set, char c, boolean edge) {
    switch (ctx) {
      case Context.ANY:
        return true;
      case Context.EDGE:
        return edge;
      case Context.VOWEL:
        return !edge && isKeyVowel(c);
      case Context.CONS:
        return !edge && !isKeyVowel(c);
      case Context.NOT_VOWEL:
        return edge || !isKeyVowel(c);
      default:
        return !edge && Derivation.contains(set, c);
    }
  }

  /** Whether a key letter is a vowel: a e i o u. */
  static boolean isKeyVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  /** Whether {@code a[off..off+len)} equals {@code b[0..len)}. */
  static boolean regionEquals(char[] a, int off, char[] b, int len) {
    for (int j = 0; j < len; j++) {
      if (a[off + j] != b[j]) {
        return false;
      }
    }
    return true;
  }
}
