package io.namesearch.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.Query;

/**
 * The score of a document from the set of clauses it matches, and so the bound of the score that a
 * set of clauses can reach (as Lucene's {@code MaxScoreSumPropagator} bounds a sum): per group, the
 * best clause score plus the tie-breaker times the others, summed over groups. The one place this
 * sum is written: {@link TieredScorer} scores with it, bounds the non-essential clauses with it,
 * and {@link TieredWeight} explains with it.
 *
 * <p>It computes exactly what {@code DisjunctionMaxScorer} and {@code BooleanScorer} compute for
 * {@code BooleanQuery} of {@code DisjunctionMaxQuery} clauses: the best score as a float, the
 * others summed in double, {@code (float) (max + others * tieBreaker)} per group, the groups summed
 * in double and rounded to float once. The same arithmetic for a score and for a bound makes the
 * bound of a superset of the matched clauses never less than the score (every step is monotone,
 * rounding included), so pruning on it never drops a competitive document.
 */
final class TieredScoreSum {

  private final float[] scores;
  private final float[] ties;
  private final int[] groupOf;

  /** The clause indices of each group. */
  private final int[][] groupClauses;

  /**
   * @param scores each clause's constant score
   * @param groupOf each clause's group
   * @param ties each group's tie-breaker
   */
  TieredScoreSum(float[] scores, int[] groupOf, float[] ties) {
    this.scores = scores;
    this.ties = ties;
    this.groupOf = groupOf;
    int[] size = new int[ties.length];
    for (int g : groupOf) {
      size[g]++;
    }
    this.groupClauses = new int[ties.length][];
    for (int g = 0; g < ties.length; g++) {
      groupClauses[g] = new int[size[g]];
      size[g] = 0;
    }
    for (int i = 0; i < groupOf.length; i++) {
      groupClauses[groupOf[i]][size[groupOf[i]]++] = i;
    }
  }

  /**
   * Whether each group's clause scores sum exactly in double, whatever the order and whichever of
   * them: their binary exponents lie within {@code 29 - log2(size)} of each other, so every partial
   * sum is a multiple of the smallest score's unit that fits in 53 bits. Then {@link #group(int,
   * float, double)} from a running total is bit for bit {@link #group(int, boolean[])}.
   */
  boolean exactSums() {
    for (int[] clauses : groupClauses) {
      int lo = Integer.MAX_VALUE;
      int hi = Integer.MIN_VALUE;
      for (int i : clauses) {
        if (!(scores[i] > 0f) || Float.isInfinite(scores[i])) {
          return false;
        }
        lo = Math.min(lo, Math.getExponent(scores[i]));
        hi = Math.max(hi, Math.getExponent(scores[i]));
      }
      int sizeBits = 32 - Integer.numberOfLeadingZeros(clauses.length);
      if (clauses.length > 0 && hi - lo > 29 - sizeBits) {
        return false;
      }
    }
    return true;
  }

  /** Clause {@code clause}'s group. */
  int groupOf(int clause) {
    return groupOf[clause];
  }

  /**
   * The score of group {@code g} when the clauses that match have the best score {@code max} and
   * the scores {@code total} together (at least one matches): {@link #group(int, boolean[])}'s
   * arithmetic, the others being {@code total - max}, which is exact when {@link #exactSums()}.
   */
  float group(int g, float max, double total) {
    return (float) (max + (total - max) * ties[g]);
  }

  /** The sum of the group scores {@code groupScores}, as {@link #sum(boolean[])} adds them. */
  static float total(float[] groupScores) {
    double total = 0;
    for (float s : groupScores) {
      total += s;
    }
    return (float) total;
  }

  /** The number of groups. */
  int groups() {
    return groupClauses.length;
  }

  /** The clause indices of group {@code g}, in clause order. */
  int[] clauses(int g) {
    return groupClauses[g];
  }

  /** A clause's constant score. */
  float score(int clause) {
    return scores[clause];
  }

  /** Group {@code g}'s tie-breaker. */
  float tieBreaker(int g) {
    return ties[g];
  }

  /** The score of group {@code g} when the clauses with {@code matched[i]} match; 0 for none. */
  float group(int g, boolean[] matched) {
    float max = 0f;
    double others = 0;
    boolean any = false;
    for (int i : groupClauses[g]) {
      if (matched[i]) {
        any = true;
        float s = scores[i];
        // As DisjunctionMaxScorer: the best score, and the sum of the others (exact in double
        // whatever the order, for a few floats of similar size).
        if (s >= max) {
          others += max;
          max = s;
        } else {
          others += s;
        }
      }
    }
    return any ? (float) (max + others * ties[g]) : 0f;
  }

  /** The score of a document on which the clauses with {@code matched[i]} match. */
  float sum(boolean[] matched) {
    double total = 0;
    for (int g = 0; g < groupClauses.length; g++) {
      total += group(g, matched);
    }
    return (float) total;
  }

  /** As {@link #sum(boolean[])}, keeping each group's score in {@code groupScores}. */
  float sum(boolean[] matched, float[] groupScores) {
    for (int g = 0; g < groupClauses.length; g++) {
      groupScores[g] = group(g, matched);
    }
    return total(groupScores);
  }

  /**
   * As {@link #sum(boolean[])} after {@code matched[clause]} changed, from the group scores that
   * {@link #sum(boolean[], float[])} kept: only the clause's group is scored again.
   */
  float update(boolean[] matched, float[] groupScores, int clause) {
    int g = groupOf[clause];
    groupScores[g] = group(g, matched);
    return total(groupScores);
  }

  /**
   * The explanation of a document that matches the clauses {@code matched}: per group, each matched
   * clause's constant score (with its tier, {@code tierOf}, and query), then their sum.
   */
  Explanation explain(boolean[] matched, Query[] queries, String[] tierOf) {
    List<Explanation> details = new ArrayList<>();
    for (int g = 0; g < groups(); g++) {
      List<Explanation> groupDetails = new ArrayList<>();
      for (int i : clauses(g)) {
        if (matched[i]) {
          String tier = tierOf[i].isEmpty() ? "" : tierOf[i] + " tier, ";
          // as Lucene's ConstantScoreWeight explains itself: the score, and the query matched
          groupDetails.add(
              Explanation.match(
                  score(i),
                  tier + "constant score of:",
                  Explanation.match(score(i), queries[i].toString())));
        }
      }
      if (!groupDetails.isEmpty()) {
        details.add(
            Explanation.match(
                group(g, matched),
                "max plus " + tieBreaker(g) + " times others of:",
                groupDetails));
      }
    }
    if (details.isEmpty()) {
      return Explanation.noMatch("no tier matched");
    }
    return Explanation.match(sum(matched), "sum of:", details);
  }
}
