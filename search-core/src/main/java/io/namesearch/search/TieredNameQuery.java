package io.namesearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesUtils;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;

/**
 * The tiered name query as one query: a sum over groups (one per query word, plus one per joined
 * word) of a disjunction-max over constant-score clauses (the word's tiers and fields).
 *
 * <p>It scores exactly as {@code BooleanQuery} of SHOULD {@code DisjunctionMaxQuery} clauses over
 * {@code BoostQuery(ConstantScoreQuery(q), score)} would: per group, the best clause score plus
 * the tie-breaker times the others (summed in double, as Lucene does), summed over groups. What it
 * adds is pruning in the way of MaxScore: once the collector reports a minimum competitive score,
 * the clauses are split into a non-essential set, whose best possible score together is below
 * that minimum, and the essential rest; only the essential clauses lead the iteration, the others
 * are only checked on the documents found. Constant-score tiers make scores tie a lot, so a top k
 * of documents that match every tier of a name fills early; then the rare clauses alone lead, or,
 * when no document can beat the k-th, the search stops. Lucene's {@code DisjunctionMaxQuery}
 * cannot skip with a non-zero tie-breaker, and {@code BooleanQuery} does not pass the minimum
 * score down to its clauses.
 */
final class TieredNameQuery extends Query {

  /**
   * One clause: a query that matches, the constant score it contributes, and the name of its tier
   * (for explanations; empty when it has none).
   */
  record Clause(Query query, float score, String tier) {
    Clause(Query query, float score) {
      this(query, score, "");
    }

    Clause {
      Objects.requireNonNull(query, "query");
      Objects.requireNonNull(tier, "tier");
      if (!(score > 0f) || !Float.isFinite(score)) {
        throw new IllegalArgumentException("clause score must be positive and finite: " + score);
      }
    }
  }

  /** One group of clauses scored as a disjunction-max with this tie-breaker. */
  record Group(List<Clause> clauses, float tieBreaker) {
    Group {
      clauses = List.copyOf(clauses);
      if (clauses.isEmpty()) {
        throw new IllegalArgumentException("empty group");
      }
      if (tieBreaker < 0f || tieBreaker > 1f) {
        throw new IllegalArgumentException("tie-breaker must be in [0, 1]: " + tieBreaker);
      }
    }
  }

  private final List<Group> groups;

  TieredNameQuery(List<Group> groups) {
    this.groups = List.copyOf(groups);
    if (this.groups.isEmpty()) {
      throw new IllegalArgumentException("no groups");
    }
  }

  List<Group> groups() {
    return groups;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    boolean changed = false;
    List<Group> rewritten = new ArrayList<>(groups.size());
    for (Group g : groups) {
      List<Clause> clauses = new ArrayList<>(g.clauses().size());
      for (Clause c : g.clauses()) {
        Query r = c.query().rewrite(searcher);
        changed |= r != c.query();
        clauses.add(new Clause(r, c.score(), c.tier()));
      }
      rewritten.add(new Group(clauses, g.tieBreaker()));
    }
    return changed ? new TieredNameQuery(rewritten) : this;
  }

  @Override
  public void visit(QueryVisitor visitor) {
    QueryVisitor v = visitor.getSubVisitor(BooleanClause.Occur.SHOULD, this);
    for (Group g : groups) {
      for (Clause c : g.clauses()) {
        c.query().visit(v);
      }
    }
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    List<Weight> weights = new ArrayList<>();
    List<Float> scores = new ArrayList<>();
    List<String> tierOf = new ArrayList<>();
    List<Integer> groupOf = new ArrayList<>();
    List<Boolean> exactCost = new ArrayList<>();
    float[] ties = new float[groups.size()];
    for (int g = 0; g < groups.size(); g++) {
      ties[g] = groups.get(g).tieBreaker();
      for (Clause c : groups.get(g).clauses()) {
        weights.add(searcher.createWeight(c.query(), ScoreMode.COMPLETE_NO_SCORES, 1f));
        exactCost.add(c.query() instanceof TermQuery);
        scores.add(c.score() * boost);
        tierOf.add(c.tier());
        groupOf.add(g);
      }
    }
    float[] s = new float[scores.size()];
    int[] gr = new int[scores.size()];
    boolean[] ec = new boolean[scores.size()];
    for (int i = 0; i < s.length; i++) {
      s[i] = scores.get(i);
      gr[i] = groupOf.get(i);
      ec[i] = exactCost.get(i);
    }
    return new TieredWeight(
        this, weights.toArray(Weight[]::new), s, gr, ec, ties, tierOf.toArray(String[]::new));
  }

