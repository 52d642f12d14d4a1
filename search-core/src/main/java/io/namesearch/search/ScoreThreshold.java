package io.namesearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.FilterScorable;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;

/**
 * Keeps only the hits whose normalised score reaches a minimum. The raw minimum is also passed to
 * the query as its minimum competitive score, so that the search skips what cannot reach it.
 */
final class ScoreThreshold {

  private ScoreThreshold() {}

  /**
   * The top hits of {@code top} whose normalised score is at least {@code min}; all of them when
   * {@code normalizer} is null.
   */
  static CollectorManager<Collector, TopFieldDocs> wrap(
      TopFieldCollectorManager top, DoubleUnaryOperator normalizer, double min) {
    List<TopFieldCollector> made = new ArrayList<>();
    return new CollectorManager<>() {
      @Override
      public Collector newCollector() throws IOException {
        TopFieldCollector c = top.newCollector();
        synchronized (made) {
          made.add(c);
        }
        return normalizer == null ? c : new Filtered(c, normalizer, min);
      }

      @Override
      public TopFieldDocs reduce(Collection<Collector> collectors) throws IOException {
        synchronized (made) {
          return top.reduce(made);
        }
      }
    };
  }

  /** The lowest raw score whose normalised score is at least {@code min}, or a little less. */
  private static float rawMinimum(DoubleUnaryOperator normalizer, double min) {
    // the normaliser is monotonic: search by bisection over raw scores
    double lo = 0;
    double hi = 1;
    while (normalizer.applyAsDouble(hi) < min && hi < 1e30) {
      hi *= 2;
    }
    for (int i = 0; i < 100; i++) {
      double mid = (lo + hi) / 2;
      if (normalizer.applyAsDouble(mid) >= min) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return Math.nextDown((float) lo);
  }

  private static final class Filtered extends FilterCollector {
    private final DoubleUnaryOperator normalizer;
    private final double min;
    private final float rawMin;

    Filtered(Collector in, DoubleUnaryOperator normalizer, double min) {
      super(in);
      this.normalizer = normalizer;
      this.min = min;
      this.rawMin = rawMinimum(normalizer, min);
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      boolean prune = in.scoreMode() == ScoreMode.TOP_SCORES;
      return new FilterLeafCollector(super.getLeafCollector(context)) {
        private Scorable scorer;

        @Override
        public void setScorer(Scorable scorer) throws IOException {
          this.scorer = scorer;
          if (prune) {
            scorer.setMinCompetitiveScore(rawMin);
            in.setScorer(
                new FilterScorable(scorer) {
                  @Override
                  public void setMinCompetitiveScore(float minScore) throws IOException {
                    in.setMinCompetitiveScore(Math.max(minScore, rawMin));
                  }
                });
          } else {
            in.setScorer(scorer);
          }
        }

        @Override
        public void collect(int doc) throws IOException {
          if (normalizer.applyAsDouble(scorer.score()) >= min) {
            in.collect(doc);
          }
        }
      };
    }
  }
}
