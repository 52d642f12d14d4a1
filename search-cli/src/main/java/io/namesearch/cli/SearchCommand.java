package io.namesearch.cli;

import io.namesearch.engine.MatchTier;
import io.namesearch.search.NameIndex;
import io.namesearch.search.QueryMode;
import io.namesearch.search.QuerySyntax;
import io.namesearch.search.SearchOptions;
import io.namesearch.search.SearchResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code search QUERY}: finds a transliterated Russian name in every spelling. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Finds people and places by name in every spelling: transliteration schemes,",
      "other languages, Cyrillic, and typos. Without --index it searches the built-in",
      "seed corpus.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  search Baltrukov",
      "  search --json \"Dmitri Paljuga\"",
      "  search index --index ~/news-index ~/articles",
      "  search --index ~/news-index Ходорковский",
      "",
      "Exit status: 0 hits found, 1 no hits, 2 usage or input error,",
      "3 internal error (out of memory or stack).",
      "A query that is literally 'index' or 'help': search -- index"
    })
public final class SearchCommand implements Callable<Integer> {

  /** When to colour the output. */
  enum ColorMode {
    auto,
    always,
    never
  }

  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..*",
      paramLabel = "QUERY",
      description =
          "The name or words to find, as plain text (Lucene syntax is literal); "
              + "'-' reads the query from standard input.")
  List<String> query = new ArrayList<>();

  @Option(
      names = {"-i", "--index"},
      paramLabel = "DIR",
      description = "Search the index in DIR (built with 'search index') instead of the seeds.")
  Path index;

  @Option(
      names = {"-n", "--limit"},
      paramLabel = "N",
      defaultValue = "10",
      description = "Show at most N hits (1 to 10000, default ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--snippets",
      paramLabel = "N",
      defaultValue = "1",
      description = "Snippets per hit (0 to 100, default ${DEFAULT-VALUE}).")
  int snippets;

  @Option(names = "--json", description = "Print one JSON object per hit, one per line.")
  boolean json;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      defaultValue = "auto",
      description = "Highlight matches: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  ColorMode color;

  @Option(
      names = "--lucene",
      description = "Read the query as Lucene query syntax (fields, AND/OR, phrases).")
  boolean lucene;

  @Option(
      names = "--words",
      description =
          "Match every query word on its own (a bag of words), not a person's name as one "
              + "mention; by default a query that is a personal name ranks the documents that "
              + "name that person first.")
  boolean words;

  @Option(names = "--no-fuzzy", description = "Do not match typos.")
  boolean noFuzzy;

  @Option(
      names = "--no-family",
      description = "Do not match other forms of a name (gender, adjective, case forms).")
  boolean noFamily;

  @Option(
      names = "--no-derived",
      description =
          "Do not match names derived with -sk- (Tyazhin ~ Tyazhinsky, Troitsa ~ Troitsk), "
              + "which rank below other forms of the name.")
  boolean noDerived;

  @Option(
      names = "--nicknames",
      description =
          "Also match first-name equivalents and diminutives (Dmitry ~ Dima ~ Mitya, "
              + "Oleksandr ~ Aleksandr), ranked just above typos.")
  boolean nicknames;

  @Mixin SearchFilterOptions filters;

  @Option(
      names = {"-v", "--verbose"},
      scope = ScopeType.INHERIT,
      description = "Print stack traces with errors.")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    if (query.isEmpty()) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "missing QUERY: give a name to search for");
    }
    String text = query.equals(List.of("-")) ? readQueryFromStdin() : String.join(" ", query);
    SearchOptions options = options();
    try (NameIndex idx = Indexes.open(index)) {
      SearchResult result;
      try {
        result = idx.search(text, options);
      } catch (IllegalArgumentException e) {
        throw new CliException(e.getMessage(), e);
      }
      var out = spec.commandLine().getOut();
      HitPrinter printer = new HitPrinter(out, useColor()).ranksFrom(filters.offset + 1);
      if (json) {
        printer.printJson(result);
        if (!filters.countBy.isEmpty()) {
          printer.printJsonCounts(result);
        }
      } else if (result.hits().isEmpty()) {
        out.println("No hits for \"" + HitPrinter.flatten(text) + "\".");
      } else {
        printer.printText(result, HitPrinter.flatten(text));
      }
      if (!json && !filters.countBy.isEmpty()) {
        printer.printTextCounts(result);
      }
      out.flush();
      return result.hits().isEmpty() ? ExitCodes.NO_HITS : ExitCodes.OK;
    }
  }

  /** Reads the query from standard input, refusing more than the query length limit. */
  private static String readQueryFromStdin() throws IOException {
    byte[] bytes = System.in.readNBytes(4 * NameIndex.MAX_QUERY_LENGTH + 4);
    String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).strip();
    if (bytes.length > 4 * NameIndex.MAX_QUERY_LENGTH
        || text.length() > NameIndex.MAX_QUERY_LENGTH) {
      throw new CliException(
          "query on standard input is longer than the limit of "
              + NameIndex.MAX_QUERY_LENGTH
              + " characters");
    }
    return text;
  }

  private SearchOptions options() {
    if (limit < 1 || limit > SearchOptions.MAX_LIMIT) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          "--limit must be between 1 and " + SearchOptions.MAX_LIMIT + ", not " + limit);
    }
    if (snippets < 0 || snippets > SearchOptions.MAX_SNIPPETS) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          "--snippets must be between 0 and " + SearchOptions.MAX_SNIPPETS + ", not " + snippets);
    }
    SearchOptions.Builder b =
        SearchOptions.builder()
            .limit(limit)
            .snippets(snippets)
            .syntax(lucene ? QuerySyntax.LUCENE : QuerySyntax.PLAIN)
            .tier(MatchTier.FUZZY, !noFuzzy)
            .tier(MatchTier.FAMILY, !noFamily)
            .tier(MatchTier.DERIVED, !noDerived)
            .tier(MatchTier.NICKNAME, nicknames)
            .mode(words ? QueryMode.WORDS : QueryMode.PERSON);
    filters.apply(b, spec.commandLine());
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
  }

  private picocli.CommandLine.ParameterException usage(String message) {
    return new picocli.CommandLine.ParameterException(spec.commandLine(), message);
  }

  private boolean useColor() {
    return switch (color) {
      case always -> true;
      case never -> false;
      case auto ->
          System.getenv("NO_COLOR") == null
              && picocli.CommandLine.Help.Ansi.AUTO.enabled()
              && !json;
    };
  }
}
