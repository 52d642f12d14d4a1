package io.namesearch.engine.internal;

/**
 * Forms the family keys of a word from its variant keys: each without its endings (endings.tsv, in
 * stages), then rewritten (family-folds.tsv).
 */
final class FamilyStemmer {

  private final CompiledRules rules;

  /** Where the stem that an ending's least stem length counts starts: the second joined word. */
  int stemFrom;

  /**
   * Doubled consonant letters of the word as written, which the key writes once: each counts
   * towards an ending's least stem (Анна, Anna: the stem анн keeps 3 letters; Any keeps 2).
   */
  private int doubled;

  /**
   * Whether the word ends in a doubled consonant, or in one and at most 3 letters of an ending
   * (vowels, й, м): the family key then keeps the double, which tells two names apart (Иванна,
   * Иванной: ivann; Иван: ivan; Филипп, Филиппом: filipp).
   */
  private boolean doubledTail;

  FamilyStemmer(CompiledRules rules) {
    this.rules = rules;
  }

  /** Counts the doubled consonants of the normalised word {@code w}. */
  void countDoubled(WordNormalizer w) {
    doubled = 0;
    doubledTail = false;
    char[] raw = w.raw;
    int n = w.n;
    for (int i = 1; i < n; i++) {
      if (raw[i] == raw[i - 1] && Character.isLetter(raw[i]) && !w.isWrittenVowel(raw[i])) {
        doubled++;
        doubledTail = n - 1 - i <= 3 && endingLetters(w, i + 1);
      }
    }
  }

  /** Forgets the doubled consonants (for keys that were not read from letters). */
  void noDoubles() {
    doubled = 0;
    doubledTail = false;
  }

  /** Whether the letters of the word from {@code from} can all be those of a case ending. */
  private static boolean endingLetters(WordNormalizer w, int from) {
    for (int i = from; i < w.n; i++) {
      char c = w.raw[i];
      if (!w.isWrittenVowel(c) && "ймjm".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The family keys: each variant key without its endings, folded. The first key's family is kept
   * when it differs from the first key; the second key's when it differs from the second key and
   * from the first key's family (or the first key, when that has none).
   */
  void familyKeys(WordKeys k, boolean cyrillicWord, FoldInterpreter folder) {
    int m = stemAndFold(k, 0, cyrillicWord, folder);
    char[] buf = folder.buffer();
    boolean firstDiffers =
        m != k.keyLengths[0] || !FoldInterpreter.regionEquals(k.keys[0], 0, buf, m);
    if (firstDiffers) {
      System.arraycopy(buf, 0, k.family, 0, m);
      k.familyLength = m;
    }
    if (k.keyCount < 2) {
      return;
    }
    int m2 = stemAndFold(k, 1, cyrillicWord, folder);
    buf = folder.buffer();
    char[] first = firstDiffers ? k.family : k.keys[0];
    int firstLength = firstDiffers ? k.familyLength : k.keyLengths[0];
    boolean same = m2 == firstLength && FoldInterpreter.regionEquals(first, 0, buf, m2);
    boolean own = m2 == k.keyLengths[1] && FoldInterpreter.regionEquals(k.keys[1], 0, buf, m2);
    if (!same && !own) {
      System.arraycopy(buf, 0, k.family2, 0, m2);
      k.family2Length = m2;
    }
  }

  /** Writes the family form of variant key {@code i} into the folder's buffer; returns length. */
  private int stemAndFold(WordKeys keys, int i, boolean cyrillicWord, FoldInterpreter folder) {
    char[] k = keys.keys[i];
    int stem = stemLength(k, keys.keyLengths[i], !cyrillicWord, cyrillicWord);
    char[] buf = folder.buffer();
    System.arraycopy(k, 0, buf, 0, stem);
    if (doubledTail
        && stem > 0
        && stem < NameKeyer.MAX_INPUT
        && !FoldInterpreter.isKeyVowel(k[stem - 1])) {
      buf[stem] = k[stem - 1];
      stem++;
    }
    return folder.apply(rules.familyFolds, stem);
  }

  /**
   * The length of the stem of the first {@code len} letters of key {@code k} without its endings
   * (endings.tsv, in stages), with the endings of Latin-script words when {@code latin} and those
   * of Cyrillic words when {@code cyrillic}.
   */
  int stemLength(char[] k, int len, boolean latin, boolean cyrillic) {
    int stem = len;
    int doneStage = Integer.MIN_VALUE;
    for (Ending e : rules.endings) {
      if (e.stage == doneStage || (e.latinOnly && !latin) || (e.cyrillicOnly && !cyrillic)) {
        continue;
      }
      int s = stem - e.ending.length;
      if (s < 1
          || s - stemFrom + doubled < e.minStem
          || !FoldInterpreter.regionEquals(k, s, e.ending, e.ending.length)
          || !FoldInterpreter.side(e.left, e.leftSet, k[s - 1], false)) {
        continue;
      }
      stem = s;
      doneStage = e.stage;
    }
    return stem;
  }
}
