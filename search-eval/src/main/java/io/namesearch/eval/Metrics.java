package io.namesearch.eval;

import java.util.Arrays;

/** Ranking metrics of one query, and their running means over a set of queries. */
public final class Metrics {

  private Metrics() {}

  /** The scores of one query. */
  public record Scores(double averagePrecision, double recall, double precisionAtR) {}

  /**
   * Scores one ranking against the relevant documents.
   *
   * @param ranking document ordinals, best first; {@code excluded} is skipped wherever it is, and
   *     only the first {@code depth} other documents count
   * @param relevant the relevant ordinals (not containing {@code excluded}); must not be empty
   * @param excluded the query's own document, or -1
   * @param depth how many ranked documents count
   */
  public static Scores score(int[] ranking, int[] relevant, int excluded, int depth) {
    if (relevant.length == 0) {
      throw new IllegalArgumentException("no relevant documents");
    }
    int[] rel = relevant.clone();
    Arrays.sort(rel);
    int r = rel.length;
    int rank = 0;
    int found = 0;
    int foundAtR = 0;
    double precisionSum = 0;
    for (int doc : ranking) {
      if (doc == excluded) {
        continue;
      }
      if (rank == depth) {
        break;
      }
      rank++;
      if (Arrays.binarySearch(rel, doc) >= 0) {
        found++;
        precisionSum += (double) found / rank;
        if (rank <= r) {
          foundAtR++;
        }
      }
    }
    return new Scores(precisionSum / r, (double) found / r, (double) foundAtR / r);
  }

  /** Means of {@link Scores} over queries. */
  public static final class Mean {
    private int queries;
    private double ap;
    private double recall;
    private double pAtR;

    public void add(Scores s) {
      queries++;
      ap += s.averagePrecision();
      recall += s.recall();
      pAtR += s.precisionAtR();
    }

    public int queries() {
      return queries;
    }

    /** Mean average precision; NaN with no queries. */
    public double map() {
      return ap / queries;
    }

    public double recall() {
      return recall / queries;
    }

    public double precisionAtR() {
      return pAtR / queries;
    }
  }
}
