package io.namesearch.analysis;

import io.namesearch.engine.NameKeyer;
import java.util.Arrays;

/**
 * The keys of recently seen words, so that a word repeated in a text is keyed once: {@link
 * NameKeyer#analyze} is a pure function of the word, and about half of the indexing time when
 * run on every token. Direct-mapped ({@value #SLOTS} slots, an entry replaced when another word
 * hashes to its slot), allocation-free on a hit, entries created on first use (at most a few
 * hundred kilobytes). Not thread-safe: one per filter.
 */
final class KeyCache {

  static final int SLOTS = 4096;

  /** A word and its keys, as {@link NameKeyer} computed them. */
  static final class Entry {
    char[] word = new char[16];
    int wordLength = -1;
    int keyCount;
    final char[][] keys = new char[NameKeyer.MAX_KEYS][];
    final int[] keyLengths = new int[NameKeyer.MAX_KEYS];
    char[] family = new char[0];
    int familyLength;
    char[] secondFamily = new char[0];
    int secondFamilyLength;

    boolean holds(char[] buf, int len) {
      return wordLength == len && Arrays.equals(word, 0, len, buf, 0, len);
    }

    void fill(NameKeyer keyer, char[] buf, int len) {
      if (word.length < len) {
        word = new char[Math.max(len, 2 * word.length)];
      }
      System.arraycopy(buf, 0, word, 0, len);
      wordLength = len;
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

    private static char[] copy(char[] into, char[] from, int len) {
      char[] out = into != null && into.length >= len ? into : new char[Math.max(len, 16)];
      System.arraycopy(from, 0, out, 0, len);
      return out;
    }
  }

  private final Entry[] slots = new Entry[SLOTS];

  /** The keys of the first {@code len} chars of {@code buf}, from the cache or {@code keyer}. */
  Entry lookup(NameKeyer keyer, char[] buf, int len) {
    int h = 0;
    for (int i = 0; i < len; i++) {
      h = 31 * h + buf[i];
    }
    h ^= h >>> 16;
    int slot = h & (SLOTS - 1);
    Entry e = slots[slot];
    if (e == null) {
      e = slots[slot] = new Entry();
    } else if (e.holds(buf, len)) {
      return e;
    }
    e.fill(keyer, buf, len);
    return e;
  }
}
