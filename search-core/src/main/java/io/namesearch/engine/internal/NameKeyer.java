package io.namesearch.engine.internal;

import io.namesearch.engine.NameEngine;
import io.namesearch.engine.NameRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Computes the match keys of one word at a time, reusing its buffers: no allocation per word once
 * warm. Not thread-safe; each token filter owns one.
 *
 * <p>After {@link #analyze}, the word has {@link #keyCount()} variant keys (0 when it has no
 * letters or digits), and up to two family keys (see {@link #hasFamily()}, {@link
 * #hasSecondFamily()}). How a word is keyed is described once, in the rules README next to the rule
 * tables ({@code io/namesearch/engine/README.md}); the steps are {@link WordNormalizer}, {@link
 * CyrillicReader} or {@link LatinReader}, {@link FoldInterpreter} and {@link FamilyStemmer}.
 *
 * <p>Public only for the token filter ({@code RussianNameFilter}); the API is {@link NameEngine}.
 *
 * @lucene.internal
 */
public final class NameKeyer {

  /**
   * The most variant keys one word can have: the first reading, a second one, and a third only when
   * two orthographies tie for the second (Spanish and French both read {@code Jodorkovski}'s {@code
   * j}, as х and ж).
   */
  public static final int MAX_KEYS = 3;

  /** Input chars beyond this are ignored; keys never exceed it either. */
  public static final int MAX_INPUT = 255;

  private final CompiledRules rules;
  private final WordKeys out = new WordKeys();
  private final WordNormalizer word;
  private final CyrillicReader cyrillic;
  private final LatinReader latin;
  private final FoldInterpreter folder;
  private final FamilyStemmer stemmer;

  /** Whether the last word analyzed was read as Cyrillic. */
  private boolean lastCyrillic;

  /** Creates a keyer over the given rules. */
  public NameKeyer(NameRules rules) {
    this(CompiledRules.of(rules));
  }

  /** Creates a keyer over the given tables. */
  public NameKeyer(CompiledRules rules) {
    this.rules = rules;
    this.word = new WordNormalizer(rules);
    this.cyrillic = new CyrillicReader(rules);
    this.latin = new LatinReader(rules);
    this.folder = new FoldInterpreter(rules);
    this.stemmer = new FamilyStemmer(rules);
  }

  /** Analyzes {@code len} chars of {@code buf} from {@code off}; returns the number of keys. */
  public int analyze(char[] buf, int off, int len) {
    out.clear();
    if (buf == null || len <= 0 || off < 0 || off + len > buf.length) {
      return 0;
    }
    boolean cyrillicWord = word.normalize(buf, off, len);
    if (word.n == 0) {
      return 0;
    }
    stemmer.countDoubled(word);
    lastCyrillic = cyrillicWord;
    if (cyrillicWord) {
      int len0 = cyrillic.read(word, folder);
      out.set(0, folder.buffer(), len0);
    } else {
      latin.read(word, folder, out);
    }
    if (out.keyCount > 0) {
      stemmer.familyKeys(out, cyrillicWord, folder);
    }
    return out.keyCount;
  }

  /**
   * Keys two adjacent words written as one from their first variant keys, without reading the
   * letters again: the keys are concatenated and folded (folds.tsv, so that a double letter or a
   * glide across the join reads as in one word), and the result is the only variant key, with its
   * family key. Much cheaper than {@link #analyze} of the joined letters, and the same for a word
   * read in one orthography. Returns the number of keys (0 or 1).
   */
  public int joinKeys(char[] a, int aLength, char[] b, int bLength) {
    out.clear();
    int total = Math.min(aLength + bLength, MAX_INPUT);
    if (aLength <= 0 || bLength <= 0) {
      return 0;
    }
    char[] buf = folder.buffer();
    System.arraycopy(a, 0, buf, 0, aLength);
    System.arraycopy(b, 0, buf, aLength, total - aLength);
    int len = folder.apply(rules.folds, total);
    out.set(0, folder.buffer(), len);
    if (out.keyCount > 0) {
      // an ending belongs to the second word: its stem there must keep the rule's least length
      // (Baltrukov has: the -as of has is not an ending)
      stemmer.stemFrom = Math.min(aLength, out.keyLengths[0]);
      stemmer.noDoubles();
      stemmer.familyKeys(out, false, folder);
      stemmer.stemFrom = 0;
    }
    return out.keyCount;
  }

  /**
   * Normalises a word without keying it: case folded, combining marks composed, non-letters
   * dropped, capped at {@link #MAX_INPUT} chars, and lookalike letters of the minority script
   * mapped into the script of the majority. Idempotent. Returns the length of {@link
   * #normalizedBuffer()}.
   */
  public int normalize(char[] buf, int off, int len) {
    out.clear();
    if (buf == null || len <= 0 || off < 0 || off + len > buf.length) {
      word.n = 0;
      return 0;
    }
    word.normalize(buf, off, len);
    return word.n;
  }

  /** The buffer holding the last normalised word; valid up to its length. */
  public char[] normalizedBuffer() {
    return word.raw;
  }

  /** The given family-key letters with the family key's rewrites (family-folds.tsv). */
  /**
   * The derived keys of a word whose family keys are {@code families}: each with a derivational
   * suffix of {@code derivations.tsv} added, or removed when it ends in one. Keys with digits
   * derive nothing.
   */
  public List<String> derivedOf(List<String> families) {
    if (families.isEmpty() || rules.derivations.length == 0) {
      return List.of();
    }
    List<String> out = new ArrayList<>(2);
    for (String f : families) {
      if (f.chars().anyMatch(Character::isDigit)) {
        continue; // a number (2022) derives nothing
      }
      for (Derivation d : rules.derivations) {
        String key = d.derive(f, this::refoldFamily);
        if (key != null && !families.contains(key) && !out.contains(key)) {
          out.add(key);
        }
      }
    }
    return List.copyOf(out);
  }

  String refoldFamily(String key) {
    int len = Math.min(key.length(), MAX_INPUT);
    key.getChars(0, len, folder.buffer(), 0);
    int m = folder.apply(rules.familyFolds, len);
    return new String(folder.buffer(), 0, m);
  }

  /**
   * Writes variant key {@code i} with the family key's rewrites but no ending removed into a new
   * string: the family key that an inflected form of the word has (Maksim: the family key of
   * Maksimom). Allocates; not for hot paths.
   */
  public String baseFamily(int i) {
    System.arraycopy(out.keys[i], 0, folder.buffer(), 0, out.keyLengths[i]);
    int m = folder.apply(rules.familyFolds, out.keyLengths[i]);
    return new String(folder.buffer(), 0, m);
  }

  /**
   * Adds to {@code out} the family keys of other forms of variant key {@code i} that the endings
   * alone do not reach, each with the family key's rewrites (allocates; not for hot paths):
   *
   * <ul>
   *   <li>taken as a nominative with a fleeting vowel (fleeting.tsv), its oblique stem (Кравец: the
   *       family key of Кравца);
   *   <li>taken as a case form, the stem without its case ending read as a nominative: its own
   *       endings removed (Онисимом: Онисим; not the Latin-script -s, -us, -is, which would join
   *       Максим with make and Василиса with vassal), and with the fleeting vowel put back (Кравца:
   *       Кравец).
   * </ul>
   */
  public void formFamilies(int i, List<String> out) {
    char[] k = out(i);
    int len = this.out.keyLengths[i];
    for (Fleeting f : rules.fleeting) {
      String oblique = f.oblique(k, len);
      if (oblique != null) {
        out.add(refoldFamily(oblique));
      }
    }
    int stem = stemmer.stemLength(k, len, !lastCyrillic, lastCyrillic);
    if (stem == len) {
      return;
    }
    int nominative = stemmer.stemLength(k, stem, false, false);
    if (nominative < stem) {
      out.add(refoldFamily(new String(k, 0, nominative)));
    }
    // a fleeting vowel comes back before a noun's case ending, not the adjectival -им/-ым that a
    // nominative such as Максим ends in (Максим is not Макес)
    if (len - stem == 2 && k[stem] == 'i' && k[stem + 1] == 'm') {
      return;
    }
    for (Fleeting f : rules.fleeting) {
      String n = f.nominative(k, stem);
      if (n != null) {
        out.add(refoldFamily(n));
      }
    }
  }

  private char[] out(int i) {
    return out.keys[i].clone();
  }

  /** The number of variant keys of the last word analyzed. */
  public int keyCount() {
    return out.keyCount;
  }

  /** The buffer holding variant key {@code i}; valid up to {@link #keyLength(int)}. */
  public char[] keyBuffer(int i) {
    return out.keys[i];
  }

  /** The length of variant key {@code i}. */
  public int keyLength(int i) {
    return out.keyLengths[i];
  }

  /** Variant key {@code i} as a new string (allocates; not for hot paths). */
  public String key(int i) {
    return new String(out.keys[i], 0, out.keyLengths[i]);
  }

  /** Whether the last word has a family key different from its first variant key. */
  public boolean hasFamily() {
    return out.familyLength > 0;
  }

  /** The buffer holding the family key; valid up to {@link #familyLength()}. */
  public char[] familyBuffer() {
    return out.family;
  }

  /** The length of the family key, 0 when there is none. */
  public int familyLength() {
    return out.familyLength;
  }

  /**
   * Whether the second variant key has a family key of its own, different from the first key's
   * family key (or from the first key, when that has none) and from the second key.
   */
  public boolean hasSecondFamily() {
    return out.family2Length > 0;
  }

  /** The buffer holding the second family key; valid up to {@link #secondFamilyLength()}. */
  public char[] secondFamilyBuffer() {
    return out.family2;
  }

  /** The length of the second family key, 0 when there is none. */
  public int secondFamilyLength() {
    return out.family2Length;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "NameKeyer[%s]", rules);
  }
}
