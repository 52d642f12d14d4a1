package io.namesearch.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The two output formats of {@code search eval}: the text table and the JSON document, from the
 * same results.
 *
 * @param gold the gold file, as given
 * @param set the gold set read from it
 * @param queries how many queries ran
 * @param skipped how many of them had no other spelling in their group (not scored)
 * @param depth hits per query that count
 * @param stacked how the Lucene baselines combined stacked tokens
 * @param dims the breakdowns, in order
 * @param results one per system, in order
 */
record EvalReport(
    Path gold,
    GoldSet set,
    int queries,
    int skipped,
    int depth,
    LuceneBaseline.Stacked stacked,
    List<String> dims,
    List<EvalRun.SystemResult> results) {

  /** The segment values of one dimension, largest first (by query count of the first system). */
  private static List<String> segmentValues(List<EvalRun.SystemResult> results, String dim) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (EvalRun.SystemResult r : results) {
      r.segments().get(dim).forEach((v, m) -> counts.merge(v, m.queries(), Math::max));
    }
    List<String> values = new ArrayList<>(counts.keySet());
    values.sort(Comparator.comparing((String v) -> -counts.get(v)).thenComparing(v -> v));
    return values;
  }

  /** The results as the text table {@code search eval} prints. */
  void printTable(PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "%s: %d rows, %d groups; %d documents (%d variants + %d Cyrillic forms); "
            + "%d queries (%d without another spelling in their group, not scored); depth %d%n",
        gold,
        set.rows().size(),
        set.groups(),
        set.documents().size(),
        set.variantDocuments(),
        set.documents().size() - set.variantDocuments(),
        queries,
        skipped,
        depth);
    out.printf(
        Locale.ROOT,
        "protocol: %s; %s; stacked tokens: %s%n%n",
        set.options().documentPerGroup()
            ? "one document per (group, string)"
            : "one document per distinct string",
        set.options().cyrillicQueries()
            ? "variants and Cyrillic forms as queries"
            : "variants as queries",
        stacked.name().toLowerCase(Locale.ROOT));
    // Segment titles have a line of their own, so the label column only holds metric names.
    int labelWidth = 22;
    int colWidth = 9;
    for (EvalRun.SystemResult r : results) {
      colWidth = Math.max(colWidth, r.name().length() + 2);
    }
    String labelFmt = "%-" + labelWidth + "s";
    String numFmt = "%" + colWidth + ".3f";
    String strFmt = "%" + colWidth + "s";

    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, labelFmt, ""));
    for (EvalRun.SystemResult r : results) {
      head.append(String.format(Locale.ROOT, strFmt, r.name()));
    }
    out.println(head);

    List<String[]> segs = new ArrayList<>();
    segs.add(new String[] {"all", "all"});
    for (String d : dims) {
      for (String v : segmentValues(results, d)) {
        segs.add(new String[] {d, v});
      }
    }
    for (String[] seg : segs) {
      int count = 0;
      for (EvalRun.SystemResult r : results) {
        Metrics.Mean m = r.segments().get(seg[0]).get(seg[1]);
        count = Math.max(count, m == null ? 0 : m.queries());
      }
      String label = seg[0].equals("all") ? "all" : seg[0] + "=" + seg[1];
      out.println(label + " (" + count + " q)");
      String[] metricNames = {"  MAP", "  recall", "  P@R"};
      for (int k = 0; k < 3; k++) {
        StringBuilder line =
            new StringBuilder(String.format(Locale.ROOT, labelFmt, metricNames[k]));
        for (EvalRun.SystemResult r : results) {
          Metrics.Mean m = r.segments().get(seg[0]).get(seg[1]);
          if (m == null || m.queries() == 0) {
            line.append(String.format(Locale.ROOT, strFmt, "-"));
          } else {
            double v = k == 0 ? m.map() : k == 1 ? m.recall() : m.precisionAtR();
            line.append(String.format(Locale.ROOT, numFmt, v));
          }
        }
        out.println(line);
      }
    }
    out.println();
    StringBuilder qps =
        new StringBuilder(String.format(Locale.ROOT, labelFmt, "queries/s (1 thread)"));
    StringBuilder cpu = new StringBuilder(String.format(Locale.ROOT, labelFmt, "queries/CPU-s"));
    StringBuilder idx = new StringBuilder(String.format(Locale.ROOT, labelFmt, "index time (s)"));
    for (EvalRun.SystemResult r : results) {
      qps.append(String.format(Locale.ROOT, "%" + colWidth + ".0f", r.qps()));
      cpu.append(String.format(Locale.ROOT, "%" + colWidth + ".0f", r.cpuQps()));
      idx.append(String.format(Locale.ROOT, "%" + colWidth + ".2f", r.indexSeconds()));
    }
    out.println(qps);
    out.println(cpu);
    out.println(idx);
  }

  /** The results as the JSON document of {@code search eval --json}. */
  String toJson() throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("gold", gold.toString());
    root.put("rows", set.rows().size());
    root.put("groups", set.groups());
    root.put("documents", set.documents().size());
    root.put("variantDocuments", set.variantDocuments());
    root.put("cyrillicDocuments", set.documents().size() - set.variantDocuments());
    root.put("queries", queries);
    root.put("unscoredQueries", skipped);
    root.put("depth", depth);
    root.put("documentPerGroup", set.options().documentPerGroup());
    root.put("cyrillicQueries", set.options().cyrillicQueries());
    root.put("stacked", stacked.name().toLowerCase(Locale.ROOT));
    ArrayNode by = root.putArray("by");
    dims.forEach(by::add);
    ArrayNode systemsNode = root.putArray("systems");
    for (EvalRun.SystemResult r : results) {
      ObjectNode s = systemsNode.addObject();
      s.put("name", r.name());
      s.put("queriesPerSecond", r.qps());
      s.put("queriesPerCpuSecond", r.cpuQps());
      s.put("querySeconds", r.querySeconds());
      s.put("indexSeconds", r.indexSeconds());
      s.set("all", metrics(mapper, r.segments().get("all").get("all")));
      ObjectNode byNode = s.putObject("by");
      for (String d : dims) {
        ObjectNode dn = byNode.putObject(d);
        for (String v : segmentValues(List.of(r), d)) {
          dn.set(v, metrics(mapper, r.segments().get(d).get(v)));
        }
      }
    }
    return mapper.writeValueAsString(root);
  }

  private static ObjectNode metrics(ObjectMapper mapper, Metrics.Mean m) {
    ObjectNode n = mapper.createObjectNode();
    if (m == null) {
      n.put("queries", 0);
      return n;
    }
    n.put("queries", m.queries());
    n.put("map", m.map());
    n.put("recall", m.recall());
    n.put("precisionAtR", m.precisionAtR());
    return n;
  }
}
