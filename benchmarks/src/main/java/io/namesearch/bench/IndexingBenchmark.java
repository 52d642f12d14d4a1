package io.namesearch.bench;

import io.namesearch.search.BulkIndexer;
import io.namesearch.search.NameIndex;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Indexing throughput: one operation indexes a batch of {@link #batch} generated documents into a
 * fresh in-memory index and commits (documents per second = batch / time per operation). Ours goes
 * through {@code NameIndex.add} (which replaces by id); the baselines through {@code
 * IndexWriter.addDocument} with the same stored fields and their own analyzer. The {@code Bulk}
 * systems index the same batch on {@link #THREADS} threads: ours with {@code NameIndex.bulk()},
 * StandardAnalyzer with the same number of threads calling {@code addDocument} on one writer with
 * the same (default) {@code IndexWriterConfig}. The documents are generated in setup, outside the
 * timing. Index size on disk is measured on the cached full-corpus indexes ({@code
 * SYSTEM.meta.properties}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@State(Scope.Benchmark)
public class IndexingBenchmark {

  /** Threads of the bulk systems: the 2 cores of the reference machine. */
  static final int THREADS = 2;

  @Param({"ours", "oursBulk", "standard", "standardBulk", "icu", "bm"})
  public String system;

  @Param({"2000"})
  public int batch;

  private List<CorpusGenerator.Doc> docs;
  private Systems.Kind kind;
  private boolean bulk;

  @Setup(Level.Trial)
  public void setup() {
    CorpusGenerator gen = new CorpusGenerator();
    docs = IntStream.range(0, batch).mapToObj(gen::doc).toList();
    bulk = system.endsWith("Bulk");
    kind = Systems.Kind.valueOf(system.replace("Bulk", "").toUpperCase(java.util.Locale.ROOT));
  }

  /** Indexes the batch and commits; returns the number of documents in the index. */
  @Benchmark
  public int index() throws IOException {
    if (kind == Systems.Kind.OURS && bulk) {
      try (NameIndex index = NameIndex.builder().build()) {
        try (BulkIndexer b = index.bulk().threads(THREADS).build()) {
          for (CorpusGenerator.Doc d : docs) {
            b.add(Systems.oursDoc(d));
          }
        } // commits
        return index.count();
      }
    }
    if (kind == Systems.Kind.OURS) {
      try (NameIndex index = NameIndex.builder().build()) {
        for (CorpusGenerator.Doc d : docs) {
          index.add(Systems.oursDoc(d));
        }
        index.commit();
        return index.count();
      }
    }
    try (Analyzer analyzer = kind.analyzer();
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
      if (bulk) {
        Thread[] threads = new Thread[THREADS];
        IOException[] failed = new IOException[1];
        for (int t = 0; t < THREADS; t++) {
          int part = t;
          threads[t] =
              new Thread(
                  () -> {
                    try {
                      for (int i = part; i < docs.size(); i += THREADS) {
                        w.addDocument(Systems.baselineDoc(docs.get(i)));
                      }
                    } catch (IOException e) {
                      failed[0] = e;
                    }
                  });
          threads[t].start();
        }
        for (Thread t : threads) {
          try {
            t.join();
          } catch (InterruptedException e) {
            throw new IOException(e);
          }
        }
        if (failed[0] != null) {
          throw failed[0];
        }
      } else {
        for (CorpusGenerator.Doc d : docs) {
          w.addDocument(Systems.baselineDoc(d));
        }
      }
      w.commit();
      return w.getDocStats().numDocs;
    }
  }
}
