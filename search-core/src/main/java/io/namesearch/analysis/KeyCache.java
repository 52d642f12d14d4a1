package io.namesearch.analysis;

import io.namesearch.engine.NameKeyer;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * What {@link NameKeyer} computed for recently seen inputs, so that a word or a pair of adjacent
 * words repeated in a text ({@code Vladimir Putin}, {@code Yuzhno-Sakhalinsk}) is keyed once: the
 * keyer is a pure function of its input, and about half of the indexing time when run on every
 * token. Direct-mapped ({@value #SLOTS} slots, an entry replaced when another input hashes to its
 * slot), allocation-free on a hit, entries created on first use (at most a few hundred kilobytes).
 * An input is one word ({@link Word}: its keys, {@link NameKeyer#analyze}) or the first variant
 * keys of two words ({@link Join}: their joined key, {@link NameKeyer#joinKeys}). Not thread-safe:
 * one per filter and kind.
 */
final class KeyCache<E extends KeyCache.Entry> {

  static final int SLOTS = 4096;

  private static final char[] NONE = new char[0];

  /** An input (one or two char runs, the first one's length kept) and what was computed for it. */
  abstract static class Entry {
    private char[] input = new char[16];
    private int firstLength = -1;
    private int length = -1;

    private boolean holds(char[] a, int la, char[] b, int lb) {
      return firstLength == la
          && length == la + lb
          && Arrays.equals(input, 0, la, a, 0, la)
          && Arrays.equals(input, la, la + lb, b, 0, lb);
    }

    private void remember(char[] a, int la, char[] b, int lb) {
      if (input.length < la + lb) {
        input = new char[Math.max(la + lb, 2 * input.length)];
      }
      System.arraycopy(a, 0, input, 0, la);
      System.arraycopy(b, 0, input, la, lb);
      firstLength = la;
      length = la + lb;
    }

    /** Computes the result for the input with {@code keyer}. */
    abstract void fill(NameKeyer keyer, char[] a, int la, char[] b, int lb);

    static char[] copy(char[] into, char[] from, int len) {
      char[] out = into != null && into.length >= len ? into : new char[Math.max(len, 16)];
      System.arraycopy(from, 0, out, 0, len);
      return out;
    }
  }

  /** A word and its keys, as {@link NameKeyer#analyze} computed them. */
  static final class Word extends Entry {
    int keyCount;
    final char[][] keys = new char[NameKeyer.MAX_KEYS][];
    final int[] keyLengths = new int[NameKeyer.MAX_KEYS];
    char[] family = new char[0];
    int familyLength;
    char[] secondFamily = new char[0];
    int secondFamilyLength;

    @Override
    void fill(NameKeyer keyer, char[] buf, int len, char[] unused, int none) {
      keyCount = keyer.analyze(buf, 0, len);
      for (int i = 0; i < keyCount; i++) {
        keys[i] = copy(keys[i], keyer.keyBuffer(i), keyer.keyLength(i));
        keyLengths[i] = keyer.keyLength(i);
      }
      familyLength = keyCount > 0 && keyer.hasFamily() ? keyer.familyLength() : 0;
      if (familyLength > 0) {
        family = copy(family, keyer.familyBuffer(), familyLength);
      }
      secondFamilyLength = keyCount > 1 && keyer.hasSecondFamily() ? keyer.secondFamilyLength() : 0;
      if (secondFamilyLength > 0) {
        secondFamily = copy(secondFamily, keyer.secondFamilyBuffer(), secondFamilyLength);
      }
    }
  }

  /** Two first variant keys and their joined key, as {@link NameKeyer#joinKeys} computed it. */
  static final class Join extends Entry {
    /** The joined family key (or variant key, when it has no family key); empty when none. */
    char[] key = new char[32];

    int keyLength;

    @Override
    void fill(NameKeyer keyer, char[] a, int la, char[] b, int lb) {
      keyLength = 0;
      if (keyer.joinKeys(a, la, b, lb) > 0) {
        boolean own = keyer.hasFamily();
        int len = own ? keyer.familyLength() : keyer.keyLength(0);
        key = copy(key, own ? keyer.familyBuffer() : keyer.keyBuffer(0), len);
        keyLength = len;
      }
    }
  }

  private final Entry[] slots = new Entry[SLOTS];
  private final Supplier<E> create;

  /** A cache whose entries {@code create} makes. */
  KeyCache(Supplier<E> create) {
    this.create = create;
  }

  /** The entry of the first {@code len} chars of {@code buf} (one word). */
  E lookup(NameKeyer keyer, char[] buf, int len) {
    return lookup(keyer, buf, len, NONE, 0);
  }

  /**
   * The entry of {@code a[0..la)} followed by {@code b[0..lb)}, from the cache or {@code keyer}.
   */
  @SuppressWarnings("unchecked")
  E lookup(NameKeyer keyer, char[] a, int la, char[] b, int lb) {
    int h = 0;
    for (int i = 0; i < la; i++) {
      h = 31 * h + a[i];
    }
    if (lb > 0) {
      h = 31 * h + '|';
      for (int i = 0; i < lb; i++) {
        h = 31 * h + b[i];
      }
    }
    h ^= h >>> 16;
    int slot = h & (SLOTS - 1);
    Entry e = slots[slot];
    if (e == null) {
      e = slots[slot] = create.get();
    } else if (e.holds(a, la, b, lb)) {
      return (E) e;
    }
    e.remember(a, la, b, lb);
    e.fill(keyer, a, la, b, lb);
    return (E) e;
  }
}
