package io.namesearch.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Scorer;

/**
 * Scores the clauses of a {@link TieredNameQuery} on one segment, and leads the iteration with the
 * essential clauses only: once the collector reports a minimum competitive score, the clauses whose
 * best score together ({@link TieredScoreSum}) is below it are only checked on the documents the
 * others find, best score first, and a candidate is dropped as soon as what may still match cannot
 * reach the minimum.
 */
final class TieredScorer extends Scorer {
  /** A lead matching more documents than this is worth knowing the estimated costs for. */
  static final long RESOLVE_COSTS_ABOVE = 256;

  /** One clause on one segment: its cost, and its iterator on first use. */
  interface Clause {
    /** Its iterator; called once. */
    DocIdSetIterator iterator() throws IOException;
  }

  private final Clause[] clauses;

  /** Each clause's iterator, created on first use: a clause never needed costs no more work. */
  private final DocIdSetIterator[] its;

  /** Each clause's cost; an estimate until its iterator exists, when {@code estimated}. */
  private final long[] costs;

  private final boolean[] estimated;
  private final TieredScoreSum sum;
  private final long cost;
  private final float maxScore;
  private final int[] byScoreDesc;

  /** Which clauses lead, by score and cost. */
  private ClauseOrder order;

  /** Leading (essential) clause indices: {@code lead[0, leadCount)}. */
  private final int[] lead;

  private int leadCount;

  /** The other (non-essential) clause indices, best score first: {@code check[0, checkCount)}. */
  private final int[] check;

  private int checkCount;

  /** Per clause, while checking a candidate: may it match (matched, or not yet checked)? */
  private final boolean[] possible;

  /** Per group, while checking a candidate: the best score it may still reach. */
  private final float[] groupBounds;

  /** Per clause, while scoring: does it match the current document? */
  private final boolean[] matched;

  private float minCompetitive;
  private int doc = -1;

  /**
   * Set by {@link ShortestTies}: while {@code tieScore} is the minimum competitive score, a
   * document longer than {@code tieLength} words cannot tie its way into the top hits, so it must
   * beat it.
   */
  private float tieScore = Float.NaN;

  private int tieLength;
  private ShorterFirst.Lengths lengths;

  /**
   * @param clauses the clauses present on this segment
   * @param costs their costs (taken over, and updated as estimates become known)
   * @param estimated which costs are estimates, known only once the iterator exists
   * @param sum the score of a set of matching clauses, over the same clause indices
   */
  TieredScorer(Clause[] clauses, long[] costs, boolean[] estimated, TieredScoreSum sum) {
    int n = clauses.length;
    this.clauses = clauses;
    this.costs = costs;
    this.estimated = estimated;
    this.its = new DocIdSetIterator[n];
    this.sum = sum;
    long c = 0;
    for (long x : costs) {
      c += x;
    }
    this.cost = c;
    this.possible = new boolean[n];
    this.matched = new boolean[n];
    this.groupBounds = new float[sum.groups()];
    Arrays.fill(possible, true);
    this.maxScore = sum.sum(possible);
    this.byScoreDesc = ClauseOrder.byScoreDesc(sum, n);
    this.order = new ClauseOrder(sum, costs);
    this.lead = new int[n];
    for (int i = 0; i < n; i++) {
      lead[i] = i;
    }
    this.leadCount = n;
    this.check = new int[n];
  }

  /**
   * Tells the scorer that of the documents scoring exactly {@code score}, only those of at most
   * {@code length} words (read from {@code lengths}, in doc id order) can still enter the top hits:
   * the collector orders by score, then length, then id, and its last hit scores {@code score} at
   * {@code length} words. Applies while {@code score} is the minimum competitive score.
   */
  void setTieBreak(float score, int length, ShorterFirst.Lengths lengths) {
    this.tieScore = score;
    this.tieLength = length;
    this.lengths = lengths;
  }

  private DocIdSetIterator it(int i) throws IOException {
    DocIdSetIterator it = its[i];
    if (it == null) {
      it = its[i] = clauses[i].iterator();
      if (estimated[i]) {
        costs[i] = it.cost();
        estimated[i] = false;
      }
    }
    return it;
  }

