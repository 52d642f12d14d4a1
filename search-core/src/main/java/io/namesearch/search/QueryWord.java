package io.namesearch.search;

import java.util.List;
import java.util.Optional;

/**
 * One word of a plain-text query as the analyzer saw it.
 *
 * @param text the word as typed
 * @param exact the indexed surface term (lower case)
 * @param variants the variant key terms, prefixed as indexed
 * @param family the family key term, prefixed as indexed, if the word has one
 * @param joined this word and the one before it written as one word, when they are one
 *     character apart
 */
record QueryWord(
    String text,
    String exact,
    List<String> variants,
    Optional<String> family,
    Optional<Joined> joined) {

  QueryWord(String text, String exact, List<String> variants, Optional<String> family) {
    this(text, exact, variants, family, Optional.empty());
  }
}
