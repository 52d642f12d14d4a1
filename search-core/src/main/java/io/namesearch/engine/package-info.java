/**
 * The name engine: maps every spelling of a Russian (Ukrainian, Belarusian) name to shared match
 * keys, with no dependency on Lucene.
 *
 * <p><b>Variant keys.</b> A word is rewritten in a reduced phonetic alphabet of about twenty
 * letters (see {@code README.md} next to the rule files): vowels a e i o u, consonants b v f p m
 * n l r k d t, one sibilant class s (с з ц), one velar/glottal class h (г х), one hushing class
 * š (ж ш щ ч). Cyrillic words are mapped letter by letter ({@code cyrillic.tsv}); Latin words by
 * the longest matching grapheme rule ({@code latin.tsv}) in the orthography profile their cues
 * reveal ({@code profiles.tsv}: English/scholarly base, GOST 7.79-B, Central European, Dutch,
 * French, Spanish, Hungarian). Both then pass the same phonetic folds ({@code folds.tsv}: glide
 * dropped before a vowel, ё read as e, doubles collapsed), so a scheme rendering and its Cyrillic
 * source meet. A Latin word whose reading hinges on an orthography it gives no cue for (ch is ч
 * or х, j is й, ж or х, x is кс or х) gets a second key read in the alternative orthography that
 * changes the most of its graphemes; words average about 1.15 keys.
 *
 * <p><b>Family key.</b> The first variant key without its Baltic, gender and adjective endings
 * ({@code family.tsv}, applied in stages, so case endings can be added as rows), with the vowel of
 * the closed final syllable read as o (Ukrainian і for Russian о/е).
 *
 * <p><b>Hot path.</b> {@link io.namesearch.engine.NameKeyer} reuses its buffers and allocates
 * nothing per word; {@link io.namesearch.engine.NameRules} compiles the tables once into arrays.
 */
package io.namesearch.engine;
