package io.namesearch.search;

import java.util.LinkedHashMap;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * The typo tier's queries: one Levenshtein automaton (with transpositions) per key and edit bound,
 * matched against the variant-key terms only, never against stacked surface terms.
 *
 * <p>Unlike {@code FuzzyQuery}, which compiles one automaton per edit distance from 0 to the bound
 * on every query, this compiles only the bound, and keeps recently compiled automata, shared by all
 * fields: names recur in query streams, and compiling is most of a typo query's cost. The typo tier
 * is constant-score, so no per-distance scoring is lost.
 *
 * <p>The cache is bounded by memory, not by count: at most {@value #MAX_BYTES} bytes of compiled
 * automata (as {@link CompiledAutomaton#ramBytesUsed()} counts them), least recently used first
 * out; an automaton over {@value #MAX_ENTRY_BYTES} bytes (a key of hundreds of letters: expensive
 * and rare) is not cached at all. A stream of distinct long-word queries cannot fill the heap.
 */
final class TypoQueries {

  /** The most bytes of compiled automata kept. */
  static final long MAX_BYTES = 16L << 20;

  /** The largest automaton kept; a larger one is used once and dropped. */
  static final long MAX_ENTRY_BYTES = 256L << 10;

  private record Key(String term, int maxEdits, int prefixLength) {}

  private final long maxBytes;
  private long bytes;

  TypoQueries() {
    this(MAX_BYTES);
  }

  /** A cache of at most {@code maxBytes} bytes; tests use a small one. */
  TypoQueries(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  private final LinkedHashMap<Key, CompiledAutomaton> cache = new LinkedHashMap<>(256, 0.75f, true);

  /**
   * Terms of {@code field} within {@code maxEdits} of {@code term} whose first {@code prefixLength}
   * chars are equal.
   */
  Query get(String field, String term, int maxEdits, int prefixLength) {
    Key key = new Key(term, maxEdits, prefixLength);
    CompiledAutomaton compiled;
    synchronized (cache) {
      compiled = cache.get(key);
    }
    if (compiled == null) {
      compiled = TypoQuery.compile(term, maxEdits, prefixLength);
      long size = compiled.ramBytesUsed();
      if (size <= Math.min(MAX_ENTRY_BYTES, maxBytes)) {
        synchronized (cache) {
          CompiledAutomaton previous = cache.put(key, compiled);
          bytes += size - (previous == null ? 0 : previous.ramBytesUsed());
          var it = cache.values().iterator();
          while (bytes > maxBytes && it.hasNext()) {
            bytes -= it.next().ramBytesUsed();
            it.remove();
          }
        }
      }
    }
    return new TypoQuery(new Term(field, term), maxEdits, prefixLength, compiled);
  }

  /** The bytes of automata cached now; for tests. */
  long cachedBytes() {
    synchronized (cache) {
      return bytes;
    }
  }
}
