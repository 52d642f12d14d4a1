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
 * <p>This package is the engine's API: {@link io.namesearch.engine.NameEngine}, the thread-safe,
 * string-level face; {@link io.namesearch.engine.MatchTier}, the tiers a word matches on; {@link
 * io.namesearch.engine.NameMatcher}, which compares whole person names ({@link
 * io.namesearch.engine.NameMatch}, {@link io.namesearch.engine.PartMatch}); {@link
 * io.namesearch.engine.NameRules}, the handle to the rule tables, loaded once and checked on load;
 * and {@link io.namesearch.engine.FuzzyPolicy}, the bounds of the typo tier. The keyer, the tables
 * and the person-name parser live in {@code io.namesearch.engine.internal}, which the module does
 * not export.
 */
package io.namesearch.engine;
