package io.namesearch.search;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * The typo tier's queries: one Levenshtein automaton (with transpositions) per key and edit
 * bound, matched against the variant-key terms only, never against stacked surface terms.
 *
 * <p>Unlike {@code FuzzyQuery}, which compiles one automaton per edit distance from 0 to the bound
 * on every query, this compiles only the bound, and keeps the last {@value #CAPACITY} compiled
 * automata, shared by all fields: names recur in query streams, and compiling is most of a typo
 * query's cost. The typo tier is constant-score, so no per-distance scoring is lost.
 */
final class TypoQueries {

  static final int CAPACITY = 4096;

  private record Key(String term, int maxEdits, int prefixLength) {}

  private final Map<Key, CompiledAutomaton> cache =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, CompiledAutomaton> eldest) {
          return size() > CAPACITY;
        }
      };

  /**
   * Terms of {@code field} within {@code maxEdits} of {@code term} whose first {@code
   * prefixLength} chars are equal.
   */
  Query get(String field, String term, int maxEdits, int prefixLength) {
    Key key = new Key(term, maxEdits, prefixLength);
    CompiledAutomaton compiled;
    synchronized (cache) {
      compiled = cache.get(key);
    }
    if (compiled == null) {
      compiled = TypoQuery.compile(term, maxEdits, prefixLength);
      synchronized (cache) {
        cache.put(key, compiled);
      }
    }
    return new TypoQuery(new Term(field, term), maxEdits, prefixLength, compiled);
  }
}
