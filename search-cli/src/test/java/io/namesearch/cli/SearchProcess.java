package io.namesearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command as a real process, as a user would, and collects its exit code and output: the one
 * process helper of the CLI's tests, and of search-eval's, which get it from search-cli's test jar.
 */
public final class SearchProcess {

  private SearchProcess() {}

  /** What a process did: its exit code, standard output and standard error. */
  public record Run(int exit, String out, String err) {
    /** The lines of standard output. */
    public List<String> lines() {
      return out.lines().toList();
    }
  }

  /**
   * The command that runs the CLI's entry point on this JVM and class path (where the test's
   * module's classes are), with {@code jvmArgs} after the flags the jar's manifest sets.
   */
  public static List<String> java(List<String> jvmArgs) {
    List<String> cmd = new ArrayList<>();
    cmd.add(ProcessHandle.current().info().command().orElse("java"));
    cmd.add("--enable-native-access=ALL-UNNAMED"); // as the jar's manifest does
    cmd.addAll(jvmArgs);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("io.namesearch.cli.Main");
    return cmd;
  }

  /**
   * Runs {@code cmd} in {@code cwd} with standard input from {@code stdin} (null: none), {@code
   * NO_COLOR} unset and {@code env} added, and waits at most {@code timeoutSeconds}.
   */
  public static Run run(
      List<String> cmd, Path cwd, Path stdin, Map<String, String> env, int timeoutSeconds)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile());
    pb.environment().remove("NO_COLOR");
    pb.environment().putAll(env);
    Path outFile = Files.createTempFile("search-out", ".txt");
    Path errFile = Files.createTempFile("search-err", ".txt");
    try {
      pb.redirectOutput(outFile.toFile()).redirectError(errFile.toFile());
      pb.redirectInput(
          ProcessBuilder.Redirect.from(stdin == null ? new File("/dev/null") : stdin.toFile()));
      Process p = pb.start();
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("did not finish within " + timeoutSeconds + " s: " + cmd);
      }
      return new Run(
          p.exitValue(),
          Files.readString(outFile, StandardCharsets.UTF_8),
          Files.readString(errFile, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(outFile);
      Files.deleteIfExists(errFile);
    }
  }

  /** Exit code 2 and one line of error, {@code search: ...}, with no stack trace. */
  public static void assertOneLineError(Run r) {
    assertEquals(2, r.exit(), r.toString());
    List<String> errLines = r.err().lines().filter(l -> !l.startsWith("Try '")).toList();
    assertEquals(1, errLines.size(), "one error line expected: " + r.err());
    assertTrue(errLines.get(0).startsWith("search: "), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    assertFalse(r.err().contains("Exception"), "no exception names: " + r.err());
  }
}
