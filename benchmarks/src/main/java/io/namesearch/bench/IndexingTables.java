package io.namesearch.bench;

import static io.namesearch.bench.JmhResults.find;

import io.namesearch.bench.JmhResults.Row;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The indexing, analyzer and start-up tables of the benchmark report: throughput against the
 * StandardAnalyzer and bulk against one-by-one indexing (ratios the guard checks), analyzer speed,
 * and start-up time.
 */
final class IndexingTables {

  private IndexingTables() {}

  /** Appends the indexing tables to {@code md} and their ratios to {@code ratios}. */
  static void append(List<Row> rows, StringBuilder md, Map<String, Double> ratios)
      throws IOException {
    Row std = find(rows, "IndexingBenchmark", "index", Map.of("system", "standard"));
    if (std != null) {
      int batch = Integer.parseInt(std.params().get("batch"));
      md.append(
          String.format(
              Locale.ROOT,
              "### Indexing throughput (JMH AverageTime, batches of %,d documents into a fresh in-memory index)%n%n",
              batch));
      md.append("| system | docs/s | ratio to StandardAnalyzer |\n|---|---|---|\n");
      double stdRate = batch / (std.score() / 1000);
      for (String s : List.of("ours", "oursBulk", "standard", "standardBulk", "icu", "bm")) {
        Row r = find(rows, "IndexingBenchmark", "index", Map.of("system", s));
        if (r == null) {
          continue;
        }
        double rate = batch / (r.score() / 1000);
        md.append(String.format(Locale.ROOT, "| %s | %,.0f | %.2f× |%n", s, rate, rate / stdRate));
        if (s.equals("ours")) {
          ratios.put("indexing.ratio", rate / stdRate);
        }
        if (s.equals("oursBulk")) {
          ratios.put("indexing.bulk.ratio", rate / stdRate);
          Row ours = find(rows, "IndexingBenchmark", "index", Map.of("system", "ours"));
          if (ours != null) {
            ratios.put("indexing.bulk.over.add", ours.score() / r.score());
          }
        }
        if (s.equals("bm")) {
          Row ours = find(rows, "IndexingBenchmark", "index", Map.of("system", "ours"));
          if (ours != null) {
            ratios.put("indexing.ours_over_bm", r.score() / ours.score());
          }
        }
      }
      Row ours = find(rows, "IndexingBenchmark", "index", Map.of("system", "ours"));
      Row oursBulk = find(rows, "IndexingBenchmark", "index", Map.of("system", "oursBulk"));
      Row stdBulk = find(rows, "IndexingBenchmark", "index", Map.of("system", "standardBulk"));
      if (ours != null && oursBulk != null && stdBulk != null) {
        // what the bulk indexer gains over add, against what Lucene's own threads gain over one
        double scaling = (ours.score() / oursBulk.score()) / (std.score() / stdBulk.score());
        ratios.put("indexing.bulk.scaling", scaling);
        md.append(
            String.format(
                Locale.ROOT,
                "%nBulk over one thread: ours %.2f×, StandardAnalyzer %.2f× (ours / StandardAnalyzer"
                    + " %.2f)%n",
                ours.score() / oursBulk.score(),
                std.score() / stdBulk.score(),
                scaling));
      }
      md.append("\n");
    }
    // Index size and full-corpus build time, from the cached indexes.
    Path root = CorpusIndex.root();
    if (Files.isDirectory(root)) {
      StringBuilder t = new StringBuilder();
      try (var dirs = Files.list(root)) {
        for (Path d :
            dirs.filter(Files::isDirectory)
                .sorted(
                    (a, b) ->
                        Integer.compare(
                            Integer.parseInt(a.getFileName().toString()),
                            Integer.parseInt(b.getFileName().toString())))
                .toList()) {
          int docs = Integer.parseInt(d.getFileName().toString());
          Properties s = CorpusIndex.meta(docs, Systems.Kind.STANDARD);
          for (Systems.Kind k : Systems.Kind.values()) {
            Properties p = CorpusIndex.meta(docs, k);
            if (p.isEmpty()) {
              continue;
            }
            long bytes = Long.parseLong(p.getProperty("bytes"));
            String ratio =
                s.isEmpty()
                    ? "-"
                    : String.format(
                        Locale.ROOT, "%.2f×", bytes / Double.parseDouble(s.getProperty("bytes")));
            t.append(
                String.format(
                    Locale.ROOT,
                    "| %,d | %s | %,.1f MiB | %s | %s s | %s |%n",
                    docs,
                    k.dirName(),
                    bytes / 1048576.0,
                    ratio,
                    p.getProperty("build.seconds"),
                    p.getProperty("docs.per.second")));
            if (k == Systems.Kind.OURS && !s.isEmpty()) {
              ratios.put("size.ratio." + docs, bytes / Double.parseDouble(s.getProperty("bytes")));
            }
          }
        }
      }
      if (t.length() > 0) {
        md.append(
            "### Index size on disk and full-corpus build (cached indexes, one build each, single-threaded writer, default IndexWriterConfig)\n\n");
        md.append(
            "| documents | system | size | size / StandardAnalyzer | build time | docs/s |\n|---|---|---|---|---|---|\n");
        md.append(t).append("\n");
      }
    }
  }

  static void analyzerTable(List<Row> rows, StringBuilder md) {
    Row std = find(rows, "AnalyzerBenchmark", "analyze", Map.of("analyzer", "standard"));
    if (std == null || !std.secondary().containsKey("tokens")) {
      return;
    }
    md.append("### Analyzer throughput (tokens emitted per second, stacked keys included)\n\n");
    md.append(
        "| analyzer | tokens/s | ratio to StandardAnalyzer | documents/s |\n|---|---|---|---|\n");
    for (String s : List.of("ours", "standard", "icu", "bm")) {
      Row r = find(rows, "AnalyzerBenchmark", "analyze", Map.of("analyzer", s));
      if (r == null) {
        continue;
      }
      double tok = r.secondary().get("tokens");
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %,.0f | %.2f× | %,.0f |%n",
              s,
              tok,
              tok / std.secondary().get("tokens"),
              r.score() * 200));
    }
    md.append("\n");
  }

  static void startupTable(List<Row> rows, StringBuilder md) {
    Row s = find(rows, "StartupBenchmark", "run", Map.of("command", "search"));
    Row j = find(rows, "StartupBenchmark", "run", Map.of("command", "javaVersion"));
    if (s == null) {
      return;
    }
    md.append("### Start-up (whole process, JMH SingleShotTime)\n\n");
    md.append(
        "| command | mean wall time | p50 | ratio to `java -version` (p50) |\n|---|---|---|---|\n");
    for (Row r : new Row[] {s, j}) {
      if (r != null) {
        md.append(
            String.format(
                Locale.ROOT,
                "| %s | %.0f ms | %.0f ms | %s |%n",
                r == s ? "`./search \"Baltrukov\"`" : "`java -version` (same JVM flags)",
                r.score(),
                r.p50(),
                j == null ? "-" : String.format(Locale.ROOT, "%.1f×", r.p50() / j.p50())));
      }
    }
    md.append("\n");
  }
}
