package io.namesearch.search;

import io.namesearch.engine.MatchTier;
import io.namesearch.engine.NameEngine;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Builds the tiered name query from plain text.
 *
 * <p>Each query word becomes a disjunction-max over fields and tiers, each tier one clause per
 * field (the word's {@link io.namesearch.analysis.internal.TierTerms}, made into clauses by {@link
 * TierClauses}) with a constant score: the tier's {@link MatchTier#weight()} scaled by the word's
 * weight. So for one word a stronger tier always outranks a weaker one, whatever the term
 * frequencies; within a tier, a word that also matches weaker tiers ranks first (tie-breaker {@link
 * MatchTier#TIE_BREAKER}). The word's weight is the squared inverse document frequency of its first
 * variant key, so rare names count more than common words. Words are combined as a disjunction:
 * documents that match more words rank higher. A word joined to the one before by a hyphen also
 * adds the joined word's keys ({@link io.namesearch.analysis.internal.WordJoining}), weighted by
 * both words.
 */
final class NameQueryBuilder {

  private final NameEngine engine;
  private final QueryWords parser;
  private final TierClauses clauses = new TierClauses();

  NameQueryBuilder(Analyzer analyzer, NameEngine engine) {
    this.engine = engine;
    this.parser = new QueryWords(analyzer, engine);
  }

  /** Splits the text into query words, as the index analyzer does. */
  List<QueryWord> words(String text) throws IOException {
    return parser.parse(text);
  }

  /** The tiered query for these words over the text fields. */
  Query build(List<QueryWord> words, Set<MatchTier> tiers, IndexReader reader) throws IOException {
    return build(
        words, tiers, reader, List.of(IndexFields.TEXT_FIELDS), NameQuery.Statistics.of(reader));
  }

  /**
   * The tiered query for these words over these fields of this reader, the words weighted by these
   * statistics.
   */
  Query build(
      List<QueryWord> words,
      Set<MatchTier> tiers,
      IndexReader reader,
      List<String> textFields,
      NameQuery.Statistics statistics)
      throws IOException {
    return buildWithClauses(words, tiers, reader, textFields, statistics).query();
  }

  /**
   * The tiered query, each of its word clauses with its word, field and tier, and the score of a
   * document that matches every query word exactly (and nothing else): what the normalised score
   * divides by.
   */
  record Built(Query query, List<PersonRescorer.TierClause> clauses, float exactScore) {}

  /**
   * The query for these words and options over the text fields: the tiered query and its word
   * clauses, which a person search ({@link #person}) re-ranks by with {@link PersonRescorer}. The
   * one place a search's plain-text query is made.
   */
  Built build(List<QueryWord> words, SearchOptions options, IndexReader reader) throws IOException {
    return buildWithClauses(
        words,
        options.tiers(),
        reader,
        List.of(IndexFields.TEXT_FIELDS),
        NameQuery.Statistics.of(reader));
  }

  /**
   * The person name the query is, when the options ask for person search ({@link QueryMode#PERSON},
   * plain text) and the words are a personal name; empty otherwise.
   */
  Optional<PersonName> person(List<QueryWord> words, SearchOptions options) {
    if (options.mode() != QueryMode.PERSON || options.syntax() != QuerySyntax.PLAIN) {
      return Optional.empty();
    }
    return PersonName.of(words, engine);
  }

  Built buildWithClauses(
      List<QueryWord> words,
      Set<MatchTier> tiers,
      IndexReader reader,
      List<String> textFields,
      NameQuery.Statistics statistics)
      throws IOException {
    if (words.isEmpty()) {
      return new Built(new MatchNoDocsQuery("no words"), List.of(), 0f);
    }
    List<PersonRescorer.TierClause> sink = new ArrayList<>();
    List<TieredNameQuery.Group> groups = new ArrayList<>();
    long numDocs = Math.max(1, statistics.numDocs());
    List<String> fields = fieldsWithTerms(reader, textFields);
    float previousWeight = 0f;
    double exact = 0;
    for (int wi = 0; wi < words.size(); wi++) {
      QueryWord w = words.get(wi);
      int word = wi;
      float weight = idf(statistics, w, numDocs, textFields);
      exact += MatchTier.EXACT.weight() * weight;
      List<TieredNameQuery.Clause> alternatives = new ArrayList<>();
      for (String field : fields) {
        clauses.forEach(
            w.terms(),
            tiers,
            field,
            (tier, q) -> {
              alternatives.add(new TieredNameQuery.Clause(q, tier.weight() * weight, tier.label()));
              sink.add(new PersonRescorer.TierClause(word, field, tier, q));
            });
      }
      groups.add(new TieredNameQuery.Group(alternatives, MatchTier.TIE_BREAKER));
      if (w.joined().isPresent() && tiers.contains(MatchTier.VARIANT)) {
        // This word and the one before written as one word: a match stands for both words.
        List<TieredNameQuery.Clause> joinedAlternatives = new ArrayList<>();
        for (String field : fields) {
          joinedAlternatives.addAll(
              clauses.clauses(w.joined().get(), tiers, field, weight + previousWeight));
        }
        groups.add(new TieredNameQuery.Group(joinedAlternatives, 0f));
      }
      previousWeight = weight;
    }
    return new Built(new TieredNameQuery(groups), List.copyOf(sink), (float) exact);
  }

  /**
   * For each query word, a query per enabled tier that matches the documents where the word matches
   * at that tier (in any text field), in the order of {@link MatchTier}: what {@code minTier} and
   * the tier counts look at. The joined-word groups are left out.
   */
  List<Map<MatchTier, Query>> tierQueries(
      List<QueryWord> words, Set<MatchTier> tiers, IndexReader reader) throws IOException {
    List<String> fields = fieldsWithTerms(reader, List.of(IndexFields.TEXT_FIELDS));
    List<Map<MatchTier, Query>> out = new ArrayList<>(words.size());
    for (QueryWord w : words) {
      Map<MatchTier, List<Query>> queries = new EnumMap<>(MatchTier.class);
      for (String field : fields) {
        clauses.forEach(
            w.terms(),
            tiers,
            field,
            (tier, q) -> queries.computeIfAbsent(tier, t -> new ArrayList<>()).add(q));
      }
      Map<MatchTier, Query> byTier = new EnumMap<>(MatchTier.class);
      for (Map.Entry<MatchTier, List<Query>> e : queries.entrySet()) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Query q : e.getValue()) {
          b.add(q, BooleanClause.Occur.SHOULD);
        }
        byTier.put(e.getKey(), new ConstantScoreQuery(b.build()));
      }
      out.add(byTier);
    }
    return out;
  }

  /**
   * The query whose named matches explain a hit ({@link MatchExplainer}): every clause of the
   * tiered query for these words, each part named by its word and tier ({@link TierClauses#named}).
   */
  Query explanationQuery(List<QueryWord> words, Set<MatchTier> tiers, IndexReader reader)
      throws IOException {
    List<String> fields = fieldsWithTerms(reader, List.of(IndexFields.TEXT_FIELDS));
    List<Query> parts = new ArrayList<>();
    for (int wi = 0; wi < words.size(); wi++) {
      QueryWord w = words.get(wi);
      for (String field : fields) {
        clauses.named(w.terms(), tiers, field, wi, false, parts);
      }
      if (w.joined().isPresent() && tiers.contains(MatchTier.VARIANT)) {
        for (String field : fields) {
          clauses.named(w.joined().get(), tiers, field, wi, true, parts);
        }
      }
    }
    if (parts.isEmpty()) {
      return new MatchNoDocsQuery("no words");
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Query q : parts) {
      b.add(q, BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  /** The text fields that have any terms: querying the others cannot match. */
  private static List<String> fieldsWithTerms(IndexReader reader, List<String> textFields)
      throws IOException {
    List<String> fields = new ArrayList<>(textFields.size());
    for (String field : textFields) {
      for (LeafReaderContext leaf : reader.leaves()) {
        if (leaf.reader().terms(field) != null) {
          fields.add(field);
          break;
        }
      }
    }
    return fields.isEmpty() ? textFields : fields;
  }

  /**
   * The word's weight: the square of BM25's inverse document frequency of its first variant key (or
   * surface term). Squared, a rare word (a surname, the distinctive part of a place name) outweighs
   * common ones (first names, patronymics, Novyy, Verkhniy) more than log-rarity alone would:
   * measured, persons MAP 0.975 -> 0.981 with places unchanged (exponents 1.5 to 3 give the same
   * within 0.001).
   */
  private static float idf(
      NameQuery.Statistics statistics, QueryWord w, long numDocs, List<String> textFields)
      throws IOException {
    String t = w.variants().isEmpty() ? w.exact() : w.variants().get(0);
    long df = 0;
    for (String field : textFields) {
      df = Math.max(df, statistics.docFreq(new Term(field, t)));
    }
    float idf = (float) Math.log(1 + (numDocs - df + 0.5) / (df + 0.5));
    return idf * idf;
  }
}
