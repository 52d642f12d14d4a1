package io.namesearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import org.apache.lucene.search.DocIdSetIterator;
import org.junit.jupiter.api.Test;

/**
 * The tiered scorer's pruning, against brute force on random clauses: while a rising minimum
 * competitive score is set after each document it returns, it returns every document that scores at
 * least the minimum in force when the iteration passed it, each with its brute-force score. Two to
 * four groups with high minimums make whole groups required (the scorer leaps to their clauses, as
 * a conjunction does); scores of one magnitude take the running bounds, scores of far apart
 * magnitudes the bounds scored again.
 */
class TieredScorerPruningTest {

  private static final int DOCS = 3000;

  @Test
  void returnsEveryDocumentThatCanStillCompete() throws IOException {
    Random random = new Random(20261208);
    int requiredSeen = 0;
    int rescoredSeen = 0;
    for (int round = 0; round < 400; round++) {
      boolean farApart = round % 5 == 4;
      int groups = 1 + random.nextInt(4);
      int n = groups + random.nextInt(4 * groups + 1);
      int[] groupOf = new int[n];
      float[] scores = new float[n];
      int[][] postings = new int[n][];
      for (int i = 0; i < n; i++) {
        groupOf[i] = i < groups ? i : random.nextInt(groups);
        scores[i] =
            farApart && random.nextBoolean()
                ? 1e-9f * (1 + random.nextInt(5))
                : new float[] {1f, 0.8f, 0.5f, 0.4f, 0.2f}[random.nextInt(5)]
                    * (1 + random.nextInt(3));
        postings[i] = randomSet(random, 1 + random.nextInt(random.nextBoolean() ? 40 : 900));
      }
      float[] ties = new float[groups];
      for (int g = 0; g < groups; g++) {
        ties[g] = random.nextBoolean() ? 0.01f : 0f;
      }
      TieredScoreSum sum = new TieredScoreSum(scores, groupOf, ties);
      if (!farApart) {
        assertTrue(sum.exactSums(), "scores of one magnitude sum exactly");
      } else if (!sum.exactSums()) {
        rescoredSeen++;
      }
      float[] truth = new float[DOCS];
      boolean[] matched = new boolean[n];
      for (int d = 0; d < DOCS; d++) {
        for (int i = 0; i < n; i++) {
          matched[i] = Arrays.binarySearch(postings[i], d) >= 0;
        }
        truth[d] = sum.sum(matched);
      }
      TieredScorer.Clause[] clauses = new TieredScorer.Clause[n];
      long[] costs = new long[n];
      boolean[] estimated = new boolean[n];
      for (int i = 0; i < n; i++) {
        int[] docs = postings[i];
        clauses[i] = () -> new ArrayIterator(docs);
        costs[i] = docs.length;
      }
      TieredScorer scorer = new TieredScorer(clauses, costs, estimated, sum);
      DocIdSetIterator it = scorer.iterator();
      float min = 0f;
      int last = -1;
      // a minimum that climbs towards the best scores, as a collector's does
      float[] sorted = truth.clone();
      Arrays.sort(sorted);
      for (int d = it.nextDoc(); ; d = it.nextDoc()) {
        int upTo = d == DocIdSetIterator.NO_MORE_DOCS ? DOCS : d;
        for (int skipped = last + 1; skipped < upTo; skipped++) {
          assertTrue(
              truth[skipped] == 0f || truth[skipped] < min,
              "round " + round + ": doc " + skipped + " scores " + truth[skipped] + " >= " + min);
        }
        if (d == DocIdSetIterator.NO_MORE_DOCS) {
          break;
        }
        assertEquals(truth[d], scorer.score(), 0f, "round " + round + " doc " + d);
        last = d;
        if (random.nextInt(4) == 0) {
          float next = sorted[DOCS - 1 - random.nextInt(1 + random.nextInt(60))];
          if (next > min) {
            min = next;
            scorer.setMinCompetitiveScore(min);
          }
        }
      }
      if (groups > 1 && min > 0f) {
        requiredSeen++;
      }
    }
    assertTrue(requiredSeen > 50, "rounds of several groups with a minimum: " + requiredSeen);
    assertTrue(rescoredSeen > 20, "rounds with bounds scored again: " + rescoredSeen);
  }

  private static int[] randomSet(Random random, int size) {
    return random.ints(size, 0, DOCS).distinct().sorted().toArray();
  }

  /** The documents of a sorted array. */
  private static final class ArrayIterator extends DocIdSetIterator {
    private final int[] docs;
    private int i = -1;

    ArrayIterator(int[] docs) {
      this.docs = docs;
    }

    @Override
    public int docID() {
      return i < 0 ? -1 : i < docs.length ? docs[i] : NO_MORE_DOCS;
    }

    @Override
    public int nextDoc() {
      i++;
      return docID();
    }

    @Override
    public int advance(int target) {
      int d;
      while ((d = nextDoc()) < target) {
        // linear: the arrays are small
      }
      return d;
    }

    @Override
    public long cost() {
      return docs.length;
    }
  }
}
