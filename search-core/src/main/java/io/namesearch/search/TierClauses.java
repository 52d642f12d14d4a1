package io.namesearch.search;

import io.namesearch.analysis.internal.TierTerms;
import io.namesearch.engine.MatchTier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.NamedMatches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene clauses of a query word's tiers ({@link TierTerms}) over one field: for scoring, one
 * constant-score clause per tier (all its terms as one set, since they score alike; one per typo
 * spec for the typo tier), and for explanations, the same terms as {@link NamedMatches} parts, each
 * named by its word and tier ({@link ClauseName}), the terms that stand for two document words
 * apart from the others.
 */
final class TierClauses {

  private final TypoQueries typos = new TypoQueries();

  /**
   * The scoring clauses of the enabled tiers (the exact tier always), in the order of {@link
   * MatchTier}, each scoring the tier's weight times {@code weight}.
   */
  List<TieredNameQuery.Clause> clauses(
      TierTerms terms, Set<MatchTier> tiers, String field, float weight) {
    List<TieredNameQuery.Clause> out = new ArrayList<>();
    forEach(
        terms,
        tiers,
        field,
        (tier, q) -> out.add(new TieredNameQuery.Clause(q, tier.weight() * weight, tier.label())));
    return out;
  }

  /**
   * Gives each query of the enabled tiers (the exact tier always) with its tier, in the order of
   * {@link MatchTier}: the one walk over a word's tiers that the scoring clauses, the person
   * rescorer's clauses and the per-tier queries of {@code minTier} and the tier counts share.
   */
  void forEach(
      TierTerms terms, Set<MatchTier> tiers, String field, BiConsumer<MatchTier, Query> out) {
    for (MatchTier tier : MatchTier.values()) {
      if (tier == MatchTier.EXACT || tiers.contains(tier)) {
        for (Query q : queries(terms, tier, field)) {
          out.accept(tier, q);
        }
      }
    }
  }

  /** The queries of one tier: one term set, or one per typo spec; none when it has no terms. */
  List<Query> queries(TierTerms terms, MatchTier tier, String field) {
    if (tier == MatchTier.FUZZY) {
      List<Query> out = new ArrayList<>(terms.typos().size());
      for (TierTerms.Typo t : terms.typos()) {
        out.add(typos.get(field, t.term(), t.maxEdits(), t.prefixLength()));
      }
      return out;
    }
    List<String> all = terms.terms(tier);
    return all.isEmpty() ? List.of() : List.of(termSet(field, all));
  }

  /**
   * The explanation parts of the enabled tiers of query word {@code word} (the exact tier always):
   * the queries of {@link #queries}, the joined terms apart, each wrapped as named matches.
   *
   * @param joinedQuery whether the terms are those of the word and the one before written as one
   */
  void named(
      TierTerms terms,
      Set<MatchTier> tiers,
      String field,
      int word,
      boolean joinedQuery,
      List<Query> out) {
    for (MatchTier tier : MatchTier.values()) {
      if (tier != MatchTier.EXACT && !tiers.contains(tier)) {
        continue;
      }
      if (tier == MatchTier.FUZZY) {
        for (TierTerms.Typo t : terms.typos()) {
          out.add(
              NamedMatches.wrapQuery(
                  new ClauseName(word, tier, joinedQuery, t.joined()).toString(),
                  typos.get(field, t.term(), t.maxEdits(), t.prefixLength())));
        }
        continue;
      }
      for (boolean joinedDocument : new boolean[] {false, true}) {
        List<String> part = joinedDocument ? terms.joinedTerms(tier) : terms.wordTerms(tier);
        if (!part.isEmpty()) {
          out.add(
              NamedMatches.wrapQuery(
                  new ClauseName(word, tier, joinedQuery, joinedDocument).toString(),
                  termSet(field, part)));
        }
      }
    }
  }

  /** One term, or a set of terms scored alike. */
  static Query termSet(String field, List<String> terms) {
    if (terms.size() == 1) {
      return new TermQuery(new Term(field, terms.get(0)));
    }
    List<BytesRef> bytes = new ArrayList<>(terms.size());
    for (String t : terms) {
      bytes.add(new BytesRef(t));
    }
    return new TermInSetQuery(field, bytes);
  }

  /**
   * What an explanation part stands for, as its {@link NamedMatches} name.
   *
   * @param word the index of the query word
   * @param tier the tier of the part
   * @param joinedQuery the part is of the word and the one before written as one
   * @param joinedDocument the part's terms stand for a document word and the one before
   */
  record ClauseName(int word, MatchTier tier, boolean joinedQuery, boolean joinedDocument) {

    @Override
    public String toString() {
      return word
          + ":"
          + tier.name()
          + ":"
          + (joinedQuery ? 'q' : '-')
          + (joinedDocument ? 'd' : '-');
    }

    /** Reads a name written by {@link #toString()}. */
    static ClauseName parse(String name) {
      String[] parts = name.split(":", 3);
      return new ClauseName(
          Integer.parseInt(parts[0]),
          MatchTier.valueOf(parts[1]),
          parts[2].charAt(0) == 'q',
          parts[2].charAt(1) == 'd');
    }
  }
}
