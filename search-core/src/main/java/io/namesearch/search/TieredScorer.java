package io.namesearch.search;

import static org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Scorer;

/**
 * Scores the clauses of a {@link TieredNameQuery} on one segment, and leads the iteration with the
 * essential clauses only: once the collector reports a minimum competitive score, the clauses whose
 * best score together ({@link TieredScoreSum}) is below it are only checked on the documents the
 * others find, best score first, and a candidate is dropped as soon as what may still match cannot
 * reach the minimum. When the minimum makes a word required (without one of its stronger clauses no
 * document reaches it, as a full name's page of full mentions requires both names), the lead's
 * candidates also leap to the next document of each required word, as a conjunction does.
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

  /**
   * Whether a candidate's bound is kept per group as a best score and a total, updated in constant
   * time as its clauses are ruled out ({@link TieredScoreSum#exactSums()}); otherwise each group is
   * scored again from {@code possible}.
   */
  private final boolean running;

  /** Per group, for the current partition: the best score and the total of its checked clauses. */
  private final float[] checkMax;

  private final double[] checkTotal;
  private final int[] checkClauses;

  /** Per position in {@code check}: the next position of a clause of the same group, or -1. */
  private final int[] nextInGroup;

  /** Per group, for the current candidate: the lead clauses on it (best score, total, count). */
  private final float[] leadMax;

  private final double[] leadTotal;
  private final int[] leadOn;

  /** Per group, for the current candidate: the best checked clause found on it, 0 for none. */
  private final float[] foundMax;

  /** Per group, for the current candidate: what may still match (best score, total, count). */
  private final float[] boundMax;

  private final double[] boundTotal;
  private final int[] boundCount;

  private float minCompetitive;
  private int doc = -1;

  /**
   * The required clauses, for the current minimum competitive score: per required group, those of
   * its clauses of which a competitive document must match one ({@code required[requiredStart[r],
   * requiredStart[r + 1])} for {@code r < requiredGroups}).
   */
  private final int[] required;

  private final int[] requiredStart;
  private int requiredGroups;

  /** Each group's clause indices, lowest score first: on the first minimum that needs them. */
  private final int[][] ascendingInGroup;

  /** Per group: how many of its weakest clauses could not reach the last minimum together. */
  private final int[] weakInGroup;

  private final boolean[] requireScratch;

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
    int groups = sum.groups();
    this.required = new int[n];
    this.requireScratch = new boolean[n];
    this.ascendingInGroup = new int[groups][];
    this.weakInGroup = new int[groups];
    this.requiredStart = new int[groups + 1];
    this.groupBounds = new float[groups];
    this.running = groups > 1 && sum.exactSums();
    this.checkMax = new float[groups];
    this.checkTotal = new double[groups];
    this.checkClauses = new int[groups];
    this.nextInGroup = new int[n];
    this.leadMax = new float[groups];
    this.leadTotal = new double[groups];
    this.leadOn = new int[groups];
    this.foundMax = new float[groups];
    this.boundMax = new float[groups];
    this.boundTotal = new double[groups];
    this.boundCount = new int[groups];
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
    if (sum.groups() < 2) {
      return; // one word: neither required words nor running bounds paid (Cyrillic 1M +4%)
    }
    requireClauses(minScore);
    Arrays.fill(checkMax, 0f);
    Arrays.fill(checkTotal, 0);
    Arrays.fill(checkClauses, 0);
    int[] last = new int[checkMax.length];
    Arrays.fill(last, -1);
    for (int k = 0; k < checkCount; k++) {
      int i = check[k];
      int g = sum.groupOf(i);
      checkMax[g] = Math.max(checkMax[g], sum.score(i));
      checkTotal[g] += sum.score(i);
      checkClauses[g]++;
      nextInGroup[k] = -1;
      if (last[g] >= 0) {
        nextInGroup[last[g]] = k;
      }
      last[g] = k;
    }
  }

  /**
   * Finds the groups a competitive document must match, and in each the clauses of which it must
   * match one: with every clause of the other groups, the group's weakest clauses together (lowest
   * scores first, as many as stay below it) cannot reach {@code minScore}, so one of the others
   * must match. A full name whose page is full of documents naming it in full requires the exact
   * (or variant) clauses of both words: the lead's candidates are intersected with them, as a
   * conjunction would be, instead of each being checked. Groups whose required clauses include one
   * not yet opened (a typo clause, whose iterator is costly) are left to the checks.
   */
  private void requireClauses(float minScore) {
    requiredGroups = 0;
    int n = 0;
    boolean[] with = requireScratch;
    for (int g = 0; g < sum.groups(); g++) {
      Arrays.fill(with, true);
      if (ascendingInGroup[g] == null) {
        ascendingInGroup[g] = ClauseOrder.byScoreAsc(sum, sum.clauses(g));
      }
      int[] ascending = ascendingInGroup[g];
      for (int i : ascending) {
        with[i] = false;
      }
      // the weakest clauses that could not reach a lower minimum cannot reach this one
      int weak = weakInGroup[g];
      for (int j = 0; j < weak; j++) {
        with[ascending[j]] = true;
      }
      while (weak < ascending.length) {
        with[ascending[weak]] = true;
        if (sum.sum(with) >= minScore) {
          break;
        }
        weak++;
      }
      weakInGroup[g] = weak;
      if (weak == 0) {
        continue; // the other groups alone may reach it: not required
      }
      int start = n;
      boolean opened = true;
      for (int j = weak; j < ascending.length; j++) {
        int i = ascending[j];
        opened &= !estimated[i];
        required[n++] = i;
      }
      // every lead clause among them: each candidate matches one already, nothing to leap over
      Arrays.fill(with, false);
      for (int j = start; j < n; j++) {
        with[required[j]] = true;
      }
      boolean covers = true;
      for (int k = 0; k < leadCount && covers; k++) {
        covers = with[lead[k]];
      }
      if (!opened || covers) {
        n = start;
        continue;
      }
      requiredStart[requiredGroups] = start;
      requiredStart[++requiredGroups] = n;
    }
  }

  /**
   * The first document from {@code target} on which every required group has a clause, or at least
   * the first document one of them may match: each required clause stands on or after {@code
   * target} afterwards.
   */
  private int requiredFrom(int target) throws IOException {
    int next = target;
    for (int r = 0; r < requiredGroups; r++) {
      int first = NO_MORE_DOCS;
      for (int j = requiredStart[r]; j < requiredStart[r + 1]; j++) {
        first = Math.min(first, on(required[j], target));
      }
      next = Math.max(next, first);
    }
    return next;
  }

  /**
   * Whether the candidate {@code target}, on which the lead clauses stand, can reach the minimum
   * competitive score: checks the non-essential clauses, best first, and gives up as soon as the
   * clauses that may still match cannot reach it. Leaves every checked clause on or after the
   * candidate, as {@link #score} expects.
   */
  private boolean competitive(int target) throws IOException {
    return running ? competitiveRunning(target) : competitiveRescoring(target);
  }

  /**
   * {@link #competitive} with each group's bound kept as its best score and total: a clause ruled
   * out costs a subtraction, where {@link #competitiveRescoring} scores its group again (the
   * candidates of a full name whose surname leads are mostly ruled out this way, one given-name
   * clause after another). The same bounds, bit for bit.
   */
  private boolean competitiveRunning(int target) throws IOException {
    int groups = boundMax.length;
    Arrays.fill(leadMax, 0f);
    Arrays.fill(leadTotal, 0);
    Arrays.fill(leadOn, 0);
    Arrays.fill(foundMax, 0f);
    for (int k = 0; k < leadCount; k++) {
      int i = lead[k];
      if (its[i].docID() == target) {
        int g = sum.groupOf(i);
        float s = sum.score(i);
        leadMax[g] = Math.max(leadMax[g], s);
        leadTotal[g] += s;
        leadOn[g]++;
      }
    }
    for (int g = 0; g < groups; g++) {
      boundMax[g] = Math.max(checkMax[g], leadMax[g]);
      boundTotal[g] = checkTotal[g] + leadTotal[g];
      boundCount[g] = checkClauses[g] + leadOn[g];
      groupBounds[g] = boundCount[g] == 0 ? 0f : sum.group(g, boundMax[g], boundTotal[g]);
    }
    float min = toBeat(target, TieredScoreSum.total(groupBounds));
    if (min == Float.POSITIVE_INFINITY) {
      return false;
    }
    for (int k = 0; k < checkCount; k++) {
      int i = check[k];
      int d = on(i, target);
      int g = sum.groupOf(i);
      float s = sum.score(i);
      if (d == target) {
        foundMax[g] = Math.max(foundMax[g], s);
        continue;
      }
      boundTotal[g] -= s;
      if (--boundCount[g] == 0) {
        groupBounds[g] = 0f;
      } else {
        if (s >= boundMax[g]) {
          // it was the best that may match: the best left is a lead clause on the candidate, a
          // checked clause found on it, or the next unchecked clause of the group (best first)
          float best = Math.max(leadMax[g], foundMax[g]);
          int next = nextInGroup[k];
          boundMax[g] = next < 0 ? best : Math.max(best, sum.score(check[next]));
        }
        groupBounds[g] = sum.group(g, boundMax[g], boundTotal[g]);
      }
      if (TieredScoreSum.total(groupBounds) < min) {
        return false;
      }
    }
    return true;
  }

  /**
   * The score the candidate {@code target} must reach, when what may still match on it reaches
   * {@code bound}: the minimum competitive score, or just above it when a tie cannot enter (the
   * candidate is longer than the last hit); {@code +Infinity} when the bound cannot reach it.
   */
  private float toBeat(int target, float bound) throws IOException {
    float min = minCompetitive;
    if (bound < min) {
      return Float.POSITIVE_INFINITY;
    }
    if (tieScore == min && lengths.length(target) > tieLength) {
      // longer than the last hit: a tie loses, only a higher score enters
      min = Math.nextUp(min);
      if (bound < min) {
        return Float.POSITIVE_INFINITY;
      }
    }
    return min;
  }

  /** Moves clause {@code i} on or after {@code target}, if it is before; returns where it is. */
  private int on(int i, int target) throws IOException {
    DocIdSetIterator it = it(i);
    int d = it.docID();
    return d < target ? it.advance(target) : d;
  }

  /** {@link #competitive}, each group scored again from the clauses that may still match. */
  private boolean competitiveRescoring(int target) throws IOException {
    for (int k = 0; k < leadCount; k++) {
      possible[lead[k]] = its[lead[k]].docID() == target;
    }
    for (int k = 0; k < checkCount; k++) {
      possible[check[k]] = true;
    }
    float min = toBeat(target, sum.sum(possible, groupBounds));
    if (min == Float.POSITIVE_INFINITY) {
      return false;
    }
    for (int k = 0; k < checkCount; k++) {
      int i = check[k];
      if (on(i, target) != target) {
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
            int d = on(lead[k], target);
            if (d < min) {
              min = d;
            }
          }
          if (requiredGroups > 0 && min != NO_MORE_DOCS) {
            // not on a clause of every required group: leap to where one may be
            int next = requiredFrom(min);
            if (next != min) {
              if (next == NO_MORE_DOCS) {
                return doc = NO_MORE_DOCS;
              }
              target = next;
              continue;
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
