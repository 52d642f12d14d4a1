package io.namesearch.engine;

import java.util.Arrays;
import java.util.Locale;

/**
 * Computes the match keys of one word at a time, reusing its buffers: no allocation per word once
 * warm. Not thread-safe; each token filter owns one.
 *
 * <p>After {@link #analyze}, the word has {@link #keyCount()} variant keys (0 when it has no
 * letters or digits), and at most one family key. (Skeleton implementation.)
 */
public final class NameKeyer {

  /** The most variant keys one word can have. */
  public static final int MAX_KEYS = 2;

  private final NameRules rules;
  private final char[][] keys = new char[MAX_KEYS][16];
  private final int[] keyLengths = new int[MAX_KEYS];
  private int keyCount;
  private char[] family = new char[16];
  private int familyLength;

  /** Creates a keyer over the given rules. */
  public NameKeyer(NameRules rules) {
    this.rules = rules;
  }

  /** Analyzes {@code len} chars of {@code buf} from {@code off}; returns the number of keys. */
  public int analyze(char[] buf, int off, int len) {
    keyCount = 0;
    familyLength = 0;
    char[] k = keys[0];
    if (k.length < len) {
      k = keys[0] = Arrays.copyOf(k, len);
    }
    int n = 0;
    for (int i = 0; i < len; i++) {
      char c = buf[off + i];
      if (Character.isLetterOrDigit(c)) {
        k[n++] = Character.toLowerCase(c);
      }
    }
    keyLengths[0] = n;
    keyCount = n == 0 ? 0 : 1;
    return keyCount;
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

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "NameKeyer[%s]", rules);
  }
}
