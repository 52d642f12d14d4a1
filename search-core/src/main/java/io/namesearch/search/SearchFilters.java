package io.namesearch.search;

import io.namesearch.engine.MatchTier;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/** The filters of {@link SearchOptions} as Lucene clauses that never change a score. */
final class SearchFilters {

  private SearchFilters() {}

  /**
   * The name query restricted by the filters of the options, which never change its scores:
   * metadata values and the date range as filter clauses, and the minimum tier as an exclusion of
   * the documents where some query word matches only at weaker tiers.
   */
  static Query filtered(
      Query nameQuery, SearchOptions options, List<Map<MatchTier, Query>> tierQueries) {
    boolean dates = options.since().isPresent() || options.until().isPresent();
    if (options.where().isEmpty() && !dates && options.minTier().isEmpty()) {
      return nameQuery;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(nameQuery, BooleanClause.Occur.MUST);
    options
        .where()
        .forEach(
            (key, values) ->
                b.add(
                    new TermInSetQuery(
                        IndexFields.KEYWORD_PREFIX + key,
                        values.stream().map(BytesRef::new).toList()),
                    BooleanClause.Occur.FILTER));
    if (dates) {
      b.add(
          LongPoint.newRangeQuery(
              IndexFields.DAY,
              options.since().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE),
              options.until().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE)),
          BooleanClause.Occur.FILTER);
    }
    if (options.minTier().isPresent()) {
      MatchTier min = options.minTier().get();
      BooleanQuery.Builder weakOnly = new BooleanQuery.Builder();
      int n = 0;
      for (Map<MatchTier, Query> word : tierQueries) {
        BooleanQuery.Builder weak = new BooleanQuery.Builder();
        BooleanQuery.Builder strong = new BooleanQuery.Builder();
        boolean anyWeak = false;
        for (Map.Entry<MatchTier, Query> e : word.entrySet()) {
          if (e.getKey().compareTo(min) > 0) {
            weak.add(e.getValue(), BooleanClause.Occur.SHOULD);
            anyWeak = true;
          } else {
            strong.add(e.getValue(), BooleanClause.Occur.SHOULD);
          }
        }
        if (anyWeak) {
          BooleanQuery.Builder onlyWeak = new BooleanQuery.Builder();
          onlyWeak.add(weak.build(), BooleanClause.Occur.MUST);
          onlyWeak.add(strong.build(), BooleanClause.Occur.MUST_NOT);
          weakOnly.add(onlyWeak.build(), BooleanClause.Occur.SHOULD);
          n++;
        }
      }
      if (n > 0) {
        b.add(weakOnly.build(), BooleanClause.Occur.MUST_NOT);
      }
    }
    return b.build();
  }
}
