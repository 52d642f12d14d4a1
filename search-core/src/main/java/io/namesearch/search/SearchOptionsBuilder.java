package io.namesearch.search;

import io.namesearch.engine.MatchTier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The setters of {@link SearchOptions.Builder}, each returning the builder; the values are checked
 * when the options are built.
 *
 * @param <B> the builder type
 */
abstract sealed class SearchOptionsBuilder<B extends SearchOptionsBuilder<B>>
    permits SearchOptions.Builder {

  int limit = 10;
  QuerySyntax syntax = QuerySyntax.PLAIN;
  EnumSet<MatchTier> tiers = EnumSet.copyOf(SearchOptions.DEFAULT_TIERS);
  int snippets = 1;
  boolean explain = true;
  SearchOptions.Fetch fetch = SearchOptions.Fetch.DOCUMENT;
  int totalHitsThreshold = SearchOptions.DEFAULT_TOTAL_HITS_THRESHOLD;
  int offset;
  Optional<String> after = Optional.empty();
  SearchOptions.SortOrder sort = SearchOptions.SortOrder.SCORE;
  final Map<String, Set<String>> where = new LinkedHashMap<>();
  Optional<LocalDate> since = Optional.empty();
  Optional<LocalDate> until = Optional.empty();
  Optional<MatchTier> minTier = Optional.empty();
  double minScore;
  boolean countTiers;
  List<String> countBy = new ArrayList<>();
  QueryMode mode = QueryMode.PERSON;

  SearchOptionsBuilder() {}

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /** Skips this many hits of the total order (0 to {@value SearchOptions#MAX_OFFSET}). */
  public B offset(int offset) {
    this.offset = offset;
    return self();
  }

  /** Starts after the hit with this cursor ({@link Hit#cursor()}), at any depth. */
  public B after(String cursor) {
    this.after = Optional.of(Objects.requireNonNull(cursor, "cursor"));
    return self();
  }

  /** Starts after this hit, which came from a search with the same sort order. */
  public B searchAfter(Hit hit) {
    return after(Objects.requireNonNull(hit, "hit").cursor());
  }

  /** Sets the order of the hits. */
  public B sort(SearchOptions.SortOrder sort) {
    this.sort = Objects.requireNonNull(sort, "sort");
    return self();
  }

  /**
   * Keeps only documents whose metadata value for {@code key} is one of {@code values} (exact,
   * case-sensitive). Filters on several keys must all match; a second call for the same key
   * replaces the first.
   */
  public B where(String key, String... values) {
    return where(key, List.of(values));
  }

  /** As {@link #where(String, String...)}. */
  public B where(String key, java.util.Collection<String> values) {
    Objects.requireNonNull(key, "key");
    where.put(key, new LinkedHashSet<>(values));
    return self();
  }

  /** Keeps only documents dated on or after this day. */
  public B since(LocalDate day) {
    this.since = Optional.of(Objects.requireNonNull(day, "day"));
    return self();
  }

  /** Keeps only documents dated on or before this day. */
  public B until(LocalDate day) {
    this.until = Optional.of(Objects.requireNonNull(day, "day"));
    return self();
  }

  /** Keeps only hits whose every matched word matches at this tier or a stronger one. */
  public B minTier(MatchTier tier) {
    this.minTier = Optional.of(Objects.requireNonNull(tier, "tier"));
    return self();
  }

  /** Keeps only hits whose normalised score is at least this (0 to 1). */
  public B minScore(double minScore) {
    this.minScore = minScore;
    return self();
  }

  /** Counts all matching documents per tier. */
  public B countTiers(boolean on) {
    this.countTiers = on;
    return self();
  }

  /** Counts all matching documents per value of this metadata key. */
  public B countBy(String key) {
    countBy.add(Objects.requireNonNull(key, "key"));
    return self();
  }

  /**
   * Sets how the query's words combine: {@link QueryMode#PERSON} (the default) reads a personal
   * name as one mention, {@link QueryMode#WORDS} each word on its own.
   */
  public B mode(QueryMode mode) {
    this.mode = Objects.requireNonNull(mode, "mode");
    return self();
  }

  /**
   * Counts matches exactly up to this many ({@code Integer.MAX_VALUE} always counts exactly, at the
   * cost of visiting every match).
   */
  public B totalHitsThreshold(int threshold) {
    this.totalHitsThreshold = threshold;
    return self();
  }

  /** Sets what each hit carries of its document. */
  public B fetch(SearchOptions.Fetch fetch) {
    this.fetch = Objects.requireNonNull(fetch, "fetch");
    return self();
  }

  /** Sets the most hits to return. */
  public B limit(int limit) {
    this.limit = limit;
    return self();
  }

  /** Sets how to read the query text. */
  public B syntax(QuerySyntax syntax) {
    this.syntax = Objects.requireNonNull(syntax, "syntax");
    return self();
  }

  /** Sets the tiers that count (exact is always on). */
  public B tiers(Set<MatchTier> tiers) {
    this.tiers = EnumSet.noneOf(MatchTier.class);
    this.tiers.addAll(tiers);
    return self();
  }

  /** Switches one tier on or off. Switching {@link MatchTier#EXACT} off has no effect. */
  public B tier(MatchTier tier, boolean on) {
    if (on) {
      tiers.add(tier);
    } else {
      tiers.remove(tier);
    }
    return self();
  }

  /** Sets the most snippets per hit, 0 for none. */
  public B snippets(int snippets) {
    this.snippets = snippets;
    return self();
  }

  /** Sets whether to report the matched document word for each query word. */
  public B explain(boolean explain) {
    this.explain = explain;
    return self();
  }

  /** Turns snippets and explanations on (1 snippet) or off together; off is fastest. */
  public B highlight(boolean on) {
    this.snippets = on ? Math.max(1, snippets) : 0;
    this.explain = on;
    return self();
  }
}
