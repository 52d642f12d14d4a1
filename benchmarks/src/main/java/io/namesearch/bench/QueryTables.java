package io.namesearch.bench;

import static io.namesearch.bench.JmhResults.query;
import static io.namesearch.bench.JmhResults.sizes;
import static io.namesearch.bench.Report.CATEGORIES;

import io.namesearch.bench.JmhResults.Row;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The query latency tables of the benchmark report: for each corpus size, each query category's
 * latency per system and its ratio to the TermQuery measured in the same run (the ratios the guard
 * checks).
 */
final class QueryTables {

  private QueryTables() {}

  /** Appends the tables to {@code md} and the ratios to {@code ratios}. */
  static void append(List<Row> rows, StringBuilder md, Map<String, Double> ratios) {
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
      categoryRows(
          rows,
          docs,
          "termQuery",
          List.of("ours", "fuzzy2", "beiderMorse", "icu"),
          (r, term) ->
              String.format(
                  Locale.ROOT, "%.2f× (%.2f×)", r.p50() / term.p50(), r.p99() / term.p99()),
          term -> String.format(Locale.ROOT, " | %.1f / %.1f |%n", term.p50(), term.p99()),
          md);
      for (String cat : CATEGORIES) {
        Row term = query(rows, "termQuery", docs, cat);
        Row ours = query(rows, "ours", docs, cat);
        if (term != null && ours != null) {
          ratios.put("query.p50.ratio." + cat, ours.p50() / term.p50());
        }
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
      categoryRows(
          rows,
          docs,
          "ours",
          List.of("fuzzy2", "beiderMorse", "icu"),
          (r, ours) -> String.format(Locale.ROOT, "%.1f×", r.p50() / ours.p50()),
          ours -> " |\n",
          md);
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
          Row base = query(rows, s, small, cat);
          if (base == null) {
            continue;
          }
          md.append("| ").append(s).append(" | ").append(cat);
          for (int d : sizes.tailSet(small, false)) {
            Row r = query(rows, s, d, cat);
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

  /**
   * Appends one table row per category that {@code base} was measured in: a cell per system, its
   * {@code cell} against the base row ({@code -} where it was not measured), then the base row's
   * {@code end}.
   */
  private static void categoryRows(
      List<Row> rows,
      int docs,
      String base,
      List<String> systems,
      BiFunction<Row, Row, String> cell,
      Function<Row, String> end,
      StringBuilder md) {
    for (String cat : CATEGORIES) {
      Row b = query(rows, base, docs, cat);
      if (b == null) {
        continue;
      }
      md.append("| ").append(cat);
      for (String s : systems) {
        Row r = query(rows, s, docs, cat);
        md.append(" | ").append(r == null ? "-" : cell.apply(r, b));
      }
      md.append(end.apply(b));
    }
  }
}
