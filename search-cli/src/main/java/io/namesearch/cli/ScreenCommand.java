package io.namesearch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.namesearch.engine.NameMatcher;
import io.namesearch.search.NameIndex;
import io.namesearch.search.SearchOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code search screen --list FILE}: screens a list of person names against an index (the documents
 * that mention each person) or, with {@code --against}, against another list.
 */
@Command(
    name = "screen",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Screens a list of person names (one per line, or a CSV column) against the",
      "documents of an index, or with --against against another list, and prints each",
      "match at or above the threshold with its score and why, as CSV or JSON lines.",
      "Without --index and --against it screens the built-in seed corpus.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  search screen --list watchlist.txt --index ~/news-index",
      "  search screen --list customers.csv --column name --against sdn.txt --format jsonl",
      "",
      "A line that is not a name gets one error line on stderr; the run goes on.",
      "Exit status: 0 matches found, 1 none, 2 usage error or a bad line."
    })
final class ScreenCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    csv,
    jsonl
  }

  /** Names screened per task. */
  static final int CHUNK = 256;

  /** A block of the --against list larger than this is only used with a second shared part. */
  static final int BIG_BLOCK = 5000;

  @Spec CommandSpec spec;

  @Option(
      names = {"-l", "--list"},
      required = true,
      paramLabel = "FILE",
      description = "The names to screen: one per line, or the --column of a CSV file.")
  Path list;

  @Option(
      names = {"-c", "--column"},
      paramLabel = "COL",
      description =
          "Read FILE as CSV and take this column: a 1-based number (no header "
              + "line), or a header name (the first line is the header).")
  String column;

  @Option(
      names = {"-i", "--index"},
      paramLabel = "DIR",
      description = "Screen against the documents of the index in DIR.")
  Path index;

  @Option(
      names = {"-a", "--against"},
      paramLabel = "FILE",
      description = "Screen against the names of another list (one per line, or --against-column).")
  Path against;

  @Option(
      names = "--against-column",
      paramLabel = "COL",
      description = "Read the --against file as CSV and take this column (as --column).")
  String againstColumn;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FMT",
      defaultValue = "csv",
      description = "Output format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  Format format;

  @Mixin MatcherOptions matching;

  @Option(
      names = {"-n", "--limit"},
      paramLabel = "N",
      defaultValue = "10",
      description = "Report at most N matches per listed name (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: the number of cores).")
  Integer threads;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress bar.")
  boolean quiet;

  /** The outcome of one chunk of the list: rows and error lines, in list order. */
  record ChunkResult(List<ScreenRow> rows, List<String> errors, long bytes) {}

  @Override
  public Integer call() throws Exception {
    CommandLine cl = spec.commandLine();
    if (limit < 1 || limit > SearchOptions.MAX_LIMIT) {
      throw new ParameterException(
          cl, "--limit must be between 1 and " + SearchOptions.MAX_LIMIT + ", not " + limit);
    }
    if (threads != null && (threads < 1 || threads > 256)) {
      throw new ParameterException(cl, "--threads must be between 1 and 256, not " + threads);
    }
    if (index != null && against != null) {
      throw new ParameterException(cl, "give --index or --against, not both");
    }
    if (againstColumn != null && against == null) {
      throw new ParameterException(cl, "--against-column needs --against");
    }
    NameMatcher matcher = matching.matcher(cl);
    requireFile(list, "--list");
    if (against != null) {
      requireFile(against, "--against");
    }
    PrintWriter out = cl.getOut();
    PrintWriter err = cl.getErr();
    int[] errors = {0};
    ScreenTarget target;
    NameIndex idx = null;
    try {
      if (against != null) {
        target = ListScreen.load(matcher, against, againstColumn, limit, err, errors);
      } else {
        idx = Indexes.open(index);
        target = new IndexScreen(idx, matcher, limit, matching.nicknames);
      }
      long matches = run(cl, matcher, target, out, err, errors);
      out.flush();
      if (errors[0] > 0) {
        err.println("search: screen: " + errors[0] + " line(s) could not be screened (see above)");
        return ExitCodes.USAGE;
      }
      return matches > 0 ? ExitCodes.OK : ExitCodes.NO_HITS;
    } finally {
      if (idx != null) {
        idx.close();
      }
    }
  }

  private static void requireFile(Path p, String option) {
    if (!Files.exists(p)) {
      throw new CliException(option + ": no such file: " + p);
    }
    if (!Files.isRegularFile(p)) {
      throw new CliException(option + ": not a file: " + p);
    }
  }

  private long run(
      CommandLine cl,
      NameMatcher matcher,
      ScreenTarget target,
      PrintWriter out,
      PrintWriter err,
      int[] errors)
      throws IOException, InterruptedException {
    int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    long total = Files.size(list);
    Progress progress =
        new Progress(err, !quiet && CommandLine.Help.Ansi.AUTO.enabled(), "KB of the list");
    ObjectMapper mapper = new ObjectMapper();
    boolean indexMode = target instanceof IndexScreen;
    if (format == Format.csv) {
      out.println(
          indexMode
              ? "line,name,document,title,score,explanation"
              : "line,name,match,match_line,score,explanation");
    }
    long matches = 0;
    ExecutorService pool =
        Executors.newFixedThreadPool(
            n,
            r -> {
              Thread t = new Thread(r, "screen");
              t.setDaemon(true);
              return t;
            });
    try (CountingInput counting = new CountingInput(Files.newInputStream(list));
        NameListReader reader = new NameListReader(counting, list, column)) {
      ArrayDeque<Future<ChunkResult>> pending = new ArrayDeque<>();
      boolean more = true;
      while (more || !pending.isEmpty()) {
        // at most two chunks per thread in flight: memory stays bounded whatever the list size
        while (more && pending.size() < 2 * n) {
          List<NameListReader.Entry> chunk = new ArrayList<>(CHUNK);
          List<String> readErrors = new ArrayList<>();
          more = reader.next(chunk, readErrors, CHUNK);
          long bytes = counting.count();
          pending.add(pool.submit(() -> screen(matcher, target, chunk, readErrors, bytes)));
        }
        Future<ChunkResult> f = pending.poll();
        if (f == null) {
          break;
        }
        ChunkResult r;
        try {
          r = f.get();
        } catch (ExecutionException e) {
          Throwable c = e.getCause();
          if (c instanceof IOException io) {
            throw io;
          }
          if (c instanceof RuntimeException re) {
            throw re;
          }
          throw new IOException(c);
        }
        for (String e : r.errors()) {
          progress.finish();
          err.println("search: screen: " + e);
          errors[0]++;
        }
        for (ScreenRow row : r.rows()) {
          out.println(format == Format.csv ? row.csv() : row.json(mapper, indexMode));
          matches++;
        }
        progress.update((int) (r.bytes() / 1024), (int) (total / 1024));
      }
    } finally {
      pool.shutdownNow();
      progress.finish();
    }
    return matches;
  }

  private ChunkResult screen(
      NameMatcher matcher,
      ScreenTarget target,
      List<NameListReader.Entry> chunk,
      List<String> readErrors,
      long bytes)
      throws IOException {
    List<ScreenRow> rows = new ArrayList<>();
    List<String> errs = new ArrayList<>(readErrors);
    for (NameListReader.Entry e : chunk) {
      NameMatcher.Name name;
      try {
        name = matcher.prepare(e.name());
      } catch (IllegalArgumentException ex) {
        errs.add(list + " line " + e.line() + ": " + ex.getMessage());
        continue;
      }
      try {
        rows.addAll(target.screen(e.line(), name));
      } catch (IllegalArgumentException ex) {
        errs.add(list + " line " + e.line() + ": " + ex.getMessage());
      }
    }
    return new ChunkResult(rows, errs, bytes);
  }
}
