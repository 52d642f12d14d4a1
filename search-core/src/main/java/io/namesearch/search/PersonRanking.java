package io.namesearch.search;

import io.namesearch.engine.NameEngine;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * The second pass of a person query ({@link QueryMode#PERSON}) over an index that is not a {@link
 * NameIndex}: re-ranks the best hits of the {@link NameQuery} for the same text and fields by how
 * they name the person (full name, initial and surname, surname only, namesake, no surname; see
 * {@link PersonMention.Kind}), as {@link NameIndex#search(String, SearchOptions)} does. Made by
 * {@link NameQuery#person}.
 *
 * <p>A document's new score is its kind's rank (4 for a full name down to 0 for no surname) times a
 * span, plus its first-pass score. {@code NameIndex} takes the span from the best first-pass score
 * of its window; this class from {@link #top()}, a bound on the first-pass score that depends only
 * on the query and the statistics, so that the shards of a distributed search (with the same
 * statistics) score alike and merge in the same order. The order of the documents is the same
 * either way.
 */
public final class PersonRanking {

  /**
   * The text of a document's field, for the words around a surname (an initial, another given
   * name): from stored fields, or from an OpenSearch document's {@code _source}.
   */
  @FunctionalInterface
  public interface Texts {
    /** The text of {@code field} in document {@code doc} (of the searcher's reader), if any. */
    Optional<String> text(int doc, String field) throws IOException;
  }

  /** How many clauses of one word a document is assumed to match at most, for {@link #top()}. */
  private static final int MAX_MATCHING_CLAUSES = 100;

  private final NameEngine engine;
  private final List<QueryWord> words;
  private final PersonName name;
  private final List<PersonRescorer.TierClause> clauses;
  private final List<String> fields;
  private final String queryText;
  private final float top;
  private final Query query;

  private PersonRanking(PersonRanking r, float top) {
    this.query = r.query;
    this.engine = r.engine;
    this.words = r.words;
    this.name = r.name;
    this.clauses = r.clauses;
    this.fields = r.fields;
    this.queryText = r.queryText;
    this.top = top;
  }

  PersonRanking(
      NameEngine engine,
      List<QueryWord> words,
      PersonName name,
      NameQueryBuilder.Built built,
      List<String> fields,
      String text) {
    this.engine = engine;
    this.words = words;
    this.name = name;
    this.clauses = built.clauses();
    this.fields = fields;
    this.queryText = text.strip().replaceAll("\\s+", " ");
    this.top = bound(built);
    this.query = built.query();
  }

  /**
   * The first pass: the words query whose best hits this ranking re-ranks, the query {@link
   * NameQuery#build} gives for the same arguments.
   */
  public Query query() {
    return query;
  }

  /**
   * How many of the first pass's best hits to re-rank so that the best {@code hits} are right: as
   * many as {@code NameIndex} re-ranks ({@code max(50, 2 * hits)}).
   */
  public static int window(int hits) {
    if (hits < 0) {
      throw new IllegalArgumentException("hits must not be negative: " + hits);
    }
    return Math.max(NameSearch.PERSON_WINDOW, 2 * hits);
  }

  /** A first-pass score no document exceeds, which sets the kinds apart. */
  public float top() {
    return top;
  }

  /**
   * This ranking with the kinds set apart by {@code best}, the best first-pass score of all the
   * documents searched, as {@code NameIndex} sets them (instead of {@link #top()}, the bound): when
   * a distributed search has learnt that score (every shard must be given the same), its scores are
   * then the library's.
   */
  public PersonRanking withBest(float best) {
    if (!(best >= 0f) || !Float.isFinite(best)) {
      throw new IllegalArgumentException("best must be a non-negative number: " + best);
    }
    return new PersonRanking(this, best);
  }

  /**
   * This ranking for first-pass scores multiplied by {@code boost} (a boosted query): its {@link
   * #top()} multiplied alike.
   */
  public PersonRanking scaled(float boost) {
    if (!(boost >= 0f) || !Float.isFinite(boost)) {
      throw new IllegalArgumentException("boost must be a non-negative number: " + boost);
    }
    return boost == 1f ? this : new PersonRanking(this, top * boost);
  }

  /**
   * Re-ranks {@code docs} (the first pass's best hits of {@code searcher}, best first, their scores
   * the first pass's) in place: new scores, best first, ties in the first pass's order. Only the
   * first {@code hits} are exact; below them the order may be approximate.
   */
  public void rescore(IndexSearcher searcher, ScoreDoc[] docs, int hits, Texts texts)
      throws IOException {
    Objects.requireNonNull(docs, "docs");
    if (docs.length > 0) {
      rescorer(searcher, texts).rescore(docs, hits, top);
    }
  }

  /**
   * The explanation of one document's new score, given the explanation of its first-pass score: the
   * kind of mention, its rank and the span.
   */
  public Explanation explain(IndexSearcher searcher, int doc, Explanation firstPass, Texts texts)
      throws IOException {
    PersonMention.Kind kind = rescorer(searcher, texts).kind(doc);
    int rank = PersonMention.Kind.values().length - 1 - kind.ordinal();
    float span = PersonRescorer.span(top);
    float score = rank * span + firstPass.getValue().floatValue();
    return Explanation.match(
        score,
        "person ["
            + queryText
            + "]: "
            + kind.label()
            + " (rank "
            + rank
            + " x "
            + span
            + ") + the words' score",
        Explanation.match(rank * span, kind.label() + ": rank " + rank + " x span " + span),
        firstPass);
  }

  private PersonRescorer rescorer(IndexSearcher searcher, Texts texts) {
    Objects.requireNonNull(searcher, "searcher");
    Objects.requireNonNull(texts, "texts");
    return new PersonRescorer(
        searcher,
        engine,
        words,
        name,
        clauses,
        queryText,
        fields,
        (doc, field) -> texts.text(doc, field).orElse(null));
  }

  /**
   * Per group (query word), the best clause plus the tie-breaker times as many others as a document
   * may match; summed over the groups.
   */
  private static float bound(NameQueryBuilder.Built built) {
    if (!(built.query() instanceof TieredNameQuery q)) {
      return 0f;
    }
    double sum = 0;
    for (TieredNameQuery.Group g : q.groups()) {
      double best = 0;
      for (TieredNameQuery.Clause c : g.clauses()) {
        best = Math.max(best, c.score());
      }
      sum += best * (1 + (double) g.tieBreaker() * MAX_MATCHING_CLAUSES);
    }
    return (float) sum;
  }
}
