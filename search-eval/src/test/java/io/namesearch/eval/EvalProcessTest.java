package io.namesearch.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.namesearch.cli.SearchProcess;
import io.namesearch.cli.SearchProcess.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code search eval} and {@code search eval-docs} as a real process, through the CLI's entry
 * point with this module on the class path, as the launcher does: the CLI finds the commands
 * through {@link java.util.ServiceLoader}.
 */
class EvalProcessTest {

  static Run run(Path cwd, String... args) throws IOException, InterruptedException {
    List<String> cmd = SearchProcess.java(List.of());
    cmd.addAll(List.of(args));
    return SearchProcess.run(cmd, cwd, null, Map.of(), 120);
  }

  static void assertOneLineError(Run r) {
    SearchProcess.assertOneLineError(r);
  }

  private static Path write(Path dir, String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void helpListsTheEvalCommands(@TempDir Path cwd) throws Exception {
    Run r = run(cwd, "--help");
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.out().lines().anyMatch(l -> l.strip().startsWith("eval ")), r.out());
    assertTrue(r.out().lines().anyMatch(l -> l.strip().startsWith("eval-docs ")), r.out());
  }

  @Test
  void evalDocsGeneratesAndScoresADevelopmentArchive(@TempDir Path cwd) throws Exception {
    Run r =
        run(
            cwd,
            "eval-docs",
            "--generate",
            "--families",
            "12",
            "--systems",
            "ours,ours-words,standard",
            cwd.resolve("dev").toString());
    assertEquals(0, r.exit(), r.toString());
    for (String f : List.of("documents.tsv", "queries.tsv", "qrels.txt", "labels.tsv")) {
      assertTrue(Files.isRegularFile(cwd.resolve("dev").resolve(f)), f);
    }
    for (String metric :
        List.of(
            "MAP@100",
            "P@10",
            "nDCG@10",
            "recall@100",
            "MRR",
            "trap rate",
            "queries/CPU-s",
            "initial_cyrillic")) {
      assertTrue(r.out().contains(metric), metric + " in " + r.out());
    }
    // the archive is never overwritten
    Run again = run(cwd, "eval-docs", "--generate", cwd.resolve("dev").toString());
    assertOneLineError(again);
    assertTrue(again.err().contains("refusing to overwrite"), again.err());
    Run missing = run(cwd, "eval-docs", cwd.resolve("nothing").toString());
    assertOneLineError(missing);
  }

  @Test
  void evalPairs(@TempDir Path cwd) throws Exception {
    Path pairs =
        write(
            cwd,
            "pairs.tsv",
            "name_a\tname_b\tshould_match\tsource\n"
                + "Dmitry Baltrukov\tБалтруков Дмитрий\t1\tt\n"
                + "Ivanov, Sergei\tSergey Ivanov\t1\tt\n"
                + "Ivanov Aleksandr\tIvanova Aleksandra\t0\tt\n"
                + "LUKIN, Sergey Nikolaevich\tLUKIN, Sergey Anatolyevich\t0\tt\n");
    Run r = run(cwd, "eval", "--pairs", pairs.toString(), "--systems", "ours,jaro-winkler");
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.out().contains("4 pairs (2 should match, 2 should not)"), r.out());
    assertTrue(r.out().lines().anyMatch(l -> l.matches("ROC AUC\\s+1\\.0000\\s+\\S+")), r.out());
    Run json = run(cwd, "eval", "--pairs", pairs.toString(), "--json", "--systems", "ours");
    assertEquals(0, json.exit(), json.toString());
    JsonNode s = new ObjectMapper().readTree(json.out()).get("systems").get(0);
    assertEquals(0.0, s.get("falseMatchRateAtDefault").asDouble());
    assertEquals(1.0, s.get("recallAtDefault").asDouble());
    Path bad = write(cwd, "bad.tsv", "name_a\tname_b\tshould_match\nA\tB\tyes\n");
    Run b = run(cwd, "eval", "--pairs", bad.toString());
    assertEquals(2, b.exit(), b.toString());
    assertTrue(b.err().contains("line 2: should_match must be 1 or 0, got 'yes'"), b.err());
    Run unknown = run(cwd, "eval", "--pairs", pairs.toString(), "--systems", "x");
    assertEquals(2, unknown.exit(), unknown.toString());
  }
}
