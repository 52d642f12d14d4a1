package io.namesearch.engine;

import java.util.Locale;

/**
 * Computes the match keys of one word at a time, reusing its buffers: no allocation per word once
 * warm. Not thread-safe; each token filter owns one.
 *
 * <p>After {@link #analyze}, the word has {@link #keyCount()} variant keys (0 when it has no
 * letters or digits), and up to two family keys (see {@link #hasFamily()}, {@link
 * #hasSecondFamily()}).
 *
 * <p>A key is the word rewritten in a reduced phonetic alphabet (see the rule files next to
 * {@link NameRules}): the word is cleaned (case, combining marks, non-letters), read in the script
 * of the majority of its letters (lookalikes of the other script mapped), Cyrillic letters are
 * mapped letter by letter, Latin graphemes by the longest matching rule of the orthography profile
 * its cues reveal, and the phonetic string is folded (glides, doubles, ё). A Latin word whose
 * reading depends on an orthography it gives no cue for gets a second key read in the first
 * alternative orthography that reads it differently.
 */
public final class NameKeyer {

  /**
   * The most variant keys one word can have: the first reading, a second one, and a third only
   * when two orthographies tie for the second (Spanish and French both read {@code Jodorkovski}'s
   * {@code j}, as х and ж).
   */
  public static final int MAX_KEYS = 3;

  /** Input chars beyond this are ignored; keys never exceed it either. */
  public static final int MAX_INPUT = 255;

  private static final int SEG_CYRILLIC = -2;
  private static final int SEG_LITERAL = -1;

  private final NameRules rules;
  private final char[][] keys = new char[MAX_KEYS][MAX_INPUT];
  private final int[] keyLengths = new int[MAX_KEYS];
  private int keyCount;
  private final char[] family = new char[MAX_INPUT];
  private int familyLength;
  // the family key of the second variant key, when it is another family
  private final char[] family2 = new char[MAX_INPUT];
  private int family2Length;
  /** Where the stem that an ending's least stem length counts starts: the second joined word. */
  private int stemFrom;
  /**
   * Doubled consonant letters of the word as written, which the key writes once: each counts
   * towards an ending's least stem (Анна, Anna: the stem анн keeps 3 letters; Any keeps 2).
   */
  private int doubled;
  /**
   * Whether the word ends in a doubled consonant, or in one and at most 3 letters of an ending
   * (vowels, й, м):
   * the family key then keeps the double, which tells two names apart (Иванна, Иванной: ivann;
   * Иван: ivan; Филипп, Филиппом: filipp).
   */
  private boolean doubledTail;

  // working buffers, sized for the capped input
  private final char[] raw = new char[MAX_INPUT];
  private final char[] view = new char[MAX_INPUT];
  private int n;
  private final NameRules.Rule[] segRule = new NameRules.Rule[MAX_INPUT];
  private final int[] segKind = new int[MAX_INPUT];
  private final char[] segChar = new char[MAX_INPUT];
  private int segCount;
  private char[] bufA = new char[4 * MAX_INPUT];
  private char[] bufB = new char[4 * MAX_INPUT];

  /** Creates a keyer over the given rules. */
  public NameKeyer(NameRules rules) {
    this.rules = rules;
  }

  /** Analyzes {@code len} chars of {@code buf} from {@code off}; returns the number of keys. */
  public int analyze(char[] buf, int off, int len) {
    keyCount = 0;
    familyLength = 0;
    family2Length = 0;
    if (buf == null || len <= 0 || off < 0 || off + len > buf.length) {
      return 0;
    }
    boolean cyrillicWord = normalizeInto(buf, off, len);
    if (n == 0) {
      return 0;
    }
    doubled = 0;
    doubledTail = false;
    for (int i = 1; i < n; i++) {
      if (raw[i] == raw[i - 1] && Character.isLetter(raw[i]) && !isWrittenVowel(raw[i])) {
        doubled++;
        doubledTail = n - 1 - i <= 3 && endingLetters(i + 1);
      }
    }
    if (cyrillicWord) {
      int len0 = cyrillicPhonetic();
      setKey(0, len0);
    } else {
      latinKeys();
    }
    if (keyCount > 0) {
      familyKey(cyrillicWord);
    }
    return keyCount;
  }

