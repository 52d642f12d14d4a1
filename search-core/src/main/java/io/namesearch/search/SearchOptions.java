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
 * How to search: how many hits, how to read the query, which match tiers count, and how much to
 * explain.
 *
 * <pre>{@code
 * SearchOptions options = SearchOptions.builder().limit(20).snippets(2).build();
 * }</pre>
 *
 * @param limit the most hits to return, 1 to {@value #MAX_LIMIT}
 * @param syntax how to read the query text
 * @param tiers the match tiers that count; {@link MatchTier#EXACT} is always included
 * @param snippets the most snippets per hit, 0 for none
 * @param explain whether to report, for each query word, the document word it matched
 * @param totalHitsThreshold count matching documents exactly up to this many; beyond it the total
 *     is a lower bound and search may skip documents that cannot enter the top hits (as Lucene's
 *     {@code IndexSearcher} does by default)
 * @param fetch whether hits carry the whole stored document, or only its id (fastest, for callers
 *     that keep their documents elsewhere)
 * @param offset how many hits of the total order to skip before the first one returned, 0 to
 *     {@value #MAX_OFFSET} (for deeper pages use {@code after})
 * @param after start after the hit with this {@link Hit#cursor()} (search-after paging, any depth);
 *     the cursor must come from a search with the same sort order
 * @param sort the order of the hits: by score, or by date with ties by score; every order ends in
 *     length (shortest first) and document id, so that it is total and stable
 * @param where metadata filters: a document matches when, for every key, its value is one of the
 *     given values; filters never change scores
 * @param since only documents dated on or after this day (documents without a date never match a
 *     date range)
 * @param until only documents dated on or before this day
 * @param minTier only hits whose every matched query word matches at this tier or a stronger one
 *     (in the order of {@link MatchTier}); plain-text queries only
 * @param minScore only hits whose {@link Hit#normalizedScore()} is at least this, 0 to 1
 * @param countTiers whether to count all matching documents per tier ({@link
 *     SearchResult#tierCounts()}); counting visits every match
 * @param countBy metadata keys whose values to count over all matching documents ({@link
 *     SearchResult#valueCounts()}); counting visits every match
 * @param mode how the query's words combine: as one person's name where they form one ({@link
 *     QueryMode#PERSON}, the default) or each on its own ({@link QueryMode#WORDS})
 */
public record SearchOptions(
    int limit,
    QuerySyntax syntax,
    Set<MatchTier> tiers,
    int snippets,
    boolean explain,
    int totalHitsThreshold,
    Fetch fetch,
    int offset,
    Optional<String> after,
    SortOrder sort,
    Map<String, Set<String>> where,
    Optional<LocalDate> since,
    Optional<LocalDate> until,
    Optional<MatchTier> minTier,
    double minScore,
    boolean countTiers,
    List<String> countBy,
    QueryMode mode) {

  /** The default {@link #totalHitsThreshold()}, Lucene's own default. */
  public static final int DEFAULT_TOTAL_HITS_THRESHOLD = 1000;

  /** What each hit carries of its document. */
  public enum Fetch {
    /** The whole stored document (the default). */
    DOCUMENT,
    /** Only the id: title and body are empty, and there are no snippets or explanations. */
    ID
  }

  /** The order of the hits. */
  public enum SortOrder {
    /** Best score first (the default). */
    SCORE,
    /** Newest first; undated documents last; ties by score. */
    DATE_DESC,
    /** Oldest first; undated documents last; ties by score. */
    DATE_ASC
  }

  /** The largest allowed offset; page deeper with {@link Builder#searchAfter(Hit)}. */
  public static final int MAX_OFFSET = 100_000;

  /** The largest allowed limit. */
  public static final int MAX_LIMIT = 10_000;

  /** The largest allowed number of snippets per hit. */
  public static final int MAX_SNIPPETS = 100;

  /** The tiers on by default: all but nicknames. */
  public static final Set<MatchTier> DEFAULT_TIERS =
      Set.copyOf(
          EnumSet.of(
              MatchTier.EXACT,
              MatchTier.VARIANT,
              MatchTier.FAMILY,
              MatchTier.DERIVED,
              MatchTier.FUZZY));

  /** Validates the fields. */
  public SearchOptions {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
    }
    Objects.requireNonNull(syntax, "syntax");
    Objects.requireNonNull(fetch, "fetch");
    Objects.requireNonNull(mode, "mode");
    if (totalHitsThreshold < 1) {
      throw new IllegalArgumentException(
          "totalHitsThreshold must be at least 1, not " + totalHitsThreshold);
    }
    EnumSet<MatchTier> t = EnumSet.of(MatchTier.EXACT);
    t.addAll(tiers);
    tiers = Set.copyOf(t);
    if (snippets < 0 || snippets > MAX_SNIPPETS) {
      throw new IllegalArgumentException(
          "snippets must be between 0 and " + MAX_SNIPPETS + ", not " + snippets);
    }
    if (offset < 0 || offset > MAX_OFFSET) {
      throw new IllegalArgumentException(
          "offset must be between 0 and " + MAX_OFFSET + ", not " + offset);
    }
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(sort, "sort");
    Map<String, Set<String>> w = new LinkedHashMap<>();
    where.forEach(
        (k, v) -> {
          if (k.isBlank()) {
            throw new IllegalArgumentException("filter key must not be blank");
          }
          if (v.isEmpty()) {
            throw new IllegalArgumentException("filter on " + k + " has no values");
          }
          w.put(k, Set.copyOf(v));
        });
    where = java.util.Collections.unmodifiableMap(w);
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(until, "until");
    if (since.isPresent() && until.isPresent() && since.get().isAfter(until.get())) {
      throw new IllegalArgumentException(
          "since (" + since.get() + ") is after until (" + until.get() + ")");
    }
    Objects.requireNonNull(minTier, "minTier");
    if (!(minScore >= 0 && minScore <= 1)) {
      throw new IllegalArgumentException("minScore must be between 0 and 1, not " + minScore);
    }
    countBy = List.copyOf(new LinkedHashSet<>(countBy));
    for (String k : countBy) {
      if (k.isBlank()) {
        throw new IllegalArgumentException("count-by key must not be blank");
      }
    }
  }

  /** Whether the search counts matches per tier or per metadata value. */
  boolean counts() {
    return countTiers || !countBy.isEmpty();
  }

  /** The defaults: 10 hits, plain text, all tiers but nicknames, 1 snippet, explained. */
  public static SearchOptions defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these options. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.limit = limit;
    b.syntax = syntax;
    b.tiers = EnumSet.copyOf(tiers);
    b.snippets = snippets;
    b.explain = explain;
    b.fetch = fetch;
    b.totalHitsThreshold = totalHitsThreshold;
    b.offset = offset;
    b.after = after;
    b.sort = sort;
    where.forEach((k, v) -> b.where.put(k, new LinkedHashSet<>(v)));
    b.since = since;
    b.until = until;
    b.minTier = minTier;
    b.minScore = minScore;
    b.countTiers = countTiers;
    b.countBy = new ArrayList<>(countBy);
    b.mode = mode;
    return b;
  }

  /** A builder of {@link SearchOptions}. */
  public static final class Builder {
    private int limit = 10;
    private QuerySyntax syntax = QuerySyntax.PLAIN;
    private EnumSet<MatchTier> tiers = EnumSet.copyOf(DEFAULT_TIERS);
    private int snippets = 1;
    private boolean explain = true;
    private Fetch fetch = Fetch.DOCUMENT;
    private int totalHitsThreshold = DEFAULT_TOTAL_HITS_THRESHOLD;
    private int offset;
    private Optional<String> after = Optional.empty();
    private SortOrder sort = SortOrder.SCORE;
    private final Map<String, Set<String>> where = new LinkedHashMap<>();
    private Optional<LocalDate> since = Optional.empty();
    private Optional<LocalDate> until = Optional.empty();
    private Optional<MatchTier> minTier = Optional.empty();
    private double minScore;
    private boolean countTiers;
    private List<String> countBy = new ArrayList<>();
    private QueryMode mode = QueryMode.PERSON;

    private Builder() {}

    /** Skips this many hits of the total order (0 to {@value SearchOptions#MAX_OFFSET}). */
    public Builder offset(int offset) {
      this.offset = offset;
      return this;
    }

    /** Starts after the hit with this cursor ({@link Hit#cursor()}), at any depth. */
    public Builder after(String cursor) {
      this.after = Optional.of(Objects.requireNonNull(cursor, "cursor"));
      return this;
    }

    /** Starts after this hit, which came from a search with the same sort order. */
    public Builder searchAfter(Hit hit) {
      return after(Objects.requireNonNull(hit, "hit").cursor());
    }

    /** Sets the order of the hits. */
    public Builder sort(SortOrder sort) {
      this.sort = Objects.requireNonNull(sort, "sort");
      return this;
    }

    /**
     * Keeps only documents whose metadata value for {@code key} is one of {@code values} (exact,
     * case-sensitive). Filters on several keys must all match; a second call for the same key
     * replaces the first.
     */
    public Builder where(String key, String... values) {
      return where(key, List.of(values));
    }

    /** As {@link #where(String, String...)}. */
    public Builder where(String key, java.util.Collection<String> values) {
      Objects.requireNonNull(key, "key");
      where.put(key, new LinkedHashSet<>(values));
      return this;
    }

    /** Keeps only documents dated on or after this day. */
    public Builder since(LocalDate day) {
      this.since = Optional.of(Objects.requireNonNull(day, "day"));
      return this;
    }

    /** Keeps only documents dated on or before this day. */
    public Builder until(LocalDate day) {
      this.until = Optional.of(Objects.requireNonNull(day, "day"));
      return this;
    }

    /** Keeps only hits whose every matched word matches at this tier or a stronger one. */
    public Builder minTier(MatchTier tier) {
      this.minTier = Optional.of(Objects.requireNonNull(tier, "tier"));
      return this;
    }

    /** Keeps only hits whose normalised score is at least this (0 to 1). */
    public Builder minScore(double minScore) {
      this.minScore = minScore;
      return this;
    }

    /** Counts all matching documents per tier. */
    public Builder countTiers(boolean on) {
      this.countTiers = on;
      return this;
    }

    /** Counts all matching documents per value of this metadata key. */
    public Builder countBy(String key) {
      countBy.add(Objects.requireNonNull(key, "key"));
      return this;
    }

    /**
     * Sets how the query's words combine: {@link QueryMode#PERSON} (the default) reads a personal
     * name as one mention, {@link QueryMode#WORDS} each word on its own.
     */
    public Builder mode(QueryMode mode) {
      this.mode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /**
     * Counts matches exactly up to this many ({@code Integer.MAX_VALUE} always counts exactly, at
     * the cost of visiting every match).
     */
    public Builder totalHitsThreshold(int threshold) {
      this.totalHitsThreshold = threshold;
      return this;
    }

    /** Sets what each hit carries of its document. */
    public Builder fetch(Fetch fetch) {
      this.fetch = Objects.requireNonNull(fetch, "fetch");
      return this;
    }

    /** Sets the most hits to return. */
    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    /** Sets how to read the query text. */
    public Builder syntax(QuerySyntax syntax) {
      this.syntax = Objects.requireNonNull(syntax, "syntax");
      return this;
    }

    /** Sets the tiers that count (exact is always on). */
    public Builder tiers(Set<MatchTier> tiers) {
      this.tiers = EnumSet.noneOf(MatchTier.class);
      this.tiers.addAll(tiers);
      return this;
    }

    /** Switches one tier on or off. Switching {@link MatchTier#EXACT} off has no effect. */
    public Builder tier(MatchTier tier, boolean on) {
      if (on) {
        tiers.add(tier);
      } else {
        tiers.remove(tier);
      }
      return this;
    }

    /** Sets the most snippets per hit, 0 for none. */
    public Builder snippets(int snippets) {
      this.snippets = snippets;
      return this;
    }

    /** Sets whether to report the matched document word for each query word. */
    public Builder explain(boolean explain) {
      this.explain = explain;
      return this;
    }

    /** Turns snippets and explanations on (1 snippet) or off together; off is fastest. */
    public Builder highlight(boolean on) {
      this.snippets = on ? Math.max(1, snippets) : 0;
      this.explain = on;
      return this;
    }

    /** Builds the options. */
    public SearchOptions build() {
      return new SearchOptions(
          limit,
          syntax,
          tiers,
          snippets,
          explain,
          totalHitsThreshold,
          fetch,
          offset,
          after,
          sort,
          where,
          since,
          until,
          minTier,
          minScore,
          countTiers,
          countBy,
          mode);
    }
  }
}
