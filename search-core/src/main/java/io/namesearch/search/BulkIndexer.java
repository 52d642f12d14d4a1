package io.namesearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;

/**
 * Adds many documents fast: analysis runs on several threads (Lucene's {@code IndexWriter} analyses
 * in the thread that adds), and changes are committed in batches. Each document goes to the thread
 * chosen by its id, so two documents with the same id are added in the order given and the last one
 * wins, as with {@link NameIndex#add}. Documents reach a thread in chunks (at once when it is
 * idle), and at close each thread writes its own buffered segment, so that the final commit does
 * not write them all on one thread. Closing waits for every document, then commits.
 *
 * <pre>{@code
 * try (BulkIndexer bulk = index.bulk().threads(2).commitEvery(10_000)
 *     .progress(n -> System.err.println(n + " documents")).build()) {
 *   for (Document doc : docs) {
 *     bulk.add(doc);
 *   }
 * } // every document added and committed
 * }</pre>
 *
 * <p>A failure on an indexing thread is rethrown by the next {@link #add} or by {@link #close},
 * naming the document; documents after it may or may not have been added. One thread at a time
 * calls {@link #add}.
 */
public final class BulkIndexer implements AutoCloseable {

  /** The most documents handed to an indexing thread at once. */
  static final int CHUNK = 64;

  /** Chunks waiting for each indexing thread, at most. */
  private static final int QUEUED_CHUNKS = 8;

  /** Tells an indexing thread that no more documents come. */
  private static final List<Document> END = List.of();

  private final NameIndex index;
  private final long commitEvery;
  private final LongConsumer progress;
  private final List<BlockingQueue<List<Document>>> queues = new ArrayList<>();

  /** The documents of each thread not yet handed to it (only the thread calling add uses them). */
  private final List<List<Document>> pending = new ArrayList<>();

  private final List<Thread> threads = new ArrayList<>();
  private final AtomicLong done = new AtomicLong();
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private final AtomicReference<IOException> flushFailure = new AtomicReference<>();
  private final Object commitLock = new Object();
  private long nextCommit;
  private boolean closed;

  private BulkIndexer(Builder b) {
    this.index = b.index;
    this.commitEvery = b.commitEvery;
    this.progress = b.progress;
    this.nextCommit = commitEvery;
    for (int i = 0; i < b.threads; i++) {
      BlockingQueue<List<Document>> q = new ArrayBlockingQueue<>(QUEUED_CHUNKS);
      queues.add(q);
      pending.add(new ArrayList<>(CHUNK));
      Thread t = new Thread(() -> work(q), "namesearch-bulk-" + i);
      t.setDaemon(true);
      threads.add(t);
    }
    threads.forEach(Thread::start);
  }

  /** A builder; see {@link NameIndex#bulk()}. */
  static Builder builder(NameIndex index) {
    return new Builder(index);
  }

