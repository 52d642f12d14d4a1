package io.namesearch.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.SingleInstanceLockFactory;

/**
 * The lifecycle of an index's Lucene resources: the directory, the writer (none when read-only) and
 * the searcher manager; opening them safely, committing, refreshing, and closing them all whatever
 * fails.
 */
final class IndexHandle implements AutoCloseable {

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final AtomicBoolean closed = new AtomicBoolean();

  /** Held by commit() and close(), so that close never meets a commit half done. */
  private final ReentrantLock commitLock = new ReentrantLock();

  /** How title and body are indexed: without offsets, unless the index already has them. */
  private final FieldType textType;

  /**
   * Opens the index in {@code path} (in memory when empty). A read-only index must exist; a
   * writable one is created when missing, and committed at once so that it is valid on disk.
   */
  IndexHandle(Optional<Path> path, boolean readOnly, Analyzer analyzer, String rules)
      throws IOException {
    String where = path.map(Path::toString).orElse("in memory");
    this.directory =
        path.isPresent()
            ? IndexFolder.open(path.get(), !readOnly)
            : new ByteBuffersDirectory(
                new SingleInstanceLockFactory(),
                ByteBuffersDataOutput::new,
                ByteBuffersDirectory.OUTPUT_AS_BYTE_ARRAY);
    if (readOnly) {
      this.textType = IndexFields.TEXT_TYPE;
      try {
        if (!DirectoryReader.indexExists(directory)) {
          throw new IOException("no index in " + path.map(Path::toString).orElse("memory"));
        }
        IndexFormat.check(directory, rules, where);
        this.writer = null;
        this.searchers = new SearcherManager(directory, null);
      } catch (IOException | RuntimeException e) {
        directory.close();
        throw e;
      }
      return;
    }
    IndexWriter w = null;
    try {
      IndexWriterConfig config = new IndexWriterConfig(analyzer);
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      boolean existed = DirectoryReader.indexExists(directory);
      this.textType = existed ? IndexFields.textTypeOf(directory) : IndexFields.TEXT_TYPE;
      w = new IndexWriter(directory, config);
      IndexFormat.check(directory, rules, where);
      IndexFormat.stamp(w, rules);
      if (!existed) {
        w.commit(); // a new index is a valid, empty index on disk from the start
      }
      this.writer = w;
      this.searchers = new SearcherManager(w, null);
    } catch (IOException | RuntimeException e) {
      if (w != null) {
        w.rollback();
      }
      directory.close();
      throw e;
    }
  }

  /** The writer, after checking that the index is open and writable. */
  IndexWriter writer() {
    ensureWritable();
    return writer;
  }

  /** The field type of title and body in this index. */
  FieldType textType() {
    return textType;
  }

  boolean readOnly() {
    return writer == null;
  }

  /** Makes all changes durable on disk, then searchable. */
  void commit() throws IOException {
    commitLock.lock();
    try {
      ensureWritable();
      writer.commit();
      searchers.maybeRefreshBlocking();
    } finally {
      commitLock.unlock();
    }
  }

  /** Makes all changes so far searchable (near real time). */
  void refresh() throws IOException {
    ensureOpen();
    searchers.maybeRefreshBlocking();
  }

  /** A searcher over the latest refreshed view; give it back with {@link #release}. */
  IndexSearcher acquire() throws IOException {
    ensureOpen();
    return searchers.acquire();
  }

  void release(IndexSearcher searcher) throws IOException {
    searchers.release(searcher);
  }

  /** Work with a searcher. */
  @FunctionalInterface
  interface SearcherFunction<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  /** Applies {@code f} to a searcher over the latest refreshed view, then releases it. */
  <T> T withSearcher(SearcherFunction<T> f) throws IOException {
    IndexSearcher s = acquire();
    try {
      return f.apply(s);
    } finally {
      searchers.release(s);
    }
  }

  void ensureWritable() {
    ensureOpen();
    if (writer == null) {
      throw new IllegalStateException("index is open read-only");
    }
  }

  void ensureOpen() {
    if (closed.get()) {
      throw new IllegalStateException("index is closed");
    }
  }

  /**
   * Commits pending changes and releases everything. Idempotent. It waits for a commit running in
   * another thread, and always releases the write lock and the directory, even when the final
   * commit fails (the changes since the last commit are then rolled back and the error thrown).
   */
  @Override
  public void close() throws IOException {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    commitLock.lock();
    try {
      Throwable failure = null;
      try {
        searchers.close();
      } catch (Throwable t) {
        failure = t;
      }
      if (writer != null) {
        try {
          writer.close(); // commits
        } catch (Throwable t) {
          failure = addTo(failure, t);
          try {
            writer.rollback(); // releases the lock whatever state the writer is in
          } catch (Throwable r) {
            failure.addSuppressed(r);
          }
        }
      }
      try {
        directory.close();
      } catch (Throwable t) {
        failure = addTo(failure, t);
      }
      if (failure instanceof IOException e) {
        throw e;
      } else if (failure instanceof RuntimeException e) {
        throw e;
      } else if (failure instanceof Error e) {
        throw e;
      } else if (failure != null) {
        throw new IOException(failure);
      }
    } finally {
      commitLock.unlock();
    }
  }

  private static Throwable addTo(Throwable first, Throwable next) {
    if (first == null) {
      return next;
    }
    first.addSuppressed(next);
    return first;
  }
}
