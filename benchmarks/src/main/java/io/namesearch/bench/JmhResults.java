package io.namesearch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** The rows of JMH's JSON result files, as {@link Report} reads them. */
final class JmhResults {

  private JmhResults() {}

  /** One JMH result row. */
  record Row(
      String benchmark,
      String method,
      Map<String, String> params,
      double score,
      double p50,
      double p99,
      String unit,
      Map<String, Double> secondary) {}

  static List<Row> read(Path file) throws IOException {
    List<Row> rows = new ArrayList<>();
    for (JsonNode r : new ObjectMapper().readTree(file.toFile())) {
      String bench = r.get("benchmark").asText();
      String cls = bench.substring(0, bench.lastIndexOf('.'));
      cls = cls.substring(cls.lastIndexOf('.') + 1);
      String method = bench.substring(bench.lastIndexOf('.') + 1);
      Map<String, String> params = new TreeMap<>();
      if (r.has("params")) {
        r.get("params")
            .fields()
            .forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
      }
      JsonNode pm = r.get("primaryMetric");
      JsonNode pct = pm.get("scorePercentiles");
      Map<String, Double> secondary = new TreeMap<>();
      if (r.has("secondaryMetrics")) {
        r.get("secondaryMetrics")
            .fields()
            .forEachRemaining(e -> secondary.put(e.getKey(), e.getValue().get("score").asDouble()));
      }
      rows.add(
          new Row(
              cls,
              method,
              params,
              pm.get("score").asDouble(),
              pct.get("50.0").asDouble(),
              pct.get("99.0").asDouble(),
              pm.get("scoreUnit").asText(),
              secondary));
    }
    return rows;
  }

  static Row find(List<Row> rows, String bench, String method, Map<String, String> params) {
    for (Row r : rows) {
      if (r.benchmark().equals(bench)
          && r.method().equals(method)
          && params.entrySet().stream()
              .allMatch(e -> e.getValue().equals(r.params().get(e.getKey())))) {
        return r;
      }
    }
    return null;
  }

  /** The QueryBenchmark row of one system ({@code method}), corpus size and query category. */
  static Row query(List<Row> rows, String method, int docs, String category) {
    return find(
        rows,
        "QueryBenchmark",
        method,
        Map.of("docs", Integer.toString(docs), "category", category));
  }

  static TreeSet<Integer> sizes(List<Row> rows) {
    TreeSet<Integer> s = new TreeSet<>();
    rows.stream()
        .filter(r -> r.benchmark().equals("QueryBenchmark"))
        .forEach(r -> s.add(Integer.parseInt(r.params().get("docs"))));
    return s;
  }
}
