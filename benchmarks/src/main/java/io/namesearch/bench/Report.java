package io.namesearch.bench;

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
    QueryTables.append(rows, md, ratios);
    if (guardFigures != null) {
      GuardLoop.table(guardFigures, md, ratios);
    }
    IndexingTables.append(rows, md, ratios);
    IndexingTables.analyzerTable(rows, md);
    IndexingTables.startupTable(rows, md);
    ReportCharts.charts(rows, out, md);
    Files.writeString(out.resolve("results.md"), md.toString());
    System.out.print(md);
    if (bounds != null) {
      System.exit(guard(bounds, ratios) ? 0 : 1);
    }
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
