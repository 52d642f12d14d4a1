package io.namesearch.eval;

import java.util.Map;
import java.util.TreeMap;

/**
 * Document-level ranking measures of one query, and their means: MAP@100, P@10, nDCG@10,
 * recall@100, MRR and the trap rate (the share of queries whose top 10 holds a trap document, a
 * namesake's or a co-occurrence, ranked above a relevant one). Per relevant-document label it also
 * counts the documents found in the top 100 and those ranked above every trap document.
 */
final class DocumentMetrics {

  static final int DEPTH = 100;
  static final int TOP = 10;

  /** The scores of one query. */
  record Scores(double ap, double p10, double ndcg10, double recall, double rr, boolean trapped) {}

  private DocumentMetrics() {}

  /**
   * Scores a ranking (document ordinals, best first; only the first {@value #DEPTH} count). Returns
   * null for a query with no relevant document.
   */
  static Scores score(int[] ranking, DocumentCorpus.Query q, Map<String, LabelCount> byLabel) {
    Map<Integer, Integer> grades = q.grades();
    int r = grades.size();
    if (r == 0) {
      return null;
    }
    int n = Math.min(DEPTH, ranking.length);
    int found = 0;
    double precisionSum = 0;
    int inTop = 0;
    double dcg = 0;
    double rr = 0;
    boolean trapped = false;
    int firstTrap = Integer.MAX_VALUE;
    for (int i = 0; i < n; i++) {
      Integer g = grades.get(ranking[i]);
      if (g != null) {
        found++;
        precisionSum += (double) found / (i + 1);
        if (i < TOP) {
          inTop++;
          dcg += (Math.pow(2, g) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        if (rr == 0) {
          rr = 1.0 / (i + 1);
        }
      } else if (DocumentCorpus.TRAP_LABELS.contains(q.labels().getOrDefault(ranking[i], ""))) {
        firstTrap = Math.min(firstTrap, i);
        if (i < TOP && found < r) {
          trapped = true; // a relevant document ranks below it, or is not in the list
        }
      }
    }
    int[] ideal = grades.values().stream().mapToInt(Integer::intValue).sorted().toArray();
    double idcg = 0;
    for (int i = 0; i < Math.min(TOP, ideal.length); i++) {
      int g = ideal[ideal.length - 1 - i];
      idcg += (Math.pow(2, g) - 1) / (Math.log(i + 2) / Math.log(2));
    }
    if (byLabel != null) {
      Map<Integer, Integer> rankOf = new java.util.HashMap<>();
      for (int i = 0; i < n; i++) {
        rankOf.putIfAbsent(ranking[i], i);
      }
      for (int doc : grades.keySet()) {
        String label = q.labels().getOrDefault(doc, "unlabelled");
        LabelCount c = byLabel.computeIfAbsent(label, k -> new LabelCount());
        c.documents++;
        Integer rank = rankOf.get(doc);
        if (rank != null) {
          c.found++;
          if (rank < firstTrap) {
            c.aboveTraps++;
          }
        }
      }
    }
    return new Scores(
        precisionSum / r,
        (double) inTop / TOP,
        idcg == 0 ? 0 : dcg / idcg,
        (double) found / r,
        rr,
        trapped);
  }

  /** Relevant documents of one label: how many, found in the top 100, above every trap. */
  static final class LabelCount {
    int documents;
    int found;
    int aboveTraps;
  }

  /** Running means of {@link Scores}. */
  static final class Mean {
    int queries;
    double ap;
    double p10;
    double ndcg10;
    double recall;
    double rr;
    int trapped;

    void add(Scores s) {
      queries++;
      ap += s.ap();
      p10 += s.p10();
      ndcg10 += s.ndcg10();
      recall += s.recall();
      rr += s.rr();
      trapped += s.trapped() ? 1 : 0;
    }

    Map<String, Double> values() {
      Map<String, Double> m = new java.util.LinkedHashMap<>();
      m.put("MAP@100", ap / queries);
      m.put("P@10", p10 / queries);
      m.put("nDCG@10", ndcg10 / queries);
      m.put("recall@100", recall / queries);
      m.put("MRR", rr / queries);
      m.put("trap rate", (double) trapped / queries);
      return m;
    }
  }

  /** Means by query type, with {@code all} for every query. */
  static Map<String, Mean> newSegments() {
    return new TreeMap<>();
  }
}
