package io.namesearch.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * A char filter that replaces chars one for one and never adds or removes one: an offset in its
 * output is the same offset in its input, so {@link #correct} has nothing to correct.
 */
abstract class OneForOneCharFilter extends CharFilter {

  /** Wraps {@code in}. */
  OneForOneCharFilter(Reader in) {
    super(in);
  }

  @Override
  protected final int correct(int currentOff) {
    return currentOff;
  }
}
