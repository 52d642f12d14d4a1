package io.namesearch.search;

import io.namesearch.analysis.NameTokens;
import io.namesearch.analysis.RussianNameFilter;
import io.namesearch.engine.FuzzyPolicy;
import io.namesearch.engine.NameEngine;
import io.namesearch.engine.MatchTier;
import io.namesearch.engine.Nicknames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Builds the tiered name query from plain text.
 *
 * <p>Each query word becomes a disjunction-max over fields and tiers, each tier one clause per
 * field (all its keys as one term set, since they score alike) with a constant score scaled by the
 * word's weight: exact {@value #EXACT_WEIGHT}, variant {@value #VARIANT_WEIGHT}, family {@value
 * #FAMILY_WEIGHT}, derived {@value #DERIVED_WEIGHT}, nickname {@value #NICKNAME_WEIGHT} (only when
 * asked), typo {@value #FUZZY_WEIGHT} (an edit of the first variant key or of the family key). So
 * for one word a stronger tier always outranks a weaker one, whatever the term frequencies; within
 * a tier, a word that also matches weaker tiers ranks first (tie-breaker
 * {@value #TIE_BREAKER}). The word's weight is the squared inverse document frequency of its first
 * variant key, so rare names count more than common words. Words are combined as a disjunction:
 * documents that match more words rank higher. A word joined to the one before by a hyphen also
 * adds the joined word's keys (see {@code RussianNameFilter}), weighted by both words.
 */
final class NameQueryBuilder {

  static final float EXACT_WEIGHT = 1.0f;
  static final float VARIANT_WEIGHT = 0.8f;
  static final float FAMILY_WEIGHT = 0.5f;
  static final float DERIVED_WEIGHT = 0.4f;
  static final float NICKNAME_WEIGHT = 0.35f;
  static final float FUZZY_WEIGHT = 0.2f;
  /**
   * Dis-max tie-breaker: within a tier, a document word that also matches weaker tiers (a family
   * match that is also a typo of the first key, say) ranks first. Small enough never to lift a
   * match above a stronger tier.
   */
  static final float TIE_BREAKER = 0.01f;

  /** The most words a query may have; more is an input error. */
  static final int MAX_WORDS = 16;

  private final Analyzer analyzer;
  private final NameEngine engine;
  private final FuzzyPolicy fuzzy;
  private final TypoQueries typos = new TypoQueries();
  private final Nicknames nicknames = Nicknames.defaults();

  NameQueryBuilder(Analyzer analyzer, NameEngine engine) {
    this.analyzer = analyzer;
    this.engine = engine;
    this.fuzzy = engine.fuzzy();
  }

  /**
   * Checks plain query text before it is split into words.
   *
   * @throws IllegalArgumentException when the text is too long, blank or has a control character
   */
  static void checkText(String text) {
    if (text.length() > NameIndex.MAX_QUERY_LENGTH) {
      throw new IllegalArgumentException(
          "query is "
              + text.length()
              + " characters long; the limit is "
              + NameIndex.MAX_QUERY_LENGTH);
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException("query is empty");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        throw new IllegalArgumentException(
            String.format(
                java.util.Locale.ROOT, "query contains control character U+%04X", (int) c));
      }
    }
  }

  /**
   * Checks the words of a query.
   *
   * @throws IllegalArgumentException when there are none or more than {@link #MAX_WORDS}
   */
  static void checkWords(String text, List<QueryWord> words) {
    if (words.isEmpty()) {
      throw new IllegalArgumentException("query has no letters or digits to search for");
    }
    if (words.size() > MAX_WORDS) {
      boolean split =
          java.util.Arrays.stream(text.split("\\s+"))
              .anyMatch(w -> w.length() > NameIndex.MAX_WORD_LENGTH);
      throw new IllegalArgumentException(
          "query has "
              + words.size()
              + " words"
              + (split
                  ? " (a word over "
                      + NameIndex.MAX_WORD_LENGTH
                      + " characters is split into pieces of "
                      + NameIndex.MAX_WORD_LENGTH
                      + ", and each piece counts as a word)"
                  : "")
              + "; the limit is "
              + MAX_WORDS);
    }
  }

  /** Splits the text into query words, as the index analyzer does. */
  List<QueryWord> words(String text) throws IOException {
    List<QueryWord> words = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(IndexFields.BODY, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      String previousSurface = null;
      String surface = null;
      String exact = null;
      List<String> variants = new ArrayList<>();
      Optional<Joined> joined = Optional.empty();
      int previousEnd = -1;
      while (ts.incrementToken()) {
        String t = type.type();
        Optional<MatchTier> stacked = NameTokens.tierOfType(t);
        if (stacked.isEmpty() || exact == null) {
          if (exact != null) {
            words.add(word(surface, exact, variants, joined));
            previousSurface = surface;
          }
          surface = text.substring(offset.startOffset(), offset.endOffset());
          joined = Optional.empty();
          if (previousSurface != null && offset.startOffset() == previousEnd + 1
              && !Character.isWhitespace(text.charAt(previousEnd))
              && joinable(words.get(words.size() - 1))) {
            joined = joined(previousSurface, surface);
          }
          previousEnd = offset.endOffset();
          exact = term.toString();
          variants = new ArrayList<>();
        } else if (t.equals(NameTokens.TYPE_JOINED_FAMILY)) {
          continue; // the index's joined token; the query joins words itself (below)
        } else if (stacked.get() == MatchTier.VARIANT) {
          variants.add(term.toString());
        }
      }
      ts.end();
      if (exact != null) {
        words.add(word(surface, exact, variants, joined));
      }
      for (int i = 0; i < words.size(); i++) {
        QueryWord w = words.get(i);
        if (w.joined().isPresent() && !joinable(w)) {
          words.set(i, w.withoutJoined());
        }
      }
    }
    return List.copyOf(words);
  }

  /** A query word with its family-tier and derived-tier keys. */
  private QueryWord word(
      String surface, String exact, List<String> variants, Optional<Joined> joined) {
    List<String> families = families(variants, surface);
    return new QueryWord(
        surface, exact, variants, families, engine.derivedOf(families), joined,
        variants.isEmpty() ? List.of() : engine.baseFamilies(surface));
  }

  /** The family-tier keys of a query word (the engine's, as the analyzer stacks them). */
  private List<String> families(List<String> variants, String surface) {
    return variants.isEmpty() ? List.of() : engine.families(surface);
  }

  /** Whether a word is long enough to be joined to its neighbour, as the index analyzer has it. */
  private static boolean joinable(QueryWord w) {
    return !w.variants().isEmpty()
        && w.variants().get(0).length() - 1 >= RussianNameFilter.MIN_JOIN_KEY;
  }

  /** The keys of two hyphenated query words written as one, as the analyzer's joined token. */
  private Optional<Joined> joined(String first, String second) {
    List<String> keys = engine.joined(first, second);
    return keys.isEmpty() ? Optional.empty() : Optional.of(new Joined(keys.get(0), keys.get(1)));
  }

  /** The tiered query for these words over the text fields. */
  Query build(List<QueryWord> words, Set<MatchTier> tiers, IndexReader reader) throws IOException {
    return build(
        words, tiers, reader, List.of(IndexFields.TEXT_FIELDS), NameQuery.Statistics.of(reader));
  }

  /**
   * The tiered query for these words over these fields of this reader, the words weighted by
   * these statistics.
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

  /** The tiered query, and each of its word clauses with its word, field and tier. */
  record Built(Query query, List<PersonRescorer.TierClause> clauses) {}

  /**
   * The query for these words and options over the text fields: the tiered query and its word
   * clauses, which a person search ({@link #person}) re-ranks by with {@link PersonRescorer}.
   * The one place a search's plain-text query is made.
   */
  Built build(List<QueryWord> words, SearchOptions options, IndexReader reader)
      throws IOException {
    return buildWithClauses(
        words, options.tiers(), reader, List.of(IndexFields.TEXT_FIELDS),
        NameQuery.Statistics.of(reader));
  }

  /**
   * The person name the query is, when the options ask for person search ({@link
   * QueryMode#PERSON}, plain text) and the words are a personal name; empty otherwise.
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
      return new Built(new MatchNoDocsQuery("no words"), List.of());
    }
    List<PersonRescorer.TierClause> sink = new ArrayList<>();
    List<TieredNameQuery.Group> groups = new ArrayList<>();
    long numDocs = Math.max(1, statistics.numDocs());
    List<String> fields = fieldsWithTerms(reader, textFields);
    float previousWeight = 0f;
    for (int wi = 0; wi < words.size(); wi++) {
      QueryWord w = words.get(wi);
      float weight = idf(statistics, w, numDocs, textFields);
      List<TieredNameQuery.Clause> alternatives = new ArrayList<>();
      for (String field : fields) {
        int before = alternatives.size();
        addTiers(alternatives, field, w, tiers, weight);
        for (int c = before; c < alternatives.size(); c++) {
          TieredNameQuery.Clause clause = alternatives.get(c);
          sink.add(new PersonRescorer.TierClause(
              wi, field, tierOf(clause.tier()), clause.query()));
        }
      }
      groups.add(new TieredNameQuery.Group(alternatives, TIE_BREAKER));
      if (w.joined().isPresent() && tiers.contains(MatchTier.VARIANT)) {
        // This word and the one before written as one word: a match stands for both words.
        List<TieredNameQuery.Clause> joinedAlternatives = new ArrayList<>();
        for (String field : fields) {
          addJoinedTiers(joinedAlternatives, field, w.joined().get(), tiers,
              weight + previousWeight);
        }
        groups.add(new TieredNameQuery.Group(joinedAlternatives, 0f));
      }
      previousWeight = weight;
    }
    return new Built(new TieredNameQuery(groups), List.copyOf(sink));
  }

  /**
   * For each query word, a query per enabled tier that matches the documents where the word
   * matches at that tier (in any text field), in the order of {@link MatchTier}: what {@code
   * minTier} and the tier counts look at. The joined-word groups are left out.
   */
  List<Map<MatchTier, Query>> tierQueries(
      List<QueryWord> words, Set<MatchTier> tiers, IndexReader reader) throws IOException {
    List<String> fields = fieldsWithTerms(reader, List.of(IndexFields.TEXT_FIELDS));
    List<Map<MatchTier, Query>> out = new ArrayList<>(words.size());
    for (QueryWord w : words) {
      Map<MatchTier, Query> byTier = new EnumMap<>(MatchTier.class);
      for (MatchTier tier : MatchTier.values()) {
        if (!tiers.contains(tier)) {
          continue;
        }
        List<TieredNameQuery.Clause> clauses = new ArrayList<>();
        for (String field : fields) {
          List<TieredNameQuery.Clause> c = new ArrayList<>();
          addTiers(c, field, w, EnumSet.of(MatchTier.EXACT, tier), 1f);
          // addTiers puts the exact clause first, then the clauses of the other tier
          clauses.addAll(tier == MatchTier.EXACT ? c.subList(0, 1) : c.subList(1, c.size()));
        }
        if (!clauses.isEmpty()) {
          BooleanQuery.Builder b = new BooleanQuery.Builder();
          for (TieredNameQuery.Clause c : clauses) {
            b.add(c.query(), BooleanClause.Occur.SHOULD);
          }
          byTier.put(tier, new ConstantScoreQuery(b.build()));
        }
      }
      out.add(byTier);
    }
    return out;
  }

  /**
   * The score of a document that matches every query word exactly (and nothing else): what the
   * normalised score divides by.
   */
  float exactScore(List<QueryWord> words, IndexReader reader) throws IOException {
    NameQuery.Statistics statistics = NameQuery.Statistics.of(reader);
    long numDocs = Math.max(1, statistics.numDocs());
    double sum = 0;
    for (QueryWord w : words) {
      sum += EXACT_WEIGHT * idf(statistics, w, numDocs, List.of(IndexFields.TEXT_FIELDS));
    }
    return (float) sum;
  }

  private static void addJoinedTiers(
      List<TieredNameQuery.Clause> out, String field, Joined j, Set<MatchTier> tiers,
      float weight) {
    // a document word that is the two query words written as one
    out.add(constant(new TermQuery(new Term(field, NameTokens.VARIANT_PREFIX + j.key())),
        VARIANT_WEIGHT * weight, MatchTier.VARIANT));
    if (tiers.contains(MatchTier.FAMILY)) {
      if (!j.family().equals(j.key())) {
        out.add(constant(new TermQuery(new Term(field, NameTokens.VARIANT_PREFIX + j.family())),
            FAMILY_WEIGHT * weight, MatchTier.FAMILY));
      }
      // the family of one document word, or of two document words written apart (the index's
      // joined token)
      out.add(constant(
          termSet(field, List.of(new BytesRef(NameTokens.FAMILY_PREFIX + j.family()),
              new BytesRef(NameTokens.JOINED_PREFIX + j.family()))),
          FAMILY_WEIGHT * weight, MatchTier.FAMILY));
    }
  }

  private void addTiers(
      List<TieredNameQuery.Clause> out, String field, QueryWord w, Set<MatchTier> tiers,
      float weight) {
    out.add(constant(
        new TermQuery(new Term(field, w.exact())), EXACT_WEIGHT * weight, MatchTier.EXACT));
    if (w.variants().isEmpty()) {
      return;
    }
    // Each tier is one clause per field, however many keys it has: the keys of a tier score alike,
    // and fewer clauses make every candidate document cheaper to score.
    if (tiers.contains(MatchTier.VARIANT)) {
      List<BytesRef> terms = new ArrayList<>(w.variants().size());
      for (String v : w.variants()) {
        terms.add(new BytesRef(v));
      }
      out.add(constant(termSet(field, terms), VARIANT_WEIGHT * weight, MatchTier.VARIANT));
    }
    String primary = w.variants().get(0);
    if (tiers.contains(MatchTier.FAMILY)) {
      // A document word in the same family has one of the query's family keys as its own family
      // key, or, when it is the family's base form, as its variant key.
      out.add(constant(
          familyTerms(field, w.families(), w), FAMILY_WEIGHT * weight, MatchTier.FAMILY));
    }
    if (tiers.contains(MatchTier.DERIVED) && !w.derived().isEmpty()) {
      // the -sk- adjective or town of the name, or the name the query word is derived from, in
      // the same way: a derived key as a document word's family key or variant key
      out.add(constant(
          familyTerms(field, w.derived(), w), DERIVED_WEIGHT * weight, MatchTier.DERIVED));
    }
    int keyLength = primary.length() - 1;
    int maxEdits = fuzzy.maxEdits(keyLength);
    if (tiers.contains(MatchTier.NICKNAME)) {
      List<String> keys = w.variants().stream().map(v -> v.substring(1)).toList();
      List<BytesRef> terms = new ArrayList<>();
      for (String k : nicknames.equivalents(keys)) {
        terms.add(new BytesRef(NameTokens.VARIANT_PREFIX + k));
      }
      if (!terms.isEmpty()) {
        out.add(constant(termSet(field, terms), NICKNAME_WEIGHT * weight, MatchTier.NICKNAME));
      }
    }
    if (tiers.contains(MatchTier.FUZZY) && maxEdits > 0) {
      int prefix = 1 + Math.min(fuzzy.prefixLength(), keyLength);
      out.add(constant(
          typos.get(field, primary, maxEdits, prefix), FUZZY_WEIGHT * weight, MatchTier.FUZZY));
    }
    if (tiers.contains(MatchTier.FUZZY)) {
      // A typo in the family key: the family key already absorbs endings, vowel quality and
      // stripped diacritics, so one edit there reaches spellings the first key cannot.
      String familyTerm = NameTokens.FAMILY_PREFIX + w.families().get(0);
      int familyLength = familyTerm.length() - 1;
      int familyEdits = fuzzy.familyMaxEdits(familyLength);
      if (familyEdits > 0) {
        int familyPrefix = 1 + Math.min(fuzzy.prefixLength(), familyLength);
        out.add(
            constant(
                typos.get(field, familyTerm, familyEdits, familyPrefix), FUZZY_WEIGHT * weight,
                MatchTier.FUZZY));
        int joinedEdits = fuzzy.joinedMaxEdits(familyLength);
        if (joinedEdits > 0) {
          // the same typo in the joined key of two document words (Nov.Burasy, Novye Burasy)
          String joinedTerm = NameTokens.JOINED_PREFIX + w.families().get(0);
          out.add(
              constant(
                  typos.get(field, joinedTerm, joinedEdits, familyPrefix), FUZZY_WEIGHT * weight,
                  MatchTier.FUZZY));
        }
      }
    }
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
   * The keys as family keys, as the joined family keys of two document words written apart, and
   * as variant keys (the base form of a family has no family key of its own), leaving out the
   * word's own variant keys, which stronger tiers match.
   */
  private static Query familyTerms(String field, List<String> keys, QueryWord w) {
    List<BytesRef> terms = new ArrayList<>(3 * keys.size() + w.variants().size());
    if (keys == w.families()) {
      // a document word whose family key is a base family key of the query word: the query word
      // is the base form and the document word an inflected one (Maksim: Maksimom)
      for (String b : w.baseFamilies()) {
        terms.add(new BytesRef(NameTokens.FAMILY_PREFIX + b));
      }
    }
    for (String key : keys) {
      terms.add(new BytesRef(NameTokens.FAMILY_PREFIX + key));
      terms.add(new BytesRef(NameTokens.JOINED_PREFIX + key));
      String asVariant = NameTokens.VARIANT_PREFIX + key;
      if (!w.variants().contains(asVariant)) {
        terms.add(new BytesRef(asVariant));
      }
    }
    return termSet(field, terms);
  }

  /** One term, or a set of terms scored alike. */
  private static Query termSet(String field, List<BytesRef> terms) {
    return terms.size() == 1
        ? new TermQuery(new Term(field, terms.get(0)))
        : new TermInSetQuery(field, terms);
  }

  /** The tier a clause was made for, from its label. */
  private static MatchTier tierOf(String label) {
    for (MatchTier t : MatchTier.values()) {
      if (t.label().equals(label)) {
        return t;
      }
    }
    throw new IllegalStateException("clause without a tier: " + label);
  }

  private static TieredNameQuery.Clause constant(Query q, float score, MatchTier tier) {
    return new TieredNameQuery.Clause(q, score, tier.label());
  }

  /**
   * The word's weight: the square of BM25's inverse document frequency of its first variant key
   * (or surface term). Squared, a rare word (a surname, the distinctive part of a place name)
   * outweighs common ones (first names, patronymics, Novyy, Verkhniy) more than log-rarity alone
   * would: measured, persons MAP 0.975 -> 0.981 with places unchanged (exponents 1.5 to 3 give
   * the same within 0.001).
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
