package io.namesearch.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The two output formats of {@code search eval-docs}: text tables and JSON. */
final class DocumentReport {

  private DocumentReport() {}

  /** The outcome of one system. */
  record Result(
      String name,
      double cpuQps,
      Map<String, DocumentMetrics.Mean> byType,
      Map<String, DocumentMetrics.LabelCount> byLabel) {}

  /** The results as the text tables {@code search eval-docs} prints. */
  static void printTable(PrintWriter out, DocumentCorpus corpus, List<Result> results) {
    out.printf(
        Locale.ROOT, "%d documents, %d queries%n", corpus.texts().size(), corpus.queries().size());
    List<String> types = new ArrayList<>(results.get(0).byType().keySet());
    types.remove("all");
    types.add(0, "all");
    String head = String.format(Locale.ROOT, "%-26s", "");
    for (Result r : results) {
      head += String.format(Locale.ROOT, "%12s", r.name());
    }
    for (String type : types) {
      DocumentMetrics.Mean any = results.get(0).byType().get(type);
      out.println();
      out.printf(Locale.ROOT, "queries: %s (%d)%n", type, any.queries);
      out.println(head);
      for (String metric : any.values().keySet()) {
        StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-26s", metric));
        for (Result r : results) {
          row.append(
              String.format(Locale.ROOT, "%12.4f", r.byType().get(type).values().get(metric)));
        }
        out.println(row);
      }
    }
    out.println();
    StringBuilder cpu = new StringBuilder(String.format(Locale.ROOT, "%-26s", "queries/CPU-s"));
    for (Result r : results) {
      cpu.append(String.format(Locale.ROOT, "%12.0f", r.cpuQps()));
    }
    out.println(cpu);
    out.println();
    out.println(
        "relevant documents by how they name the person: found in top 100 / above every trap");
    out.println(head);
    for (String label : results.get(0).byLabel().keySet()) {
      StringBuilder row =
          new StringBuilder(
              String.format(
                  Locale.ROOT,
                  "%-26s",
                  label + " (" + results.get(0).byLabel().get(label).documents + ")"));
      for (Result r : results) {
        DocumentMetrics.LabelCount c = r.byLabel().get(label);
        row.append(String.format(Locale.ROOT, "%12s", c.found + "/" + c.aboveTraps));
      }
      out.println(row);
    }
  }

  /** The results as the JSON document of {@code search eval-docs --json}. */
  static String toJson(DocumentCorpus corpus, List<Result> results) throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("documents", corpus.texts().size());
    root.put("queries", corpus.queries().size());
    ObjectNode systems = root.putObject("systems");
    for (Result r : results) {
      ObjectNode s = systems.putObject(r.name());
      s.put("queriesPerCpuSecond", r.cpuQps());
      ObjectNode types = s.putObject("byQueryType");
      for (Map.Entry<String, DocumentMetrics.Mean> e : r.byType().entrySet()) {
        ObjectNode t = types.putObject(e.getKey());
        t.put("queries", e.getValue().queries);
        e.getValue().values().forEach(t::put);
      }
      ObjectNode labels = s.putObject("relevantByLabel");
      for (Map.Entry<String, DocumentMetrics.LabelCount> e : r.byLabel().entrySet()) {
        labels
            .putObject(e.getKey())
            .put("documents", e.getValue().documents)
            .put("foundAt100", e.getValue().found)
            .put("aboveEveryTrap", e.getValue().aboveTraps);
      }
    }
    return mapper.writeValueAsString(root);
  }
}
