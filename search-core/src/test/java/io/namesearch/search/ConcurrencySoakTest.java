package io.namesearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * 8 searching threads and 1 writing thread for 20 seconds through the public API: no exceptions,
 * hit counts never go backwards while documents are only added, and after the final refresh every
 * committed document is searchable and every count agrees.
 */
class ConcurrencySoakTest {

  private static final long DURATION_NANOS = TimeUnit.SECONDS.toNanos(20);
  private static final int SEARCHERS = 8;
  private static final String[] QUERIES = {
    "Baltrukov", "Балтруков", "Khodorkovsky", "Chodorkowski", "Smolninskoe", "Dmitri Paljuga"
  };

  private static Document doc(int i) {
    String name = QUERIES[i % QUERIES.length];
    return Document.builder("d" + i)
        .title("Report " + i)
        .body(name + " was mentioned, " + i)
        .build();
  }

  private static final SearchOptions exact =
      SearchOptions.builder().totalHitsThreshold(Integer.MAX_VALUE).build();

  @Test
  void eightSearchersOneWriterForTwentySeconds() throws Exception {
    try (NameIndex index = NameIndex.builder().build()) {
      AtomicBoolean stop = new AtomicBoolean();
      AtomicInteger written = new AtomicInteger();
      AtomicLong searches = new AtomicLong();
      ExecutorService pool = Executors.newFixedThreadPool(SEARCHERS + 1);
      try {
        List<Future<?>> futures = new ArrayList<>();
        futures.add(
            pool.submit(
                () -> {
                  long end = System.nanoTime() + DURATION_NANOS;
                  int i = 0;
                  while (System.nanoTime() < end) {
                    index.add(doc(i++));
                    if (i % 100 == 0) {
                      index.commit();
                    } else if (i % 10 == 0) {
                      index.refresh();
                    }
                  }
                  index.commit();
                  written.set(i);
                  stop.set(true);
                  return null;
                }));
        for (int t = 0; t < SEARCHERS; t++) {
          int seed = t;
          futures.add(
              pool.submit(
                  () -> {
                    long[] last = new long[QUERIES.length];
                    int q = seed;
                    while (!stop.get()) {
                      int k = q++ % QUERIES.length;
                      long n = index.search(QUERIES[k], exact).totalHits();
                      if (n < last[k]) {
                        throw new AssertionError(QUERIES[k] + ": " + last[k] + " -> " + n);
                      }
                      last[k] = n;
                      searches.incrementAndGet();
                    }
                    return null;
                  }));
        }
        for (Future<?> f : futures) {
          f.get(120, TimeUnit.SECONDS); // rethrows any exception of any thread
        }
      } finally {
        pool.shutdownNow();
      }
      index.refresh();
      int n = written.get();
      assertEquals(n, index.count());
      // Each query's documents are every QUERIES.length-th one; all match at least that query.
      long total = 0;
      for (int k = 0; k < QUERIES.length; k++) {
        long expected = (n - k + QUERIES.length - 1) / QUERIES.length;
        long hits =
            index
                .search(
                    QUERIES[k],
                    SearchOptions.builder().limit(1).totalHitsThreshold(Integer.MAX_VALUE).build())
                .totalHits();
        assertTrue(hits >= expected, QUERIES[k] + ": " + hits + " < " + expected);
        total += expected;
      }
      assertEquals(n, total);
      for (int i = 0; i < n; i += Math.max(1, n / 200)) {
        assertTrue(index.get("d" + i).isPresent(), "d" + i);
      }
      System.out.printf(
          Locale.ROOT,
          "concurrency soak: %d documents written, %d searches, no errors%n",
          n,
          searches.get());
    }
  }
}
