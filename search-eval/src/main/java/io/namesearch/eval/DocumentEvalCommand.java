package io.namesearch.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.namesearch.cli.Subcommand;
import io.namesearch.search.Document;
import io.namesearch.search.NameIndex;
import io.namesearch.search.QueryMode;
import io.namesearch.search.SearchOptions;
import io.namesearch.search.SearchResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code search eval-docs DIR}: searches a news archive for people and scores the ranked
 * documents against relevance judgements (MAP@100, P@10, nDCG@10, recall@100, MRR, trap rate,
 * queries per CPU-second), for the product and the Lucene baselines; {@code --generate} writes
 * the development archive first.
 */
@Command(
    name = "eval-docs",
    sortOptions = false,
    description = {
      "Measure how well each system finds the documents about a person.",
      "",
      "DIR holds documents.tsv (doc_id, title, text), queries.tsv (query_id, query, type), "
          + "qrels.txt (TREC qrels: query_id 0 doc_id relevance) and optionally labels.tsv "
          + "(query_id, doc_id, label: how a relevant document names the person, or "
          + "namesake / cooccurrence for a trap). With --generate, the development archive is "
          + "written to DIR first (DIR must not exist or be empty)."
    })
public final class DocumentEvalCommand implements Callable<Integer>, Subcommand {

  /** System names: ours (person search), ours-words (bag of words), then the baselines. */
  static final List<String> SYSTEMS =
      List.of("ours", "ours-words", "standard", "icu", "bm", "dm", "fuzzy2");

  @Spec CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Parameters(index = "0", paramLabel = "DIR", description = "The collection directory.")
  Path dir;

  @Option(names = "--generate", description = "Write the development archive to DIR, then evaluate.")
  boolean generate;

  @Option(names = "--generate-only", description = "Write the development archive and stop.")
  boolean generateOnly;

  @Option(
      names = "--families",
      paramLabel = "N",
      defaultValue = "160",
      description = "Surnames in the generated archive (default ${DEFAULT-VALUE}).")
  int families;

  @Option(
      names = "--seed",
      paramLabel = "SEED",
      defaultValue = "" + PersonCorpusGenerator.SEED,
      description = "Seed of the generated archive (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--systems",
      split = ",",
      paramLabel = "NAME",
      description = "Systems to run (default: all): ours, ours-words, standard, icu, bm, dm, fuzzy2.")
  List<String> systems;

  @Option(names = "--json", description = "Print the results as JSON.")
  boolean json;

  @Option(
      names = "--show",
      paramLabel = "QUERY_ID",
      split = ",",
      description = "Print the top 10 of these queries for each system.")
  List<String> show;

  @Option(
      names = "--show-misses",
      paramLabel = "N",
      defaultValue = "0",
      description = "Print the top 10 of the first N queries that rank a trap above a relevant "
          + "document or miss one in the top 100, for each system.")
  int showMisses;

  /** The outcome of one system. */
  record Result(String name, double cpuQps, Map<String, DocumentMetrics.Mean> byType,
      Map<String, DocumentMetrics.LabelCount> byLabel) {}

  @Override
  public Integer call() throws Exception {
    CommandLine cl = spec.commandLine();
    if (generate || generateOnly) {
      if (Files.exists(dir) && (!Files.isDirectory(dir) || hasFiles(dir))) {
        throw new ParameterException(cl, "--generate: " + dir + " exists and is not empty; "
            + "refusing to overwrite it");
      }
      try {
        new PersonCorpusGenerator(seed, families).write(dir);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(cl, "--families: " + e.getMessage());
      }
      cl.getErr().println("eval-docs: wrote the development archive to " + dir);
      if (generateOnly) {
        return 0;
      }
    }
    DocumentCorpus corpus;
    try {
      corpus = DocumentCorpus.read(dir);
    } catch (IOException e) {
      throw new ParameterException(cl, e.getMessage());
    }
    List<String> names = new ArrayList<>();
    for (String s : systems == null ? SYSTEMS : systems) {
      String n = s.strip().toLowerCase(Locale.ROOT);
      if (!SYSTEMS.contains(n)) {
        throw new ParameterException(cl, "--systems: unknown system '" + s + "' (known: "
            + String.join(", ", SYSTEMS) + ")");
      }
      if (!names.contains(n)) {
        names.add(n);
      }
    }
    List<Result> results = new ArrayList<>();
    PrintWriter err = cl.getErr();
    for (String name : names) {
      err.printf(Locale.ROOT, "eval-docs: %s: %d documents, %d queries%n", name,
          corpus.texts().size(), corpus.queries().size());
      err.flush();
      results.add(run(name, corpus));
    }
    PrintWriter out = cl.getOut();
    if (json) {
      out.println(toJson(corpus, results));
    } else {
      printTable(out, corpus, results);
    }
    out.flush();
    return 0;
  }

  private static boolean hasFiles(Path dir) throws IOException {
    try (var s = Files.list(dir)) {
      return s.findAny().isPresent();
    }
  }

  private EvalSystem create(String name) {
    return switch (name) {
      case "ours" -> new OursDocuments(false);
      case "ours-words" -> new OursDocuments(true);
      default -> EvalSystems.create(name, LuceneBaseline.Stacked.SHOULD);
    };
  }

