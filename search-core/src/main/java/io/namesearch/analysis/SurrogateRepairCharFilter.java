package io.namesearch.analysis;

import java.io.IOException;
import java.io.Reader;

/**
 * Replaces unpaired UTF-16 surrogates with U+FFFD, one char for one char, so offsets stay exact.
 * {@code StandardTokenizer} loses its final offset on text that ends in an unpaired high surrogate,
 * and such text reaches an index from damaged files and truncated strings.
 */
public final class SurrogateRepairCharFilter extends OneForOneCharFilter {

  private static final char REPLACEMENT = '\uFFFD';

  /** A char read ahead of the caller's buffer, or -1. */
  private int lookahead = -1;

  /** Whether {@link #lookahead} is the low half of a pair whose high half was already returned. */
  private boolean lookaheadIsPairedLow;

  /** Wraps {@code in}. */
  public SurrogateRepairCharFilter(Reader in) {
    super(in);
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    int n = 0;
    boolean startsPaired = false;
    if (lookahead >= 0) {
      cbuf[off] = (char) lookahead;
      startsPaired = lookaheadIsPairedLow;
      lookahead = -1;
      n = 1;
    }
    if (n < len) {
      int r = input.read(cbuf, off + n, len - n);
      if (r > 0) {
        n += r;
      }
    }
    if (n == 0) {
      return -1;
    }
    int end = off + n;
    for (int i = off; i < end; i++) {
      char c = cbuf[i];
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < end) {
          if (Character.isLowSurrogate(cbuf[i + 1])) {
            i++;
          } else {
            cbuf[i] = REPLACEMENT;
          }
        } else {
          // Last char of this read: look at the next one to see whether the pair is whole.
          int next = input.read();
          lookaheadIsPairedLow = next >= 0 && Character.isLowSurrogate((char) next);
          if (!lookaheadIsPairedLow) {
            cbuf[i] = REPLACEMENT;
          }
          lookahead = next;
        }
      } else if (Character.isLowSurrogate(c) && !(i == off && startsPaired)) {
        cbuf[i] = REPLACEMENT;
      }
    }
    return n;
  }

  @Override
  public void close() throws IOException {
    lookahead = -1;
    super.close();
  }
}
