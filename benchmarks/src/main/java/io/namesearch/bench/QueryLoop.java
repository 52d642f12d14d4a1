package io.namesearch.bench;

import io.namesearch.search.NameIndex;
import io.namesearch.search.SearchOptions;
import java.util.List;
import java.util.Locale;

/**
 * Runs one category's queries of ours in a loop on a cached corpus index, for profiling (with
 * {@code -XX:StartFlightRecording}) and quick checks, not for figures: {@code QueryLoop SIZE
 * CATEGORY SECONDS}. Prints the mean CPU time of this thread per query over the second half of the
 * run (steadier than wall time on a shared machine).
 */
public final class QueryLoop {

  private QueryLoop() {}

  public static void main(String[] args) throws Exception {
    int docs = Integer.parseInt(args[0]);
    List<Tasks.Task> tasks = Tasks.category(args[1]);
    double seconds = Double.parseDouble(args[2]);
    SearchOptions options = SearchOptions.builder().limit(10).fetch(SearchOptions.Fetch.ID).build();
    try (NameIndex index =
        NameIndex.builder()
            .directory(CorpusIndex.dir(docs, Systems.Kind.OURS))
            .readOnly()
            .build()) {
      long end = System.nanoTime() + (long) (seconds * 1e9);
      long half = System.nanoTime() + (long) (seconds * 0.5e9);
      long n = 0;
      long t0 = 0;
      var threads = java.lang.management.ManagementFactory.getThreadMXBean();
      long sink = 0;
      for (int i = 0; System.nanoTime() < end; i++) {
        if (t0 == 0 && System.nanoTime() >= half) {
          t0 = threads.getCurrentThreadCpuTime();
          n = 0;
        }
        sink += index.search(tasks.get(i % tasks.size()).query(), options).totalHits();
        n++;
      }
      System.out.printf(
          Locale.ROOT,
          "%s %d docs: %.1f us CPU/query (%d queries, %d)%n",
          args[1],
          docs,
          (threads.getCurrentThreadCpuTime() - t0) / 1e3 / n,
          n,
          sink);
    }
  }
}
