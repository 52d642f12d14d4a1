package io.namesearch.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.SmallFloat;

/**
 * Orders hits of equal score by length, shortest first: of two documents that match the same
 * words at the same tiers, the one with fewer other words is the closer match (as BM25's length
 * normalisation has it). Applied to the collected top hits only, after the search, so that the
 * tiered query's early termination on tied scores stays intact; scores are not changed. Lengths
 * are the words of the text fields, read from their norms (stacked keys do not count).
 */
final class ShorterFirst {

  private ShorterFirst() {}

  /** Sorts {@code hits} in place by score (descending), then length, then document id. */
  static void sortTies(IndexReader reader, ScoreDoc[] hits, String... fields) throws IOException {
    if (hits.length < 2) {
      return;
    }
    long[] words = new long[hits.length];
    Integer[] order = new Integer[hits.length];
    List<LeafReaderContext> leaves = reader.leaves();
    for (int i = 0; i < hits.length; i++) {
      order[i] = i;
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hits[i].doc, leaves));
      int doc = hits[i].doc - leaf.docBase;
      for (String field : fields) {
        NumericDocValues norms = leaf.reader().getNormValues(field);
        if (norms != null && norms.advanceExact(doc)) {
          words[i] += SmallFloat.byte4ToInt((byte) norms.longValue());
        }
      }
    }
    Arrays.sort(
        order,
        Comparator.<Integer>comparingDouble(i -> -hits[i].score)
            .thenComparingLong(i -> words[i])
            .thenComparingInt(i -> hits[i].doc));
    ScoreDoc[] sorted = new ScoreDoc[hits.length];
    for (int i = 0; i < hits.length; i++) {
      sorted[i] = hits[order[i]];
    }
    System.arraycopy(sorted, 0, hits, 0, hits.length);
  }
}
