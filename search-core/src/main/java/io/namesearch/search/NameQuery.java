package io.namesearch.search;

import io.namesearch.analysis.RussianNameAnalyzer;
import io.namesearch.engine.FuzzyPolicy;
import io.namesearch.engine.NameEngine;
import io.namesearch.engine.NameRules;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;

/**
 * The library's tiered name query as a Lucene {@link Query}, for an index that is not a {@link
 * NameIndex}: any index whose text fields are analysed with {@link RussianNameAnalyzer} (such as an
 * OpenSearch shard with the {@code russian_name} analyzer). It is the query {@link
 * NameIndex#search(String, SearchOptions)} runs for plain text, over the given fields instead of
 * title and body, so on the same documents it matches and scores exactly as {@code NameIndex}.
 *
 * <pre>{@code
 * Query q = NameQuery.build("Khodorkovsky", SearchOptions.defaults(), List.of("body"), reader);
 * TopDocs top = searcher.search(q, 10);
 * }</pre>
 *
 * <p>Only the query text and the options that choose what matches ({@link SearchOptions#tiers()})
 * are used; limits, snippets and explanations are the caller's business. It is the query of {@link
 * QueryMode#WORDS}: the person-aware reranking of {@link QueryMode#PERSON} is a second pass over
 * the best hits of this query, given by {@link #person}.
 *
 * <pre>{@code
 * Optional<PersonRanking> person = NameQuery.person("Dmitry Baltrukov", options, fields, reader,
 *     NameQuery.Statistics.of(reader));
 * TopDocs top = searcher.search(q, PersonRanking.window(10));
 * person.ifPresent(p -> p.rescore(searcher, top.scoreDocs, 10, texts));
 * }</pre>
 */
public final class NameQuery {

  private static final NameEngine ENGINE =
      new NameEngine(NameRules.defaults(), FuzzyPolicy.DEFAULT);

  private static final NameQueryBuilder BUILDER =
      new NameQueryBuilder(new RussianNameAnalyzer(), ENGINE);

  private NameQuery() {}

  /**
   * The document counts that weight the query words (a rare word counts more): by default the
   * searched reader's own; a distributed search can give the counts of all its shards instead, so
   * that every shard weights a word alike.
   */
  public interface Statistics {
    /** The number of documents searched. */
    long numDocs() throws IOException;

    /** The number of documents that have this term. */
    long docFreq(Term term) throws IOException;

    /** The reader's own counts: its live documents, and each term's document frequency. */
    static Statistics of(IndexReader reader) {
      Objects.requireNonNull(reader, "reader");
      return new Statistics() {
        @Override
        public long numDocs() {
          return reader.numDocs();
        }

        @Override
        public long docFreq(Term term) throws IOException {
          return reader.docFreq(term);
        }
      };
    }
  }

  /**
   * Checks plain query text as {@link NameIndex#search(String, SearchOptions)} does, without an
   * index: length, control characters, at least one and at most {@link NameIndex#MAX_QUERY_WORDS}
   * words.
   *
   * @throws IllegalArgumentException with a one-line message saying what is wrong
   */
  public static void check(String text) throws IOException {
    Objects.requireNonNull(text, "text");
    QueryWords.checkText(text);
    QueryWords.checkWords(text, BUILDER.words(text));
  }

  /**
   * The tiered query for {@code text} over {@code fields}, each word weighted by the statistics of
   * {@code reader} (the index it will search), as {@code NameIndex} weights it.
   *
   * @throws IllegalArgumentException when the text is not a valid query (see {@link #check}), the
   *     options ask for query syntax, or no field is given
   */
  public static Query build(
      String text, SearchOptions options, List<String> fields, IndexReader reader)
      throws IOException {
    return build(text, options, fields, reader, Statistics.of(reader));
  }

  /**
   * As {@link #build(String, SearchOptions, List, IndexReader)}, the words weighted by these
   * statistics instead of the reader's.
   */
  public static Query build(
      String text,
      SearchOptions options,
      List<String> fields,
      IndexReader reader,
      Statistics statistics)
      throws IOException {
    List<QueryWord> words = checkedWords(text, options, fields, reader, statistics);
    if (options.syntax() != QuerySyntax.PLAIN) {
      throw new IllegalArgumentException("only plain text is supported, not " + options.syntax());
    }
    return BUILDER.build(words, options.tiers(), reader, List.copyOf(fields), statistics);
  }

  /**
   * The second pass of a person query ({@link QueryMode#PERSON}) for the query {@link #build} makes
   * from the same arguments: it re-ranks that query's best hits by how they name the person, as
   * {@link NameIndex#search(String, SearchOptions)} does. Empty when the options ask for {@link
   * QueryMode#WORDS} or the text is not a personal name (the words query alone is the ranking).
   *
   * @throws IllegalArgumentException as {@link #build}
   */
  public static Optional<PersonRanking> person(
      String text,
      SearchOptions options,
      List<String> fields,
      IndexReader reader,
      Statistics statistics)
      throws IOException {
    List<QueryWord> words = checkedWords(text, options, fields, reader, statistics);
    Optional<PersonName> name = BUILDER.person(words, options);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    NameQueryBuilder.Built built =
        BUILDER.buildWithClauses(words, options.tiers(), reader, List.copyOf(fields), statistics);
    return Optional.of(
        new PersonRanking(ENGINE, words, name.get(), built, List.copyOf(fields), text));
  }

  /** The words of a query text, after checking the arguments every entry point takes. */
  private static List<QueryWord> checkedWords(
      String text,
      SearchOptions options,
      List<String> fields,
      IndexReader reader,
      Statistics statistics)
      throws IOException {
    Objects.requireNonNull(statistics, "statistics");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(reader, "reader");
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("no fields to search");
    }
    QueryWords.checkText(text);
    List<QueryWord> words = BUILDER.words(text);
    QueryWords.checkWords(text, words);
    return words;
  }
}
