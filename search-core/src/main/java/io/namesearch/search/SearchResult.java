package io.namesearch.search;

import java.util.List;

/**
 * The answer to a search.
 *
 * @param totalHits how many documents match in all
 * @param hits the best {@code limit} of them, best first
 */
public record SearchResult(long totalHits, List<Hit> hits) {

  /** Copies the list. */
  public SearchResult {
    if (totalHits < hits.size()) {
      throw new IllegalArgumentException("totalHits < hits");
    }
    hits = List.copyOf(hits);
  }
}
