package io.namesearch.eval;

import java.io.IOException;
import java.util.List;

/**
 * One search system under evaluation. The evaluator indexes the documents once, then sends every
 * query and reads back document ordinals (positions in the list given to {@link #index}), best
 * first. Implementations need not be thread-safe: the evaluator uses one thread.
 */
public interface EvalSystem extends AutoCloseable {

  /** The short name shown in the report, such as {@code standard}. */
  String name();

  /** Indexes the documents; document {@code i} of the list has ordinal {@code i}. Called once. */
  void index(List<String> documents) throws IOException;

  /** The ordinals of at most {@code depth} documents that match the query, best first. */
  int[] search(String query, int depth) throws IOException;

  @Override
  void close() throws IOException;
}
