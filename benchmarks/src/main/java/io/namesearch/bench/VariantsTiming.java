package io.namesearch.bench;

import io.namesearch.search.NameIndex;
import io.namesearch.search.SearchOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code VariantsTiming DOCS [ROUNDS]}: for each of the first 20 name queries of the task file that
 * occur (all categories but Absent), the p50 of {@code NameIndex.variants(name)} and of the name
 * query (top 10, {@code Fetch.ID}, as {@code QueryBenchmark} runs it) on the cached benchmark index
 * of DOCS documents, and the median over names of the ratio variants / query. Rounds alternate the
 * two calls (default 21 rounds after 5 of warm-up). The first variants call of a segment builds its
 * map from the terms dictionary; it is reported apart, as "cold".
 */
public final class VariantsTiming {

  private VariantsTiming() {}

  public static void main(String[] args) throws IOException {
    int docs = Integer.parseInt(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 21;
    Path dir = CorpusIndex.ensure(docs, Systems.Kind.OURS);
    List<String> names = new ArrayList<>();
    for (Tasks.Task t : Tasks.load()) {
      if (!t.category().equals("Absent")) {
        names.add(t.query());
      }
    }
    names = names.subList(0, Math.min(20, names.size()));
    SearchOptions options = SearchOptions.builder().limit(10).fetch(SearchOptions.Fetch.ID).build();
    try (NameIndex index = NameIndex.builder().directory(dir).readOnly().build()) {
      long t0 = System.nanoTime();
      index.variants(names.get(0));
      double cold = (System.nanoTime() - t0) / 1e6;
      for (int w = 0; w < 5; w++) {
        for (String n : names) {
          index.search(n, options);
          index.variants(n);
        }
      }
      double[] ratios = new double[names.size()];
      System.out.printf(
          Locale.ROOT,
          "%-16s %12s %12s %8s %8s%n",
          "name",
          "query p50 us",
          "variants p50",
          "ratio",
          "forms");
      for (int i = 0; i < names.size(); i++) {
        String n = names.get(i);
        long[] q = new long[rounds];
        long[] v = new long[rounds];
        int forms = 0;
        for (int r = 0; r < rounds; r++) {
          long a = System.nanoTime();
          index.search(n, options);
          long b = System.nanoTime();
          forms = index.variants(n).size();
          long c = System.nanoTime();
          q[r] = b - a;
          v[r] = c - b;
        }
        Arrays.sort(q);
        Arrays.sort(v);
        double qp = q[rounds / 2] / 1e3;
        double vp = v[rounds / 2] / 1e3;
        ratios[i] = vp / qp;
        System.out.printf(
            Locale.ROOT, "%-16s %12.0f %12.0f %8.2f %8d%n", n, qp, vp, ratios[i], forms);
      }
      Arrays.sort(ratios);
      double median = (ratios[(ratios.length - 1) / 2] + ratios[ratios.length / 2]) / 2;
      System.out.printf(
          Locale.ROOT,
          "%,d docs, %d names: median ratio variants/query p50 = %.2f (max %.2f); cold first call %.0f ms%n",
          docs,
          names.size(),
          median,
          ratios[ratios.length - 1],
          cold);
    }
  }
}
