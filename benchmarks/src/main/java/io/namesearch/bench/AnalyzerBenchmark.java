package io.namesearch.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.openjdk.jmh.annotations.AuxCounters;
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

/**
 * Analyzer throughput: tokens per second (the {@code tokens} secondary metric) of each analyzer
 * over 200 generated documents (title and body). Tokens are what the analyzer emits, stacked keys
 * included.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@State(Scope.Benchmark)
public class AnalyzerBenchmark {

  @Param({"ours", "standard", "icu", "bm"})
  public String analyzer;

  private List<String> texts;
  private Analyzer a;

  /** Per-thread token counter, reported by JMH as a rate. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Counters {
    public long tokens;

    @Setup(Level.Iteration)
    public void reset() {
      tokens = 0;
    }
  }

  @Setup(Level.Trial)
  public void setup() {
    CorpusGenerator gen = new CorpusGenerator();
    texts =
        IntStream.range(0, 200).mapToObj(gen::doc).map(d -> d.title() + "\n" + d.body()).toList();
    a = Systems.Kind.valueOf(analyzer.toUpperCase(java.util.Locale.ROOT)).analyzer();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    a.close();
  }

  /** Analyses the 200 texts; returns the number of tokens. */
  @Benchmark
  public long analyze(Counters counters) throws IOException {
    long n = 0;
    for (String t : texts) {
      try (TokenStream ts = a.tokenStream(Systems.TEXT, t)) {
        ts.reset();
        while (ts.incrementToken()) {
          n++;
        }
        ts.end();
      }
    }
    counters.tokens += n;
    return n;
  }
}
