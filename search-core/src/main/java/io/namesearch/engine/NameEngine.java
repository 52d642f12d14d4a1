package io.namesearch.engine;

import io.namesearch.engine.internal.EditDistance;
import io.namesearch.engine.internal.NameKeyer;
import io.namesearch.engine.internal.Nicknames;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The thread-safe, string-level face of the name engine: keys of a word, and how two words match.
 * Used to explain hits; the token filter uses {@link NameKeyer} directly.
 */
public final class NameEngine {

  private static final Set<MatchTier> WITHOUT_NICKNAMES =
      Set.copyOf(EnumSet.complementOf(EnumSet.of(MatchTier.NICKNAME)));

  private final NameRules rules;
  private final FuzzyPolicy fuzzy;
  private final ThreadLocal<NameKeyer> keyers;

  /** An engine over the given rules and typo policy. */
  public NameEngine(NameRules rules, FuzzyPolicy fuzzy) {
    this.rules = rules;
    this.fuzzy = fuzzy;
    this.keyers = ThreadLocal.withInitial(() -> new NameKeyer(rules));
  }

  /** An engine over the built-in rules and the default typo policy. */
  public static NameEngine defaults() {
    return new NameEngine(NameRules.defaults(), FuzzyPolicy.DEFAULT);
  }

  /** The rules this engine applies. */
  public NameRules rules() {
    return rules;
  }

  /** The typo policy. */
  public FuzzyPolicy fuzzy() {
    return fuzzy;
  }

  /**
   * The word normalised as the engine reads it: case folded, marks composed, non-letters dropped,
   * mixed-script lookalikes mapped into the majority script. Idempotent.
   */
  public String normalize(String word) {
    NameKeyer k = keyers.get();
    int n = k.normalize(word.toCharArray(), 0, word.length());
    return new String(k.normalizedBuffer(), 0, n);
  }

