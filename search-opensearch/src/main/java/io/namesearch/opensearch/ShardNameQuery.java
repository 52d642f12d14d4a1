package io.namesearch.opensearch;

import io.namesearch.search.NameQuery;
import io.namesearch.search.SearchOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
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

  ShardNameQuery(String text, SearchOptions options, List<String> fields) {
    this.text = text;
    this.options = options;
    this.fields = List.copyOf(fields);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    IndexReader reader = searcher.getIndexReader();
    Query query =
        NameQuery.build(text, options, fields, reader, new SearcherStatistics(searcher, fields));
    return searcher.createWeight(searcher.rewrite(query), scoreMode, boost);
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
    try {
      NameQuery.build(text, options, fields, new MultiReader()).visit(visitor);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString(String field) {
    return "russian_name(" + text + " " + fields + " " + options.tiers() + " "
        + options.mode() + ")";
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
        && options.mode() == other.options.mode();
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), text, fields, options.tiers(), options.mode());
  }
}