  @Override
  public void setMinCompetitiveScore(float minScore) throws IOException {
    if (minScore <= minCompetitive) {
      return;
    }
    minCompetitive = minScore;
    boolean[] nonEssential = new boolean[its.length];
    while (true) {
      order.partition(minScore, nonEssential);
      // A clause whose cost is only an estimate (a typo clause) gets its iterator, and so its
      // true cost, and the partition is redone, when it is in the lead (it may be cheap enough
      // to lead, or too expensive), and when the lead is costly (it may be a cheaper lead).
      long leadCostSum = 0;
      for (int i = 0; i < its.length; i++) {
        if (!nonEssential[i]) {
          leadCostSum += costs[i];
        }
      }
      boolean changed = false;
      for (int i = 0; i < its.length; i++) {
        if (estimated[i] && (!nonEssential[i] || leadCostSum > RESOLVE_COSTS_ABOVE)) {
          it(i);
          changed = true;
        }
      }
      if (!changed) {
        break;
      }
      order = new ClauseOrder(sum, costs);
    }
    int n = 0;
    for (int i = 0; i < its.length; i++) {
      if (!nonEssential[i]) {
        lead[n++] = i;
      }
    }
    leadCount = n;
    int m = 0;
    for (int i : byScoreDesc) {
      if (nonEssential[i]) {
        check[m++] = i;
      }
    }
    checkCount = m;
  }

  /**
   * Whether the candidate {@code target}, on which the lead clauses stand, can reach the minimum
   * competitive score: checks the non-essential clauses, best first, and gives up as soon as the
   * clauses that may still match cannot reach it. Leaves every checked clause on or after the
   * candidate, as {@link #score} expects.
   */
  private boolean competitive(int target) throws IOException {
    for (int k = 0; k < leadCount; k++) {
      possible[lead[k]] = its[lead[k]].docID() == target;
    }
    for (int k = 0; k < checkCount; k++) {
      possible[check[k]] = true;
    }
    float min = minCompetitive;
    float bound = sum.sum(possible, groupBounds);
    if (bound < min) {
      return false;
    }
    if (tieScore == min && lengths.length(target) > tieLength) {
      // longer than the last hit: a tie loses, only a higher score enters
      min = Math.nextUp(min);
      if (bound < min) {
        return false;
      }
    }
    for (int k = 0; k < checkCount; k++) {
      int i = check[k];
      DocIdSetIterator it = it(i);
      int d = it.docID();
      if (d < target) {
        d = it.advance(target);
      }
      if (d != target) {
        possible[i] = false;
        if (sum.update(possible, groupBounds, i) < min) {
          return false;
        }
      }
    }
    return true;
  }

  @Override
  public int docID() {
    return doc;
  }

  @Override
  public DocIdSetIterator iterator() {
    return new DocIdSetIterator() {
      @Override
      public int docID() {
        return doc;
      }

      @Override
      public int nextDoc() throws IOException {
        return advance(doc + 1);
      }

      @Override
      public int advance(int target) throws IOException {
        while (true) {
          int min = NO_MORE_DOCS;
          for (int k = 0; k < leadCount; k++) {
            DocIdSetIterator it = it(lead[k]);
            int d = it.docID();
            if (d < target) {
              d = it.advance(target);
            }
            if (d < min) {
              min = d;
            }
          }
          // Past the collector's threshold, skip documents that cannot enter the top hits.
          if (min == NO_MORE_DOCS
              || (checkCount == 0 && tieScore != minCompetitive)
              || competitive(min)) {
            return doc = min;
          }
          target = min + 1;
        }
      }

      @Override
      public long cost() {
        return cost;
      }
    };
  }

  @Override
  public float score() throws IOException {
    for (int i = 0; i < its.length; i++) {
      DocIdSetIterator it = it(i);
      int d = it.docID();
      if (d < doc) {
        d = it.advance(doc);
      }
      matched[i] = d == doc;
    }
    return sum.sum(matched);
  }

  @Override
  public float getMaxScore(int upTo) {
    return maxScore;
  }
}
