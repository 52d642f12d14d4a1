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
 * wins, as with {@link NameIndex#add}. Closing waits for every document, then commits.
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

  private static final Document END = Document.builder("\u0000end").build();

  private final NameIndex index;
  private final long commitEvery;
  private final LongConsumer progress;
  private final List<BlockingQueue<Document>> queues = new ArrayList<>();
  private final List<Thread> threads = new ArrayList<>();
  private final AtomicLong done = new AtomicLong();
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private final Object commitLock = new Object();
  private long nextCommit;
  private boolean closed;

  private BulkIndexer(Builder b) {
    this.index = b.index;
    this.commitEvery = b.commitEvery;
    this.progress = b.progress;
    this.nextCommit = commitEvery;
    for (int i = 0; i < b.threads; i++) {
      BlockingQueue<Document> q = new ArrayBlockingQueue<>(b.queueSize);
      queues.add(q);
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

  private void work(BlockingQueue<Document> queue) {
    while (true) {
      Document doc;
      try {
        doc = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      if (doc == END) {
        return;
      }
      if (failure.get() != null) {
        continue; // drain: the first failure is reported
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

  /** Queues a document for adding; blocks while the indexing threads are busy. */
  public void add(Document doc) throws IOException {
    Objects.requireNonNull(doc, "doc");
    if (closed) {
      throw new IllegalStateException("bulk indexer is closed");
    }
    rethrow();
    BlockingQueue<Document> q = queues.get(Math.floorMod(doc.id().hashCode(), queues.size()));
    try {
      q.put(doc);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while adding " + doc.id(), e);
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
    for (BlockingQueue<Document> q : queues) {
      while (true) {
        try {
          q.put(END);
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
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
    index.commit();
  }

  /** Builds a {@link BulkIndexer}. */
  public static final class Builder {
    private final NameIndex index;
    private int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    private long commitEvery = Long.MAX_VALUE;
    private int queueSize = 256;
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
