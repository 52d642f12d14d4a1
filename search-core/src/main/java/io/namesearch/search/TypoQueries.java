package io.namesearch.search;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;

/**
 * The typo tier's queries: one Levenshtein automaton (with transpositions) per key and edit
 * bound, matched against the variant-key terms only, never against stacked surface terms.
 *
 * <p>Unlike {@code FuzzyQuery}, which compiles one automaton per edit distance from 0 to the bound
 * on every query, this compiles only the bound, and keeps the last {@value #CAPACITY} compiled
 * queries: names recur in query streams, and compiling is most of a typo query's cost. The typo
 * tier is constant-score, so no per-distance scoring is lost.
 */
final class TypoQueries {

  static final int CAPACITY = 4096;

  private record Key(String field, String term, int maxEdits, int prefixLength) {}

  private final Map<Key, Query> cache =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Query> eldest) {
          return size() > CAPACITY;
        }
      };

  /**
   * Terms of {@code field} within {@code maxEdits} of {@code term} whose first {@code
   * prefixLength} chars are equal.
   */
  Query get(String field, String term, int maxEdits, int prefixLength) {
    Key key = new Key(field, term, maxEdits, prefixLength);
    synchronized (cache) {
      Query q = cache.get(key);
      if (q != null) {
        return q;
      }
    }
    Query q = build(field, term, maxEdits, prefixLength);
    synchronized (cache) {
      cache.put(key, q);
    }
    return q;
  }

  private static Query build(String field, String term, int maxEdits, int prefixLength) {
    return new TypoQuery(new Term(field, term), maxEdits, prefixLength);
  }
}
