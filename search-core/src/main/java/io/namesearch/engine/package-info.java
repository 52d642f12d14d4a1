/**
 * The name engine: maps every spelling of a Russian (Ukrainian, Belarusian) name to shared match
 * keys, with no dependency on Lucene.
 *
 * <p>A word gets one to three <b>variant keys</b> (the word rewritten in a reduced phonetic
 * alphabet, read in the orthographies its letters suggest), up to two <b>family keys</b> (a variant
 * key without its gender, case and adjective endings, with vowel quality after a consonant made
 * neutral), and <b>derived keys</b> (a family key with or without the -sk- suffix). The algorithm
 * and every rule table are described once, in {@code README.md} next to the tables ({@code
 * search-core/src/main/resources/io/namesearch/engine/README.md}).
 *
 * <p>{@link io.namesearch.engine.NameEngine} is the thread-safe, string-level face; {@link
 * io.namesearch.engine.NameKeyer} the allocation-free keyer a token filter owns; {@link
 * io.namesearch.engine.NameRules} the compiled tables, loaded once and checked on load.
 */
package io.namesearch.engine;
