package io.namesearch.opensearch;

import io.namesearch.search.PersonRanking;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.opensearch.index.query.QueryShardContext;
import org.opensearch.search.lookup.SourceLookup;

/**
 * A document's text in a field, for the person pass (the words around a surname), read from its
 * {@code _source}: the value at the field's source path (a sub-field's is its parent's). A field
 * with several values gives its first, whose positions are the ones the index has first.
 */
final class SourceTexts implements PersonRanking.Texts {

  private final List<LeafReaderContext> leaves;
  private final QueryShardContext shard;

  SourceTexts(IndexSearcher searcher, QueryShardContext shard) {
    this.leaves = searcher.getIndexReader().leaves();
    this.shard = shard;
  }

  @Override
  public Optional<String> text(int doc, String field) {
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    SourceLookup source = new SourceLookup();
    source.setSegmentAndDocument(leaf, doc - leaf.docBase);
    for (String path : shard.sourcePath(field)) {
      for (Object value : source.extractRawValues(path)) {
        if (value instanceof String s) {
          return Optional.of(s);
        }
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
