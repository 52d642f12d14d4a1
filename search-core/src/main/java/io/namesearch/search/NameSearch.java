package io.namesearch.search;

import io.namesearch.engine.MatchTier;
import io.namesearch.engine.NameEngine;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * Runs one search on one searcher: builds the query (plain text or Lucene syntax) with its filters,
 * collects a page in the chosen order, re-ranks a person query's window, and hands the page to the
 * {@link HitAssembler}.
 */
final class NameSearch {

  /**
   * How many of the first pass's best documents a person query re-ranks, at least: enough for the
   * documents that name the person by initial or surname only to reach the top.
   */
  static final int PERSON_WINDOW = 50;

  /**
   * How many first-pass documents a person query re-ranks, at least, for a page after the first (an
   * offset or a cursor): all of its hits up to this many, so that the pages after the first are
   * those of one big search, whatever their size.
   */
  static final int PAGING_WINDOW = 10_000;

  private final Analyzer analyzer;
  private final NameEngine engine;
  private final NameQueryBuilder queries;

  NameSearch(Analyzer analyzer, NameEngine engine, NameQueryBuilder queries) {
    this.analyzer = analyzer;
    this.engine = engine;
    this.queries = queries;
  }

  /** Refuses options that need a plain-text query with a query in Lucene syntax. */
  static void checkOptions(SearchOptions options) {
    boolean plain = options.syntax() == QuerySyntax.PLAIN;
    if (!plain && (options.minTier().isPresent() || options.countTiers())) {
      throw new IllegalArgumentException(
          "a minimum tier and tier counts need a plain-text query, not Lucene syntax");
    }
  }

  /** Searches for {@code text}, whose words are {@code words}. */
  SearchResult search(IndexSearcher s, String text, List<QueryWord> words, SearchOptions options)
      throws IOException {
    boolean plain = options.syntax() == QuerySyntax.PLAIN;
    IndexReader reader = s.getIndexReader();
    // A person query (QueryMode.PERSON, ranked by score) re-ranks a window of the first pass's
    // best documents by how they name the person (see PersonRescorer). Its order is not a Lucene
    // sort's, so its cursors hold the position of the next page, which is served as an offset.
    Optional<PersonName> person =
        options.sort() == SearchOptions.SortOrder.SCORE
            ? queries.person(words, options)
            : Optional.empty();
    int offset = options.offset();
    if (person.isPresent() && options.after().isPresent()) {
      offset = Math.addExact(offset, Cursor.decodePerson(options.after().get()));
      if (offset > SearchOptions.MAX_OFFSET) {
        throw new IllegalArgumentException(
            "a person search pages at most " + SearchOptions.MAX_OFFSET + " hits deep");
      }
    } else if (options.after().isPresent() && Cursor.isPerson(options.after().get())) {
      throw new IllegalArgumentException(
          "cursor is from a search for a person's name, not for these words");
    }
    NameQueryBuilder.Built built = plain ? queries.build(words, options, reader) : null;
    Query nameQuery = plain ? built.query() : LuceneSyntax.parse(text, analyzer);
    List<Map<MatchTier, Query>> tierQueries =
        plain && (options.minTier().isPresent() || options.countTiers())
            ? queries.tierQueries(words, options.tiers(), reader)
            : List.of();
    Query query = SearchFilters.filtered(nameQuery, options, tierQueries);
    float ideal = plain ? built.exactScore() : 0f;
    Sort sort = sortOf(options.sort());
    FieldDoc after =
        person.isPresent()
            ? null
            : options.after().map(c -> Cursor.decode(c, options.sort())).orElse(null);
    int numHits = offset + options.limit();
    int window =
        person.isEmpty()
            ? numHits
            : Math.max(offset > 0 ? PAGING_WINDOW : PERSON_WINDOW, 2 * numHits);
    TopFieldCollectorManager top =
        new TopFieldCollectorManager(
            sort, window, after, Math.max(window, options.totalHitsThreshold()));
    CollectorManager<Collector, TopFieldDocs> collect =
        options.minScore() > 0
            ? ScoreThreshold.wrap(top, normalizer(ideal), options.minScore())
            : ScoreThreshold.wrap(top, null, 0);
    if (options.sort() == SearchOptions.SortOrder.SCORE
        && after == null
        && options.minScore() == 0
        && !options.counts()) {
      collect = ShortestTies.wrap(collect, window);
    }
    TopFieldDocs found;
    MatchCounter.Counts counts = null;
    try {
      if (options.counts()) {
        MatchCounter counter =
            new MatchCounter(s, options.countTiers() ? tierQueries : List.of(), options.countBy());
        Object[] both = s.search(query, new MultiCollectorManager(collect, counter));
        found = (TopFieldDocs) both[0];
        counts = (MatchCounter.Counts) both[1];
      } else {
        found = s.search(query, collect);
      }
    } catch (IndexSearcher.TooManyClauses e) {
      throw new IllegalArgumentException(
          "query expands to too many terms (limit " + IndexSearcher.getMaxClauseCount() + ")", e);
    } catch (TooComplexToDeterminizeException e) {
      throw new IllegalArgumentException(
          "query pattern is too complex (a regular expression or wildcard that expands too far)",
          e);
    }
    int scoreAt = options.sort() == SearchOptions.SortOrder.SCORE ? 0 : 1;
    ScoreDoc[] ranked = found.scoreDocs;
    PersonRescorer rescorer = null;
    if (person.isPresent() && ranked.length > 0) {
      rescorer =
          new PersonRescorer(s, engine, words, person.get(), built.clauses(), mentionText(text));
      ranked = rescore(rescorer, ranked, numHits);
    }
    int from = Math.min(offset, ranked.length);
    ScoreDoc[] docs = new ScoreDoc[Math.min(ranked.length, numHits) - from];
    String[] cursors = new String[docs.length];
    String[] ids = new String[docs.length];
    double[] normalized = new double[docs.length];
    DoubleUnaryOperator norm = normalizer(ideal);
    for (int i = 0; i < docs.length; i++) {
      FieldDoc fd = (FieldDoc) ranked[from + i];
      float score = (Float) fd.fields[scoreAt];
      docs[i] = new ScoreDoc(fd.doc, rescorer == null ? score : fd.score);
      ids[i] = IdOnlyHits.id(fd);
      cursors[i] =
          person.isPresent()
              ? Cursor.encodePerson(from + i)
              : Cursor.encode(options.sort(), fd.fields);
      normalized[i] = norm.applyAsDouble(score);
    }
    long total = found.totalHits.value();
    boolean exact = found.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
    Map<MatchTier, Long> tierCounts = counts == null ? Map.of() : counts.tiers();
    Map<String, Map<String, Long>> valueCounts = counts == null ? Map.of() : counts.values();
    Optional<MatchExplainer> explainer =
        options.explain() && docs.length > 0 && options.fetch() != SearchOptions.Fetch.ID
            ? Optional.of(
                new MatchExplainer(
                    s,
                    analyzer,
                    queries.explanationQuery(words, options.tiers(), reader),
                    plain ? Optional.empty() : Optional.of(nameQuery),
                    words))
            : Optional.empty();
    List<Hit> hits =
        new HitAssembler(s, analyzer)
            .hits(
                nameQuery,
                words,
                options,
                docs,
                normalized,
                cursors,
                ids,
                Optional.ofNullable(rescorer),
                explainer);
    return new SearchResult(total, exact, hits, tierCounts, valueCounts);
  }

