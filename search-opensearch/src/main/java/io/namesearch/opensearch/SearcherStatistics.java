package io.namesearch.opensearch;

import io.namesearch.search.NameQuery;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;
import org.opensearch.search.internal.ContextIndexSearcher;

/**
 * The searcher's counts, read through its statistics methods: in the DFS phase that records them;
 * in the query phase after one, it gives the counts of all shards.
 *
 * <p>How the counts of all shards get here: in the DFS phase OpenSearch creates the weight with a
 * searcher that records every {@code termStatistics} and {@code collectionStatistics} call; in the
 * query phase, its {@link ContextIndexSearcher} answers those calls with the sums over all shards.
 */
final class SearcherStatistics implements NameQuery.Statistics {
  private final IndexSearcher searcher;
  private final IndexReader reader;

  private final List<String> fields;

  SearcherStatistics(IndexSearcher searcher, List<String> fields) {
    this.searcher = searcher;
    this.reader = searcher.getIndexReader();
    this.fields = fields;
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
