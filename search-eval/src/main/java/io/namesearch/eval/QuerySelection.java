package io.namesearch.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Which queries of a gold set {@code search eval} runs: only those of one kind ({@code --kind}), a
 * random sample in file order ({@code --sample} with {@code --seed}), and the first N ({@code
 * --max-queries}). Null means "all".
 */
record QuerySelection(String kind, Integer sample, long seed, Integer maxQueries) {

  /** The selected queries of {@code set}, read from {@code gold}, in file order. */
  List<GoldSet.Query> select(GoldSet set, Path gold) {
    List<GoldSet.Query> qs = new ArrayList<>(set.queries());
    if (kind != null) {
      String k = kind.strip();
      qs.removeIf(q -> !q.row().kind().equalsIgnoreCase(k));
      if (qs.isEmpty()) {
        throw new IllegalArgumentException("--kind: no queries of kind '" + kind + "' in " + gold);
      }
    }
    if (sample != null && sample < qs.size()) {
      List<GoldSet.Query> shuffled = new ArrayList<>(qs);
      Collections.shuffle(shuffled, new Random(seed));
      List<GoldSet.Query> picked = new ArrayList<>(shuffled.subList(0, sample));
      picked.sort(Comparator.comparingInt(q -> q.row().line()));
      qs = picked;
    }
    if (maxQueries != null && maxQueries < qs.size()) {
      qs = new ArrayList<>(qs.subList(0, maxQueries));
    }
    return qs;
  }
}
