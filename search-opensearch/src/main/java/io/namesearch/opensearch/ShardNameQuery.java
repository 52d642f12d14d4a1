package io.namesearch.opensearch;

import io.namesearch.search.NameQuery;
import io.namesearch.search.SearchOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.Weight;
import org.opensearch.search.internal.ContextIndexSearcher;

/**
 * The {@code russian_name} query on one shard: the library's tiered query ({@link NameQuery}),
 * built when the searcher creates its weight, with the words weighted by the searcher's statistics.
 * These are the shard's own (as {@code NameIndex} weights by its index), or, with {@code
 * search_type=dfs_query_then_fetch}, the counts of all shards, so that every shard weights a word
 * as one index of all the documents would.
 *
 * <p>How the counts of all shards get here: in the DFS phase OpenSearch creates the weight with a
 * searcher that records every {@code termStatistics} and {@code collectionStatistics} call; in the
 * query phase, its {@link ContextIndexSearcher} answers those calls with the sums over all shards.
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
    Query query = NameQuery.build(text, options, fields, reader, new SearcherStatistics(searcher));
    return searcher.createWeight(searcher.rewrite(query), scoreMode, boost);
  }

  /**
   * The searcher's counts, read through its statistics methods: in the DFS phase that records
   * them; in the query phase after one, it gives the counts of all shards.
   */
  private final class SearcherStatistics implements NameQuery.Statistics {
    private final IndexSearcher searcher;
    private final IndexReader reader;

    SearcherStatistics(IndexSearcher searcher) {
      this.searcher = searcher;
      this.reader = searcher.getIndexReader();
    }

    @Override
    public long numDocs() throws IOException {
      for (String field : fields) {
        CollectionStatistics stats = searcher.collectionStatistics(field);
        if (stats != null && stats.maxDoc() != reader.maxDoc()) {
          return stats.maxDoc(); // the sum over all shards (DFS)
        }
      }
      return reader.numDocs();
    }

    @Override
    public long docFreq(Term term) throws IOException {
      int local = reader.docFreq(term);
      if (searcher instanceof ContextIndexSearcher) {
        // Asked with counts no shard can have, it answers them back unless it holds the counts
        // of all shards for the term.
        TermStatistics stats = searcher.termStatistics(term, Integer.MAX_VALUE, Long.MAX_VALUE);
        return stats.docFreq() == Integer.MAX_VALUE ? local : stats.docFreq();
      }
      if (local > 0) {
        // the DFS phase's recording searcher, or any other: counts its own
        return searcher.termStatistics(term, local, reader.totalTermFreq(term)).docFreq();
      }
      return 0;
    }
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
    return "russian_name(" + text + " " + fields + " " + options.tiers() + ")";
  }

  @Override
  public boolean equals(Object o) {
    if (!sameClassAs(o)) {
      return false;
    }
    ShardNameQuery other = (ShardNameQuery) o;
    return text.equals(other.text)
        && fields.equals(other.fields)
        && options.tiers().equals(other.options.tiers());
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), text, fields, options.tiers());
  }
}
