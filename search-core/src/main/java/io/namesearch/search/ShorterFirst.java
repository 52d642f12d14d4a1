package io.namesearch.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.FieldComparator;
import org.apache.lucene.search.FieldComparatorSource;
import org.apache.lucene.search.LeafFieldComparator;
import org.apache.lucene.search.Pruning;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.SmallFloat;

/**
 * Orders hits of equal score by length, shortest first: of two documents that match the same words
 * at the same tiers, the one with fewer other words is the closer match (as BM25's length
 * normalisation has it). A sort field, so that the collector itself keeps the total order (score,
 * then length, then id): raising the limit or paging never reorders hits already returned, at the
 * cost of visiting the documents that tie with the last hit ({@link ShortestTies} lets the tiered
 * scorer pass over the longer ones). Scores are not changed. Lengths are the words of the text
 * fields, read from their norms (stacked keys do not count).
 */
final class ShorterFirst extends FieldComparatorSource {

  /** The sort field: shortest first. */
  static final SortField SORT_FIELD = new SortField("length", new ShorterFirst());

  private ShorterFirst() {}

  /** The length of a document in words, from the norms of the text fields. */
  static int length(LeafReaderContext leaf, int doc) throws IOException {
    return new Lengths(leaf).length(doc);
  }

  /**
   * The lengths of one segment's documents, read in increasing doc id order (the same document may
   * be asked again): one norms iterator per text field.
   */
  static final class Lengths {
    private final NumericDocValues[] norms;
    private int lastDoc = -1;
    private int lastLength;

    Lengths(LeafReaderContext leaf) throws IOException {
      norms = new NumericDocValues[IndexFields.TEXT_FIELDS.length];
      for (int i = 0; i < norms.length; i++) {
        norms[i] = leaf.reader().getNormValues(IndexFields.TEXT_FIELDS[i]);
      }
    }

    /** The words of {@code doc}, which is not below the document asked before. */
    int length(int doc) throws IOException {
      if (doc == lastDoc) {
        return lastLength;
      }
      int words = 0;
      for (NumericDocValues n : norms) {
        if (n != null && n.advanceExact(doc)) {
          words += SmallFloat.byte4ToInt((byte) n.longValue());
        }
      }
      lastDoc = doc;
      lastLength = words;
      return words;
    }
  }

  @Override
  public FieldComparator<Integer> newComparator(
      String fieldname, int numHits, Pruning pruning, boolean reversed) {
    return new FieldComparator<>() {
      private final int[] values = new int[numHits];
      private int bottom;
      private int top;

      @Override
      public int compare(int slot1, int slot2) {
        return Integer.compare(values[slot1], values[slot2]);
      }

      @Override
      public void setTopValue(Integer value) {
        top = value;
      }

      @Override
      public Integer value(int slot) {
        return values[slot];
      }

      @Override
      public LeafFieldComparator getLeafComparator(LeafReaderContext context) throws IOException {
        Lengths lengths = new Lengths(context);
        return new LeafFieldComparator() {
          private int length(int doc) throws IOException {
            return lengths.length(doc);
          }

          @Override
          public void setBottom(int slot) {
            bottom = values[slot];
          }

          @Override
          public int compareBottom(int doc) throws IOException {
            return Integer.compare(bottom, length(doc));
          }

          @Override
          public int compareTop(int doc) throws IOException {
            return Integer.compare(top, length(doc));
          }

          @Override
          public void copy(int slot, int doc) throws IOException {
            values[slot] = length(doc);
          }

          @Override
          public void setScorer(Scorable scorer) {}
        };
      }
    };
  }
}
