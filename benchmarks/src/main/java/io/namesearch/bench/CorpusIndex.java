package io.namesearch.bench;

import io.namesearch.engine.NameRules;
import io.namesearch.search.BulkIndexer;
import io.namesearch.search.NameIndex;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;

/**
 * The on-disk corpus indexes, built once per corpus size and system under {@code
 * benchmarks/target/bench-cache/SIZE/SYSTEM} (system property {@code bench.cache}) and reused by
 * every fork and run. A folder counts only once its {@code meta.properties} is written (build time,
 * documents per second, size on disk, and for ours the rules fingerprint); a half-built folder, and
 * one of ours built with other name rules, is rebuilt. The expected hit counts ({@code
 * expected.properties}) are computed from the generated text, never from an index.
 */
final class CorpusIndex {

  private CorpusIndex() {}

  static Path root() {
    return Path.of(System.getProperty("bench.cache", "target/bench-cache")).toAbsolutePath();
  }

  static Path dir(int docs, Systems.Kind kind) {
    return root().resolve(Integer.toString(docs)).resolve(kind.dirName());
  }

  /** Builds the index of this size and system unless it is cached; returns its folder. */
  static synchronized Path ensure(int docs, Systems.Kind kind) throws IOException {
    return ensureUnlocked(docs, kind);
  }

