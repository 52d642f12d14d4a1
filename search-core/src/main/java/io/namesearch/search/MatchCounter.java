package io.namesearch.search;

import io.namesearch.engine.MatchTier;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * Counts every matching document per tier (the weakest of its matched words' best tiers) and per
 * value of metadata keywords, in the same pass as the search: per query word and tier one iterator,
 * advanced only to the documents that match, and per key the keyword doc values.
 */
final class MatchCounter implements CollectorManager<MatchCounter.Counting, MatchCounter.Counts> {

  /** The counts of one search. */
  record Counts(Map<MatchTier, Long> tiers, Map<String, Map<String, Long>> values) {}

  private final List<MatchTier[]> tiersOfWord = new ArrayList<>();
  private final List<Weight[]> weights = new ArrayList<>();
  private final List<String> keys;

  MatchCounter(IndexSearcher searcher, List<Map<MatchTier, Query>> tierQueries, List<String> keys)
      throws IOException {
    this.keys = keys;
    for (Map<MatchTier, Query> word : tierQueries) {
      MatchTier[] tiers = word.keySet().toArray(MatchTier[]::new);
      Weight[] ws = new Weight[tiers.length];
      for (int t = 0; t < tiers.length; t++) {
        ws[t] =
            searcher.createWeight(
                searcher.rewrite(word.get(tiers[t])), ScoreMode.COMPLETE_NO_SCORES, 1f);
      }
      tiersOfWord.add(tiers);
      weights.add(ws);
    }
  }

  @Override
  public Counting newCollector() {
    return new Counting();
  }

  @Override
  public Counts reduce(Collection<Counting> collectors) {
    long[] tiers = new long[MatchTier.values().length];
    Map<String, Map<String, Long>> values = new LinkedHashMap<>();
    for (String k : keys) {
      values.put(k, new HashMap<>());
    }
    for (Counting c : collectors) {
      for (int i = 0; i < tiers.length; i++) {
        tiers[i] += c.tiers[i];
      }
      c.values.forEach((k, m) -> m.forEach((v, n) -> values.get(k).merge(v, n, Long::sum)));
    }
    Map<MatchTier, Long> t = new EnumMap<>(MatchTier.class);
    for (MatchTier tier : MatchTier.values()) {
      if (tiers[tier.ordinal()] > 0) {
        t.put(tier, tiers[tier.ordinal()]);
      }
    }
    Map<String, Map<String, Long>> sorted = new LinkedHashMap<>();
    values.forEach(
        (k, m) -> {
          Map<String, Long> s = new LinkedHashMap<>();
          m.entrySet().stream()
              .sorted(
                  Map.Entry.<String, Long>comparingByValue()
                      .reversed()
                      .thenComparing(Map.Entry.comparingByKey()))
              .forEach(e -> s.put(e.getKey(), e.getValue()));
          sorted.put(k, s);
        });
    return new Counts(t, sorted);
  }

  /** The collector of one search slice. */
  final class Counting implements Collector {
    private final long[] tiers = new long[MatchTier.values().length];
    private final Map<String, Map<String, Long>> values = new LinkedHashMap<>();

    Counting() {
      for (String k : keys) {
        values.put(k, new HashMap<>());
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      int words = weights.size();
      DocIdSetIterator[][] its = new DocIdSetIterator[words][];
      TwoPhaseIterator[][] twoPhase = new TwoPhaseIterator[words][];
      for (int w = 0; w < words; w++) {
        Weight[] ws = weights.get(w);
        its[w] = new DocIdSetIterator[ws.length];
        twoPhase[w] = new TwoPhaseIterator[ws.length];
        for (int t = 0; t < ws.length; t++) {
          Scorer scorer = ws[t].scorer(context);
          if (scorer != null) {
            twoPhase[w][t] = scorer.twoPhaseIterator();
            its[w][t] = twoPhase[w][t] == null ? scorer.iterator() : twoPhase[w][t].approximation();
          }
        }
      }
      SortedSetDocValues[] dv = new SortedSetDocValues[keys.size()];
      List<Map<Long, Long>> ords = new ArrayList<>(keys.size());
      for (int k = 0; k < dv.length; k++) {
        dv[k] = DocValues.getSortedSet(context.reader(), IndexFields.KEYWORD_PREFIX + keys.get(k));
        ords.add(new HashMap<>());
      }
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          if (words > 0) {
            int t = weakestTier(its, twoPhase, doc);
            if (t >= 0) {
              tiers[t]++;
            }
          }
          for (int k = 0; k < dv.length; k++) {
            if (dv[k].advanceExact(doc)) {
              Map<Long, Long> m = ords.get(k);
              for (int i = 0; i < dv[k].docValueCount(); i++) {
                m.merge(dv[k].nextOrd(), 1L, Long::sum);
              }
            }
          }
        }

        @Override
        public void finish() throws IOException {
          for (int k = 0; k < dv.length; k++) {
            Map<String, Long> m = values.get(keys.get(k));
            for (Map.Entry<Long, Long> e : ords.get(k).entrySet()) {
              m.merge(dv[k].lookupOrd(e.getKey()).utf8ToString(), e.getValue(), Long::sum);
            }
          }
        }
      };
    }

    /**
     * The tier of a hit: the weakest of its matched words' best tiers (as a {@link MatchTier}
     * ordinal), or -1 when no query word matched on its own (a joined word only).
     */
    private int weakestTier(DocIdSetIterator[][] its, TwoPhaseIterator[][] twoPhase, int doc)
        throws IOException {
      int weakest = -1;
      for (int w = 0; w < its.length; w++) {
        MatchTier[] tiers = tiersOfWord.get(w);
        for (int t = 0; t < its[w].length; t++) {
          DocIdSetIterator it = its[w][t];
          if (it == null) {
            continue;
          }
          if (it.docID() < doc) {
            it.advance(doc);
          }
          if (it.docID() == doc && (twoPhase[w][t] == null || twoPhase[w][t].matches())) {
            weakest = Math.max(weakest, tiers[t].ordinal());
            break;
          }
        }
      }
      return weakest;
    }
  }
}
