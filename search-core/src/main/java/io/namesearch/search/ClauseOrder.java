package io.namesearch.search;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The orders in which {@link TieredScorer} takes clauses into its lead and gives them back, from
 * their scores and costs, and the split of the clauses into the lead and the non-essential rest for
 * a minimum competitive score.
 */
final class ClauseOrder {
  private final TieredScoreSum sum;

  /** Clause indices, most expensive first: the first to leave the lead. */
  private final int[] byCostDesc;

  /** Clause indices, highest score per cost first: the first to join the lead. */
  private final int[] byValue;

  ClauseOrder(TieredScoreSum sum, long[] costs) {
    this.sum = sum;
    this.byCostDesc = order(costs.length, Comparator.comparingLong((Integer i) -> -costs[i]));
    this.byValue =
        order(
            costs.length,
            Comparator.comparingDouble((Integer i) -> -sum.score(i) / (costs[i] + 1.0)));
  }

  /** The {@code n} clause indices, best score first. */
  static int[] byScoreDesc(TieredScoreSum sum, int n) {
    return order(n, Comparator.comparingDouble((Integer i) -> -sum.score(i)));
  }

  /** The clause indices {@code clauses} (of one group, say), lowest score first, ties in order. */
  static int[] byScoreAsc(TieredScoreSum sum, int[] clauses) {
    int[] order =
        order(clauses.length, Comparator.comparingDouble((Integer j) -> sum.score(clauses[j])));
    int[] out = new int[clauses.length];
    for (int j = 0; j < out.length; j++) {
      out[j] = clauses[order[j]];
    }
    return out;
  }

  private static int[] order(int n, Comparator<Integer> comparator) {
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, comparator);
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = order[i];
    }
    return out;
  }

  /**
   * Splits the clauses into the lead and the non-essential rest, whose best score together is below
   * {@code minScore}: takes clauses into the lead, best score per cost first, until the rest can no
   * longer reach the minimum; then gives back to the rest any lead clause it can take without
   * reaching it, most expensive first.
   */
  void partition(float minScore, boolean[] nonEssential) {
    Arrays.fill(nonEssential, true);
    for (int i : byValue) {
      if (sum.sum(nonEssential) < minScore) {
        break;
      }
      nonEssential[i] = false;
    }
    for (int i : byCostDesc) {
      if (!nonEssential[i]) {
        nonEssential[i] = true;
        if (sum.sum(nonEssential) >= minScore) {
          nonEssential[i] = false;
        }
      }
    }
  }
}