  /** The variant keys of a word, primary first; empty when it has no letters or digits. */
  public List<String> keys(String word) {
    NameKeyer k = keyers.get();
    int n = k.analyze(word.toCharArray(), 0, word.length());
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(k.key(i));
    }
    return List.copyOf(out);
  }

  /** The family key of a word, if it differs from its primary variant key. */
  public Optional<String> family(String word) {
    NameKeyer k = keyers.get();
    k.analyze(word.toCharArray(), 0, word.length());
    return k.hasFamily()
        ? Optional.of(new String(k.familyBuffer(), 0, k.familyLength()))
        : Optional.empty();
  }

  /**
   * Two adjacent words written as one, keyed from their first variant keys as the analyzer's joined
   * token is ({@link NameKeyer#joinKeys}): the joined variant key, then the family key (the variant
   * key again when they are the same). Empty when either word has no letters or digits.
   */
  public List<String> joined(String first, String second) {
    List<String> a = keys(first);
    List<String> b = keys(second);
    if (a.isEmpty() || b.isEmpty()) {
      return List.of();
    }
    NameKeyer k = keyers.get();
    String ka = a.get(0);
    String kb = b.get(0);
    if (k.joinKeys(ka.toCharArray(), ka.length(), kb.toCharArray(), kb.length()) == 0) {
      return List.of();
    }
    String key = k.key(0);
    String family = k.hasFamily() ? new String(k.familyBuffer(), 0, k.familyLength()) : key;
    return List.of(key, family);
  }

  /**
   * The keys a word's family tier matches on: its family key (or its first variant key, when the
   * family key is the same), then the family key of its second variant key when that is another
   * family. Empty when the word has no letters or digits.
   */
  public List<String> families(String word) {
    NameKeyer k = keyers.get();
    int n = k.analyze(word.toCharArray(), 0, word.length());
    if (n == 0) {
      return List.of();
    }
    String first = k.hasFamily() ? new String(k.familyBuffer(), 0, k.familyLength()) : k.key(0);
    return k.hasSecondFamily()
        ? List.of(first, new String(k.secondFamilyBuffer(), 0, k.secondFamilyLength()))
        : List.of(first);
  }

  /**
   * The family keys of the inflected forms of a word taken as a base form: each variant key with
   * the family key's rewrites (family-folds.tsv) but no ending removed, leaving out the word's own
   * {@link #families}. A document word whose family key is one of them is the query word with a
   * case ending (Maksim, Maksimom; Ritter, Rittera), which the family tier matches. With them the
   * family keys of the forms that endings alone do not reach ({@link NameKeyer#formFamilies}): the
   * oblique stem of a fleeting vowel (Кравец, Кравца), and, for a case form, its stem read as a
   * nominative (Онисимом: Онисим; Лапидусом: Lapidus; Кравца: Кравец).
   */
  public List<String> baseFamilies(String word) {
    NameKeyer k = keyers.get();
    int n = k.analyze(word.toCharArray(), 0, word.length());
    List<String> families = families(word);
    List<String> out = new ArrayList<>(n);
    k.analyze(word.toCharArray(), 0, word.length());
    List<String> forms = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      forms.add(k.baseFamily(i));
      k.formFamilies(i, forms);
    }
    for (String b : forms) {
      if (!families.contains(b) && !out.contains(b)) {
        out.add(b);
      }
    }
    return List.copyOf(out);
  }

  /**
   * The keys a word's derived tier matches on: each of its {@link #families family keys} with a
   * derivational suffix of {@code derivations.tsv} added, or removed when it ends in one (the base
   * keeping the rule's least length). For Тяжин, the key of Тяжинский, and the reverse. Empty when
   * the word has no letters, and for keys with digits.
   */
  public List<String> derived(String word) {
    return derivedOf(families(word));
  }

  /**
   * The derived keys of a word whose {@link #families family keys} are given (so that a caller that
   * has them need not key the word again).
   */
  public List<String> derivedOf(List<String> families) {
    return keyers.get().derivedOf(families);
  }

  /**
   * Whether document key {@code d} is within {@code edits} of query key {@code q} with the typo
   * policy's fixed prefix, as the typo automata match.
   */
  private boolean isTypo(String q, String d, int edits) {
    return edits > 0
        && q.regionMatches(0, d, 0, Math.min(fuzzy.prefixLength(), q.length()))
        && EditDistance.atMost(q, d, edits);
  }

  /**
   * How {@code documentWord} matches {@code queryWord}: the strongest tier that holds, or empty
   * when they do not match. Nicknames are not considered here; see {@link #compare(String, String,
   * java.util.Set)}.
   */
  public Optional<MatchTier> compare(String queryWord, String documentWord) {
    return compare(queryWord, documentWord, WITHOUT_NICKNAMES);
  }

  /**
   * How {@code documentWord} matches {@code queryWord}: the strongest of the given tiers that
   * holds, or empty. {@link MatchTier#NICKNAME} uses the built-in first-name equivalents.
   */
  public Optional<MatchTier> compare(String queryWord, String documentWord, Set<MatchTier> tiers) {
    Optional<MatchTier> base = compareKeys(queryWord, documentWord, tiers);
    if (base.isPresent() && base.get().compareTo(MatchTier.NICKNAME) < 0) {
      return base;
    }
    if (tiers.contains(MatchTier.NICKNAME)) {
      List<String> d = keys(documentWord);
      if (Nicknames.defaults().equivalents(keys(queryWord)).stream().anyMatch(d::contains)) {
        return Optional.of(MatchTier.NICKNAME);
      }
    }
    return base;
  }

  private Optional<MatchTier> compareKeys(
      String queryWord, String documentWord, Set<MatchTier> tiers) {
    if (queryWord.toLowerCase(Locale.ROOT).equals(documentWord.toLowerCase(Locale.ROOT))) {
      return Optional.of(MatchTier.EXACT);
    }
    List<String> q = keys(queryWord);
    List<String> d = keys(documentWord);
    if (q.isEmpty() || d.isEmpty()) {
      return Optional.empty();
    }
    if (tiers.contains(MatchTier.VARIANT)) {
      for (String key : q) {
        if (d.contains(key)) {
          return Optional.of(MatchTier.VARIANT);
        }
      }
    }
    List<String> qfs = families(queryWord);
    List<String> dfs = families(documentWord);
    // the family tier as the index matches it (TierTerms): a family key of the query word as the
    // document word's family key or as one of its variant keys (the family's base form), or a
    // family key of the query word's inflected forms as the document word's family key (the
    // query word is the base form: Maksim, Maksimom)
    if (tiers.contains(MatchTier.FAMILY)
        && (qfs.stream().anyMatch(f -> dfs.contains(f) || d.contains(f))
            || baseFamilies(queryWord).stream().anyMatch(dfs::contains))) {
      return Optional.of(MatchTier.FAMILY);
    }
    if (tiers.contains(MatchTier.DERIVED)) {
      for (String key : derivedOf(qfs)) {
        if (dfs.contains(key) || d.contains(key)) {
          return Optional.of(MatchTier.DERIVED);
        }
      }
    }
    String qf = qfs.get(0);
    if (!tiers.contains(MatchTier.FUZZY)) {
      return Optional.empty();
    }
    String qk = q.get(0);
    int maxEdits = fuzzy.maxEdits(qk.length());
    if (maxEdits > 0) {
      for (String dk : d) {
        if (isTypo(qk, dk, maxEdits)) {
          return Optional.of(MatchTier.FUZZY);
        }
      }
    }
    int familyEdits = fuzzy.familyMaxEdits(qf.length());
    if (familyEdits > 0) {
      // the index holds every family key of the document word
      for (String df : dfs) {
        if (isTypo(qf, df, familyEdits)) {
          return Optional.of(MatchTier.FUZZY);
        }
      }
    }
    return Optional.empty();
  }
}
