package io.namesearch.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Start-up: the wall time of a whole process. {@code search} runs the project's launcher {@code
 * ./search "Baltrukov"} on the built-in seed articles (the launcher script, the JVM, the in-memory
 * index of the seeds, the search and the output); {@code javaVersion} runs {@code java -version}
 * with the same JVM and flags as the launcher, the floor any Java CLI pays. The repository root is
 * the system property {@code bench.repo} (default {@code ..}).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xmx256m"})
@Warmup(iterations = 2, batchSize = 1)
@Measurement(iterations = 8, batchSize = 1)
@State(Scope.Benchmark)
public class StartupBenchmark {

  @Param({"search", "javaVersion"})
  public String command;

  private List<String> argv;
  private File repo;

  @Setup
  public void setup() throws IOException {
    repo = Path.of(System.getProperty("bench.repo", "..")).toAbsolutePath().normalize().toFile();
    Path launcher = repo.toPath().resolve("search");
    if (!Files.isExecutable(launcher)) {
      throw new IllegalStateException("no launcher at " + launcher);
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    argv =
        command.equals("search")
            ? List.of(launcher.toString(), "Baltrukov")
            : List.of(
                java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-version");
    if (command.equals("search") && run() != 0) {
      throw new IllegalStateException("./search Baltrukov did not find its hits");
    }
  }

  /** Runs the process to completion; returns its exit code. */
  @Benchmark
  public int run() throws IOException {
    ProcessBuilder pb = new ProcessBuilder(argv).directory(repo);
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    try {
      return pb.start().waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}
