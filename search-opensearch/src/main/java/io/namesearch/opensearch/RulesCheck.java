package io.namesearch.opensearch;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.opensearch.index.query.QueryShardContext;
import org.opensearch.index.query.QueryShardException;

/**
 * Refuses a search of a field whose keys other name rules made: in a segment where the field has
 * terms, every document must carry this plugin's {@link RulesMarker} and no other. An index built
 * by another version of the plugin (other rules, or one that wrote no markers) has other keys in
 * its postings, and a search of it would silently miss spellings. What each segment records is read
 * once per segment core and field (a seek in its terms), then cached until the core closes.
 */
final class RulesCheck {

  /** Per segment core: field to its markers (computed once; the core's terms never change). */
  private static final Map<IndexReader.CacheKey, Map<String, RulesMarker.Recorded>> CACHE =
      new ConcurrentHashMap<>();

  private RulesCheck() {}

  /**
   * Throws {@link QueryShardException} (status 400) when a segment of the shard's reader has terms
   * in one of {@code fields} (fields that the plugin's index-side analysis keys) without this
   * plugin's marker on every document, or with another; does nothing without a reader.
   */
  static void check(QueryShardContext context, List<String> fields) throws IOException {
    IndexReader reader = context.getIndexReader();
    if (reader == null || fields.isEmpty()) {
      return;
    }
    for (LeafReaderContext leaf : reader.leaves()) {
      for (String field : fields) {
        RulesMarker.Recorded recorded = recorded(leaf.reader(), field);
        if (recorded != null && !recorded.current()) {
          throw new QueryShardException(
              context, message(context.index().getName(), field, recorded));
        }
      }
    }
  }

  /** The one-line message for a field of an index built with other rules. */
  static String message(String index, String field, RulesMarker.Recorded recorded) {
    return "["
        + RussianNameQueryBuilder.NAME
        + "] field ["
        + field
        + "] of index ["
        + index
        + "] was built with other name rules (recorded "
        + recorded.describe()
        + ", this plugin's "
        + RulesMarker.CURRENT
        + "); its keys would miss spellings: reindex it into a new index (the _reindex API)";
  }

  /** What one segment records for the field, or null when the field has no terms there. */
  private static RulesMarker.Recorded recorded(LeafReader leaf, String field) throws IOException {
    IndexReader.CacheHelper helper = leaf.getCoreCacheHelper();
    if (helper == null) {
      return read(leaf, field);
    }
    Map<String, RulesMarker.Recorded> fields = CACHE.get(helper.getKey());
    if (fields == null) {
      fields = new ConcurrentHashMap<>();
      Map<String, RulesMarker.Recorded> raced = CACHE.putIfAbsent(helper.getKey(), fields);
      if (raced == null) {
        helper.addClosedListener(CACHE::remove);
      } else {
        fields = raced;
      }
    }
    RulesMarker.Recorded r = fields.get(field);
    if (r == null) {
      r = read(leaf, field);
      if (r != null) {
        fields.put(field, r);
      }
    }
    return r;
  }

  private static RulesMarker.Recorded read(LeafReader leaf, String field) throws IOException {
    Terms terms = leaf.terms(field);
    return terms == null || terms.getDocCount() == 0 ? null : RulesMarker.read(terms);
  }
}
