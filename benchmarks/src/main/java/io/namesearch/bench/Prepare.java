package io.namesearch.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Builds the cached corpus indexes and expected counts before the benchmarks run, two at a time
 * (the machine has 2 cores): {@code Prepare SIZE[,SIZE...] SYSTEM[,SYSTEM...]} with systems among
 * {@code ours, standard, icu, bm}.
 */
public final class Prepare {

  private Prepare() {}

  public static void main(String[] args) throws Exception {
    List<Integer> sizes = new ArrayList<>();
    for (String s : args[0].split(",")) {
      sizes.add(Integer.parseInt(s));
    }
    List<Systems.Kind> kinds = new ArrayList<>();
    for (String s : args[1].split(",")) {
      kinds.add(Systems.Kind.valueOf(s.toUpperCase(Locale.ROOT)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int size : sizes) {
        long t0 = System.nanoTime();
        CorpusIndex.expected(size);
        System.err.printf(
            Locale.ROOT,
            "expected counts for %,d docs: %.1f s%n",
            size,
            (System.nanoTime() - t0) / 1e9);
        List<Future<?>> jobs = new ArrayList<>();
        for (Systems.Kind k : kinds) {
          jobs.add(pool.submit(() -> CorpusIndex.ensureUnlocked(size, k)));
        }
        for (Future<?> f : jobs) {
          f.get();
        }
      }
    } finally {
      pool.shutdown();
    }
  }
}
