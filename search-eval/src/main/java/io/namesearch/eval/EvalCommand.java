package io.namesearch.eval;

import io.namesearch.cli.Subcommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

  @Mixin EvalOptions.Help help;

  @Parameters(index = "0", arity = "0..1", paramLabel = "GOLD", description = "The gold TSV file.")
  Path gold;

  @Option(
      names = "--pairs",
      paramLabel = "FILE",
      description =
          "Evaluate name-to-name matching on labelled pairs instead (tab-separated "
              + "name_a, name_b, should_match, source); --systems then takes "
              + "ours, ours-nicknames, jaro-winkler, levenshtein, beider-morse, fuzzy2.")
  Path pairs;

  @Option(
      names = "--systems",
      split = ",",
      paramLabel = "NAME",
      description =
          "Systems to run, comma-separated (default: all available): ${COMPLETION-CANDIDATES}.",
      completionCandidates = EvalArguments.SystemNames.class)
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
      description =
          "Break down by kind, lang_or_scheme, source (group_id prefix) or none; "
              + "repeatable (default: kind).")
  List<String> by;

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      description =
          "Only queries of this kind, such as person or place (all documents stay indexed).")
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
      description =
          "A string that occurs in several groups is a separate document in each "
              + "(the reference protocol); by default it is one document relevant to all of them.")
  boolean documentPerGroup;

  @Option(
      names = "--cyrillic-queries",
      description =
          "Also use every distinct (group_id, cyrillic_form) as a query "
              + "(lang_or_scheme 'cyrillic'); implies Cyrillic documents.")
  boolean cyrillicQueries;

  @Option(
      names = "--warmup",
      paramLabel = "N",
      defaultValue = "1000",
      description =
          "Untimed warm-up queries per system, stopped after about 3 s "
              + "(default: ${DEFAULT-VALUE}).")
  int warmup;

  @Mixin EvalOptions.Json output;

  @Option(
      names = "--stacked",
      paramLabel = "MODE",
      defaultValue = "should",
      converter = EvalArguments.StackedConverter.class,
      description =
          "How the Lucene baselines combine tokens stacked at one position "
              + "(Beider-Morse and Daitch-Mokotoff codes): should (nested OR of term queries, "
              + "the reference protocol) or synonym (one SynonymQuery per position). "
              + "Default: ${DEFAULT-VALUE}.")
  LuceneBaseline.Stacked stacked;

  @Option(
      names = "--tier-bound",
      description =
          "Also report ours-tier-bound: ours's hits re-ordered within each match tier with the"
              + " relevant ones first, tiers kept in order. The best any ranking within the tiers"
              + " could do with these hits (needs ours among --systems; lists of single words"
              + " only).")
  boolean tierBound;

  @Option(
      names = "--per-query",
      paramLabel = "FILE",
      description =
          "Also write one tab-separated line per scored query and system to FILE, which must not"
              + " exist: AP, recall, the rank of the first relevant document, the non-relevant"
              + " ones ranked above the last relevant one found, and the relevant ones missed.")
  Path perQuery;

  @Override
  public Integer call() throws Exception {
    CommandLine cl = spec.commandLine();
    if (pairs != null) {
      return PairsCommand.run(cl, gold, pairs, systems, output.json);
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
    List<String> dims = EvalArguments.dimensions(cl, by);

    GoldSet set;
    try {
      set =
          GoldSet.read(
              gold, new GoldSet.Options(!noCyrillicDocs, cyrillicQueries, documentPerGroup));
    } catch (GoldSet.FormatException e) {
      throw new ParameterException(cl, e.getMessage());
    } catch (IOException e) {
      throw new ParameterException(cl, "cannot read gold file " + gold + ": " + e.getMessage());
    }
    List<GoldSet.Query> queries;
    try {
      queries = new QuerySelection(kind, sample, seed, maxQueries).select(set, gold);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(cl, e.getMessage());
    }
    List<String> names = EvalArguments.systemNames(cl, systems);
    if (tierBound && !names.contains(EvalSystems.OURS)) {
      throw new ParameterException(cl, "--tier-bound needs ours among --systems");
    }
    if (tierBound && !TierBound.singleWords(queries, set.documents())) {
      throw new ParameterException(
          cl,
          "--tier-bound works on lists of single words, and "
              + gold
              + " has names of several words");
    }
    int skipped = (int) queries.stream().filter(q -> q.relevant().length == 0).count();

    PrintWriter err = cl.getErr();
    List<EvalRun.SystemResult> results = new ArrayList<>();
    try (PerQueryReport perQueryReport = perQueryReport(cl)) {
      EvalRun.Settings settings =
          new EvalRun.Settings(
              depth, warmup, stacked, tierBound, Optional.ofNullable(perQueryReport));
      for (String name : names) {
        err.printf(
            Locale.ROOT,
            "eval: %s: indexing %d documents, %d queries%n",
            name,
            set.documents().size(),
            queries.size());
        err.flush();
        results.addAll(EvalRun.run(name, set, queries, dims, settings));
      }
    }

    PrintWriter out = cl.getOut();
    EvalReport report =
        new EvalReport(gold, set, queries.size(), skipped, depth, stacked, dims, results);
    if (output.json) {
      out.println(report.toJson());
    } else {
      report.printTable(out);
    }
    out.flush();
    return 0;
  }

  /** The {@code --per-query} file, created new; none without the option. */
  private PerQueryReport perQueryReport(CommandLine cl) {
    if (perQuery == null) {
      return null;
    }
    try {
      return PerQueryReport.create(perQuery);
    } catch (FileAlreadyExistsException e) {
      throw new ParameterException(
          cl, "--per-query: " + perQuery + " exists; give a file that does not");
    } catch (IOException e) {
      throw new ParameterException(cl, "--per-query: cannot create " + perQuery + ": " + e);
    }
  }
}
