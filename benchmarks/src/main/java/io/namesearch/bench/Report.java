package io.namesearch.bench;

import static io.namesearch.bench.JmhResults.find;
import static io.namesearch.bench.JmhResults.sizes;

import io.namesearch.bench.JmhResults.Row;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

/**
 * Turns JMH JSON results into a Markdown table of ratios (against the TermQuery and the
 * StandardAnalyzer measured in the same run), PNG charts, and, with {@code --guard}, checks the
 * ratios against the bounds in a checked-in file (exit code 1 when one is crossed).
 *
 * <pre>Report --out DIR [--guard BOUNDS] [--machine TEXT] RESULT.json...</pre>
 */
public final class Report {

  static final List<String> SYSTEMS = List.of("ours", "termQuery", "fuzzy2", "beiderMorse", "icu");
  static final List<String> CATEGORIES =
      List.of("Exact", "Scheme", "Cyrillic", "Typo", "FullName", "Absent");

  private Report() {}

  public static void main(String[] args) throws IOException {
    System.setProperty("java.awt.headless", "true");
    Path out = null;
    Path bounds = null;
    String machine = "";
    List<Path> inputs = new ArrayList<>();
    Path guardFigures = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--ratios" -> guardFigures = Path.of(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        case "--guard" -> bounds = Path.of(args[++i]);
        case "--machine" -> machine = args[++i];
        default -> inputs.add(Path.of(args[i]));
      }
    }
    if (out == null || inputs.isEmpty()) {
      System.err.println(
          "usage: Report --out DIR [--guard BOUNDS] [--ratios GUARDLOOP.properties] [--machine TEXT]"
              + " RESULT.json...");
      System.exit(2);
    }
    Files.createDirectories(out);
    List<Row> rows = new ArrayList<>();
    for (Path p : inputs) {
      if (Files.exists(p)) {
        rows.addAll(JmhResults.read(p));
      }
    }
    StringBuilder md = new StringBuilder();
    Map<String, Double> ratios = new LinkedHashMap<>();
    md.append("Measured on: ").append(machine).append("\n\n");
    queryTables(rows, md, ratios);
    if (guardFigures != null) {
      GuardLoop.table(guardFigures, md, ratios);
    }
    indexingTables(rows, md, ratios);
    analyzerTable(rows, md);
    startupTable(rows, md);
    ReportCharts.charts(rows, out, md);
    Files.writeString(out.resolve("results.md"), md.toString());
    System.out.print(md);
    if (bounds != null) {
      System.exit(guard(bounds, ratios) ? 0 : 1);
    }
  }

  static void queryTables(List<Row> rows, StringBuilder md, Map<String, Double> ratios) {
    for (int docs : sizes(rows)) {
      md.append(
          String.format(
              Locale.ROOT, "### Query latency, %,d documents (JMH SampleTime, top 10)%n%n", docs));
      md.append(
              "Ratios of p50 (p99 in brackets) to the StandardAnalyzer TermQuery p50 (p99) of the same category in the same run; ")
          .append(
              "lower is faster. Last column: the TermQuery's own p50 / p99 in µs, for scale.\n\n");
      md.append(
          "| category | ours | fuzzy2 | beiderMorse | icu | termQuery µs p50 / p99 |\n|---|---|---|---|---|---|\n");
      for (String cat : CATEGORIES) {
        Map<String, String> p = Map.of("docs", Integer.toString(docs), "category", cat);
        Row term = find(rows, "QueryBenchmark", "termQuery", p);
        if (term == null) {
          continue;
        }
        md.append("| ").append(cat);
        for (String s : List.of("ours", "fuzzy2", "beiderMorse", "icu")) {
          Row r = find(rows, "QueryBenchmark", s, p);
          md.append(" | ")
              .append(
                  r == null
                      ? "-"
                      : String.format(
                          Locale.ROOT,
                          "%.2f× (%.2f×)",
                          r.p50() / term.p50(),
                          r.p99() / term.p99()));
          if (r != null && s.equals("ours")) {
            ratios.put("query.p50.ratio." + cat, r.p50() / term.p50());
          }
        }
        md.append(String.format(Locale.ROOT, " | %.1f / %.1f |%n", term.p50(), term.p99()));
      }
      boolean heavy =
          rows.stream()
              .anyMatch(
                  r ->
                      r.benchmark().equals("QueryBenchmark")
                          && r.params().get("docs").equals(Integer.toString(docs))
                          && !r.method().equals("ours")
                          && !r.method().equals("termQuery"));
      if (!heavy) {
        md.append("\n");
        continue;
      }
      md.append(
          "\nOurs against the heavier baselines (their p50 / our p50; higher means ours is faster):\n\n");
      md.append(
          "| category | fuzzy2 / ours | beiderMorse / ours | icu / ours |\n|---|---|---|---|\n");
      for (String cat : CATEGORIES) {
        Map<String, String> p = Map.of("docs", Integer.toString(docs), "category", cat);
        Row ours = find(rows, "QueryBenchmark", "ours", p);
        if (ours == null) {
          continue;
        }
        md.append("| ").append(cat);
        for (String s : List.of("fuzzy2", "beiderMorse", "icu")) {
          Row r = find(rows, "QueryBenchmark", s, p);
          md.append(" | ")
              .append(r == null ? "-" : String.format(Locale.ROOT, "%.1f×", r.p50() / ours.p50()));
        }
        md.append(" |\n");
      }
      md.append("\n");
    }
    TreeSet<Integer> sizes = sizes(rows);
    if (sizes.size() > 1) {
      int small = sizes.first();
      md.append(
          String.format(
              Locale.ROOT,
              "### Latency growth with corpus size (p50 at each size / p50 at %,d documents)%n%n",
              small));
      md.append("| system | category");
      for (int d : sizes.tailSet(small, false)) {
        md.append(String.format(Locale.ROOT, " | %,d", d));
      }
      md.append(" |\n|---|---").append("|---".repeat(sizes.size() - 1)).append("|\n");
      for (String s : List.of("ours", "termQuery")) {
        for (String cat : CATEGORIES) {
          Row base =
              find(
                  rows,
                  "QueryBenchmark",
                  s,
                  Map.of("docs", Integer.toString(small), "category", cat));
          if (base == null) {
            continue;
          }
          md.append("| ").append(s).append(" | ").append(cat);
          for (int d : sizes.tailSet(small, false)) {
            Row r =
                find(
                    rows,
                    "QueryBenchmark",
                    s,
                    Map.of("docs", Integer.toString(d), "category", cat));
            md.append(" | ")
                .append(
                    r == null ? "-" : String.format(Locale.ROOT, "%.2f×", r.p50() / base.p50()));
          }
          md.append(" |\n");
        }
      }
      md.append("\n");
    }
  }

  static void indexingTables(List<Row> rows, StringBuilder md, Map<String, Double> ratios)
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

  /** Checks each {@code NAME.max} / {@code NAME.min} bound against the measured ratio NAME. */
  static boolean guard(Path file, Map<String, Double> ratios) throws IOException {
    Properties bounds = new Properties();
    try (Reader r = Files.newBufferedReader(file)) {
      bounds.load(r);
    }
    boolean ok = true;
    System.out.println("Guard (" + file + "):");
    for (String key : new TreeSet<>(bounds.stringPropertyNames())) {
      boolean max = key.endsWith(".max");
      String name = key.substring(0, key.lastIndexOf('.'));
      double bound = Double.parseDouble(bounds.getProperty(key));
      Double v = ratios.get(name);
      if (v == null) {
        System.out.printf(Locale.ROOT, "  MISSING %s: no measurement%n", name);
        ok = false;
        continue;
      }
      boolean pass = max ? v <= bound : v >= bound;
      System.out.printf(
          Locale.ROOT,
          "  %s %s = %.2f (%s %.2f)%n",
          pass ? "ok  " : "FAIL",
          name,
          v,
          max ? "max" : "min",
          bound);
      ok &= pass;
    }
    System.out.println(ok ? "Guard passed." : "Guard FAILED: a ratio crossed its bound.");
    return ok;
  }
}
