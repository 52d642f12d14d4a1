package io.namesearch.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code search eval --per-query FILE}: a line per scored query and system, whose AP averages to
 * the reported MAP; an existing file is refused and left as it was.
 */
class PerQueryReportTest {

  @TempDir Path dir;

  private Path gold() throws Exception {
    return TestFiles.write(
        dir,
        "gold.tsv",
        TestFiles.HEADER
            + "g1\tБалтруков\tBaltrukov\tscheme-a\tperson\n"
            + "g1\tБалтруков\tBaltrukow\tscheme-b\tperson\n"
            + "g2\tПалюга\tPalyuga\tscheme-a\tperson\n"
            + "g2\tПалюга\tPaljuga\tscheme-b\tperson\n"
            + "g3\tМосква\tMoskva\tscheme-a\tplace\n");
  }

  @Test
  void oneLinePerScoredQueryAndSystemAveragingToTheMap() throws Exception {
    Path out = dir.resolve("per-query.tsv");
    TestFiles.Run run =
        TestFiles.run(
            gold().toString(),
            "--systems",
            "ours,standard",
            "--per-query",
            out.toString(),
            "--json",
            "--warmup",
            "0");
    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals(String.join("\t", PerQueryReport.HEADER), lines.get(0));
    // 5 scored queries (the Cyrillic forms are documents too) for each of 2 systems
    assertEquals(1 + 10, lines.size(), String.join("\n", lines));
    Map<String, double[]> sums = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split("\t", -1);
      assertEquals(PerQueryReport.HEADER.size(), c.length, line);
      double[] s = sums.computeIfAbsent(c[0], k -> new double[2]);
      s[0] += Double.parseDouble(c[5]);
      s[1]++;
      if (c[0].equals("standard") && c[2].equals("Baltrukov")) {
        // StandardAnalyzer finds no other spelling: both are missed, nothing ranks above
        assertEquals("0.0000", c[5], line);
        assertEquals("0", c[8], line);
        assertEquals("0", c[9], line);
        assertEquals("2: Baltrukow | Балтруков", c[10], line);
      }
      if (c[0].equals("ours") && c[2].equals("Baltrukov")) {
        assertEquals("1.0000", c[5], line);
        assertEquals("1", c[8], line);
        assertEquals("0", c[10], line);
      }
    }
    for (var system : run.json().get("systems")) {
      double[] s = sums.get(system.get("name").asText());
      assertEquals(system.get("all").get("map").asDouble(), s[0] / s[1], 1e-4, system.toString());
    }
  }

  @Test
  void anExistingFileIsRefusedAndLeftAsItWas() throws Exception {
    Path out = TestFiles.write(dir, "mine.tsv", "my notes\n");
    TestFiles.Run run =
        TestFiles.run(gold().toString(), "--systems", "ours", "--per-query", out.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--per-query: " + out + " exists"), run.err());
    assertEquals("my notes\n", Files.readString(out, StandardCharsets.UTF_8));
  }
}
