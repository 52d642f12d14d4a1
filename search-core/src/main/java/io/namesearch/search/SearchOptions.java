package io.namesearch.search;

import io.namesearch.engine.MatchTier;
import java.util.EnumSet;
import java.util.Objects;
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
 * @param totalHitsThreshold count matching documents exactly up to this many; beyond it the
 *     total is a lower bound and search may skip documents that cannot enter the top hits (as
 *     Lucene's {@code IndexSearcher} does by default)
 * @param fetch whether hits carry the whole stored document, or only its id (fastest, for callers
 *     that keep their documents elsewhere)
 * @param mode how the query's words combine: as one person's name where they form one
 *     ({@link QueryMode#PERSON}, the default) or each on its own ({@link QueryMode#WORDS})
 */
public record SearchOptions(
    int limit,
    QuerySyntax syntax,
    Set<MatchTier> tiers,
    int snippets,
    boolean explain,
    int totalHitsThreshold,
    Fetch fetch,
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
    private QueryMode mode = QueryMode.PERSON;

    private Builder() {}

    /**
     * Sets how the query's words combine: {@link QueryMode#PERSON} (the default) reads a
     * personal name as one mention, {@link QueryMode#WORDS} each word on its own.
     */
    public Builder mode(QueryMode mode) {
      this.mode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /**
     * Counts matches exactly up to this many ({@code Integer.MAX_VALUE} always counts exactly,
     * at the cost of visiting every match).
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
          limit, syntax, tiers, snippets, explain, totalHitsThreshold, fetch, mode);
    }
  }
}
