package io.namesearch.engine.internal;

/**
 * The result buffers of {@link NameKeyer}: the variant keys of the last word and its family keys,
 * each valid up to its length. Reused from word to word.
 */
final class WordKeys {
  final char[][] keys = new char[NameKeyer.MAX_KEYS][NameKeyer.MAX_INPUT];
  final int[] keyLengths = new int[NameKeyer.MAX_KEYS];
  int keyCount;
  final char[] family = new char[NameKeyer.MAX_INPUT];
  int familyLength;

  /** The family key of the second variant key, when it is another family. */
  final char[] family2 = new char[NameKeyer.MAX_INPUT];

  int family2Length;

  void clear() {
    keyCount = 0;
    familyLength = 0;
    family2Length = 0;
  }

  /** Makes {@code buf[0..len)} variant key {@code k} and the last one; nothing when empty. */
  void set(int k, char[] buf, int len) {
    if (len == 0) {
      return;
    }
    System.arraycopy(buf, 0, keys[k], 0, len);
    keyLengths[k] = len;
    keyCount = k + 1;
  }

  /** Adds {@code buf[0..len)} as the next variant key, unless it is empty or repeats a key. */
  void addIfNew(char[] buf, int len) {
    if (len == 0) {
      return;
    }
    for (int k = 0; k < keyCount; k++) {
      if (len == keyLengths[k] && FoldInterpreter.regionEquals(keys[k], 0, buf, len)) {
        return;
      }
    }
    set(keyCount, buf, len);
  }
}
