package io.namesearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesUtils;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefIterator;

/**
 * The weight of a {@link TieredNameQuery}. On each segment it looks up the terms of all its term
 * and term-set clauses itself: one terms enumeration per field, the terms in order (so that each
 * seek starts from the last), which gives each such clause its exact cost before any postings are
 * read; a clause's postings are opened only when {@link TieredScorer} first needs them. A typo
 * clause's terms are those of its automaton's intersection with the field's terms, so its cost is
 * exact too. Other clauses are searched through their own weights, outside the query cache: filling
 * the cache would read a whole clause that pruning would only sample.
 */
final class TieredWeight extends Weight {

  /** A term of a terms clause. */
  private record ClauseTerm(BytesRef term, int clause) {}

  private final IndexSearcher searcher;
  private final Query[] queries;

  /** Each non-terms clause's weight; null for the terms clauses, which are read directly. */
  private final Weight[] weights;

  /** Each terms clause's field and weight for explanations and matches, made on first use. */
  private final AtomicReferenceArray<Weight> termWeights;

  /** The terms of the terms clauses by field, each field's in term order. */
  private final Map<String, ClauseTerm[]> termsByField = new LinkedHashMap<>();

  /** The typo clauses, by clause index. */
  private final Map<Integer, TypoQuery> typos = new LinkedHashMap<>();

  private final int[] groupOf;
  private final String[] tierOf;
  private final TieredScoreSum sum;

