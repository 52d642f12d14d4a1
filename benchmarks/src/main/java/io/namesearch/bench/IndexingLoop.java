package io.namesearch.bench;

import io.namesearch.search.BulkIndexer;
import io.namesearch.search.NameIndex;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;

/**
 * Indexing throughput on a shared machine, where JMH's wall times swing with the other load: {@code
 * IndexingLoop DOCS ROUNDS SYSTEMS [WARMUP]} indexes the same {@code DOCS} generated documents into
 * a fresh in-memory index per round, the systems interleaved round by round ({@code ours}, {@code
 * oursBulk}, {@code standard}, {@code standardBulk} as in {@link IndexingBenchmark}), and prints
 * each system's median documents per second of wall time and per CPU-second, with the ratio to
 * {@code standard} of the same run. CPU time is the indexing thread's for the one-thread systems,
 * and the whole process's (all threads, GC and JIT included) for the bulk ones, so compare bulk
 * systems with each other on CPU. {@code IndexingLoop DOCS 1 size} instead writes both indexes to
 * disk, merged to one segment, and prints their sizes.
 */
public final class IndexingLoop {

  private IndexingLoop() {}

  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    int rounds = Integer.parseInt(args[1]);
    List<String> systems = List.of(args[2].split(","));
    int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 2;
    CorpusGenerator gen = new CorpusGenerator();
    List<CorpusGenerator.Doc> docs = IntStream.range(0, n).mapToObj(gen::doc).toList();
    if (systems.equals(List.of("size"))) {
      size(docs);
      return;
    }
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<String, List<Double>> wall = new LinkedHashMap<>();
    Map<String, List<Double>> cpu = new LinkedHashMap<>();
    for (int r = 0; r < warmup + rounds; r++) {
      for (String system : systems) {
        boolean process = system.endsWith("Bulk");
        System.gc();
        long t0 = System.nanoTime();
        long c0 = process ? os.getProcessCpuTime() : threads.getCurrentThreadCpuTime();
        int count = run(system, docs);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds =
            ((process ? os.getProcessCpuTime() : threads.getCurrentThreadCpuTime()) - c0) / 1e9;
        if (count != n) {
          throw new IllegalStateException(system + " indexed " + count + " of " + n);
        }
        if (r >= warmup) {
          wall.computeIfAbsent(system, k -> new ArrayList<>()).add(n / seconds);
          cpu.computeIfAbsent(system, k -> new ArrayList<>()).add(n / cpuSeconds);
        }
      }
    }
    double std = median(wall.getOrDefault("standard", List.of(Double.NaN)));
    double stdCpu = median(cpu.getOrDefault("standard", List.of(Double.NaN)));
    for (String system : wall.keySet()) {
      double w = median(wall.get(system));
      double c = median(cpu.get(system));
      System.out.printf(
          Locale.ROOT,
          "%-13s wall %,7.0f docs/s (%.2fx standard)  per CPU-second %,7.0f docs (%.2fx standard)%n",
          system,
          w,
          w / std,
          c,
          c / stdCpu);
    }
  }

  private static double median(List<Double> values) {
    List<Double> s = new ArrayList<>(values);
    Collections.sort(s);
    return s.get(s.size() / 2);
  }

  private static int run(String system, List<CorpusGenerator.Doc> docs) throws IOException {
    switch (system) {
      case "ours" -> {
        try (NameIndex index = NameIndex.builder().build()) {
          for (CorpusGenerator.Doc d : docs) {
            index.add(Systems.oursDoc(d));
          }
          index.commit();
          return index.count();
        }
      }
      case "oursBulk" -> {
        try (NameIndex index = NameIndex.builder().build()) {
          try (BulkIndexer b = index.bulk().threads(IndexingBenchmark.THREADS).build()) {
            for (CorpusGenerator.Doc d : docs) {
              b.add(Systems.oursDoc(d));
            }
          }
          return index.count();
        }
      }
      case "standard", "standardBulk" -> {
        try (Analyzer analyzer = new StandardAnalyzer();
            ByteBuffersDirectory dir = new ByteBuffersDirectory();
            IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
          if (system.equals("standard")) {
            for (CorpusGenerator.Doc d : docs) {
              w.addDocument(Systems.baselineDoc(d));
            }
          } else {
            addOnThreads(w, docs);
          }
          w.commit();
          return w.getDocStats().numDocs;
        }
      }
      default -> throw new IllegalArgumentException("unknown system: " + system);
    }
  }

  private static void addOnThreads(IndexWriter w, List<CorpusGenerator.Doc> docs)
      throws IOException {
    int t = IndexingBenchmark.THREADS;
    Thread[] workers = new Thread[t];
    IOException[] failed = new IOException[1];
    for (int i = 0; i < t; i++) {
      int part = i;
      workers[i] =
          new Thread(
              () -> {
                try {
                  for (int j = part; j < docs.size(); j += t) {
                    w.addDocument(Systems.baselineDoc(docs.get(j)));
                  }
                } catch (IOException e) {
                  failed[0] = e;
                }
              });
      workers[i].start();
    }
    for (Thread worker : workers) {
      try {
        worker.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
    }
    if (failed[0] != null) {
      throw failed[0];
    }
  }

  private static void size(List<CorpusGenerator.Doc> docs) throws IOException {
    Path tmp = Files.createTempDirectory("indexing-size");
    Path ours = tmp.resolve("ours");
    Path standard = tmp.resolve("standard");
    try (NameIndex index = NameIndex.builder().directory(ours).build()) {
      for (CorpusGenerator.Doc d : docs) {
        index.add(Systems.oursDoc(d));
      }
    }
    try (Analyzer analyzer = new StandardAnalyzer();
        FSDirectory dir = FSDirectory.open(standard);
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
      for (CorpusGenerator.Doc d : docs) {
        w.addDocument(Systems.baselineDoc(d));
      }
    }
    for (Path p : List.of(ours, standard)) {
      try (FSDirectory dir = FSDirectory.open(p);
          IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
        w.forceMerge(1);
      }
    }
    long o = bytes(ours);
    long s = bytes(standard);
    System.out.printf(
        Locale.ROOT,
        "%,d documents, one segment each: ours %,d bytes, standard %,d bytes, ours / standard %.2f%n",
        docs.size(),
        o,
        s,
        o / (double) s);
  }

  private static long bytes(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(f -> !f.getFileName().toString().equals(IndexWriter.WRITE_LOCK_NAME))
          .mapToLong(f -> f.toFile().length())
          .sum();
    }
  }
}