  /**
   * Keys two adjacent words written as one from their first variant keys, without reading the
   * letters again: the keys are concatenated and folded (folds.tsv, so that a double letter or a
   * glide across the join reads as in one word), and the result is the only variant key, with its
   * family key. Much cheaper than {@link #analyze} of the joined letters, and the same for a word
   * read in one orthography. Returns the number of keys (0 or 1).
   */
  public int joinKeys(char[] a, int aLength, char[] b, int bLength) {
    keyCount = 0;
    familyLength = 0;
    family2Length = 0;
    int total = Math.min(aLength + bLength, MAX_INPUT);
    if (aLength <= 0 || bLength <= 0) {
      return 0;
    }
    System.arraycopy(a, 0, bufA, 0, aLength);
    System.arraycopy(b, 0, bufA, aLength, total - aLength);
    setKey(0, applyFolds(total));
    if (keyCount > 0) {
      // an ending belongs to the second word: its stem there must keep the rule's least length
      // (Baltrukov has: the -as of has is not an ending)
      stemFrom = Math.min(aLength, keyLengths[0]);
      doubled = 0;
      doubledTail = false;
      familyKey(false);
      stemFrom = 0;
    }
    return keyCount;
  }

  /**
   * Normalises a word without keying it: case folded, combining marks composed, non-letters
   * dropped, capped at {@link #MAX_INPUT} chars, and lookalike letters of the minority script
   * mapped into the script of the majority. Idempotent. Returns the length of {@link
   * #normalizedBuffer()}.
   */
  public int normalize(char[] buf, int off, int len) {
    keyCount = 0;
    familyLength = 0;
    family2Length = 0;
    if (buf == null || len <= 0 || off < 0 || off + len > buf.length) {
      n = 0;
      return 0;
    }
    normalizeInto(buf, off, len);
    return n;
  }

  /** The buffer holding the last normalised word; valid up to its length. */
  public char[] normalizedBuffer() {
    return raw;
  }