  @Override
  public String toString(String field) {
    StringBuilder b = new StringBuilder("tiered(");
    for (int g = 0; g < groups.size(); g++) {
      if (g > 0) {
        b.append(' ');
      }
      b.append('(');
      List<Clause> clauses = groups.get(g).clauses();
      for (int i = 0; i < clauses.size(); i++) {
        if (i > 0) {
          b.append(" | ");
        }
        b.append(clauses.get(i).query().toString(field)).append('^').append(clauses.get(i).score());
      }
      b.append(")~").append(groups.get(g).tieBreaker());
    }
    return b.append(')').toString();
  }

  @Override
  public boolean equals(Object o) {
    return sameClassAs(o) && groups.equals(((TieredNameQuery) o).groups);
  }

  @Override
  public int hashCode() {
    return 31 * classHash() + groups.hashCode();
  }

  private static final class TieredWeight extends Weight {
    private final Weight[] weights;
    private final float[] scores;
    private final int[] groupOf;
    /** Whether a clause's cost is its exact document count (a term), not an estimate. */
    private final boolean[] exactCost;
    private final float[] ties;
    /** Each clause's tier name, for explanations. */
    private final String[] tierOf;

    TieredWeight(
        Query query,
        Weight[] weights,
        float[] scores,
        int[] groupOf,
        boolean[] exactCost,
        float[] ties,
        String[] tierOf) {
      super(query);
      this.tierOf = tierOf;
      this.weights = weights;
      this.scores = scores;
      this.groupOf = groupOf;
      this.exactCost = exactCost;
      this.ties = ties;
    }

    @Override
    public Matches matches(LeafReaderContext context, int doc) throws IOException {
      List<Matches> subs = new ArrayList<>();
      for (Weight w : weights) {
        Matches m = w.matches(context, doc);
        if (m != null) {
          subs.add(m);
        }
      }
      return MatchesUtils.fromSubMatches(subs);
    }

    @Override
    public Explanation explain(LeafReaderContext context, int doc) throws IOException {
      List<Explanation> details = new ArrayList<>();
      double total = 0;
      for (int g = 0; g < ties.length; g++) {
        float max = 0f;
        double other = 0;
        boolean any = false;
        List<Explanation> groupDetails = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
          if (groupOf[i] != g) {
            continue;
          }
          Explanation e = weights[i].explain(context, doc);
          if (e.isMatch()) {
            any = true;
            String tier = tierOf[i].isEmpty() ? "" : tierOf[i] + " tier, ";
            // as Lucene's ConstantScoreWeight explains itself: the score, and the query matched
            groupDetails.add(
                Explanation.match(
                    scores[i],
                    tier + "constant score of:",
                    Explanation.match(scores[i], weights[i].getQuery().toString())));
            if (scores[i] >= max) {
              other += max;
              max = scores[i];
            } else {
              other += scores[i];
            }
          }
        }
        if (any) {
          float groupScore = (float) (max + other * ties[g]);
          total += groupScore;
          details.add(
              Explanation.match(
                  groupScore, "max plus " + ties[g] + " times others of:", groupDetails));
        }
      }
      if (details.isEmpty()) {
        return Explanation.noMatch("no tier matched");
      }
      return Explanation.match((float) total, "sum of:", details);
    }

