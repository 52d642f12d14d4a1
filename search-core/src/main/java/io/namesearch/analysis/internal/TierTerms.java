package io.namesearch.analysis.internal;

import io.namesearch.analysis.NameTokens;
import io.namesearch.analysis.RussianNameFilter;
import io.namesearch.engine.FuzzyPolicy;
import io.namesearch.engine.MatchTier;
import io.namesearch.engine.NameEngine;
import io.namesearch.engine.internal.Nicknames;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The index terms a query word matches at each tier, and its typo specs: the one description of the
 * tiers that the library's tiered query, its explanations and the OpenSearch plugin's query
 * analyzers all use. The terms are spelt as {@link RussianNameFilter} indexes them ({@link
 * NameTokens} prefixes).
 *
 * <ul>
 *   <li>{@link MatchTier#EXACT}: the surface term;
 *   <li>{@link MatchTier#VARIANT}: the variant keys ({@code ~key});
 *   <li>{@link MatchTier#FAMILY}: the family keys of the word's inflected forms ({@link
 *       NameEngine#baseFamilies}, the word as a base form: Maksim, Maksimom), then each family key
 *       ({@link NameEngine#families}) as a document word's family key ({@code ^key}), as the joined
 *       key of two document words written apart ({@code +key}) and as a variant key ({@code ~key}:
 *       the family's base form), leaving out the word's own variant keys, which a stronger tier
 *       matches;
 *   <li>{@link MatchTier#DERIVED}: the same three forms of each derived key ({@link
 *       NameEngine#derivedOf});
 *   <li>{@link MatchTier#NICKNAME}: the variant keys of the word's first-name equivalents ({@link
 *       Nicknames}), sorted;
 *   <li>{@link MatchTier#FUZZY}: no terms but {@link #typos()}: an edit of the first variant key,
 *       of the family key, and of the family key as a joined key.
 * </ul>
 *
 * A word without variant keys (no letters or digits the engine reads) has exact terms only.
 *
 * @lucene.internal
 */
public final class TierTerms {

  /**
   * One typo clause: the index terms within {@code maxEdits} edits of {@code term} whose first
   * {@code prefixLength} characters (the term's prefix character included) are the term's.
   *
   * @param joined whether the term is a joined key ({@link NameTokens#JOINED_PREFIX}), which stands
   *     for two document words
   */
  public record Typo(String term, int maxEdits, int prefixLength, boolean joined) {}

  private final String exact;
  private final List<String> variants;
  private final List<String> families;
  private final List<String> derived;
  private final List<String> baseFamilies;
  private final List<String> nicknames;
  private final List<Typo> typos;
  private final Map<MatchTier, List<String>> wordTerms = new EnumMap<>(MatchTier.class);
  private final Map<MatchTier, List<String>> joinedTerms = new EnumMap<>(MatchTier.class);

  private TierTerms(
      String exact,
      List<String> variants,
      List<String> families,
      List<String> derived,
      List<String> baseFamilies,
      List<String> nicknames,
      List<Typo> typos) {
    this.exact = exact;
    this.variants = List.copyOf(variants);
    this.families = List.copyOf(families);
    this.derived = List.copyOf(derived);
    this.baseFamilies = List.copyOf(baseFamilies);
    this.nicknames = List.copyOf(nicknames);
    this.typos = List.copyOf(typos);
    wordTerms.put(MatchTier.EXACT, exact.isEmpty() ? List.of() : List.of(exact));
    wordTerms.put(MatchTier.VARIANT, this.variants);
    List<String> familyWord = new ArrayList<>();
    List<String> familyJoined = new ArrayList<>();
    for (String b : this.baseFamilies) {
      familyWord.add(NameTokens.FAMILY_PREFIX + b);
    }
    keyForms(this.families, familyWord, familyJoined);
    wordTerms.put(MatchTier.FAMILY, List.copyOf(familyWord));
    joinedTerms.put(MatchTier.FAMILY, List.copyOf(familyJoined));
    List<String> derivedWord = new ArrayList<>();
    List<String> derivedJoined = new ArrayList<>();
    keyForms(this.derived, derivedWord, derivedJoined);
    wordTerms.put(MatchTier.DERIVED, List.copyOf(derivedWord));
    joinedTerms.put(MatchTier.DERIVED, List.copyOf(derivedJoined));
    wordTerms.put(MatchTier.NICKNAME, this.nicknames);
    wordTerms.put(MatchTier.FUZZY, List.of());
  }

  /**
   * The tiers of a query word as the query analyzer saw it.
   *
   * @param engine the engine whose keys the index holds
   * @param surface the word as typed (the engine keys it again for its family and derived keys)
   * @param exact the word's surface term as indexed (lower case)
   * @param variantTerms the word's variant key terms as indexed ({@code ~key}), first key first
   */
  public static TierTerms of(
      NameEngine engine, String surface, String exact, List<String> variantTerms) {
    Objects.requireNonNull(surface, "surface");
    Objects.requireNonNull(exact, "exact");
    if (variantTerms.isEmpty()) {
      return new TierTerms(exact, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
    List<String> families = engine.families(surface);
    List<String> keys = variantTerms.stream().map(v -> v.substring(1)).toList();
    List<String> nicknames = new ArrayList<>();
    for (String k : Nicknames.defaults().equivalents(keys)) {
      nicknames.add(NameTokens.VARIANT_PREFIX + k);
    }
    nicknames.sort(null);
    return new TierTerms(
        exact,
        variantTerms,
        families,
        engine.derivedOf(families),
        engine.baseFamilies(surface),
        nicknames,
        typos(engine.fuzzy(), variantTerms.get(0), families.get(0)));
  }

  /** The tiers of one word, keyed by the engine: {@code word} is its own surface term. */
  public static TierTerms of(NameEngine engine, String word) {
    List<String> variants =
        engine.keys(word).stream().map(k -> NameTokens.VARIANT_PREFIX + k).toList();
    return of(engine, word, word, variants);
  }

  /**
   * The tiers of two query words written as one (their joined keys, {@link NameEngine#joined}): the
   * variant tier on the joined key and the family tier on its family key, nothing else.
   */
  public static TierTerms joined(String key, String family) {
    return new TierTerms(
        "",
        List.of(NameTokens.VARIANT_PREFIX + key),
        List.of(family),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  /** The typo specs of a word with this first variant term and first family key. */
  private static List<Typo> typos(FuzzyPolicy fuzzy, String primary, String family) {
    List<Typo> out = new ArrayList<>(3);
    int keyLength = primary.length() - 1;
    int maxEdits = fuzzy.maxEdits(keyLength);
    if (maxEdits > 0) {
      out.add(new Typo(primary, maxEdits, 1 + Math.min(fuzzy.prefixLength(), keyLength), false));
    }
    // A typo in the family key: the family key already absorbs endings, vowel quality and
    // stripped diacritics, so one edit there reaches spellings the first key cannot.
    int familyLength = family.length();
    int familyEdits = fuzzy.familyMaxEdits(familyLength);
    if (familyEdits > 0) {
      int familyPrefix = 1 + Math.min(fuzzy.prefixLength(), familyLength);
      out.add(new Typo(NameTokens.FAMILY_PREFIX + family, familyEdits, familyPrefix, false));
      int joinedEdits = fuzzy.joinedMaxEdits(familyLength);
      if (joinedEdits > 0) {
        // the same typo in the joined key of two document words (Nov.Burasy, Novye Burasy)
        out.add(new Typo(NameTokens.JOINED_PREFIX + family, joinedEdits, familyPrefix, true));
      }
    }
    return out;
  }

  /**
   * Each key as a family key and as a variant key (into {@code word}), and as a joined key (into
   * {@code joined}), leaving out the word's own variant keys.
   */
  private void keyForms(List<String> keys, List<String> word, List<String> joined) {
    for (String key : keys) {
      word.add(NameTokens.FAMILY_PREFIX + key);
      joined.add(NameTokens.JOINED_PREFIX + key);
      String asVariant = NameTokens.VARIANT_PREFIX + key;
      if (!variants.contains(asVariant)) {
        word.add(asVariant);
      }
    }
  }

  /**
   * Every term the tier matches, in a stable order: {@link #wordTerms} then {@link #joinedTerms}.
   * Empty for {@link MatchTier#FUZZY} (see {@link #typos()}) and for a tier the word has no keys
   * for.
   */
  public List<String> terms(MatchTier tier) {
    List<String> joined = joinedTerms(tier);
    if (joined.isEmpty()) {
      return wordTerms(tier);
    }
    List<String> all = new ArrayList<>(wordTerms(tier));
    all.addAll(joined);
    return List.copyOf(all);
  }

  /** The terms of the tier that stand for one document word. */
  public List<String> wordTerms(MatchTier tier) {
    return wordTerms.get(tier);
  }

  /**
   * The terms of the tier that stand for two adjacent document words written as one ({@link
   * NameTokens#JOINED_PREFIX}, indexed on the second word).
   */
  public List<String> joinedTerms(MatchTier tier) {
    return joinedTerms.getOrDefault(tier, List.of());
  }

  /** The typo clauses of the word, in the order the query adds them. */
  public List<Typo> typos() {
    return typos;
  }

  /** The surface term ({@code ""} for two words written as one, which have none). */
  public String exact() {
    return exact;
  }

  /** The variant key terms ({@code ~key}), first key first. */
  public List<String> variants() {
    return variants;
  }

  /** The family keys, without prefix ({@link NameEngine#families}). */
  public List<String> families() {
    return families;
  }

  /** The derived keys, without prefix ({@link NameEngine#derivedOf}). */
  public List<String> derived() {
    return derived;
  }

  /**
   * The family keys of the word's inflected forms, without prefix ({@link
   * NameEngine#baseFamilies}).
   */
  public List<String> baseFamilies() {
    return baseFamilies;
  }
}
