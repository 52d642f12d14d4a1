package io.namesearch.analysis;

import io.namesearch.engine.internal.NameKeyer;
import java.util.Arrays;

/**
 * The keys of recently seen words, and the joined keys of recently seen pairs of adjacent words
 * ({@link NameKeyer#joinKeys}), so that a word or a name repeated in a text ({@code Vladimir
 * Putin}, {@code Yuzhno-Sakhalinsk}) is keyed once: {@link NameKeyer} is a pure function of its
 * input, and most of the analysis time when run on every token.
 *
 * <p>One table for both: two-way set-associative ({@value #SETS} sets of two entries, the least
 * recently used one of a set replaced on a miss), entries created on first use (a few megabytes at
 * most), allocation-free on a hit. A pair is keyed by the two first variant keys, written with a
 * separator between them and marked as a pair. An entry returned by a lookup stays valid through
 * the next lookup too (that one replaces at most the other entry of its set, never the most recent
 * one), so a filter may look a pair up while it holds the current word. Not thread-safe: one per
 * filter.
 */
final class KeyCache {

  /** Sets of the table; a power of two. */
  static final int SETS = 8192;

  /** Separates the two keys of a pair. */
  private static final char PAIR = '\u0000';

  /** A word (or a pair of keys) and what {@link NameKeyer} computed for it. */
  static final class Entry {
    char[] input = new char[16];
    int inputLength = -1;

    /** Whether the input is a pair (the separator may occur in a token of another tokenizer). */
    boolean pair;

    // a word's keys
    int keyCount;
    final char[][] keys = new char[NameKeyer.MAX_KEYS][];
    final int[] keyLengths = new int[NameKeyer.MAX_KEYS];

    /** The hash of the first key, for {@link KeyCache#joined}. */
    int firstKeyHash;

    char[] family = new char[0];
    int familyLength;
    char[] secondFamily = new char[0];
    int secondFamilyLength;
    // a pair's joined family key (or variant key, when it has no family key); empty when none
    char[] joined = new char[0];
    int joinedLength;

    private boolean holds(char[] buf, int len) {
      return !pair && inputLength == len && Arrays.equals(input, 0, len, buf, 0, len);
    }

    private boolean holds(char[] a, int la, char[] b, int lb) {
      return pair
          && inputLength == la + 1 + lb
          && Arrays.equals(input, 0, la, a, 0, la)
          && Arrays.equals(input, la + 1, la + 1 + lb, b, 0, lb);
    }

    private void fillWord(NameKeyer keyer, char[] buf, int len) {
      input = ensure(input, len);
      System.arraycopy(buf, 0, input, 0, len);
      inputLength = len;
      pair = false;
      keyCount = keyer.analyze(buf, 0, len);
      for (int i = 0; i < keyCount; i++) {
        keys[i] = copy(keys[i], keyer.keyBuffer(i), keyer.keyLength(i));
        keyLengths[i] = keyer.keyLength(i);
      }
      firstKeyHash = keyCount > 0 ? hash(0, keys[0], keyLengths[0]) : 0;
      familyLength = keyCount > 0 && keyer.hasFamily() ? keyer.familyLength() : 0;
      if (familyLength > 0) {
        family = copy(family, keyer.familyBuffer(), familyLength);
      }
      secondFamilyLength = keyCount > 1 && keyer.hasSecondFamily() ? keyer.secondFamilyLength() : 0;
      if (secondFamilyLength > 0) {
        secondFamily = copy(secondFamily, keyer.secondFamilyBuffer(), secondFamilyLength);
      }
      joinedLength = 0;
    }

    private void fillPair(NameKeyer keyer, char[] a, int la, char[] b, int lb) {
      input = ensure(input, la + 1 + lb);
      System.arraycopy(a, 0, input, 0, la);
      input[la] = PAIR;
      System.arraycopy(b, 0, input, la + 1, lb);
      inputLength = la + 1 + lb;
      pair = true;
      keyCount = 0;
      familyLength = 0;
      secondFamilyLength = 0;
      joinedLength = 0;
      if (keyer.joinKeys(a, la, b, lb) > 0) {
        boolean own = keyer.hasFamily();
        int len = own ? keyer.familyLength() : keyer.keyLength(0);
        joined = copy(joined, own ? keyer.familyBuffer() : keyer.keyBuffer(0), len);
        joinedLength = len;
      }
    }

    private static char[] ensure(char[] a, int len) {
      return a.length >= len ? a : new char[Math.max(len, 2 * a.length)];
    }

    private static char[] copy(char[] into, char[] from, int len) {
      char[] out = into != null && into.length >= len ? into : new char[Math.max(len, 16)];
      System.arraycopy(from, 0, out, 0, len);
      return out;
    }
  }

  /** Set {@code s} is entries {@code 2s} (the most recently used) and {@code 2s + 1}. */
  private final Entry[] table = new Entry[2 * SETS];

  /** The keys of the first {@code len} chars of {@code buf}, from the cache or {@code keyer}. */
  Entry word(NameKeyer keyer, char[] buf, int len) {
    int at = 2 * set(hash(0, buf, len));
    Entry e = table[at];
    if (e != null && e.holds(buf, len)) {
      return e;
    }
    Entry other = table[at + 1];
    if (other != null && other.holds(buf, len)) {
      return promote(at);
    }
    e = replace(at);
    e.fillWord(keyer, buf, len);
    return e;
  }

  /**
   * The joined key of the keys {@code a} and {@code b} ({@link Entry#joined}), from the cache or
   * {@code keyer}; {@code ha} and {@code hb} are their {@link #hash hashes} (each word's first key
   * is hashed once, when its entry is filled: {@link Entry#firstKeyHash}).
   */
  Entry joined(NameKeyer keyer, char[] a, int la, int ha, char[] b, int lb, int hb) {
    int at = 2 * set(ha * 0x9E3779B9 + hb);
    Entry e = table[at];
    if (e != null && e.holds(a, la, b, lb)) {
      return e;
    }
    Entry other = table[at + 1];
    if (other != null && other.holds(a, la, b, lb)) {
      return promote(at);
    }
    e = replace(at);
    e.fillPair(keyer, a, la, b, lb);
    return e;
  }

  /** Swaps the two entries of the set at {@code at}; returns the new most recent one. */
  private Entry promote(int at) {
    Entry e = table[at + 1];
    table[at + 1] = table[at];
    table[at] = e;
    return e;
  }

  /** The least recently used entry of the set at {@code at}, made the most recent, to refill. */
  private Entry replace(int at) {
    Entry lru = table[at + 1];
    if (lru == null) {
      lru = new Entry();
    }
    table[at + 1] = table[at];
    table[at] = lru;
    return lru;
  }

  /** The hash of a key: {@code String.hashCode()} of its chars. */
  static int hash(char[] buf, int len) {
    return hash(0, buf, len);
  }

  private static int hash(int h, char[] buf, int len) {
    for (int i = 0; i < len; i++) {
      h = 31 * h + buf[i];
    }
    return h;
  }

  private static int set(int h) {
    return (h * 0x9E3779B9) >>> (32 - Integer.numberOfTrailingZeros(SETS));
  }
}
