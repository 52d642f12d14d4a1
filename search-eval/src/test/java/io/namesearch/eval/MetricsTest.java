package io.namesearch.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MetricsTest {

  private static final double EPS = 1e-12;

  @Test
  void averagePrecisionRecallAndPrecisionAtR() {
    // Own doc 5 is skipped: ranks 1..4 are 1, 7, 2, 9; relevant 1 (rank 1) and 2 (rank 3).
    Metrics.Scores s = Metrics.score(new int[] {5, 1, 7, 2, 9}, new int[] {3, 2, 1}, 5, 1000);
    assertEquals((1.0 + 2.0 / 3) / 3, s.averagePrecision(), EPS);
    assertEquals(2.0 / 3, s.recall(), EPS);
    assertEquals(2.0 / 3, s.precisionAtR(), EPS);
  }

  @Test
  void depthCutsTheRankingAfterTheOwnDocument() {
    Metrics.Scores s = Metrics.score(new int[] {5, 1, 7, 2, 9}, new int[] {1, 2, 3}, 5, 2);
    assertEquals(1.0 / 3, s.averagePrecision(), EPS);
    assertEquals(1.0 / 3, s.recall(), EPS);
    assertEquals(1.0 / 3, s.precisionAtR(), EPS);
  }

  @Test
  void perfectAndEmptyRankings() {
    Metrics.Scores perfect = Metrics.score(new int[] {4, 2, 0}, new int[] {4, 2}, 0, 10);
    assertEquals(1.0, perfect.averagePrecision(), EPS);
    assertEquals(1.0, perfect.recall(), EPS);
    assertEquals(1.0, perfect.precisionAtR(), EPS);
    Metrics.Scores none = Metrics.score(new int[0], new int[] {4}, 0, 10);
    assertEquals(0.0, none.averagePrecision(), EPS);
    assertEquals(0.0, none.recall(), EPS);
    assertEquals(0.0, none.precisionAtR(), EPS);
    assertThrows(
        IllegalArgumentException.class, () -> Metrics.score(new int[] {1}, new int[0], 0, 1));
  }

  @Test
  void meanAveragesQueries() {
    Metrics.Mean m = new Metrics.Mean();
    m.add(new Metrics.Scores(1.0, 1.0, 0.5));
    m.add(new Metrics.Scores(0.0, 0.5, 0.0));
    assertEquals(2, m.queries());
    assertEquals(0.5, m.map(), EPS);
    assertEquals(0.75, m.recall(), EPS);
    assertEquals(0.25, m.precisionAtR(), EPS);
  }
}
