package io.namesearch.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.namesearch.cli.Subcommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code search eval GOLD.tsv}: ranks every spelling of every name against all the others and
 * reports MAP, recall, precision at R and queries per second for the product and the Lucene
 * baselines.
 */
@Command(
    name = "eval",
    sortOptions = false,
    description = {
      "Measure how well each system finds the other spellings of a name.",
      "",
      "GOLD is a tab-separated file with the header "
          + "group_id, cyrillic_form, variant, lang_or_scheme, kind. Every distinct variant and "
          + "Cyrillic form is one document; every (group_id, variant) row is one query, and the "
          + "documents of the same group (except the query's own string) are the relevant ones. "
          + "Queries whose group has no other document are run but not scored.",
      "",
      "The reference baseline protocol is --document-per-group --cyrillic-queries."
    })
public final class EvalCommand implements Callable<Integer>, Subcommand {

  /** Breakdowns {@code --by} accepts. */
  static final List<String> DIMENSIONS = List.of("kind", "lang_or_scheme", "source");

  @Spec CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Parameters(index = "0", arity = "0..1", paramLabel = "GOLD", description = "The gold TSV file.")
  Path gold;

  @Option(
      names = "--pairs",
      paramLabel = "FILE",
      description = "Evaluate name-to-name matching on labelled pairs instead (tab-separated "
          + "name_a, name_b, should_match, source); --systems then takes "
          + "ours, ours-nicknames, jaro-winkler, levenshtein, beider-morse, fuzzy2.")
  Path pairs;

  @Option(
      names = "--systems",
      split = ",",
      paramLabel = "NAME",
      description = "Systems to run, comma-separated (default: all available): ${COMPLETION-CANDIDATES}.",
      completionCandidates = SystemNames.class)
  List<String> systems;

  @Option(
      names = {"--depth", "--limit"},
      paramLabel = "N",
      defaultValue = "1000",
      description = "How many hits per query count (default: ${DEFAULT-VALUE}).")
  int depth;