  /** The query's name as the mention explanations show it: as typed, on one line. */
  private static String mentionText(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  /**
   * The first pass's hits re-ranked by the person rescorer: in its order, each with its new score
   * as {@code FieldDoc.score} and its sort fields (the first-pass score) kept.
   */
  private static ScoreDoc[] rescore(PersonRescorer rescorer, ScoreDoc[] hits, int numHits)
      throws IOException {
    ScoreDoc[] plain = new ScoreDoc[hits.length];
    Map<Integer, FieldDoc> byDoc = new HashMap<>();
    for (int i = 0; i < hits.length; i++) {
      FieldDoc fd = (FieldDoc) hits[i];
      plain[i] = new ScoreDoc(fd.doc, (Float) fd.fields[0]);
      byDoc.put(fd.doc, fd);
    }
    rescorer.rescore(plain, numHits);
    ScoreDoc[] out = new ScoreDoc[plain.length];
    for (int i = 0; i < plain.length; i++) {
      FieldDoc fd = byDoc.get(plain[i].doc);
      out[i] = new FieldDoc(fd.doc, plain[i].score, fd.fields);
    }
    return out;
  }

  /**
   * The normalised score of a raw score: divided by the score of an exact match of every query
   * word, capped at 1; without such an ideal (Lucene syntax), {@code score / (1 + score)}.
   */
  private static DoubleUnaryOperator normalizer(float ideal) {
    if (ideal > 0) {
      return score -> Math.min(1.0, Math.max(0.0, score / ideal));
    }
    return score -> score <= 0 ? 0.0 : score / (1.0 + score);
  }

  /** The total order of hits: the chosen sort, then length (shortest first), then id. */
  private static Sort sortOf(SearchOptions.SortOrder order) {
    SortField id = new SortField(IndexFields.ID, SortField.Type.STRING);
    if (order == SearchOptions.SortOrder.SCORE) {
      return new Sort(SortField.FIELD_SCORE, ShorterFirst.SORT_FIELD, id);
    }
    boolean desc = order == SearchOptions.SortOrder.DATE_DESC;
    SortField day = new SortField(IndexFields.DAY, SortField.Type.LONG, desc);
    day.setMissingValue(desc ? Long.MIN_VALUE : Long.MAX_VALUE);
    return new Sort(day, SortField.FIELD_SCORE, ShorterFirst.SORT_FIELD, id);
  }
}