  /** Cleans into {@link #raw} and repairs mixed scripts; returns whether the word is Cyrillic. */
  private boolean normalizeInto(char[] buf, int off, int len) {
    int cyr = clean(buf, off, Math.min(len, 4 * MAX_INPUT));
    if (n == 0) {
      return false;
    }
    boolean cyrillicWord = cyr > 0 && isCyrillicMajority(cyr);
    for (int i = 0; i < n; i++) {
      char c = raw[i];
      if (cyrillicWord) {
        if (c < NameRules.TABLE_LIMIT && rules.latinToCyrillic[c] != 0) {
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
    for (int i = 0; i < len && n < MAX_INPUT; i++) {
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
        if (c >= NameRules.TABLE_LIMIT || rules.latinToCyrillic[c] == 0) {
          latinOwn++;
        }
      }
    }
    if (cyrOwn != latinOwn) {
      return cyrOwn > latinOwn;
    }
    return cyr >= latin;
  }

  private static boolean isCyrillic(char c) {
    return c >= 0x400 && c < 0x500;
  }

  private char foldChar(char c) {
    return c < NameRules.TABLE_LIMIT ? rules.fold[c] : c;
  }

  /** Maps a Cyrillic word into bufA; returns its folded length. */
  private int cyrillicPhonetic() {
    int m = 0;
    for (int i = 0; i < n; i++) {
      char c = raw[i];
      char[] out = null;
      if (isCyrillic(c)) {
        out = rules.cyrillic[c - 0x400];
        if (out == null) {
          c = foldChar(c); // unknown Cyrillic letter: try its base letter (ӣ -> и)
          out = isCyrillic(c) ? rules.cyrillic[c - 0x400] : null;
        }
      } else {
        char f = foldChar(c);
        NameRules.Rule[] rs = f < NameRules.TABLE_LIMIT ? rules.rulesByChar[f] : null;
        if (rs != null) {
          for (NameRules.Rule r : rs) {
            if (r.pattern.length == 1 && r.left == NameRules.CTX_ANY && r.right == 0) {
              out = r.out[0];
              break;
            }
          }
        }
        c = f;
      }
      if (out != null) {
        for (char o : out) {
          bufA[m++] = o;
        }
      } else {
        bufA[m++] = c;
      }
    }
    return applyFolds(m);
  }

  /** Segments a Latin word, reads its cues and writes one or two keys. */
  private void latinKeys() {
    for (int i = 0; i < n; i++) {
      char c = raw[i];
      view[i] =
          c < NameRules.TABLE_LIMIT && !rules.ruleSignificant[c] && !isCyrillic(c)
              ? rules.fold[c]
              : c;
    }
    // cues, on the unfolded letters
    int cueMask = 0;
    int excluded = 0;
    for (NameRules.Rule cue : rules.cues) {
      for (int i = 0; i + cue.pattern.length <= n; i++) {
        if (matches(raw, i, cue)) {
          cueMask |= cue.profileBit;
          excluded |= cue.overrideMask;
          break;
        }
      }
    }
    cueMask &= ~excluded & ~1;
    // segmentation by the longest matching rule
    segCount = 0;
    int overrideMask = 0;
    int i = 0;
    while (i < n) {
      char c = view[i];
      NameRules.Rule[] rs = c < NameRules.TABLE_LIMIT ? rules.rulesByChar[c] : null;
      NameRules.Rule hit = null;
      if (rs != null) {
        for (NameRules.Rule r : rs) {
          if (i + r.pattern.length <= n && matches(view, i, r)) {
            hit = r;
            break;
          }
        }
      }
      if (hit != null) {
        segRule[segCount] = hit;
        segKind[segCount++] = 0;
        overrideMask |= hit.overrideMask;
        i += hit.pattern.length;
      } else {
        segRule[segCount] = null;
        segKind[segCount] = isCyrillic(c) ? SEG_CYRILLIC : SEG_LITERAL;
        segChar[segCount++] = c;
        i++;
      }
    }
    int p1;
    int p2 = -1;
    if (cueMask != 0) {
      p1 = Integer.numberOfTrailingZeros(cueMask);
      int rest = cueMask & ~(1 << p1);
      // a second revealed profile, else the base reading: cues are evidence, not proof
      p2 = rest != 0 ? Integer.numberOfTrailingZeros(rest) : 0;
    } else {
      p1 = 0;
    }
    setKey(0, render(p1));
    if (p2 >= 0) {
      trySecond(p2);
    } else if (cueMask == 0) {
      // the profile overriding the most segments first, ties in profile order
      int candidates = overrideMask & ~excluded & ~1;
      int secondCount = -1;
      while (candidates != 0 && keyCount < MAX_KEYS) {
        int best = -1;
        int bestCount = -1;
        for (int c = candidates; c != 0; c &= c - 1) {
          int p = Integer.numberOfTrailingZeros(c);
          int count = 0;
          for (int s = 0; s < segCount; s++) {
            if (segKind[s] == 0 && (segRule[s].overrideMask & (1 << p)) != 0) {
              count++;
            }
          }
          if (count > bestCount) {
            best = p;
            bestCount = count;
          }
        }
        candidates &= ~(1 << best);
        if (keyCount == 2 && bestCount < secondCount) {
          break; // a third reading only for a tie with the second
        }
        int before = keyCount;
        trySecond(best);
        if (keyCount == 2 && before == 1) {
          secondCount = bestCount;
        }
      }
    }
  }

  /** Adds the reading in the given profile as the next key, unless it repeats a key. */
  private void trySecond(int profile) {
    int len = render(profile);
    if (len == 0) {
      return;
    }
    for (int k = 0; k < keyCount; k++) {
      if (len == keyLengths[k] && regionEquals(keys[k], 0, bufA, len)) {
        return;
      }
    }
    setKey(keyCount, len);
  }

  /** Writes the segmented word in the given profile into bufA and folds it; returns length. */
  private int render(int profile) {
    int m = 0;
    for (int s = 0; s < segCount; s++) {
      char[] out;
      if (segKind[s] == 0) {
        out = segRule[s].out[profile];
      } else if (segKind[s] == SEG_CYRILLIC) {
        out = rules.cyrillic[segChar[s] - 0x400];
        if (out == null) {
          bufA[m++] = segChar[s];
          continue;
        }
      } else {
        bufA[m++] = segChar[s];
        continue;
      }
      for (char o : out) {
        bufA[m++] = o;
      }
    }
    return applyFolds(m);
  }

  /** Whether rule pattern and context match {@code chars} at {@code i} (chars has length n). */
  private boolean matches(char[] chars, int i, NameRules.Rule r) {
    char[] p = r.pattern;
    for (int j = 0; j < p.length; j++) {
      if (chars[i + j] != p[j]) {
        return false;
      }
    }
    if (r.left != NameRules.CTX_ANY) {
      if (r.left == NameRules.CTX_EDGE) {
        if (i != 0) {
          return false;
        }
      } else {
        if (i == 0) {
          return false;
        }
        boolean v = isLatinVowel(chars[i - 1]);
        if ((r.left == NameRules.CTX_VOWEL) != v) {
          return false;
        }
      }
    }
    if (r.right != NameRules.CTX_ANY) {
      int e = i + p.length;
      if (r.right == NameRules.CTX_EDGE) {
        return e == n;
      }
      if (e >= n) {
        return false;
      }
      boolean v = isLatinVowel(chars[e]);
      return (r.right == NameRules.CTX_VOWEL) == v;
    }
    return true;
  }

  private boolean isLatinVowel(char c) {
    char f = foldChar(c);
    return f == 'a' || f == 'e' || f == 'i' || f == 'o' || f == 'u' || f == 'y';
  }

  /** Whether the letters of raw from {@code from} can all be those of a case ending. */
  private boolean endingLetters(int from) {
    for (int i = from; i < n; i++) {
      char c = raw[i];
      if (!isWrittenVowel(c) && "ймjm".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether a letter as written (Latin or Cyrillic) is a vowel letter. */
  private boolean isWrittenVowel(char c) {
    return isCyrillic(c) ? "аеёиоуыэюяіїєў".indexOf(c) >= 0 : isLatinVowel(c);
  }

  /** The given family-key letters with the family key's rewrites (family.tsv FOLD rows). */
  String refoldFamily(String key) {
    int len = Math.min(key.length(), MAX_INPUT);
    key.getChars(0, len, bufA, 0);
    int m = applyFolds(rules.familyFolds, len);
    return new String(bufA, 0, m);
  }

  private static boolean isKeyVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  /** Applies folds.tsv to bufA[0..m); the result is left in bufA; returns its length. */
  private int applyFolds(int m) {
    return applyFolds(rules.folds, m);
  }

  private int applyFolds(NameRules.Fold[] folds, int m) {
    // a least key length counts the key without a derivational suffix, so that a name and its
    // -sk- derivative are rewritten alike (Щорс, Щорск)
    boolean family = folds == rules.familyFolds;
    for (NameRules.Fold f : folds) {
      if (f.minLength > 0 && (family ? m - derivedSuffixLength(bufA, m) : m) < f.minLength) {
        continue;
      }
      char[] src = bufA;
      char[] dst = bufB;
      int out = 0;
      if (f.doubles) {
        for (int i = 0; i < m; i++) {
          char c = src[i];
          if (out > 0 && dst[out - 1] == c && Character.isLetter(c)
              && (f.leftSet == null || contains(f.leftSet, c))) {
            continue;
          }
          dst[out++] = c;
        }
      } else {
        char[] t = f.target;
        int i = 0;
        while (i < m) {
          if (i + t.length <= m && regionEquals(src, i, t) && foldContext(src, m, i, t.length, f)) {
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
    return Math.min(m, MAX_INPUT);
  }

  private static boolean contains(char[] set, char c) {
    for (char x : set) {
      if (x == c) {
        return true;
      }
    }
    return false;
  }

  /** The length of the derivational suffix (family.tsv DERIVE) the key ends in, or 0. */
  private int derivedSuffixLength(char[] k, int m) {
    for (int i = 0; i < rules.derivedSuffixes.length; i++) {
      String suffix = rules.derivedSuffixes[i];
      int b = m - suffix.length();
      if (b < rules.derivedMinBase[i] || b < 1) {
        continue;
      }
      boolean ends = true;
      for (int j = 0; j < suffix.length() && ends; j++) {
        ends = k[b + j] == suffix.charAt(j);
      }
      if (ends && (rules.derivedLeftSets[i] == null || contains(rules.derivedLeftSets[i], k[b - 1]))) {
        return suffix.length();
      }
    }
    return 0;
  }

  private static boolean regionEquals(char[] s, int i, char[] t) {
    for (int j = 0; j < t.length; j++) {
      if (s[i + j] != t[j]) {
        return false;
      }
    }
    return true;
  }

  private static boolean foldContext(char[] s, int m, int i, int tl, NameRules.Fold f) {
    if (f.left == NameRules.CTX_CONS_LATER) {
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
    if (f.right == NameRules.CTX_CONS_TO_END) {
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

  private static boolean side(int ctx, char[] set, char c, boolean edge) {
    switch (ctx) {
      case NameRules.CTX_ANY:
        return true;
      case NameRules.CTX_EDGE:
        return edge;
      case NameRules.CTX_VOWEL:
        return !edge && isKeyVowel(c);
      case NameRules.CTX_CONS:
        return !edge && !isKeyVowel(c);
      case NameRules.CTX_NOT_VOWEL:
        return edge || !isKeyVowel(c);
      default:
        if (edge) {
          return false;
        }
        for (char x : set) {
          if (x == c) {
            return true;
          }
        }
        return false;
    }
  }

  private void setKey(int k, int len) {
    if (len == 0) {
      return;
    }
    System.arraycopy(bufA, 0, keys[k], 0, len);
    keyLengths[k] = len;
    keyCount = k + 1;
  }

  /**
   * The family keys: each variant key without its endings (family.tsv), folded. The first key's
   * family is kept when it differs from the first key; the second key's when it differs from the
   * second key and from the first key's family (or the first key, when that has none).
   */
  private void familyKey(boolean cyrillicWord) {
    int m = stemAndFold(0, cyrillicWord);
    boolean firstDiffers = m != keyLengths[0] || !regionEquals(keys[0], 0, bufA, m);
    if (firstDiffers) {
      System.arraycopy(bufA, 0, family, 0, m);
      familyLength = m;
    }
    if (keyCount < 2) {
      return;
    }
    int m2 = stemAndFold(1, cyrillicWord);
    char[] first = firstDiffers ? family : keys[0];
    int firstLength = firstDiffers ? familyLength : keyLengths[0];
    boolean same = m2 == firstLength && regionEquals(first, 0, bufA, m2);
    boolean own = m2 == keyLengths[1] && regionEquals(keys[1], 0, bufA, m2);
    if (!same && !own) {
      System.arraycopy(bufA, 0, family2, 0, m2);
      family2Length = m2;
    }
  }

  /** Writes the family form of variant key {@code i} into {@link #bufA}; returns its length. */
  private int stemAndFold(int i, boolean cyrillicWord) {
    char[] k = keys[i];
    int len = keyLengths[i];
    int stem = len;
    int doneStage = Integer.MIN_VALUE;
    for (NameRules.Ending e : rules.endings) {
      if (e.stage == doneStage || (e.latinOnly && cyrillicWord)) {
        continue;
      }
      int s = stem - e.ending.length;
      if (s < 1 || s - stemFrom + doubled < e.minStem
          || !regionEquals(k, s, e.ending)
          || !side(e.left, e.leftSet, k[s - 1], false)) {
        continue;
      }
      stem = s;
      doneStage = e.stage;
    }
    System.arraycopy(k, 0, bufA, 0, stem);
    if (doubledTail && stem > 0 && stem < MAX_INPUT && !isKeyVowel(k[stem - 1])) {
      bufA[stem] = k[stem - 1];
      stem++;
    }
    return applyFolds(rules.familyFolds, stem);
  }

  private static boolean regionEquals(char[] a, int off, char[] b, int len) {
    for (int j = 0; j < len; j++) {
      if (a[off + j] != b[j]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Writes variant key {@code i} with the family key's rewrites but no ending removed into a new
   * string: the family key that an inflected form of the word has (Maksim: the family key of
   * Maksimom). Allocates; not for hot paths.
   */
  public String baseFamily(int i) {
    System.arraycopy(keys[i], 0, bufA, 0, keyLengths[i]);
    int m = applyFolds(rules.familyFolds, keyLengths[i]);
    return new String(bufA, 0, m);
  }

  /** The number of variant keys of the last word analyzed. */
  public int keyCount() {
    return keyCount;
  }

  /** The buffer holding variant key {@code i}; valid up to {@link #keyLength(int)}. */
  public char[] keyBuffer(int i) {
    return keys[i];
  }

  /** The length of variant key {@code i}. */
  public int keyLength(int i) {
    return keyLengths[i];
  }

  /** Variant key {@code i} as a new string (allocates; not for hot paths). */
  public String key(int i) {
    return new String(keys[i], 0, keyLengths[i]);
  }

  /** Whether the last word has a family key different from its first variant key. */
  public boolean hasFamily() {
    return familyLength > 0;
  }

  /** The buffer holding the family key; valid up to {@link #familyLength()}. */
  public char[] familyBuffer() {
    return family;
  }

  /** The length of the family key, 0 when there is none. */
  public int familyLength() {
    return familyLength;
  }

  /**
   * Whether the second variant key has a family key of its own, different from the first key's
   * family key (or from the first key, when that has none) and from the second key.
   */
  public boolean hasSecondFamily() {
    return family2Length > 0;
  }

  /** The buffer holding the second family key; valid up to {@link #secondFamilyLength()}. */
  public char[] secondFamilyBuffer() {
    return family2;
  }

  /** The length of the second family key, 0 when there is none. */
  public int secondFamilyLength() {
    return family2Length;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "NameKeyer[%s]", rules);
  }
}
