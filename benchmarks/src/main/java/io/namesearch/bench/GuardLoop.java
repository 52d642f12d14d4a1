package io.namesearch.bench;

import io.namesearch.search.NameIndex;
import io.namesearch.search.SearchOptions;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;

/**
 * The query half of {@code ./benchmarks/run --guard}: ours against the StandardAnalyzer TermQuery
 * on the cached corpus index, <em>interleaved</em> in one JVM and timed in CPU time of the
 * searching thread, so that a shared, loaded machine slows both alike and preemption does not
 * count. Per category: a warm-up of both systems, then {@code ROUNDS} rounds, each running ours and
 * the TermQuery (in alternating order) over the category's queries for {@code MILLIS} ms each; a
 * round gives each system its CPU time per query, and the figure is the median over the rounds.
 * Writes {@code query.cpu.ratio.CATEGORY} (ours over TermQuery) and both medians to a properties
 * file for {@link Report}.
 *
 * <pre>GuardLoop DOCS ROUNDS MILLIS OUT.properties</pre>
 */
public final class GuardLoop {

  private GuardLoop() {}

  /** One system's search of a query text, returning its hit count. */
  private interface Search {
    long run(String query) throws IOException;
  }

  public static void main(String[] args) throws Exception {
    int docs = Integer.parseInt(args[0]);
    int rounds = Integer.parseInt(args[1]);
    long millis = Long.parseLong(args[2]);
    Path out = Path.of(args[3]);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    SearchOptions options = SearchOptions.builder().limit(10).fetch(SearchOptions.Fetch.ID).build();
    HitChecks checks = new HitChecks(CorpusIndex.expected(docs), docs);
    Properties figures = new Properties();
    try (NameIndex ours =
            NameIndex.builder()
                .directory(CorpusIndex.ensure(docs, Systems.Kind.OURS))
                .readOnly()
                .build();
        Directory dir = new MMapDirectory(CorpusIndex.ensure(docs, Systems.Kind.STANDARD));
        DirectoryReader reader = DirectoryReader.open(dir);
        Analyzer analyzer = Systems.Kind.STANDARD.analyzer()) {
      IndexSearcher searcher = new IndexSearcher(reader);
      Search oursSearch = q -> ours.search(q, options).totalHits();
      Search termSearch = q -> searcher.search(Systems.query(analyzer, q, 0), 10).totalHits.value();
      System.out.printf(
          Locale.ROOT, "%-9s %12s %12s %8s%n", "category", "ours µs CPU", "term µs CPU", "ratio");
      for (String category : Report.CATEGORIES) {
        List<Tasks.Task> tasks = Tasks.category(category);
        String[] queries = tasks.stream().map(Tasks.Task::query).toArray(String[]::new);
        for (Tasks.Task t : tasks) {
          checks.ours(t, HitChecks.countAll(ours, t.query()));
          Query q = Systems.query(analyzer, t.query(), 0);
          checks.standard(t, searcher.count(q));
        }
        cpuPerQuery(threads, oursSearch, queries, 10 * millis);
        cpuPerQuery(threads, termSearch, queries, 10 * millis);
        double[] o = new double[rounds];
        double[] s = new double[rounds];
        for (int r = 0; r < rounds; r++) {
          if (r % 2 == 0) {
            o[r] = cpuPerQuery(threads, oursSearch, queries, millis);
            s[r] = cpuPerQuery(threads, termSearch, queries, millis);
          } else {
            s[r] = cpuPerQuery(threads, termSearch, queries, millis);
            o[r] = cpuPerQuery(threads, oursSearch, queries, millis);
          }
        }
        double om = median(o);
        double sm = median(s);
        System.out.printf(Locale.ROOT, "%-9s %12.1f %12.2f %7.1f×%n", category, om, sm, om / sm);
        figures.setProperty("query.cpu.ours." + category, fmt(om));
        figures.setProperty("query.cpu.term." + category, fmt(sm));
        figures.setProperty("query.cpu.ratio." + category, fmt(om / sm));
      }
    }
    try (Writer w = Files.newBufferedWriter(out)) {
      figures.store(w, "GuardLoop " + String.join(" ", args));
    }
  }

  /** Runs the queries in turn for about {@code millis} ms; the thread's CPU µs per query. */
  private static double cpuPerQuery(
      ThreadMXBean threads, Search search, String[] queries, long millis) throws IOException {
    long end = System.nanoTime() + millis * 1_000_000L;
    long cpu0 = threads.getCurrentThreadCpuTime();
    long n = 0;
    long sink = 0;
    while (System.nanoTime() < end) {
      for (String q : queries) {
        sink += search.run(q);
      }
      n += queries.length;
    }
    long cpu = threads.getCurrentThreadCpuTime() - cpu0;
    if (sink < 0) {
      throw new IllegalStateException("negative hit count");
    }
    return cpu / 1e3 / n;
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  /** The interleaved CPU-time figures of this class: a table, and their ratios. */
  static void table(Path file, StringBuilder md, Map<String, Double> ratios) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file)) {
      p.load(r);
    }
    md.append(
        "### Query CPU time, ours and TermQuery interleaved in one JVM (GuardLoop, top 10)\n\n"
            + "Median over rounds of the searching thread's CPU time per query; each round runs"
            + " both systems, so load on the machine slows both alike.\n\n"
            + "| category | ours µs | TermQuery µs | ratio |\n|---|---|---|---|\n");
    for (String cat : Report.CATEGORIES) {
      String ratio = p.getProperty("query.cpu.ratio." + cat);
      if (ratio == null) {
        continue;
      }
      ratios.put("query.cpu.ratio." + cat, Double.parseDouble(ratio));
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %.1f | %.2f | %.1f× |%n",
              cat,
              Double.parseDouble(p.getProperty("query.cpu.ours." + cat)),
              Double.parseDouble(p.getProperty("query.cpu.term." + cat)),
              Double.parseDouble(ratio)));
    }
    md.append('\n');
  }
}
