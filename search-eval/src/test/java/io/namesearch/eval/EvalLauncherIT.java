package io.namesearch.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./search eval} on the jars that {@code package} built (failsafe, after package): the
 * launcher puts search-eval.jar beside search.jar, and the ICU baseline runs (the search jar alone
 * carries no ICU4J).
 */
class EvalLauncherIT {

  private static final Path ROOT =
      Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent();

  @Test
  void searchEvalRunsTheIcuBaselineThroughTheLauncher(@TempDir Path cwd) throws Exception {
    assumeTrue(Files.isRegularFile(ROOT.resolve("search-cli/target/search.jar")), "no search jar");
    assumeTrue(
        Files.isRegularFile(ROOT.resolve("search-eval/target/search-eval.jar")), "no eval jar");
    Path gold = cwd.resolve("gold.tsv");
    Files.writeString(
        gold,
        TestFiles.HEADER
            + "1\tБалтруков\tBaltrukov\tiso9\tsurname\n"
            + "1\tБалтруков\tBaltrukow\tpolish\tsurname\n"
            + "2\tИванов\tIvanov\tiso9\tsurname\n"
            + "2\tИванов\tIwanow\tgerman\tsurname\n",
        StandardCharsets.UTF_8);
    Path out = cwd.resolve("out.txt");
    Path err = cwd.resolve("err.txt");
    Process p =
        new ProcessBuilder(
                List.of(
                    ROOT.resolve("search").toString(),
                    "eval",
                    gold.toString(),
                    "--systems",
                    "ours,icu",
                    "--json"))
            .directory(cwd.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("./search eval did not finish");
    }
    String o = Files.readString(out, StandardCharsets.UTF_8);
    String e = Files.readString(err, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), o + e);
    assertTrue(o.contains("\"icu\""), o);
    assertTrue(o.contains("\"ours\""), o);
  }
}
