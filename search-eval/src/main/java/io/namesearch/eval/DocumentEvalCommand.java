package io.namesearch.eval;

import io.namesearch.cli.Subcommand;
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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code search eval-docs DIR}: searches a news archive for people and scores the ranked documents
 * against relevance judgements (MAP@100, P@10, nDCG@10, recall@100, MRR, trap rate, queries per
 * CPU-second), for the product and the Lucene baselines; {@code --generate} writes the development
 * archive first.
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

  @Mixin EvalOptions.Help help;

  @Parameters(index = "0", paramLabel = "DIR", description = "The collection directory.")
  Path dir;

  @Option(
      names = "--generate",
      description = "Write the development archive to DIR, then evaluate.")
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
      description =
          "Systems to run (default: all): ours, ours-words, standard, icu, bm, dm, fuzzy2.")
  List<String> systems;

  @Mixin EvalOptions.Json output;

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
      description =
          "Print the top 10 of the first N queries that rank a trap above a relevant "
              + "document or miss one in the top 100, for each system.")
  int showMisses;

  @Override
  public Integer call() throws Exception {
    CommandLine cl = spec.commandLine();
    if (generate || generateOnly) {
      if (Files.exists(dir) && (!Files.isDirectory(dir) || hasFiles(dir))) {
        throw new ParameterException(
            cl, "--generate: " + dir + " exists and is not empty; " + "refusing to overwrite it");
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
        throw new ParameterException(
            cl,
            "--systems: unknown system '" + s + "' (known: " + String.join(", ", SYSTEMS) + ")");
      }
      if (!names.contains(n)) {
        names.add(n);
      }
    }
    List<DocumentReport.Result> results = new ArrayList<>();
    PrintWriter err = cl.getErr();
    for (String name : names) {
      err.printf(
          Locale.ROOT,
          "eval-docs: %s: %d documents, %d queries%n",
          name,
          corpus.texts().size(),
          corpus.queries().size());
      err.flush();
      results.add(run(name, corpus));
    }
    PrintWriter out = cl.getOut();
    if (output.json) {
      out.println(DocumentReport.toJson(corpus, results));
    } else {
      DocumentReport.printTable(out, corpus, results);
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
      case "ours" -> new OursDocumentSystem(false);
      case "ours-words" -> new OursDocumentSystem(true);
      default -> EvalSystems.create(name, LuceneBaseline.Stacked.SHOULD);
    };
  }

  private DocumentReport.Result run(String name, DocumentCorpus corpus) throws IOException {
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
      return new DocumentReport.Result(name, qs.size() / cpu, byType, byLabel);
    }
  }

  private void printRanking(
      String system, DocumentCorpus.Query q, int[] ranking, DocumentCorpus corpus) {
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
      String label =
          relevant ? "relevant:" + q.labels().getOrDefault(d, "") : q.labels().getOrDefault(d, "-");
      String text = corpus.texts().get(d).replace('\n', ' ');
      err.printf(
          Locale.ROOT,
          "  %3d. %-6s %-22s %s%n",
          i + 1,
          corpus.docIds().get(d),
          label,
          text.length() > 110 ? text.substring(0, 110) + "…" : text);
    }
  }
}
