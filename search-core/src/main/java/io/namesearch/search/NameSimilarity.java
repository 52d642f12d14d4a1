package io.namesearch.search;

import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.SmallFloat;

/**
 * Scores a matching term by its query boost alone (the tier weight times the word's rarity, set
 * by {@link NameQueryBuilder}), times a length factor just above 1 that favours shorter fields:
 * of two documents that match the same words at the same tiers, the one with fewer other words
 * is the closer match (as BM25's length normalisation has it). The factor stays below {@code 1 +
 * }{@value #LENGTH_BONUS}, far less than the gap between two tiers, so it only orders documents
 * that would otherwise tie.
 *
 * <p>Term frequency is ignored: a name that occurs twice is the same name. The score never grows
 * with the length and never falls with the frequency, as Lucene's block-max skipping requires.
 * Norms are Lucene's default (the number of positions, stacked tokens not counted).
 */
final class NameSimilarity extends Similarity {

  /** The most a short field adds, as a fraction of the boost. */
  static final float LENGTH_BONUS = 1f / 128;

  private static final float[] FACTOR = new float[256];

  static {
    for (int i = 0; i < 256; i++) {
      int length = SmallFloat.byte4ToInt((byte) i);
      FACTOR[i] = 1f + LENGTH_BONUS / (1f + length);
    }
  }

  NameSimilarity() {
    super(true);
  }

  @Override
  public SimScorer scorer(
      float boost, CollectionStatistics collectionStats, TermStatistics... termStats) {
    return new SimScorer() {
      @Override
      public float score(float freq, long norm) {
        return boost * FACTOR[(int) (norm & 0xFF)];
      }
    };
  }

  @Override
  public String toString() {
    return "NameSimilarity";
  }
}
