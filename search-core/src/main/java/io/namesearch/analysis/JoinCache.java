package io.namesearch.analysis;

import io.namesearch.engine.NameKeyer;
import java.util.Arrays;

/**
 * The joined family keys of recently seen pairs of adjacent words ({@link NameKeyer#joinKeys}),
 * so that a name repeated in a text ({@code Vladimir Putin}, {@code Yuzhno-Sakhalinsk}) is joined
 * once. Direct-mapped like {@link KeyCache} ({@value #SLOTS} slots), keyed by the two first
 * variant keys; allocation-free on a hit. Not thread-safe: one per filter.
 */
final class JoinCache {

  static final int SLOTS = 4096;

  /** A pair of keys (written one after the other, the first one's length kept) and its result. */
  static final class Entry {
    char[] pair = new char[32];
    int firstLength = -1;
    int pairLength = -1;
    /** The joined family key (or variant key, when it has no family key); empty when none. */
    char[] key = new char[32];
    int keyLength;

    boolean holds(char[] a, int la, char[] b, int lb) {
      return firstLength == la
          && pairLength == la + lb
          && Arrays.equals(pair, 0, la, a, 0, la)
          && Arrays.equals(pair, la, la + lb, b, 0, lb);
    }

    void fill(NameKeyer keyer, char[] a, int la, char[] b, int lb) {
      if (pair.length < la + lb) {
        pair = new char[Math.max(la + lb, 2 * pair.length)];
      }
      System.arraycopy(a, 0, pair, 0, la);
      System.arraycopy(b, 0, pair, la, lb);
      firstLength = la;
      pairLength = la + lb;
      keyLength = 0;
      if (keyer.joinKeys(a, la, b, lb) > 0) {
        boolean own = keyer.hasFamily();
        char[] k = own ? keyer.familyBuffer() : keyer.keyBuffer(0);
        int len = own ? keyer.familyLength() : keyer.keyLength(0);
        if (key.length < len) {
          key = new char[Math.max(len, 2 * key.length)];
        }
        System.arraycopy(k, 0, key, 0, len);
        keyLength = len;
      }
    }
  }

  private final Entry[] slots = new Entry[SLOTS];

  /** The joined key of {@code a} and {@code b}, from the cache or {@code keyer}. */
  Entry lookup(NameKeyer keyer, char[] a, int la, char[] b, int lb) {
    int h = 0;
    for (int i = 0; i < la; i++) {
      h = 31 * h + a[i];
    }
    h = 31 * h + '|';
    for (int i = 0; i < lb; i++) {
      h = 31 * h + b[i];
    }
    h ^= h >>> 16;
    int slot = h & (SLOTS - 1);
    Entry e = slots[slot];
    if (e == null) {
      e = slots[slot] = new Entry();
    } else if (e.holds(a, la, b, lb)) {
      return e;
    }
    e.fill(keyer, a, la, b, lb);
    return e;
  }
}
