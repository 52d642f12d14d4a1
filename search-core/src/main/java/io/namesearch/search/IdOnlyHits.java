package io.namesearch.search;

import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * The ids of hits for {@link SearchOptions.Fetch#ID}, read from their sort values: every sort of a
 * search ends with the id ({@link NameSearch}), so the collector has read it already, and neither
 * stored fields nor doc values are read again.
 */
final class IdOnlyHits {

  private IdOnlyHits() {}

  /** The id of a hit: its last sort value. */
  static String id(FieldDoc hit) {
    return ((BytesRef) hit.fields[hit.fields.length - 1]).utf8ToString();
  }
}