  private Result run(String name, DocumentCorpus corpus) throws IOException {
    try (EvalSystem system = create(name)) {
      system.index(corpus.texts());
      List<DocumentCorpus.Query> qs = corpus.queries();
      long warmEnd = System.nanoTime() + 2_000_000_000L;
      for (int i = 0; i < qs.size() && System.nanoTime() < warmEnd; i++) {
        system.search(qs.get(i).text(), DocumentMetrics.DEPTH);
      }
      var threads = java.lang.management.ManagementFactory.getThreadMXBean();
      int[][] rankings = new int[qs.size()][];
      long c0 = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < qs.size(); i++) {
        rankings[i] = system.search(qs.get(i).text(), DocumentMetrics.DEPTH);
      }
      double cpu = Math.max(1e-9, (threads.getCurrentThreadCpuTime() - c0) / 1e9);
      Map<String, DocumentMetrics.Mean> byType = new TreeMap<>();
      Map<String, DocumentMetrics.LabelCount> byLabel = new TreeMap<>();
      int misses = 0;
      for (int i = 0; i < qs.size(); i++) {
        DocumentCorpus.Query q = qs.get(i);
        DocumentMetrics.Scores s = DocumentMetrics.score(rankings[i], q, byLabel);
        if (s == null) {
          continue;
        }
        byType.computeIfAbsent("all", k -> new DocumentMetrics.Mean()).add(s);
        byType.computeIfAbsent(q.type(), k -> new DocumentMetrics.Mean()).add(s);
        if (q.type().startsWith("full")) {
          byType.computeIfAbsent("full (all)", k -> new DocumentMetrics.Mean()).add(s);
        }
        if (show != null && show.contains(q.id())) {
          printRanking(name, q, rankings[i], corpus);
        } else if (misses < showMisses) {
          Map<String, DocumentMetrics.LabelCount> one = new TreeMap<>();
          DocumentMetrics.score(rankings[i], q, one);
          boolean miss = false;
          for (DocumentMetrics.LabelCount c : one.values()) {
            miss |= c.aboveTraps < c.documents;
          }
          if (miss) {
            misses++;
            printRanking(name, q, rankings[i], corpus);
          }
        }
      }
      return new Result(name, qs.size() / cpu, byType, byLabel);
    }
  }

  private void printRanking(String system, DocumentCorpus.Query q, int[] ranking,
      DocumentCorpus corpus) {
    PrintWriter err = spec.commandLine().getErr();
    err.printf(Locale.ROOT, "%s %s \"%s\":%n", system, q.id(), q.text());
    int shown = 0;
    boolean trapSeen = false;
    for (int i = 0; i < ranking.length && shown < 20; i++) {
      int d = ranking[i];
      boolean relevant = q.grades().containsKey(d);
      boolean trap = DocumentCorpus.TRAP_LABELS.contains(q.labels().getOrDefault(d, ""));
      trapSeen |= trap;
      if (i >= 10 && !trap && !(relevant && trapSeen)) {
        continue; // past the top 10, only traps and the relevant documents below them
      }
      shown++;
      String label = relevant ? "relevant:" + q.labels().getOrDefault(d, "")
          : q.labels().getOrDefault(d, "-");
      String text = corpus.texts().get(d).replace('\n', ' ');
      err.printf(Locale.ROOT, "  %3d. %-6s %-22s %s%n", i + 1, corpus.docIds().get(d), label,
          text.length() > 110 ? text.substring(0, 110) + "…" : text);
    }
  }

  private static void printTable(PrintWriter out, DocumentCorpus corpus, List<Result> results) {
    out.printf(Locale.ROOT, "%d documents, %d queries%n", corpus.texts().size(),
        corpus.queries().size());
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
          row.append(String.format(Locale.ROOT, "%12.4f", r.byType().get(type).values().get(metric)));
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
    out.println("relevant documents by how they name the person: found in top 100 / above every trap");
    out.println(head);
    for (String label : results.get(0).byLabel().keySet()) {
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-26s",
          label + " (" + results.get(0).byLabel().get(label).documents + ")"));
      for (Result r : results) {
        DocumentMetrics.LabelCount c = r.byLabel().get(label);
        row.append(String.format(Locale.ROOT, "%12s", c.found + "/" + c.aboveTraps));
      }
      out.println(row);
    }
  }

  private static String toJson(DocumentCorpus corpus, List<Result> results) throws IOException {
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
        labels.putObject(e.getKey()).put("documents", e.getValue().documents)
            .put("foundAt100", e.getValue().found).put("aboveEveryTrap", e.getValue().aboveTraps);
      }
    }
    return mapper.writeValueAsString(root);
  }

  /** The product on a document collection: each document is one body, searched for people. */
  static final class OursDocuments implements EvalSystem {
    private final boolean words;
    private NameIndex index;

    OursDocuments(boolean words) {
      this.words = words;
    }

    @Override
    public String name() {
      return words ? "ours-words" : "ours";
    }

    @Override
    public void index(List<String> documents) throws IOException {
      index = NameIndex.builder().build();
      for (int i = 0; i < documents.size(); i++) {
        index.add(Document.builder(Integer.toString(i)).body(documents.get(i)).build());
      }
      index.commit();
    }

    @Override
    public int[] search(String query, int depth) throws IOException {
      SearchOptions.Builder b =
          SearchOptions.builder()
              .limit(depth)
              .fetch(SearchOptions.Fetch.ID)
              .mode(words ? QueryMode.WORDS : QueryMode.PERSON);
      SearchResult r;
      try {
        r = index.search(query, b.build());
      } catch (IllegalArgumentException e) {
        return new int[0];
      }
      int[] out = new int[r.hits().size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = Integer.parseInt(r.hits().get(i).id());
      }
      return out;
    }

    @Override
    public void close() throws IOException {
      if (index != null) {
        index.close();
      }
    }
  }
}
