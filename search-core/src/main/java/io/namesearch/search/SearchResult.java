package io.namesearch.search;

import java.util.List;

/**
 * The answer to a search.
 *
 * @param totalHits how many documents match in all, or a lower bound when {@code
 *     totalHitsExact} is false (counting stops at {@link SearchOptions#totalHitsThreshold()}, which
 *     lets search skip documents that cannot enter the top hits)
 * @param totalHitsExact whether {@code totalHits} is the exact count
 * @param hits the best {@code limit} of them, best first
 */
public record SearchResult(long totalHits, boolean totalHitsExact, List<Hit> hits) {

  /** Copies the list. */
  public SearchResult {
    if (totalHits < hits.size()) {
      throw new IllegalArgumentException("totalHits < hits");
    }
    hits = List.copyOf(hits);
  }
}
