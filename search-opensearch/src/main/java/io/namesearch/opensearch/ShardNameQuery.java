package io.namesearch.opensearch;

import io.namesearch.search.NameQuery;
import io.namesearch.search.PersonRanking;
import io.namesearch.search.QueryMode;
import io.namesearch.search.SearchOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * The {@code russian_name} query on one shard: the library's tiered query ({@link NameQuery}),
 * built when the searcher creates its weight, with the words weighted by the searcher's statistics.
 * These are the shard's own (as {@code NameIndex} weights by its index), or, with {@code
 * search_type=dfs_query_then_fetch}, the counts of all shards, so that every shard weights a word
 * as one index of all the documents would.
 *
 * <p>How the counts of all shards get here: see {@link SearcherStatistics}. In person mode, {@link
 * PersonRescoring} re-ranks the best hits of this query afterwards.
 */
final class ShardNameQuery extends Query {

  private final String text;
  private final SearchOptions options;
  private final List<String> fields;
  private final float best;

  /**
   * The query; {@code best} is the best words score of all the documents searched, which sets the
   * person pass's kinds apart as in the library, or NaN to set them apart by {@link
   * PersonRanking#top()}, a bound every shard computes alike.
   */
  ShardNameQuery(String text, SearchOptions options, List<String> fields, float best) {
    this.text = text;
    this.options = options;
    this.fields = List.copyOf(fields);
    this.best = best;
  }

  /** The query built for an empty index, whose terms {@link #visit} gives; built once. */
  private volatile Query visited;

  /** The person pass made with the last weight, and the searcher it was made for. */
  private volatile Person person;

  private record Person(IndexSearcher searcher, Optional<PersonRanking> ranking) {}

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    IndexReader reader = searcher.getIndexReader();
    NameQuery.Statistics statistics = new SearcherStatistics(searcher, fields);
    Query query = null;
    if (options.mode() == QueryMode.PERSON && scoreMode.needsScores()) {
      // the person pass's first pass is the words query: build both at once
      Optional<PersonRanking> ranking =
          withBest(NameQuery.person(text, options, fields, reader, statistics));
      person = new Person(searcher, ranking);
      query = ranking.map(PersonRanking::query).orElse(null);
    }
    if (query == null) {
      query = NameQuery.build(text, options, fields, reader, statistics);
    }
    return searcher.createWeight(searcher.rewrite(query), scoreMode, boost);
  }

  /**
   * The person pass for the hits of this searcher (in person mode): the one made with its weight,
   * or a new one.
   */
  Optional<PersonRanking> person(IndexSearcher searcher) throws IOException {
    Person p = person;
    if (p != null && p.searcher() == searcher) {
      return p.ranking();
    }
    return withBest(
        NameQuery.person(
            text,
            options,
            fields,
            searcher.getIndexReader(),
            new SearcherStatistics(searcher, fields)));
  }

  private Optional<PersonRanking> withBest(Optional<PersonRanking> ranking) {
    return Float.isNaN(best) ? ranking : ranking.map(r -> r.withBest(best));
  }

  /** The query text. */
  String text() {
    return text;
  }

  /** The options: the tiers that count and the mode. */
  SearchOptions options() {
    return options;
  }

  /** The fields searched (mapped text fields). */
  List<String> fields() {
    return fields;
  }

  @Override
  public void visit(QueryVisitor visitor) {
    // The terms do not depend on the statistics: visit the query built for an empty index.
    Query q = visited;
    if (q == null) {
      try {
        q = NameQuery.build(text, options, fields, new MultiReader());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      visited = q;
    }
    q.visit(visitor);
  }

  @Override
  public String toString(String field) {
    return "russian_name("
        + text
        + " "
        + fields
        + " "
        + options.tiers()
        + " "
        + options.mode()
        + ")";
  }

  @Override
  public boolean equals(Object o) {
    if (!sameClassAs(o)) {
      return false;
    }
    ShardNameQuery other = (ShardNameQuery) o;
    return text.equals(other.text)
        && fields.equals(other.fields)
        && options.tiers().equals(other.options.tiers())
        && options.mode() == other.options.mode()
        && Float.compare(best, other.best) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), text, fields, options.tiers(), options.mode(), best);
  }
}