  TieredWeight(TieredNameQuery query, IndexSearcher searcher, float boost) throws IOException {
    super(query);
    this.searcher = searcher;
    List<Query> qs = new ArrayList<>();
    List<Float> scores = new ArrayList<>();
    List<Integer> groups = new ArrayList<>();
    List<String> tiers = new ArrayList<>();
    float[] ties = new float[query.groups().size()];
    for (int g = 0; g < ties.length; g++) {
      TieredNameQuery.Group group = query.groups().get(g);
      ties[g] = group.tieBreaker();
      for (TieredNameQuery.Clause c : group.clauses()) {
        qs.add(c.query());
        scores.add(c.score() * boost);
        groups.add(g);
        tiers.add(c.tier());
      }
    }
    int n = qs.size();
    this.queries = qs.toArray(Query[]::new);
    this.weights = new Weight[n];
    this.termWeights = new AtomicReferenceArray<>(n);
    this.groupOf = new int[n];
    this.tierOf = tiers.toArray(String[]::new);
    float[] s = new float[n];
    Map<String, List<ClauseTerm>> byField = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      s[i] = scores.get(i);
      groupOf[i] = groups.get(i);
      Query q = queries[i];
      if (q instanceof TermQuery tq) {
        byField
            .computeIfAbsent(tq.getTerm().field(), f -> new ArrayList<>())
            .add(new ClauseTerm(tq.getTerm().bytes(), i));
      } else if (q instanceof TermInSetQuery ts) {
        List<ClauseTerm> list = byField.computeIfAbsent(ts.getField(), f -> new ArrayList<>());
        BytesRefIterator it = ts.getBytesRefIterator();
        for (BytesRef t = it.next(); t != null; t = it.next()) {
          list.add(new ClauseTerm(BytesRef.deepCopyOf(t), i));
        }
      } else if (q instanceof TypoQuery typo) {
        typos.put(i, typo);
      } else {
        weights[i] = q.createWeight(searcher, ScoreMode.COMPLETE_NO_SCORES, 1f);
      }
    }
    byField.forEach(
        (field, list) -> {
          ClauseTerm[] sorted = list.toArray(ClauseTerm[]::new);
          Arrays.sort(sorted, (a, b) -> a.term().compareTo(b.term()));
          termsByField.put(field, sorted);
        });
    this.sum = new TieredScoreSum(s, groupOf, ties);
  }

  /** Clause {@code i}'s own weight, for explanations and matches. */
  private Weight weight(int i) throws IOException {
    if (weights[i] != null) {
      return weights[i];
    }
    Weight w = termWeights.get(i);
    if (w == null) {
      w = searcher.createWeight(searcher.rewrite(queries[i]), ScoreMode.COMPLETE_NO_SCORES, 1f);
      termWeights.compareAndSet(i, null, w);
    }
    return w;
  }

  @Override
  public Matches matches(LeafReaderContext context, int doc) throws IOException {
    List<Matches> subs = new ArrayList<>();
    for (int i = 0; i < queries.length; i++) {
      Matches m = weight(i).matches(context, doc);
      if (m != null) {
        subs.add(m);
      }
    }
    return MatchesUtils.fromSubMatches(subs);
  }

  @Override
  public Explanation explain(LeafReaderContext context, int doc) throws IOException {
    Explanation[] each = new Explanation[queries.length];
    boolean[] matched = new boolean[queries.length];
    for (int i = 0; i < queries.length; i++) {
      each[i] = weight(i).explain(context, doc);
      matched[i] = each[i].isMatch();
    }
    return sum.explain(matched, queries, tierOf);
  }

  @Override
  public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
    int n = queries.length;
    TieredScorer.Clause[] clauses = new TieredScorer.Clause[n];
    long[] costs = new long[n];
    boolean[] exact = new boolean[n];
    for (Map.Entry<String, ClauseTerm[]> e : termsByField.entrySet()) {
      Terms terms = context.reader().terms(e.getKey());
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      for (ClauseTerm t : e.getValue()) {
        if (te.seekExact(t.term())) {
          int i = t.clause();
          TermPostings p = (TermPostings) clauses[i];
          if (p == null) {
            clauses[i] = p = new TermPostings(te, context.reader().maxDoc());
          }
          p.add(t.term(), te.termState());
          costs[i] += te.docFreq();
          exact[i] = true;
        }
      }
    }
    for (Map.Entry<Integer, TypoQuery> e : typos.entrySet()) {
      Terms terms = context.reader().terms(e.getValue().getField());
      if (terms == null) {
        continue;
      }
      TermsEnum matching = e.getValue().compiled().getTermsEnum(terms);
      TermPostings p = null;
      long c = 0;
      for (BytesRef t = matching.next(); t != null; t = matching.next()) {
        if (p == null) {
          p = new TermPostings(terms.iterator(), context.reader().maxDoc());
        }
        p.add(BytesRef.deepCopyOf(t), matching.termState());
        c += matching.docFreq();
      }
      if (p != null) {
        int i = e.getKey();
        clauses[i] = p;
        costs[i] = c;
        exact[i] = true;
      }
    }
    for (int i = 0; i < n; i++) {
      if (weights[i] != null) {
        ScorerSupplier ss = weights[i].scorerSupplier(context);
        if (ss != null) {
          costs[i] = ss.cost();
          clauses[i] = new Supplied(ss);
        }
      }
    }
    long total = 0;
    int present = 0;
    for (int i = 0; i < n; i++) {
      if (clauses[i] != null) {
        present++;
        total += costs[i];
      }
    }
    if (present == 0) {
      return null;
    }
    long totalCost = total;
    int count = present;
    return new ScorerSupplier() {
      @Override
      public Scorer get(long leadCost) {
        TieredScorer.Clause[] sub = new TieredScorer.Clause[count];
        long[] c = new long[count];
        boolean[] estimated = new boolean[count];
        float[] s = new float[count];
        int[] g = new int[count];
        long[] groupCost = new long[sum.groups()];
        int k = 0;
        for (int i = 0; i < n; i++) {
          if (clauses[i] != null) {
            sub[k] = clauses[i] instanceof Supplied sup ? sup.withLeadCost(leadCost) : clauses[i];
            c[k] = costs[i];
            estimated[k] = !exact[i];
            s[k] = sum.score(i);
            g[k] = groupOf[i];
            if (exact[i]) {
              groupCost[g[k]] += c[k];
            }
            k++;
          }
        }
        // A multi-term (typo) clause only estimates its cost, often badly; it matches at least
        // the documents of its own key, so count it as expensive as its group's terms together:
        // it then leads only when nothing cheaper can.
        for (k = 0; k < count; k++) {
          if (estimated[k]) {
            c[k] = Math.max(c[k], groupCost[g[k]]);
          }
        }
        float[] ties = new float[sum.groups()];
        for (int x = 0; x < ties.length; x++) {
          ties[x] = sum.tieBreaker(x);
        }
        return new TieredScorer(sub, c, estimated, new TieredScoreSum(s, g, ties));
      }

      @Override
      public long cost() {
        return totalCost;
      }
    };
  }

  /** A clause searched through its own weight. */
  private record Supplied(ScorerSupplier supplier, long leadCost) implements TieredScorer.Clause {
    Supplied(ScorerSupplier supplier) {
      this(supplier, Long.MAX_VALUE);
    }

    Supplied withLeadCost(long cost) {
      return new Supplied(supplier, cost);
    }

    @Override
    public DocIdSetIterator iterator() throws IOException {
      return supplier.get(leadCost).iterator();
    }
  }

  @Override
  public boolean isCacheable(LeafReaderContext ctx) {
    for (Weight w : weights) {
      if (w != null && !w.isCacheable(ctx)) {
        return false;
      }
    }
    return true;
  }
}
