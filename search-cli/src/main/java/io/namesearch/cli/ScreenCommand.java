package io.namesearch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.namesearch.engine.MatchTier;
import io.namesearch.engine.NameMatch;
import io.namesearch.engine.NameMatcher;
import io.namesearch.search.Hit;
import io.namesearch.search.NameIndex;
import io.namesearch.search.SearchOptions;
import io.namesearch.search.SearchResult;
import io.namesearch.search.WordMatch;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code search screen --list FILE}: screens a list of person names against an index (the
 * documents that mention each person) or, with {@code --against}, against another list.
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
      description = "Read FILE as CSV and take this column: a 1-based number (no header "
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

  @Option(
      names = {"-t", "--threshold"},
      paramLabel = "T",
      description = "The least score to report, 0 to 1 (default: "
          + NameMatcher.DEFAULT_THRESHOLD + ").")
  Double threshold;

  @Option(names = "--nicknames", description = "Match first-name diminutives (Dima ~ Dmitry).")
  boolean nicknames;

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

  @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
  boolean quiet;

  /** The matcher of the threshold and nickname options, or a usage error. */
  static NameMatcher matcher(CommandLine cl, Double threshold, boolean nicknames) {
    NameMatcher.Builder b = NameMatcher.builder().nicknames(nicknames);
    if (threshold != null) {
      if (!(threshold >= 0 && threshold <= 1)) {
        throw new ParameterException(cl, "--threshold must be between 0 and 1, not " + threshold);
      }
      b.threshold(threshold);
    }
    return b.build();
  }

  /** One output row. */
  record Row(int line, String name, String match, String where, double score, String explanation) {}

  /** The outcome of one chunk of the list: rows and error lines, in list order. */
  record ChunkResult(List<Row> rows, List<String> errors, long bytes) {}

  /** One listed name to screen. */
  record Entry(int line, String name) {}

  /** A screening target: the index or the other list. */
  interface Target {
    List<Row> screen(int line, NameMatcher.Name name) throws IOException;
  }

  @Override
  public Integer call() throws Exception {
    CommandLine cl = spec.commandLine();
    if (limit < 1 || limit > SearchOptions.MAX_LIMIT) {
      throw new ParameterException(cl,
          "--limit must be between 1 and " + SearchOptions.MAX_LIMIT + ", not " + limit);
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
    NameMatcher matcher = matcher(cl, threshold, nicknames);
    requireFile(list, "--list");
    if (against != null) {
      requireFile(against, "--against");
    }
    PrintWriter out = cl.getOut();
    PrintWriter err = cl.getErr();
    int[] errors = {0};
    Target target;
    NameIndex idx = null;
    try {
      if (against != null) {
        target = ListTarget.load(matcher, against, againstColumn, limit, err, errors);
      } else {
        idx = SearchCommand.openIndex(index);
        target = new IndexTarget(idx, matcher, limit, nicknames);
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

  private long run(CommandLine cl, NameMatcher matcher, Target target, PrintWriter out,
      PrintWriter err, int[] errors) throws IOException, InterruptedException {
    int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    long total = Files.size(list);
    Progress progress = new Progress(err,
        !quiet && CommandLine.Help.Ansi.AUTO.enabled(), "KB of the list");
    ObjectMapper mapper = new ObjectMapper();
    boolean indexMode = target instanceof IndexTarget;
    if (format == Format.csv) {
      out.println(indexMode ? "line,name,document,title,score,explanation"
          : "line,name,match,match_line,score,explanation");
    }
    long matches = 0;
    ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
      Thread t = new Thread(r, "screen");
      t.setDaemon(true);
      return t;
    });
    try (CountingInput counting = new CountingInput(Files.newInputStream(list));
        ListReader reader = new ListReader(counting, list, column)) {
      ArrayDeque<Future<ChunkResult>> pending = new ArrayDeque<>();
      boolean more = true;
      while (more || !pending.isEmpty()) {
        // at most two chunks per thread in flight: memory stays bounded whatever the list size
        while (more && pending.size() < 2 * n) {
          List<Entry> chunk = new ArrayList<>(CHUNK);
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
        for (Row row : r.rows()) {
          out.println(format == Format.csv ? csv(row) : json(mapper, row, indexMode));
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

  private ChunkResult screen(NameMatcher matcher, Target target, List<Entry> chunk,
      List<String> readErrors, long bytes) throws IOException {
    List<Row> rows = new ArrayList<>();
    List<String> errs = new ArrayList<>(readErrors);
    for (Entry e : chunk) {
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

  static String csv(Row r) {
    return r.line() + "," + csvField(r.name()) + "," + csvField(r.match()) + ","
        + csvField(r.where()) + "," + String.format(Locale.ROOT, "%.3f", r.score()) + ","
        + csvField(r.explanation());
  }

  static String csvField(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  private static String json(ObjectMapper mapper, Row r, boolean indexMode) {
    ObjectNode n = mapper.createObjectNode();
    n.put("line", r.line());
    n.put("name", r.name());
    if (indexMode) {
      n.put("document", r.match());
      n.put("title", r.where());
    } else {
      n.put("match", r.match());
      n.put("matchLine", Integer.parseInt(r.where()));
    }
    n.put("score", r.score());
    n.put("explanation", r.explanation());
    try {
      return mapper.writeValueAsString(n);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * Screening against the index: the listed name is the query; each hit's matched document words
   * are taken as the name the document mentions and scored with the matcher.
   */
  static final class IndexTarget implements Target {
    private final NameIndex index;
    private final NameMatcher matcher;
    private final int limit;
    private final SearchOptions options;

    IndexTarget(NameIndex index, NameMatcher matcher, int limit, boolean nicknames) {
      this.index = index;
      this.matcher = matcher;
      this.limit = limit;
      this.options = SearchOptions.builder()
          .limit(Math.min(SearchOptions.MAX_LIMIT, Math.max(20, 3 * limit)))
          .snippets(0)
          .tier(MatchTier.NICKNAME, nicknames)
          .build();
    }

    @Override
    public List<Row> screen(int line, NameMatcher.Name name) throws IOException {
      SearchResult result = index.search(name.text(), options);
      List<Row> rows = new ArrayList<>();
      for (Hit hit : result.hits()) {
        // the document word each query word matched first (a document may spell it twice)
        Map<String, String> byQueryWord = new java.util.LinkedHashMap<>();
        for (WordMatch m : hit.matches()) {
          byQueryWord.putIfAbsent(m.queryWord(), m.documentWord());
        }
        Set<String> words = new LinkedHashSet<>(byQueryWord.values());
        if (words.isEmpty()) {
          continue;
        }
        NameMatch m;
        try {
          m = matcher.match(name, matcher.prepare(String.join(" ", words)));
        } catch (IllegalArgumentException e) {
          continue; // the document words are no name (digits only)
        }
        if (m.match()) {
          rows.add(new Row(line, name.text(), hit.id(), hit.title(), m.score(), m.explanation()));
        }
      }
      rows.sort(Comparator.comparingDouble(Row::score).reversed());
      return rows.size() > limit ? new ArrayList<>(rows.subList(0, limit)) : rows;
    }
  }

  /**
   * Screening against another list, held in memory: its names are filed under their blocking keys
   * ({@link NameMatcher#blockingKeysByPart}); a listed name is compared only with the names that
   * share a key with one of its parts (two parts when a block is very large).
   */
  static final class ListTarget implements Target {
    private final NameMatcher matcher;
    private final String[] names;
    private final int[] lines;
    private final Map<String, int[]> blocks;
    private final int limit;

    private ListTarget(NameMatcher matcher, String[] names, int[] lines, Map<String, int[]> blocks,
        int limit) {
      this.matcher = matcher;
      this.names = names;
      this.lines = lines;
      this.blocks = blocks;
      this.limit = limit;
    }

    static ListTarget load(NameMatcher matcher, Path file, String column, int limit,
        PrintWriter err, int[] errors) throws IOException {
      List<String> names = new ArrayList<>();
      List<Integer> lines = new ArrayList<>();
      Map<String, List<Integer>> byKey = new HashMap<>();
      try (ListReader reader = new ListReader(Files.newInputStream(file), file, column)) {
        List<Entry> chunk = new ArrayList<>();
        List<String> readErrors = new ArrayList<>();
        boolean more = true;
        while (more) {
          chunk.clear();
          readErrors.clear();
          more = reader.next(chunk, readErrors, 4096);
          for (String e : readErrors) {
            err.println("search: screen: " + e);
            errors[0]++;
          }
          for (Entry e : chunk) {
            NameMatcher.Name n;
            try {
              n = matcher.prepare(e.name());
            } catch (IllegalArgumentException ex) {
              err.println("search: screen: " + file + " line " + e.line() + ": " + ex.getMessage());
              errors[0]++;
              continue;
            }
            int id = names.size();
            names.add(e.name());
            lines.add(e.line());
            for (String k : matcher.blockingKeys(n)) {
              byKey.computeIfAbsent(k, x -> new ArrayList<>(2)).add(id);
            }
          }
        }
      }
      Map<String, int[]> blocks = new HashMap<>(byKey.size() * 2);
      byKey.forEach((k, ids) -> blocks.put(k, ids.stream().mapToInt(Integer::intValue).toArray()));
      return new ListTarget(matcher, names.toArray(String[]::new),
          lines.stream().mapToInt(Integer::intValue).toArray(), blocks, limit);
    }

    @Override
    public List<Row> screen(int line, NameMatcher.Name name) {
      List<Set<String>> parts = matcher.blockingKeysByPart(name);
      // candidate -> how many parts of the listed name share a key with it
      Map<Integer, Integer> partsHit = new HashMap<>();
      int pool = 0;
      for (Set<String> keys : parts) {
        Set<Integer> seen = new java.util.HashSet<>();
        for (String k : keys) {
          int[] ids = blocks.get(k);
          if (ids == null) {
            continue;
          }
          pool += ids.length;
          for (int id : ids) {
            if (seen.add(id)) {
              partsHit.merge(id, 1, Integer::sum);
            }
          }
        }
      }
      int need = pool > BIG_BLOCK && parts.size() > 1 ? 2 : 1;
      List<Row> rows = new ArrayList<>();
      for (Map.Entry<Integer, Integer> c : partsHit.entrySet()) {
        if (c.getValue() < need) {
          continue;
        }
        int id = c.getKey();
        NameMatch m = matcher.match(name, matcher.prepare(names[id]));
        if (m.match()) {
          rows.add(new Row(line, name.text(), names[id], Integer.toString(lines[id]), m.score(),
              m.explanation()));
        }
      }
      rows.sort(Comparator.comparingDouble(Row::score).reversed()
          .thenComparing(r -> Integer.parseInt(r.where())));
      return rows.size() > limit ? new ArrayList<>(rows.subList(0, limit)) : rows;
    }
  }

  // ---------------------------------------------------------------------------------------------

  /** Reads names from a list file: whole lines, or one CSV column. */
  static final class ListReader implements AutoCloseable {
    private final BufferedReader reader;
    private final Path file;
    private final String column;
    private int columnIndex = -1;
    private int lineNo;

    ListReader(InputStream in, Path file, String column) {
      this.reader = new BufferedReader(new InputStreamReader(in,
          StandardCharsets.UTF_8.newDecoder()
              .onMalformedInput(CodingErrorAction.REPLACE)
              .onUnmappableCharacter(CodingErrorAction.REPLACE)));
      this.file = file;
      this.column = column == null ? null : column.strip();
      if (this.column != null && this.column.matches("\\d+")) {
        int c = Integer.parseInt(this.column);
        if (c < 1) {
          throw new CliException("--column must be 1 or more, or a header name, not " + column);
        }
        columnIndex = c - 1;
      }
    }

    /** Reads up to {@code max} names; false at the end of the file. */
    boolean next(List<Entry> out, List<String> errors, int max) throws IOException {
      while (out.size() + errors.size() < max) {
        String line = reader.readLine();
        if (line == null) {
          return false;
        }
        lineNo++;
        if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
          line = line.substring(1); // a byte-order mark
        }
        if (column == null) {
          if (!line.isBlank()) {
            out.add(new Entry(lineNo, line.strip()));
          }
          continue;
        }
        List<String> fields = csvFields(line);
        if (columnIndex < 0) { // the header names the column
          for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).strip().equalsIgnoreCase(column)) {
              columnIndex = i;
            }
          }
          if (columnIndex < 0) {
            throw new CliException(file + ": no column '" + column + "' in the header line");
          }
          continue;
        }
        if (line.isBlank()) {
          continue;
        }
        if (columnIndex >= fields.size()) {
          errors.add(file + " line " + lineNo + ": no column " + (columnIndex + 1) + " (the line has "
              + fields.size() + ")");
          continue;
        }
        String name = fields.get(columnIndex).strip();
        if (name.isEmpty()) {
          errors.add(file + " line " + lineNo + ": the name column is empty");
          continue;
        }
        out.add(new Entry(lineNo, name));
      }
      return true;
    }

    /** The fields of one CSV line (RFC 4180 quoting within the line). */
    static List<String> csvFields(String line) {
      List<String> out = new ArrayList<>();
      StringBuilder f = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (quoted) {
          if (c == '"') {
            if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
              f.append('"');
              i++;
            } else {
              quoted = false;
            }
          } else {
            f.append(c);
          }
        } else if (c == '"' && f.isEmpty()) {
          quoted = true;
        } else if (c == ',') {
          out.add(f.toString());
          f.setLength(0);
        } else {
          f.append(c);
        }
      }
      out.add(f.toString());
      return out;
    }

    @Override
    public void close() throws IOException {
      reader.close();
    }
  }

  /** Counts the bytes read, for the progress bar. */
  static final class CountingInput extends FilterInputStream {
    private volatile long count;

    CountingInput(InputStream in) {
      super(in);
    }

    long count() {
      return count;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
