package io.namesearch.search;

import io.namesearch.analysis.internal.TierTerms;
import java.util.List;
import java.util.Optional;

/**
 * One word of a plain-text query as the analyzer saw it.
 *
 * @param text the word as typed
 * @param terms the index terms it matches at each tier
 * @param joined the terms of this word and the one before it written as one word, when the query
 *     joins them ({@link io.namesearch.analysis.internal.WordJoining#queryJoins})
 */
record QueryWord(String text, TierTerms terms, Optional<TierTerms> joined) {

  /** The indexed surface term (lower case). */
  String exact() {
    return terms.exact();
  }

  /** The variant key terms, prefixed as indexed. */
  List<String> variants() {
    return terms.variants();
  }

  /**
   * The keys the family tier matches on, without prefix: the family key (or the first variant key,
   * when they are the same), then the second variant key's family key when it is another family;
   * empty when the word has no variant keys.
   */
  List<String> families() {
    return terms.families();
  }

  /** The keys the derived tier matches on, without prefix. */
  List<String> derived() {
    return terms.derived();
  }

  /** The family keys of the word's inflected forms, without prefix. */
  List<String> baseFamilies() {
    return terms.baseFamilies();
  }

  /** The same word without its joined form. */
  QueryWord withoutJoined() {
    return new QueryWord(text, terms, Optional.empty());
  }
}
