package io.namesearch.engine.internal;

/**
 * Cleans a word into the letters the engine reads (case folded, combining marks composed,
 * non-letters dropped, capped at {@link NameKeyer#MAX_INPUT}) and tells its script: a word is read
 * in the script of the majority of its letters, and the lookalikes of the other script
 * (homoglyphs.tsv) are mapped into it. Holds the cleaned word until the next one.
 */
final class WordNormalizer {

  private final CompiledRules rules;

  /** The cleaned word, valid up to {@link #n}. */
  final char[] raw = new char[NameKeyer.MAX_INPUT];

  int n;

  WordNormalizer(CompiledRules rules) {
    this.rules = rules;
  }

  /** Cleans into {@link #raw} and repairs mixed scripts; returns whether the word is Cyrillic. */
  boolean normalize(char[] buf, int off, int len) {
    int cyr = clean(buf, off, Math.min(len, 4 * NameKeyer.MAX_INPUT));
    if (n == 0) {
      return false;
    }
    boolean cyrillicWord = cyr > 0 && isCyrillicMajority(cyr);
    for (int i = 0; i < n; i++) {
      char c = raw[i];
      if (cyrillicWord) {
        if (c < CompiledRules.TABLE_LIMIT && rules.latinToCyrillic[c] != 0) {
          raw[i] = rules.latinToCyrillic[c];
        }
      } else if (isCyrillic(c) && rules.cyrillicToLatin[c] != 0) {
        raw[i] = rules.cyrillicToLatin[c];
      }
    }
    return cyrillicWord;
  }

  /** Case folds, composes combining marks, drops non-letters; returns the Cyrillic letter count. */
  private int clean(char[] buf, int off, int len) {
    n = 0;
    int cyr = 0;
    for (int i = 0; i < len && n < NameKeyer.MAX_INPUT; i++) {
      char c = buf[off + i];
      if (Character.isSurrogate(c)) {
        continue;
      }
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK
          || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK) {
        if (n > 0) {
          char composed = rules.compose(raw[n - 1], c);
          if (composed != 0) {
            raw[n - 1] = composed;
          }
        }
        continue;
      }
      if (type == Character.MODIFIER_LETTER || !Character.isLetterOrDigit(c)) {
        continue;
      }
      // Full case folding (ſ -> s, ς -> σ), so that upper and lower case key alike.
      raw[n++] = Character.toLowerCase(Character.toUpperCase(c));
    }
    for (int i = 0; i < n; i++) {
      if (isCyrillic(raw[i])) {
        cyr++;
      }
    }
    return cyr;
  }

  /**
   * Whether the word is Cyrillic: by the letters that have no lookalike in the other script, then
   * by all letters, ties Cyrillic.
   */
  private boolean isCyrillicMajority(int cyr) {
    int latin = 0;
    int cyrOwn = 0;
    int latinOwn = 0;
    for (int i = 0; i < n; i++) {
      char c = raw[i];
      if (isCyrillic(c)) {
        if (rules.cyrillicToLatin[c] == 0) {
          cyrOwn++;
        }
      } else if (Character.isLetter(c)) {
        latin++;
        if (c >= CompiledRules.TABLE_LIMIT || rules.latinToCyrillic[c] == 0) {
          latinOwn++;
        }
      }
    }
    if (cyrOwn != latinOwn) {
      return cyrOwn > latinOwn;
    }
    return cyr >= latin;
  }

  static boolean isCyrillic(char c) {
    return c >= 0x400 && c < 0x500;
  }

  /** The lower-case base letter of {@code c} (marks removed), or {@code c}. */
  char foldChar(char c) {
    return c < CompiledRules.TABLE_LIMIT ? rules.fold[c] : c;
  }

  /** Whether a Latin letter as written is a vowel letter (a e i o u y, with or without marks). */
  boolean isLatinVowel(char c) {
    char f = foldChar(c);
    return f == 'a' || f == 'e' || f == 'i' || f == 'o' || f == 'u' || f == 'y';
  }

  /** Whether a letter as written (Latin or Cyrillic) is a vowel letter. */
  boolean isWrittenVowel(char c) {
    return isCyrillic(c) ? "аеёиоуыэюяіїєў".indexOf(c) >= 0 : isLatinVowel(c);
  }
}