  private void work(BlockingQueue<List<Document>> queue) {
    while (true) {
      List<Document> chunk;
      try {
        chunk = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      if (chunk == END) {
        flushOwnBuffer();
        return;
      }
      for (Document doc : chunk) {
        if (failure.get() != null) {
          break; // drain: the first failure is reported
        }
        try {
          index.add(doc);
          long n;
          synchronized (progress) {
            n = done.incrementAndGet();
            progress.accept(n);
          }
          maybeCommit(n);
        } catch (IOException | RuntimeException | Error e) {
          failure.compareAndSet(
              null, new IOException("cannot index " + doc.id() + ": " + e.getMessage(), e));
        }
      }
    }
  }

  /**
   * Writes a buffered segment on this thread, so that the threads write their segments at the same
   * time rather than the final commit writing them all on one thread.
   */
  private void flushOwnBuffer() {
    if (failure.get() != null) {
      return;
    }
    try {
      index.flushNextBuffer();
    } catch (IOException | RuntimeException | Error e) {
      // reported by close after any document's failure, which another thread may record later
      flushFailure.compareAndSet(
          null, new IOException("cannot write the index: " + e.getMessage(), e));
    }
  }

  private void maybeCommit(long n) throws IOException {
    if (commitEvery == Long.MAX_VALUE) {
      return;
    }
    synchronized (commitLock) {
      if (n < nextCommit) {
        return;
      }
      nextCommit = n + commitEvery;
    }
    index.commit();
  }

  /**
   * Queues a document for adding; blocks while the indexing threads are busy. Documents go to a
   * thread in chunks of up to {@value #CHUNK}, but at once when that thread has nothing to do.
   */
  public void add(Document doc) throws IOException {
    Objects.requireNonNull(doc, "doc");
    if (closed) {
      throw new IllegalStateException("bulk indexer is closed");
    }
    rethrow();
    int slot = Math.floorMod(doc.id().hashCode(), queues.size());
    List<Document> chunk = pending.get(slot);
    chunk.add(doc);
    if (chunk.size() >= CHUNK || queues.get(slot).isEmpty()) {
      handOff(slot);
    }
  }

  /** Hands the pending documents of thread {@code slot} to it. */
  private void handOff(int slot) throws IOException {
    List<Document> chunk = pending.get(slot);
    if (chunk.isEmpty()) {
      return;
    }
    pending.set(slot, new ArrayList<>(CHUNK));
    try {
      queues.get(slot).put(chunk);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while adding " + chunk.get(0).id(), e);
    }
  }

  /** Queues every document of {@code docs}. */
  public void addAll(Iterable<Document> docs) throws IOException {
    for (Document d : docs) {
      add(d);
    }
  }

  /** How many documents the indexing threads have added so far. */
  public long added() {
    return done.get();
  }

  private void rethrow() throws IOException {
    Throwable t = failure.get();
    if (t instanceof IOException e) {
      throw e;
    }
    if (t != null) {
      throw new UncheckedIOException(new IOException(t));
    }
  }

  /** Waits for every queued document to be added, then commits; rethrows the first failure. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    boolean interrupted = false;
    for (int slot = 0; slot < queues.size(); slot++) {
      List<Document> chunk = pending.get(slot);
      if (!chunk.isEmpty()) {
        interrupted |= putUninterruptibly(queues.get(slot), chunk);
      }
      interrupted |= putUninterruptibly(queues.get(slot), END);
    }
    for (Thread t : threads) {
      while (true) {
        try {
          t.join();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    rethrow();
    if (flushFailure.get() != null) {
      throw flushFailure.get();
    }
    index.commit();
  }

  /** Puts {@code chunk} on {@code q}, waiting as long as it takes; returns whether interrupted. */
  private static boolean putUninterruptibly(BlockingQueue<List<Document>> q, List<Document> chunk) {
    boolean interrupted = false;
    while (true) {
      try {
        q.put(chunk);
        return interrupted;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
  }

  /** Builds a {@link BulkIndexer}. */
  public static final class Builder {
    private final NameIndex index;
    private int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    private long commitEvery = Long.MAX_VALUE;
    private LongConsumer progress = n -> {};

    private Builder(NameIndex index) {
      this.index = index;
    }

    /** The number of analysis threads (default: the number of processors), 1 to 64. */
    public Builder threads(int threads) {
      if (threads < 1 || threads > 64) {
        throw new IllegalArgumentException("threads must be between 1 and 64, not " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * Commits after every {@code n} documents (default: only at {@link #close}), so that a crash
     * loses at most the last batch.
     */
    public Builder commitEvery(long n) {
      if (n < 1) {
        throw new IllegalArgumentException("commitEvery must be at least 1, not " + n);
      }
      this.commitEvery = n;
      return this;
    }

    /**
     * Called with the number of documents added so far after each one, on an indexing thread, never
     * concurrently (keep it cheap).
     */
    public Builder progress(LongConsumer progress) {
      this.progress = Objects.requireNonNull(progress, "progress");
      return this;
    }

    /** Starts the indexing threads. */
    public BulkIndexer build() {
      index.ensureWritableForBulk();
      return new BulkIndexer(this);
    }
  }
}
