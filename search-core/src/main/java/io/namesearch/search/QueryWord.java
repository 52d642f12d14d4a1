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
 * @param joined the variant key term of this word joined to the word before it, if the analyzer
 *     stacked one (see {@code RussianNameFilter})
 * @param joinedFamily the family key term of the joined word, if it has one
 */
record QueryWord(
    String text,
    String exact,
    List<String> variants,
    Optional<String> family,
    Optional<String> joined,
    Optional<String> joinedFamily) {

  QueryWord(String text, String exact, List<String> variants, Optional<String> family) {
    this(text, exact, variants, family, Optional.empty(), Optional.empty());
  }
}
