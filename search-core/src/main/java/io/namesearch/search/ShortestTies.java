package io.namesearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Lets the tiered scorer pass over the documents that tie with the last of the top hits but are
 * longer than it. The top hits are ordered by score, then length ({@link ShorterFirst}), then id,
 * so the collector's minimum competitive score must let ties through, and a common name's tied
 * documents were all scored and compared. This collector keeps the (score, length) pairs of the top
 * hits beside the real collector's queue (the same multiset: a pair enters only when it beats the
 * worst), and once the real collector prunes at the worst pair's score, tells the {@link
 * TieredScorer} the worst pair's length: a tied document longer than that cannot enter.
 *
 * <p>For a first page sorted by score only (no cursor, no minimum score), which the caller checks:
 * the pairs seen must be exactly those the real collector ranks.
 */
final class ShortestTies extends FilterCollector {

  /** The heap of the top pairs, the worst first: lower score, or equal score and longer. */
  private final float[] scores;

  private final int[] lengths;
  private int count;

  private ShortestTies(Collector in, int size) {
    super(in);
    scores = new float[size];
    lengths = new int[size];
  }

  /** Each of {@code manager}'s collectors, as the top {@code size} hits, wrapped. */
  static <T> CollectorManager<Collector, T> wrap(CollectorManager<Collector, T> manager, int size) {
    return new CollectorManager<>() {
      @Override
      public Collector newCollector() throws IOException {
        return new ShortestTies(manager.newCollector(), size);
      }

      @Override
      public T reduce(Collection<Collector> collectors) throws IOException {
        List<Collector> inner = new ArrayList<>(collectors.size());
        for (Collector c : collectors) {
          inner.add(((ShortestTies) c).in);
        }
        return manager.reduce(inner);
      }
    };
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
    LeafCollector leaf = super.getLeafCollector(context);
    if (in.scoreMode() != ScoreMode.TOP_SCORES) {
      return leaf;
    }
    return new FilterLeafCollector(leaf) {
      private Scorable scorer;
      private TieredScorer tiered;
      private ShorterFirst.Lengths docLengths;
      private float score;
      private float pruned = Float.NaN;

      @Override
      public void setScorer(Scorable scorer) throws IOException {
        this.scorer = scorer;
        this.tiered = scorer instanceof TieredScorer t ? t : null;
        if (tiered == null) {
          // Nothing to tell (a filtered query's scorer): pass through, no lengths, no heap. The
          // heap then holds a subset of the queue's pairs, whose worst is never better than the
          // queue's, so other leaves skip fewer ties, never more.
          in.setScorer(scorer);
          return;
        }
        if (docLengths == null) {
          docLengths = new ShorterFirst.Lengths(context);
        }
        in.setScorer(
            new Scorable() {
              @Override
              public float score() {
                return score;
              }

              @Override
              public void setMinCompetitiveScore(float minScore) throws IOException {
                pruned = minScore;
                scorer.setMinCompetitiveScore(minScore);
              }
            });
      }

      @Override
      public void collect(int doc) throws IOException {
        if (tiered == null) {
          in.collect(doc);
          return;
        }
        score = scorer.score();
        offer(score, docLengths.length(doc));
        in.collect(doc);
        if (count == scores.length && pruned == scores[0]) {
          tiered.setTieBreak(scores[0], lengths[0], docLengths);
        }
      }
    };
  }

  /** Takes the pair into the top when the heap has room or the pair beats its worst. */
  private void offer(float score, int length) {
    if (count < scores.length) {
      scores[count] = score;
      lengths[count] = length;
      up(count++);
    } else if (worse(0, score, length)) {
      scores[0] = score;
      lengths[0] = length;
      down(0);
    }
  }

  /** Whether the pair at {@code i} is worse than (score, length). */
  private boolean worse(int i, float score, int length) {
    return scores[i] < score || (scores[i] == score && lengths[i] > length);
  }

  private void up(int i) {
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (!worse(i, scores[parent], lengths[parent])) {
        return;
      }
      swap(i, parent);
      i = parent;
    }
  }

  private void down(int i) {
    while (true) {
      int worst = i;
      for (int c = 2 * i + 1; c <= 2 * i + 2 && c < count; c++) {
        if (worse(c, scores[worst], lengths[worst])) {
          worst = c;
        }
      }
      if (worst == i) {
        return;
      }
      swap(i, worst);
      i = worst;
    }
  }

  private void swap(int a, int b) {
    float s = scores[a];
    scores[a] = scores[b];
    scores[b] = s;
    int l = lengths[a];
    lengths[a] = lengths[b];
    lengths[b] = l;
  }
}
