package io.namesearch.eval;

import java.util.Arrays;

/**
 * Metrics of a pairwise matcher over labelled pairs: ROC AUC, the best F1 and its threshold,
 * precision at recall 0.95, recall at a false-match rate of 1%, and recall and false-match rate at
 * a given threshold. A pair matches when its score is at or above the threshold.
 *
 * @param positives pairs labelled as one person
 * @param negatives pairs labelled as two people
 * @param rocAuc area under the ROC curve (ties count half)
 * @param bestF1 the highest F1 over all thresholds
 * @param bestF1Threshold the threshold where it is reached
 * @param precisionAtRecall95 the precision at the highest threshold reaching recall 0.95 (NaN when
 *     no threshold reaches it)
 * @param recallAtFmr1 the recall at the lowest threshold whose false-match rate is at most 1%
 * @param threshold the threshold of the two figures below (NaN when none was given)
 * @param recallAtThreshold recall at {@code threshold}
 * @param fmrAtThreshold false-match rate at {@code threshold}
 */
public record PairMetrics(
    int positives,
    int negatives,
    double rocAuc,
    double bestF1,
    double bestF1Threshold,
    double precisionAtRecall95,
    double recallAtFmr1,
    double threshold,
    double recallAtThreshold,
    double fmrAtThreshold) {

  /**
   * Computes the metrics.
   *
   * @param scores the score of each pair
   * @param labels whether each pair is one person
   * @param threshold the threshold to report recall and false-match rate at, or NaN
   */
  public static PairMetrics of(double[] scores, boolean[] labels, double threshold) {
    int n = scores.length;
    if (n != labels.length) {
      throw new IllegalArgumentException("scores and labels differ in length");
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> Double.compare(scores[y], scores[x]));
    int p = 0;
    for (boolean l : labels) {
      if (l) {
        p++;
      }
    }
    int neg = n - p;
    double auc = 0;
    double tp = 0;
    double fp = 0;
    double bestF1 = 0;
    double bestT = Double.NaN;
    double pAt95 = Double.NaN;
    double recallAtFmr1 = 0;
    int i = 0;
    while (i < n) {
      double s = scores[order[i]];
      int j = i;
      double dtp = 0;
      double dfp = 0;
      while (j < n && scores[order[j]] == s) {
        if (labels[order[j]]) {
          dtp++;
        } else {
          dfp++;
        }
        j++;
      }
      auc += dfp * (tp + dtp / 2);
      tp += dtp;
      fp += dfp;
      double precision = tp / (tp + fp);
      double recall = p == 0 ? 0 : tp / p;
      double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      if (f1 > bestF1) {
        bestF1 = f1;
        bestT = s;
      }
      if (recall >= 0.95 && Double.isNaN(pAt95)) {
        pAt95 = precision;
      }
      if (neg > 0 && fp / neg <= 0.01) {
        recallAtFmr1 = recall;
      }
      i = j;
    }
    auc = p == 0 || neg == 0 ? Double.NaN : auc / ((double) p * neg);
    double rt = Double.NaN;
    double ft = Double.NaN;
    if (!Double.isNaN(threshold)) {
      int tpt = 0;
      int fpt = 0;
      for (int k = 0; k < n; k++) {
        if (scores[k] >= threshold) {
          if (labels[k]) {
            tpt++;
          } else {
            fpt++;
          }
        }
      }
      rt = p == 0 ? Double.NaN : (double) tpt / p;
      ft = neg == 0 ? Double.NaN : (double) fpt / neg;
    }
    return new PairMetrics(p, neg, auc, bestF1, bestT, pAt95, recallAtFmr1, threshold, rt, ft);
  }
}
