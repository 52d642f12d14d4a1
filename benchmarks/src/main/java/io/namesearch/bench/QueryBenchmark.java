package io.namesearch.bench;

import io.namesearch.search.NameIndex;
import io.namesearch.search.QueryMode;
import io.namesearch.search.SearchOptions;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Query latency (p50, p99 with {@link Mode#SampleTime}) of the five systems on the same corpus:
 * ours ({@code NameIndex.search} with {@code Fetch.ID}, top 10), the StandardAnalyzer {@code
 * TermQuery} (the lower bound; a disjunction of term queries for a full name), {@code FuzzyQuery}
 * with 2 edits, Beider-Morse and ICU transform. Each invocation runs the next query of the
 * category. Each system's hit counts are checked in setup against the generator's ground truth, so
 * a fast but wrong query fails.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class QueryBenchmark {

  @Param({"10000"})
  public int docs;

  @Param({"Exact", "Scheme", "Cyrillic", "Typo", "FullName", "Absent"})
  public String category;

  private List<Tasks.Task> tasks;
  private String[] queries;
  private int next;

  private NameIndex ours;
  private SearchOptions oursOptions;
  private Directory directory;
  private DirectoryReader reader;
  private IndexSearcher searcher;
  private Analyzer analyzer;

  @Setup(Level.Trial)
  public void setup(BenchmarkParams params) throws IOException {
    tasks = Tasks.category(category);
    queries = tasks.stream().map(Tasks.Task::query).toArray(String[]::new);
    String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
    HitChecks checks = new HitChecks(CorpusIndex.expected(docs), docs);
    Systems.Kind kind =
        switch (method) {
          case "ours" -> Systems.Kind.OURS;
          case "termQuery", "fuzzy2" -> Systems.Kind.STANDARD;
          case "icu" -> Systems.Kind.ICU;
          case "beiderMorse" -> Systems.Kind.BM;
          default -> throw new IllegalStateException(method);
        };
    CorpusIndex.ensure(docs, kind);
    if (kind == Systems.Kind.OURS) {
      ours = NameIndex.builder().directory(CorpusIndex.dir(docs, kind)).readOnly().build();
      // -Dnamesearch.bench.mode=words measures the bag-of-words query (QueryMode.WORDS)
      oursOptions =
          SearchOptions.builder()
              .limit(10)
              .fetch(SearchOptions.Fetch.ID)
              .mode(
                  QueryMode.valueOf(
                      System.getProperty("namesearch.bench.mode", "person")
                          .toUpperCase(java.util.Locale.ROOT)))
              .build();
      for (Tasks.Task t : tasks) {
        long hits = HitChecks.countAll(ours, t.query());
        checks.ours(t, hits);
        checks.recorded("ours", t, hits);
      }
      return;
    }
    directory = new MMapDirectory(CorpusIndex.dir(docs, kind));
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
    analyzer = kind.analyzer();
    if (reader.numDocs() != docs) {
      throw new IllegalStateException(
          "index holds " + reader.numDocs() + " docs, expected " + docs);
    }
    for (Tasks.Task t : tasks) {
      int hits =
          searcher.count(Systems.query(analyzer, t.query(), method.equals("fuzzy2") ? 2 : 0));
      switch (method) {
        case "termQuery" -> checks.standard(t, hits);
        default -> checks.superset(t, method, hits);
      }
      checks.recorded(method, t, hits);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    if (ours != null) {
      ours.close();
    }
    if (reader != null) {
      reader.close();
      directory.close();
      analyzer.close();
    }
  }

  private String nextQuery() {
    String q = queries[next];
    next = next + 1 == queries.length ? 0 : next + 1;
    return q;
  }

  /** Ours: the product's own search path, ids only. Returns the total hit count. */
  @Benchmark
  public long ours() throws IOException {
    return ours.search(nextQuery(), oursOptions).totalHits();
  }

  /** StandardAnalyzer, one TermQuery per word: the lower bound. */
  @Benchmark
  public TopDocs termQuery() throws IOException {
    return lucene(0);
  }

  /** StandardAnalyzer index, every word a FuzzyQuery with 2 edits. */
  @Benchmark
  public TopDocs fuzzy2() throws IOException {
    return lucene(2);
  }

  /** Beider-Morse codes, a disjunction of the codes of each word. */
  @Benchmark
  public TopDocs beiderMorse() throws IOException {
    return lucene(0);
  }

  /** ICU transform Any-Latin; Latin-ASCII plus folding. */
  @Benchmark
  public TopDocs icu() throws IOException {
    return lucene(0);
  }

  /** A Lucene baseline: the next query, each word a FuzzyQuery with {@code edits} (0: a term). */
  private TopDocs lucene(int edits) throws IOException {
    return searcher.search(Systems.query(analyzer, nextQuery(), edits), 10);
  }
}
