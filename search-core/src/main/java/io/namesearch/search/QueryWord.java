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
 */
record QueryWord(String text, String exact, List<String> variants, Optional<String> family) {}
