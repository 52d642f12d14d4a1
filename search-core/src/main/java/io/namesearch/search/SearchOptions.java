package io.namesearch.search;

import io.namesearch.engine.MatchTier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
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

  /** Validates the fields (see {@link SearchOptionsChecks}). */
  public SearchOptions {
    SearchOptionsChecks.range("limit", limit, 1, MAX_LIMIT);
    Objects.requireNonNull(syntax, "syntax");
    Objects.requireNonNull(fetch, "fetch");
    Objects.requireNonNull(mode, "mode");
    SearchOptionsChecks.range("totalHitsThreshold", totalHitsThreshold, 1, Integer.MAX_VALUE);
    tiers = SearchOptionsChecks.tiers(tiers);
    SearchOptionsChecks.range("snippets", snippets, 0, MAX_SNIPPETS);
    SearchOptionsChecks.range("offset", offset, 0, MAX_OFFSET);
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(sort, "sort");
    where = SearchOptionsChecks.where(where);
    SearchOptionsChecks.dates(since, until);
    Objects.requireNonNull(minTier, "minTier");
    SearchOptionsChecks.minScore(minScore);
    countBy = SearchOptionsChecks.countBy(countBy);
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

  /**
   * A builder of {@link SearchOptions}, starting from the defaults or from given options. Its
   * setters (offset, after, searchAfter, sort, where, since, until, minTier, minScore, countTiers,
   * countBy, mode, totalHitsThreshold, fetch, limit, syntax, tiers, tier, snippets, explain,
   * highlight) are inherited; each returns this builder.
   */
  public static final class Builder extends SearchOptionsBuilder<Builder> {

    private Builder() {}

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