    @Override
    public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
      List<ScorerSupplier> subs = new ArrayList<>();
      List<Integer> index = new ArrayList<>();
      long cost = 0;
      for (int i = 0; i < weights.length; i++) {
        ScorerSupplier ss = weights[i].scorerSupplier(context);
        if (ss != null) {
          subs.add(ss);
          index.add(i);
          cost += ss.cost();
        }
      }
      if (subs.isEmpty()) {
        return null;
      }
      long totalCost = cost;
      return new ScorerSupplier() {
        @Override
        public Scorer get(long leadCost) {
          int n = subs.size();
          float[] s = new float[n];
          int[] g = new int[n];
          long[] costs = new long[n];
          long[] groupCost = new long[ties.length];
          for (int k = 0; k < n; k++) {
            s[k] = scores[index.get(k)];
            g[k] = groupOf[index.get(k)];
            costs[k] = subs.get(k).cost();
            if (exactCost[index.get(k)]) {
              groupCost[g[k]] += costs[k];
            }
          }
          // A multi-term (typo) clause only estimates its cost, often badly; it matches at least
          // the documents of its own key, so count it as expensive as its group's terms together:
          // it then leads only when nothing cheaper can.
          for (int k = 0; k < n; k++) {
            if (!exactCost[index.get(k)]) {
              costs[k] = Math.max(costs[k], groupCost[g[k]]);
            }
          }
          boolean[] estimated = new boolean[n];
          for (int k = 0; k < n; k++) {
            estimated[k] = !exactCost[index.get(k)];
          }
          return new TieredScorer(
              subs.toArray(ScorerSupplier[]::new), costs, estimated, leadCost, s, g, ties);
        }

        @Override
        public long cost() {
          return totalCost;
        }
      };
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
      for (Weight w : weights) {
        if (!w.isCacheable(ctx)) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * Scores the clauses of one segment; leads the iteration with the essential clauses only (see
   * the class comment).
   */
  static final class TieredScorer extends Scorer {
    /** A lead matching more documents than this is worth knowing the estimated costs for. */
    static final long RESOLVE_COSTS_ABOVE = 256;

    private final ScorerSupplier[] subs;
    private final long leadCost;
    /** Each clause's iterator, created on first use: a clause never needed costs no more work. */
    private final DocIdSetIterator[] its;
    /** Each clause's cost; an estimate until its iterator exists, when {@code estimated}. */
    private final long[] costs;
    private final boolean[] estimated;
    private final float[] scores;
    private final int[] groupOf;
    private final float[] ties;
    /** The clause indices of each group. */
    private final int[][] groupClauses;
    private final long cost;
    private final float maxScore;
    private final int[] byScoreDesc;
    /** Clause indices, most expensive first: the first to leave the lead. */
    private int[] byCostDesc;
    /** Clause indices, highest score per cost first: the first to join the lead. */
    private int[] byValue;
    /** Leading (essential) clause indices: {@code lead[0, leadCount)}. */
    private final int[] lead;
    private int leadCount;
    /** The other (non-essential) clause indices, best score first: {@code check[0, checkCount)}. */
    private final int[] check;
    private int checkCount;
    /** Per clause, while checking a candidate: may it match (matched, or not yet checked)? */
    private final boolean[] possible;
    private float minCompetitive;
    private int doc = -1;

    TieredScorer(
        ScorerSupplier[] subs,
        long[] costs,
        boolean[] estimated,
        long leadCost,
        float[] scores,
        int[] groupOf,
        float[] ties) {
      int n = subs.length;
      this.subs = subs;
      this.costs = costs;
      this.estimated = estimated;
      this.leadCost = leadCost;
      this.its = new DocIdSetIterator[n];
      this.scores = scores;
      this.groupOf = groupOf;
      this.ties = ties;
      long c = 0;
      for (ScorerSupplier sub : subs) {
        c += sub.cost();
      }
      this.cost = c;
      int[] groupSize = new int[ties.length];
      for (int g : groupOf) {
        groupSize[g]++;
      }
      this.groupClauses = new int[ties.length][];
      for (int g = 0; g < ties.length; g++) {
        groupClauses[g] = new int[groupSize[g]];
        groupSize[g] = 0;
      }
      for (int i = 0; i < n; i++) {
        groupClauses[groupOf[i]][groupSize[groupOf[i]]++] = i;
      }
      this.possible = new boolean[n];
      Arrays.fill(possible, true);
      this.maxScore = bound(possible);
      this.byScoreDesc = order(Comparator.comparingDouble((Integer i) -> -scores[i]));
      orderByCost();
      this.lead = new int[n];
      for (int i = 0; i < n; i++) {
        lead[i] = i;
      }
      this.leadCount = n;
      this.check = new int[n];
    }

    private int[] order(Comparator<Integer> comparator) {
      Integer[] order = new Integer[its.length];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, comparator);
      int[] out = new int[order.length];
      for (int i = 0; i < out.length; i++) {
        out[i] = order[i];
      }
      return out;
    }

    private void orderByCost() {
      byCostDesc = order(Comparator.comparingLong((Integer i) -> -costs[i]));
      byValue = order(Comparator.comparingDouble((Integer i) -> -scores[i] / (costs[i] + 1.0)));
    }

    private DocIdSetIterator it(int i) throws IOException {
      DocIdSetIterator it = its[i];
      if (it == null) {
        it = its[i] = subs[i].get(leadCost).iterator();
        if (estimated[i]) {
          costs[i] = it.cost();
          estimated[i] = false;
        }
      }
      return it;
    }

    /**
     * The best score a document can get from the chosen clauses alone, computed as {@link #score}
     * does, so that it bounds every real score from above (rounding is monotone).
     */
    private float bound(boolean[] chosen) {
      double total = 0;
      for (int g = 0; g < groupClauses.length; g++) {
        float max = 0f;
        double sum = 0;
        for (int i : groupClauses[g]) {
          if (chosen[i]) {
            float s = scores[i];
            sum += s;
            if (s > max) {
              max = s;
            }
          }
        }
        if (sum > 0) {
          total += (float) (max + (sum - max) * ties[g]);
        }
      }
      return (float) total;
    }

    @Override
    public void setMinCompetitiveScore(float minScore) throws IOException {
      if (minScore <= minCompetitive) {
        return;
      }
      minCompetitive = minScore;
      boolean[] nonEssential = new boolean[its.length];
      while (true) {
        partition(minScore, nonEssential);
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
        orderByCost();
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
     * Splits the clauses into the lead and the non-essential rest, whose best score together is
     * below {@code minScore}: takes clauses into the lead, best score per cost first, until the
     * rest can no longer reach the minimum; then gives back to the rest any lead clause it can
     * take without reaching it, most expensive first.
     */
    private void partition(float minScore, boolean[] nonEssential) {
      Arrays.fill(nonEssential, true);
      for (int i : byValue) {
        if (bound(nonEssential) < minScore) {
          break;
        }
        nonEssential[i] = false;
      }
      for (int i : byCostDesc) {
        if (!nonEssential[i]) {
          nonEssential[i] = true;
          if (bound(nonEssential) >= minScore) {
            nonEssential[i] = false;
          }
        }
      }
    }

    /**
     * Whether the candidate {@code target}, on which the lead clauses stand, can reach the minimum
     * competitive score: checks the non-essential clauses, best first, and gives up as soon as
     * the clauses that may still match cannot reach it. Leaves every checked clause on or after
     * the candidate, as {@link #score} expects.
     */
    private boolean competitive(int target) throws IOException {
      for (int k = 0; k < leadCount; k++) {
        possible[lead[k]] = its[lead[k]].docID() == target;
      }
      for (int k = 0; k < checkCount; k++) {
        possible[check[k]] = true;
      }
      if (bound(possible) < minCompetitive) {
        return false;
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
          if (bound(possible) < minCompetitive) {
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
            if (min == NO_MORE_DOCS || checkCount == 0 || competitive(min)) {
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
      double total = 0;
      for (int g = 0; g < groupClauses.length; g++) {
        float max = 0f;
        double others = -1; // -1: no clause of the group matched
        for (int i : groupClauses[g]) {
          DocIdSetIterator it = its[i];
          if (it == null) {
            it = it(i);
          }
          int d = it.docID();
          if (d < doc) {
            d = it.advance(doc);
          }
          if (d == doc) {
            float s = scores[i];
            if (others < 0) {
              others = 0;
            }
            // As DisjunctionMaxScorer: the best score, and the sum of the others (exact in
            // double whatever the order, for a few floats of similar size).
            if (s >= max) {
              others += max;
              max = s;
            } else {
              others += s;
            }
          }
        }
        if (others >= 0) {
          total += (float) (max + others * ties[g]);
        }
      }
      return (float) total;
    }

    @Override
    public float getMaxScore(int upTo) {
      return maxScore;
    }
  }
}
