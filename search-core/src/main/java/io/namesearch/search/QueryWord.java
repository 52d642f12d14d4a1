package io.namesearch.search;

import java.util.List;
import java.util.Optional;

/**
 * One word of a plain-text query as the analyzer saw it.
 *
 * @param text the word as typed
 * @param exact the indexed surface term (lower case)
 * @param variants the variant key terms, prefixed as indexed
 * @param families the keys the family tier matches on, without prefix: the family key (or the
 *     first variant key, when they are the same), then the second variant key's family key when
 *     it is another family; empty when the word has no variant keys
 * @param derived the keys the derived tier matches on, without prefix ({@code
 *     NameEngine.derivedOf(families)})
 * @param joined this word and the one before it written as one word, when they are one
 *     character apart
 * @param baseFamilies the family keys of the word's inflected forms, without prefix ({@code
 *     NameEngine.baseFamilies}): the family tier also matches them
 */
record QueryWord(
    String text,
    String exact,
    List<String> variants,
    List<String> families,
    List<String> derived,
    Optional<Joined> joined,
    List<String> baseFamilies) {

  /** The same word without its joined form. */
  QueryWord withoutJoined() {
    return new QueryWord(text, exact, variants, families, derived, Optional.empty(), baseFamilies);
  }
}
