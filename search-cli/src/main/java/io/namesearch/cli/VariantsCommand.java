package io.namesearch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.namesearch.engine.MatchTier;
import io.namesearch.search.NameIndex;
import io.namesearch.search.Variant;
import io.namesearch.search.VariantGroup;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code search variants NAME}: the spellings of a name that occur in the index. */
@Command(
    name = "variants",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Lists every spelling of NAME found in the index, by tier, with the number of",
      "documents and an example; with --all, the names of the index that occur in",
      "more than one spelling, most documents first.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  search variants Khodorkovsky",
      "  search variants --index ~/news-index --all --min-docs 2"
    })
final class VariantsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "NAME", description = "The name to list spellings of.")
  List<String> name = new ArrayList<>();

  @Option(
      names = {"-i", "--index"},
      paramLabel = "DIR",
      description = "The index in DIR (built with 'search index') instead of the seeds.")
  Path index;

  @Option(names = "--all", description = "List all names with more than one spelling.")
  boolean all;

  @Option(
      names = "--min-docs",
      paramLabel = "N",
      defaultValue = "1",
      description =
          "With --all: only spellings in at least N documents (default ${DEFAULT-VALUE}).")
  int minDocs;

  @Option(
      names = {"-n", "--limit"},
      paramLabel = "N",
      defaultValue = "50",
      description = "With --all: at most N names (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "One JSON object per spelling, one per line.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    if (all == !name.isEmpty()) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), all ? "--all takes no NAME" : "missing NAME (or --all)");
    }
    if (minDocs < 1) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--min-docs must be at least 1, not " + minDocs);
    }
    if (limit < 1) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--limit must be at least 1, not " + limit);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (NameIndex idx = Indexes.open(index)) {
      if (all) {
        List<VariantGroup> groups = idx.allVariants(minDocs);
        groups = groups.subList(0, Math.min(limit, groups.size()));
        for (VariantGroup g : groups) {
          if (json) {
            for (Variant v : g.forms()) {
              out.println(json(v).put("name", g.name()).toString());
            }
          } else {
            List<String> forms = new ArrayList<>();
            for (Variant v : g.forms()) {
              forms.add(HitPrinter.flatten(v.form()) + " " + v.documents());
            }
            out.println(HitPrinter.flatten(g.name()) + ": " + String.join(", ", forms));
          }
        }
        out.flush();
        return groups.isEmpty() ? ExitCodes.NO_HITS : ExitCodes.OK;
      }
      String text = String.join(" ", name);
      List<Variant> variants;
      try {
        variants = idx.variants(text);
      } catch (IllegalArgumentException e) {
        throw new CliException(e.getMessage(), e);
      }
      MatchTier tier = null;
      String word = null;
      for (Variant v : variants) {
        if (json) {
          out.println(json(v).toString());
          continue;
        }
        if (!v.queryWord().equals(word)) {
          out.println(HitPrinter.flatten(v.queryWord()));
          word = v.queryWord();
          tier = null;
        }
        if (v.tier() != tier) {
          out.println("  " + v.tier().label());
          tier = v.tier();
        }
        out.printf(
            Locale.ROOT,
            "    %-24s %d document%s  (e.g. %s)%n",
            HitPrinter.flatten(v.form()),
            v.documents(),
            v.documents() == 1 ? "" : "s",
            HitPrinter.flatten(v.exampleId()));
      }
      if (variants.isEmpty() && !json) {
        out.println("No spellings of \"" + HitPrinter.flatten(text) + "\" in the index.");
      }
      out.flush();
      return variants.isEmpty() ? ExitCodes.NO_HITS : ExitCodes.OK;
    }
  }

  /** One spelling as `search variants --json` prints it (and `/api/variants` serves it). */
  static ObjectNode json(Variant v) {
    ObjectNode o = new ObjectMapper().createObjectNode();
    o.put("query", v.queryWord());
    o.put("form", v.form());
    o.put("tier", v.tier().label());
    o.put("documents", v.documents());
    o.put("example", v.exampleId());
    return o;
  }
}
