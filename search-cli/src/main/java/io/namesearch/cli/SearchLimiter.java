package io.namesearch.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/** The search limits of the server: searches at once, searches waiting, time per request. */
final class SearchLimiter {

  private final SearchServer.Config config;
  private final Semaphore searchPermits;
  private final AtomicInteger waiting = new AtomicInteger();
  private final ExecutorService searchThreads = Executors.newVirtualThreadPerTaskExecutor();

  SearchLimiter(SearchServer.Config config) {
    this.config = config;
    this.searchPermits = new Semaphore(config.maxSearches(), true);
  }

  /**
   * Runs one search within the limits: at most {@code maxSearches} run at once and {@code
   * maxQueued} wait for a turn (past that, 503 at once); waiting and searching together take at
   * most {@code timeout} (then 503).
   */
  <T> T limited(Callable<T> work) throws Exception {
    long deadline = System.nanoTime() + config.timeout().toNanos();
    if (!searchPermits.tryAcquire()) {
      if (waiting.incrementAndGet() > config.maxQueued()) {
        waiting.decrementAndGet();
        throw new ApiException(
            503,
            "server busy: "
                + config.maxSearches()
                + " searches are running and "
                + config.maxQueued()
                + " waiting, the limits; try again shortly");
      }
      boolean acquired;
      try {
        acquired = searchPermits.tryAcquire(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      } finally {
        waiting.decrementAndGet();
      }
      if (!acquired) {
        throw new ApiException(
            503,
            "server busy: no search could start within the limit of "
                + config.timeout().toMillis()
                + " ms");
      }
    }
    Future<T> future;
    try {
      future =
          searchThreads.submit(
              () -> {
                try {
                  return work.call();
                } finally {
                  searchPermits.release(); // a search that outlives its request still counts
                }
              });
    } catch (RuntimeException e) {
      searchPermits.release();
      throw new ApiException(503, "server is shutting down");
    }
    try {
      return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw new ApiException(
          503, "search took longer than the limit of " + config.timeout().toMillis() + " ms");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IllegalArgumentException) {
        throw new ApiException(400, ApiParams.oneLine(cause.getMessage()));
      }
      if (cause instanceof org.apache.lucene.store.AlreadyClosedException) {
        throw new ApiException(503, "server is shutting down");
      }
      throw cause instanceof Exception ex ? ex : new RuntimeException(cause);
    }
  }

  /** Lets the searches that run finish, up to the timeout; takes no more. */
  void close() throws InterruptedException {
    searchThreads.shutdown();
    searchThreads.awaitTermination(config.timeout().toMillis(), TimeUnit.MILLISECONDS);
  }
}
