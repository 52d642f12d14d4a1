package io.namesearch.eval;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One system's run of {@code search eval}: indexing, timed queries, and their scores. */
final class EvalRun {

  private EvalRun() {}

  /**
   * How a run searches: hits per query, untimed warm-up queries, stacked-token mode, whether ours
   * is also reported as {@link #TIER_BOUND}, and where each query's scores go ({@code
   * --per-query}).
   */
  record Settings(
      int depth,
      int warmup,
      LuceneBaseline.Stacked stacked,
      boolean tierBound,
      Optional<PerQueryReport> perQuery) {}

  /** The name of the tier-bound row ({@link TierBound}). */
  static final String TIER_BOUND = EvalSystems.OURS + "-tier-bound";

  /** The outcome of one system. */
  record SystemResult(
      String name,
      double indexSeconds,
      double querySeconds,
      double queryCpuSeconds,
      int timedQueries,
      Map<String, Map<String, Metrics.Mean>> segments) {
    double qps() {
      return timedQueries / querySeconds;
    }

    /** Queries per second of the query thread's own CPU time: steadier on a shared machine. */
    double cpuQps() {
      return timedQueries / queryCpuSeconds;
    }
  }

  /**
   * Indexes the gold set's documents with system {@code name}, runs every query once after an
   * untimed warm-up, and scores the rankings overall and by each of {@code dims}.
   */
  static List<SystemResult> run(
      String name, GoldSet set, List<GoldSet.Query> queries, List<String> dims, Settings settings)
      throws IOException {
    int depth = settings.depth();
    int warmup = settings.warmup();
    try (EvalSystem system = EvalSystems.create(name, settings.stacked())) {
      long t0 = System.nanoTime();
      system.index(set.documents());
      double indexSeconds = (System.nanoTime() - t0) / 1e9;

      // The own document may come back among the hits; ask for one more to keep `depth` others.
      int ask = depth + 1;
      int n = queries.size();
      // Warm-up: the first queries (cycling when there are few), at most about 3 seconds.
      long warmEnd = System.nanoTime() + 3_000_000_000L;
      for (int i = 0; i < warmup && n > 0 && System.nanoTime() < warmEnd; i++) {
        system.search(queries.get(i % n).row().variant(), ask);
      }
      int[][] rankings = new int[n][];
      java.lang.management.ThreadMXBean threads =
          java.lang.management.ManagementFactory.getThreadMXBean();
      long c0 = threads.getCurrentThreadCpuTime();
      long q0 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        rankings[i] = system.search(queries.get(i).row().variant(), ask);
      }
      double querySeconds = Math.max(1e-9, (System.nanoTime() - q0) / 1e9);
      double queryCpuSeconds = Math.max(1e-9, (threads.getCurrentThreadCpuTime() - c0) / 1e9);

      SystemResult result =
          new SystemResult(
              name,
              indexSeconds,
              querySeconds,
              queryCpuSeconds,
              n,
              score(queries, rankings, dims, depth));
      if (settings.perQuery().isPresent()) {
        settings.perQuery().get().write(name, queries, rankings, set.documents(), depth);
      }
      if (!settings.tierBound() || !name.equals(EvalSystems.OURS)) {
        return List.of(result);
      }
      TierBound bound = new TierBound();
      int[][] reordered = new int[n][];
      for (int i = 0; i < n; i++) {
        GoldSet.Query q = queries.get(i);
        reordered[i] = bound.reorder(q.row().variant(), rankings[i], set.documents(), q.relevant());
      }
      if (settings.perQuery().isPresent()) {
        settings.perQuery().get().write(TIER_BOUND, queries, reordered, set.documents(), depth);
      }
      return List.of(
          result,
          new SystemResult(
              TIER_BOUND,
              indexSeconds,
              querySeconds,
              queryCpuSeconds,
              n,
              score(queries, reordered, dims, depth)));
    }
  }

  /** The scores of the rankings, overall and by each of {@code dims}. */
  private static Map<String, Map<String, Metrics.Mean>> score(
      List<GoldSet.Query> queries, int[][] rankings, List<String> dims, int depth) {
    Map<String, Map<String, Metrics.Mean>> segments = new LinkedHashMap<>();
    segments.put("all", new LinkedHashMap<>());
    for (String d : dims) {
      segments.put(d, new LinkedHashMap<>());
    }
    for (int i = 0; i < queries.size(); i++) {
      GoldSet.Query q = queries.get(i);
      if (q.relevant().length == 0) {
        continue;
      }
      Metrics.Scores s = Metrics.score(rankings[i], q.relevant(), q.ownDoc(), depth);
      segments.get("all").computeIfAbsent("all", k -> new Metrics.Mean()).add(s);
      for (String d : dims) {
        segments.get(d).computeIfAbsent(value(q.row(), d), k -> new Metrics.Mean()).add(s);
      }
    }
    return segments;
  }

  static String value(GoldSet.Row row, String dimension) {
    return switch (dimension) {
      case "kind" -> row.kind();
      case "lang_or_scheme" -> row.scheme();
      case "source" -> {
        int colon = row.group().indexOf(':');
        yield colon > 0 ? row.group().substring(0, colon) : GoldSet.NONE;
      }
      default -> throw new IllegalArgumentException(dimension);
    };
  }
}