  @Option(
      names = "--by",
      split = ",",
      paramLabel = "DIM",
      description = "Break down by kind, lang_or_scheme, source (group_id prefix) or none; "
          + "repeatable (default: kind).")
  List<String> by;

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      description = "Only queries of this kind, such as person or place (all documents stay indexed).")
  String kind;

  @Option(
      names = "--sample",
      paramLabel = "N",
      description = "Evaluate a random sample of N queries (fixed --seed).")
  Integer sample;

  @Option(
      names = "--seed",
      paramLabel = "SEED",
      defaultValue = "42",
      description = "Seed for --sample (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--max-queries",
      paramLabel = "N",
      description = "Evaluate only the first N queries.")
  Integer maxQueries;

  @Option(
      names = "--no-cyrillic-docs",
      description = "Index the variants only; by default the Cyrillic forms are documents too.")
  boolean noCyrillicDocs;

  @Option(
      names = "--document-per-group",
      description = "A string that occurs in several groups is a separate document in each "
          + "(the reference protocol); by default it is one document relevant to all of them.")
  boolean documentPerGroup;

  @Option(
      names = "--cyrillic-queries",
      description = "Also use every distinct (group_id, cyrillic_form) as a query "
          + "(lang_or_scheme 'cyrillic'); implies Cyrillic documents.")
  boolean cyrillicQueries;

  @Option(
      names = "--warmup",
      paramLabel = "N",
      defaultValue = "1000",
      description = "Untimed warm-up queries per system, stopped after about 3 s "
          + "(default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--json", description = "Print the results as JSON.")
  boolean json;

  @Option(
      names = "--stacked",
      paramLabel = "MODE",
      defaultValue = "should",
      converter = StackedConverter.class,
      description = "How the Lucene baselines combine tokens stacked at one position "
          + "(Beider-Morse and Daitch-Mokotoff codes): should (nested OR of term queries, "
          + "the reference protocol) or synonym (one SynonymQuery per position). "
          + "Default: ${DEFAULT-VALUE}.")
  LuceneBaseline.Stacked stacked;

  static final class StackedConverter implements CommandLine.ITypeConverter<LuceneBaseline.Stacked> {
    @Override
    public LuceneBaseline.Stacked convert(String value) {
      try {
        return LuceneBaseline.Stacked.valueOf(value.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException("expected should or synonym, got '" + value + "'");
      }
    }
  }

  /** The picocli completion candidates for {@code --systems}. */
  static final class SystemNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return EvalSystems.knownNames().iterator();
    }
  }

  /** The outcome of one system. */
  record SystemResult(
      String name,
      double indexSeconds,
      double querySeconds,
      double queryCpuSeconds,
      int timedQueries,
      Map<String, Map<String, Metrics.Mean>> segments) {
    double qps() {
      return timedQueries / querySeconds;
    }

    /** Queries per second of the query thread's own CPU time: steadier on a shared machine. */
    double cpuQps() {
      return timedQueries / queryCpuSeconds;
    }
  }

  @Override
  public Integer call() throws Exception {
    CommandLine cl = spec.commandLine();
    if (pairs != null) {
      return PairsCommand.run(cl, gold, pairs, systems, json);
    }
    if (gold == null) {
      throw new ParameterException(cl, "Missing required parameter: 'GOLD' (or give --pairs FILE)");
    }
    if (depth < 1) {
      throw new ParameterException(cl, "--depth must be at least 1, got " + depth);
    }
    if (sample != null && sample < 1) {
      throw new ParameterException(cl, "--sample must be at least 1, got " + sample);
    }
    if (maxQueries != null && maxQueries < 1) {
      throw new ParameterException(cl, "--max-queries must be at least 1, got " + maxQueries);
    }
    if (warmup < 0) {
      throw new ParameterException(cl, "--warmup must not be negative, got " + warmup);
    }
    List<String> dims = dimensions(cl);

    GoldSet set;
    try {
      set = GoldSet.read(
          gold, new GoldSet.Options(!noCyrillicDocs, cyrillicQueries, documentPerGroup));
    } catch (GoldSet.FormatException e) {
      throw new ParameterException(cl, e.getMessage());
    } catch (IOException e) {
      throw new ParameterException(cl, "cannot read gold file " + gold + ": " + e.getMessage());
    }
    List<GoldSet.Query> queries = selectQueries(set, cl);
    List<String> names = systemNames(cl);
    int skipped = (int) queries.stream().filter(q -> q.relevant().length == 0).count();

    PrintWriter err = cl.getErr();
    List<SystemResult> results = new ArrayList<>();
    for (String name : names) {
      err.printf(Locale.ROOT, "eval: %s: indexing %d documents, %d queries%n", name,
          set.documents().size(), queries.size());
      err.flush();
      results.add(run(name, set, queries, dims));
    }

    PrintWriter out = cl.getOut();
    if (json) {
      out.println(toJson(set, queries.size(), skipped, dims, results));
    } else {
      printTable(out, set, queries.size(), skipped, dims, results);
    }
    out.flush();
    return 0;
  }

  private List<String> dimensions(CommandLine cl) {
    List<String> dims = new ArrayList<>();
    for (String d : by == null ? List.of("kind") : by) {
      String key = d.strip().toLowerCase(Locale.ROOT);
      switch (key) {
        case "none", "" -> {}
        case "scheme", "lang", "lang_or_scheme" -> add(dims, "lang_or_scheme");
        case "kind", "source" -> add(dims, key);
        default -> throw new ParameterException(cl,
            "--by: unknown breakdown '" + d + "' (use kind, lang_or_scheme, source or none)");
      }
    }
    return dims;
  }

  private static void add(List<String> list, String s) {
    if (!list.contains(s)) {
      list.add(s);
    }
  }

  private List<String> systemNames(CommandLine cl) {
    List<String> names = new ArrayList<>();
    if (systems == null || systems.isEmpty()) {
      for (String n : EvalSystems.knownNames()) {
        if (EvalSystems.isAvailable(n)) {
          names.add(n);
        } else {
          cl.getErr().println("eval: skipping '" + n + "': not available in this build");
        }
      }
      return names;
    }
    for (String s : systems) {
      String n = s.strip().toLowerCase(Locale.ROOT);
      if (n.isEmpty()) {
        continue;
      }
      if (!EvalSystems.knownNames().contains(n)) {
        throw new ParameterException(cl, "--systems: unknown system '" + s + "' (known: "
            + String.join(", ", EvalSystems.knownNames()) + ")");
      }
      if (!EvalSystems.isAvailable(n)) {
        throw new ParameterException(cl, "--systems: '" + n + "' is not available in this build");
      }
      add(names, n);
    }
    if (names.isEmpty()) {
      throw new ParameterException(cl, "--systems: no system given");
    }
    return names;
  }

  private List<GoldSet.Query> selectQueries(GoldSet set, CommandLine cl) {
    List<GoldSet.Query> qs = new ArrayList<>(set.queries());
    if (kind != null) {
      String k = kind.strip();
      qs.removeIf(q -> !q.row().kind().equalsIgnoreCase(k));
      if (qs.isEmpty()) {
        throw new ParameterException(cl, "--kind: no queries of kind '" + kind + "' in " + gold);
      }
    }
    if (sample != null && sample < qs.size()) {
      List<GoldSet.Query> shuffled = new ArrayList<>(qs);
      java.util.Collections.shuffle(shuffled, new Random(seed));
      List<GoldSet.Query> picked = new ArrayList<>(shuffled.subList(0, sample));
      picked.sort(Comparator.comparingInt(q -> q.row().line()));
      qs = picked;
    }
    if (maxQueries != null && maxQueries < qs.size()) {
      qs = new ArrayList<>(qs.subList(0, maxQueries));
    }
    return qs;
  }

  private SystemResult run(String name, GoldSet set, List<GoldSet.Query> queries,
      List<String> dims) throws IOException {
    try (EvalSystem system = EvalSystems.create(name, stacked)) {
      long t0 = System.nanoTime();
      system.index(set.documents());
      double indexSeconds = (System.nanoTime() - t0) / 1e9;

      // The own document may come back among the hits; ask for one more to keep `depth` others.
      int ask = depth + 1;
      int n = queries.size();
      // Warm-up: the first queries (cycling when there are few), at most about 3 seconds.
      long warmEnd = System.nanoTime() + 3_000_000_000L;
      for (int i = 0; i < warmup && n > 0 && System.nanoTime() < warmEnd; i++) {
        system.search(queries.get(i % n).row().variant(), ask);
      }
      int[][] rankings = new int[n][];
      java.lang.management.ThreadMXBean threads =
          java.lang.management.ManagementFactory.getThreadMXBean();
      long c0 = threads.getCurrentThreadCpuTime();
      long q0 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        rankings[i] = system.search(queries.get(i).row().variant(), ask);
      }
      double querySeconds = Math.max(1e-9, (System.nanoTime() - q0) / 1e9);
      double queryCpuSeconds = Math.max(1e-9, (threads.getCurrentThreadCpuTime() - c0) / 1e9);

      Map<String, Map<String, Metrics.Mean>> segments = new LinkedHashMap<>();
      segments.put("all", new LinkedHashMap<>());
      for (String d : dims) {
        segments.put(d, new LinkedHashMap<>());
      }
      for (int i = 0; i < n; i++) {
        GoldSet.Query q = queries.get(i);
        if (q.relevant().length == 0) {
          continue;
        }
        Metrics.Scores s = Metrics.score(rankings[i], q.relevant(), q.ownDoc(), depth);
        segments.get("all").computeIfAbsent("all", k -> new Metrics.Mean()).add(s);
        for (String d : dims) {
          segments.get(d).computeIfAbsent(value(q.row(), d), k -> new Metrics.Mean()).add(s);
        }
      }
      return new SystemResult(name, indexSeconds, querySeconds, queryCpuSeconds, n, segments);
    }
  }

  static String value(GoldSet.Row row, String dimension) {
    return switch (dimension) {
      case "kind" -> row.kind();
      case "lang_or_scheme" -> row.scheme();
      case "source" -> {
        int colon = row.group().indexOf(':');
        yield colon > 0 ? row.group().substring(0, colon) : GoldSet.NONE;
      }
      default -> throw new IllegalArgumentException(dimension);
    };
  }

  /** The segment values of one dimension, largest first (by query count of the first system). */
  private static List<String> segmentValues(List<SystemResult> results, String dim) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (SystemResult r : results) {
      r.segments().get(dim).forEach((v, m) -> counts.merge(v, m.queries(), Math::max));
    }
    List<String> values = new ArrayList<>(counts.keySet());
    values.sort(Comparator.comparing((String v) -> -counts.get(v)).thenComparing(v -> v));
    return values;
  }

  private void printTable(PrintWriter out, GoldSet set, int queries, int skipped,
      List<String> dims, List<SystemResult> results) {
    out.printf(Locale.ROOT,
        "%s: %d rows, %d groups; %d documents (%d variants + %d Cyrillic forms); "
            + "%d queries (%d without another spelling in their group, not scored); depth %d%n",
        gold, set.rows().size(), set.groups(), set.documents().size(), set.variantDocuments(),
        set.documents().size() - set.variantDocuments(), queries, skipped, depth);
    out.printf(Locale.ROOT, "protocol: %s; %s; stacked tokens: %s%n%n",
        set.options().documentPerGroup() ? "one document per (group, string)"
            : "one document per distinct string",
        set.options().cyrillicQueries() ? "variants and Cyrillic forms as queries"
            : "variants as queries",
        stacked.name().toLowerCase(Locale.ROOT));
    // Segment titles have a line of their own, so the label column only holds metric names.
    int labelWidth = 22;
    int colWidth = 9;
    for (SystemResult r : results) {
      colWidth = Math.max(colWidth, r.name().length() + 2);
    }
    String labelFmt = "%-" + labelWidth + "s";
    String numFmt = "%" + colWidth + ".3f";
    String strFmt = "%" + colWidth + "s";

    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, labelFmt, ""));
    for (SystemResult r : results) {
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
      for (SystemResult r : results) {
        Metrics.Mean m = r.segments().get(seg[0]).get(seg[1]);
        count = Math.max(count, m == null ? 0 : m.queries());
      }
      String label = seg[0].equals("all") ? "all" : seg[0] + "=" + seg[1];
      out.println(label + " (" + count + " q)");
      String[] metricNames = {"  MAP", "  recall", "  P@R"};
      for (int k = 0; k < 3; k++) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, labelFmt, metricNames[k]));
        for (SystemResult r : results) {
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
    StringBuilder qps = new StringBuilder(String.format(Locale.ROOT, labelFmt, "queries/s (1 thread)"));
    StringBuilder cpu = new StringBuilder(String.format(Locale.ROOT, labelFmt, "queries/CPU-s"));
    StringBuilder idx = new StringBuilder(String.format(Locale.ROOT, labelFmt, "index time (s)"));
    for (SystemResult r : results) {
      qps.append(String.format(Locale.ROOT, "%" + colWidth + ".0f", r.qps()));
      cpu.append(String.format(Locale.ROOT, "%" + colWidth + ".0f", r.cpuQps()));
      idx.append(String.format(Locale.ROOT, "%" + colWidth + ".2f", r.indexSeconds()));
    }
    out.println(qps);
    out.println(cpu);
    out.println(idx);
  }

  private String toJson(GoldSet set, int queries, int skipped, List<String> dims,
      List<SystemResult> results) throws IOException {
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
    for (SystemResult r : results) {
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
