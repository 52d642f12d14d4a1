package io.namesearch.analysis;

import java.io.IOException;
import java.io.Reader;

/**
 * Keeps a word written in GOST 7.79-B whole: that scheme writes {@code `} inside words (y` for ы,
 * e` for э, `` for ъ: Cherny`x, Ry`bakov, ob``yom), where Unicode word breaks would split the word.
 * A {@code `} after a letter (or after such a {@code `}) becomes a soft hyphen (U+00AD), which word
 * breaking ignores and the name engine drops; one char for one char, so offsets stay exact. A
 * {@code `} elsewhere (an opening quote) is left alone.
 */
public final class GostBacktickCharFilter extends OneForOneCharFilter {

  static final char BACKTICK = '`';
  static final char SOFT_HYPHEN = '\u00AD';

  /** Whether the last char read was a letter or a replaced backtick. */
  private boolean afterLetter;

  /** Wraps {@code in}. */
  public GostBacktickCharFilter(Reader in) {
    super(in);
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    int n = input.read(cbuf, off, len);
    for (int i = off; i < off + n; i++) {
      char c = cbuf[i];
      if (c == BACKTICK && afterLetter) {
        cbuf[i] = SOFT_HYPHEN;
      } else {
        afterLetter = Character.isLetter(c) || Character.isSurrogate(c);
      }
    }
    return n;
  }

  @Override
  public void close() throws IOException {
    afterLetter = false;
    super.close();
  }
}
