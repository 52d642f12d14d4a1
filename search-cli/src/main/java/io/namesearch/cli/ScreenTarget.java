package io.namesearch.cli;

import io.namesearch.engine.NameMatcher;
import java.io.IOException;
import java.util.List;

/**
 * What {@code search screen} screens a list against: an index ({@link IndexScreen}) or another
 * list.
 */
interface ScreenTarget {

  /** The matches of one listed name, best first, at most the limit. */
  List<ScreenRow> screen(int line, NameMatcher.Name name) throws IOException;
}