  /** {@link #ensure} for callers that build different systems in parallel (never the same one). */
  static Path ensureUnlocked(int docs, Systems.Kind kind) throws IOException {
    Path dir = dir(docs, kind);
    Path meta = dir.resolveSibling(kind.dirName() + ".meta.properties");
    String rules = NameRules.defaults().fingerprint();
    if (Files.exists(meta)) {
      if (kind != Systems.Kind.OURS || rules.equals(meta(docs, kind).getProperty("rules"))) {
        return dir;
      }
      // Our index of an earlier build of the rules: NameIndex would refuse it, and its keys are
      // not the ones being measured. The cache is ours, so it is built again.
      System.err.printf(
          Locale.ROOT, "the cached %s index was built with other name rules%n", kind.dirName());
      Files.delete(meta);
    }
    deleteTree(dir);
    Files.createDirectories(dir);
    CorpusGenerator gen = new CorpusGenerator();
    System.err.printf(
        Locale.ROOT, "building %s index of %,d documents in %s%n", kind.dirName(), docs, dir);
    long t0 = System.nanoTime();
    if (kind == Systems.Kind.OURS) {
      // The product's bulk path with one indexing thread: like the baselines' single-threaded
      // IndexWriter, it writes one segment per flush, so that the indexes compared have the same
      // segment structure (with 2 threads, the 10,000-document index had 2 segments against the
      // baseline's 1, and every per-segment cost of a query counted twice).
      try (NameIndex index = NameIndex.builder().directory(dir).build();
          BulkIndexer bulk = index.bulk().threads(1).build()) {
        for (int i = 0; i < docs; i++) {
          bulk.add(Systems.oursDoc(gen.doc(i)));
          progress(kind, i, docs);
        }
      }
    } else {
      try (Analyzer analyzer = kind.analyzer();
          Directory d = new MMapDirectory(dir);
          IndexWriter w = new IndexWriter(d, new IndexWriterConfig(analyzer))) {
        for (int i = 0; i < docs; i++) {
          w.addDocument(Systems.baselineDoc(gen.doc(i)));
          progress(kind, i, docs);
        }
        w.commit();
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    Properties p = new Properties();
    p.setProperty("docs", Integer.toString(docs));
    p.setProperty("build.seconds", String.format(Locale.ROOT, "%.1f", seconds));
    p.setProperty("docs.per.second", String.format(Locale.ROOT, "%.0f", docs / seconds));
    p.setProperty("bytes", Long.toString(size(dir)));
    if (kind == Systems.Kind.OURS) {
      p.setProperty("rules", rules);
    }
    try (Writer w = Files.newBufferedWriter(meta)) {
      p.store(w, "index build of " + kind.dirName());
    }
    System.err.printf(
        Locale.ROOT,
        "built %s: %,d docs in %.1f s, %,d bytes%n",
        kind.dirName(),
        docs,
        seconds,
        size(dir));
    return dir;
  }

  private static void progress(Systems.Kind kind, int i, int docs) {
    if (i > 0 && i % 100_000 == 0) {
      System.err.printf(Locale.ROOT, "  %s: %,d / %,d%n", kind.dirName(), i, docs);
    }
  }

  static Properties meta(int docs, Systems.Kind kind) throws IOException {
    Path meta = dir(docs, kind).resolveSibling(kind.dirName() + ".meta.properties");
    Properties p = new Properties();
    if (Files.exists(meta)) {
      try (Reader r = Files.newBufferedReader(meta)) {
        p.load(r);
      }
    }
    return p;
  }

  /**
   * The expected counts for the tasks on this corpus size: {@code std|QUERY}, the number of
   * documents holding any of the query's StandardAnalyzer tokens (exactly what the StandardAnalyzer
   * disjunction must return); {@code all|ENTITY} and {@code clean|ENTITY}, the number of documents
   * that mention the entity in any spelling, and in a spelling without an inserted typo.
   */
  static synchronized Properties expected(int docs) throws IOException {
    Path file = root().resolve(Integer.toString(docs)).resolve("expected.properties");
    Properties p = new Properties();
    if (Files.exists(file)) {
      try (Reader r = Files.newBufferedReader(file)) {
        p.load(r);
      }
      return p;
    }
    List<Tasks.Task> tasks = Tasks.load();
    List<Set<String>> queryTokens;
    try (Analyzer std = new StandardAnalyzer()) {
      queryTokens =
          tasks.stream()
              .map(
                  t -> {
                    try {
                      Set<String> s = new HashSet<>();
                      Systems.analyze(std, t.query()).forEach(s::addAll);
                      return s;
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  })
              .toList();
    }
    List<String> entities = Stream.concat(Names.SURNAMES.stream(), Names.PLACES.stream()).toList();
    LongAdder[] std = adders(tasks.size());
    LongAdder[] all = adders(entities.size());
    LongAdder[] clean = adders(entities.size());
    CorpusGenerator gen = new CorpusGenerator();
    ThreadLocal<Analyzer> analyzers = ThreadLocal.withInitial(StandardAnalyzer::new);
    IntStream.range(0, docs)
        .parallel()
        .forEach(
            i -> {
              CorpusGenerator.Doc d = gen.doc(i);
              Set<String> tokens = new HashSet<>();
              try {
                Systems.analyze(analyzers.get(), d.title() + "\n" + d.body())
                    .forEach(tokens::addAll);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              for (int t = 0; t < tasks.size(); t++) {
                for (String q : queryTokens.get(t)) {
                  if (tokens.contains(q)) {
                    std[t].increment();
                    break;
                  }
                }
              }
              for (int e = 0; e < entities.size(); e++) {
                String name = entities.get(e);
                boolean any = false;
                boolean ok = false;
                for (CorpusGenerator.Mention m : d.mentions()) {
                  if (m.entity().equals(name)) {
                    any = true;
                    ok |= !m.typo();
                  }
                }
                if (any) {
                  all[e].increment();
                }
                if (ok) {
                  clean[e].increment();
                }
              }
            });
    for (int t = 0; t < tasks.size(); t++) {
      p.setProperty("std|" + tasks.get(t).query(), std[t].toString());
    }
    for (int e = 0; e < entities.size(); e++) {
      p.setProperty("all|" + entities.get(e), all[e].toString());
      p.setProperty("clean|" + entities.get(e), clean[e].toString());
    }
    Files.createDirectories(file.getParent());
    Path tmp = file.resolveSibling("expected.properties.tmp");
    try (Writer w = Files.newBufferedWriter(tmp)) {
      p.store(w, "expected hit counts for " + docs + " documents, seed " + CorpusGenerator.SEED);
    }
    Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    return p;
  }

  private static LongAdder[] adders(int n) {
    LongAdder[] a = new LongAdder[n];
    for (int i = 0; i < n; i++) {
      a[i] = new LongAdder();
    }
    return a;
  }

  static long size(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
