package io.namesearch.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/** The ids of hits read from doc values, for {@link SearchOptions.Fetch#ID}: no stored fields. */
final class IdOnlyHits {

  private IdOnlyHits() {}

  /** The id of each hit, in the order of {@code docs}. */
  static String[] ids(IndexSearcher s, ScoreDoc[] docs) throws IOException {
    // Doc values are read forward only: visit the hits in doc id order, one iterator per leaf;
    // then look the ids up per leaf in ordinal order, so that the terms dictionary decodes each
    // of its blocks once, not once per hit.
    Integer[] order = new Integer[docs.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Integer.compare(docs[a].doc, docs[b].doc));
    String[] ids = new String[docs.length];
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    long[] ordAndHit = new long[docs.length];
    int from = 0;
    while (from < order.length) {
      int firstDoc = docs[order[from]].doc;
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(firstDoc, leaves));
      int end = leaf.docBase + leaf.reader().maxDoc();
      SortedDocValues values = DocValues.getSorted(leaf.reader(), IndexFields.ID);
      int to = from;
      while (to < order.length && docs[order[to]].doc < end) {
        int doc = docs[order[to]].doc;
        if (!values.advanceExact(doc - leaf.docBase)) {
          throw new IOException("document without an id at " + doc);
        }
        ordAndHit[to - from] = ((long) values.ordValue() << 32) | order[to];
        to++;
      }
      Arrays.sort(ordAndHit, 0, to - from);
      for (int i = 0; i < to - from; i++) {
        int hit = (int) ordAndHit[i];
        ids[hit] = values.lookupOrd((int) (ordAndHit[i] >>> 32)).utf8ToString();
      }
      from = to;
    }
    return ids;
  }
}
