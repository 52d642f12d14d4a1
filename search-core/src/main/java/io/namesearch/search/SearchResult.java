package io.namesearch.search;

import io.namesearch.engine.MatchTier;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to a search.
 *
 * @param totalHits how many documents match in all, or a lower bound when {@code totalHitsExact} is
 *     false (counting stops at {@link SearchOptions#totalHitsThreshold()}, which lets search skip
 *     documents that cannot enter the top hits)
 * @param totalHitsExact whether {@code totalHits} is the exact count
 * @param hits the page of hits asked for ({@code limit} of them from {@code offset} or after the
 *     cursor), best first
 * @param tierCounts with {@link SearchOptions#countTiers()}: how many matching documents have each
 *     tier as their weakest matched word's tier (so the documents a {@code minTier(T)} search keeps
 *     are the sum over T and the stronger tiers); tiers without documents are left out; empty when
 *     not asked for
 * @param valueCounts with {@link SearchOptions#countBy()}: for each key, how many matching
 *     documents have each value, most frequent first (ties by value); empty when not asked for
 */
public record SearchResult(
    long totalHits,
    boolean totalHitsExact,
    List<Hit> hits,
    Map<MatchTier, Long> tierCounts,
    Map<String, Map<String, Long>> valueCounts) {

  /** Copies the list and maps. */
  public SearchResult {
    if (totalHits < hits.size()) {
      throw new IllegalArgumentException("totalHits < hits");
    }
    hits = List.copyOf(hits);
    tierCounts = Collections.unmodifiableMap(new LinkedHashMap<>(tierCounts));
    Map<String, Map<String, Long>> v = new LinkedHashMap<>();
    valueCounts.forEach((k, m) -> v.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(m))));
    valueCounts = Collections.unmodifiableMap(v);
  }

  /** A result without counts. */
  public SearchResult(long totalHits, boolean totalHitsExact, List<Hit> hits) {
    this(totalHits, totalHitsExact, hits, Map.of(), Map.of());
  }
}
