package io.namesearch.cli;

import static io.namesearch.cli.CliProcessTest.assertOneLineError;
import static io.namesearch.cli.CliProcessTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.namesearch.cli.SearchProcess.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code search variants} run as a real process. */
class VariantsCliTest {

  @Test
  void khodorkovskyInTheSeeds(@TempDir Path cwd) throws Exception {
    Run r = run(cwd, "variants", "Khodorkovsky");
    assertEquals(0, r.exit(), r.toString());
    assertEquals(
        List.of(
            "Khodorkovsky",
            "  exact",
            "    Khodorkovsky             1 document  (e.g. 002_c216761a71068422.txt)",
            "  typo",
            "    Khordorkovsky            1 document  (e.g. 002_c216761a71068422.txt)"),
        r.lines());
    r = run(cwd, "variants", "--json", "Khodorkovsky");
    ObjectMapper m = new ObjectMapper();
    JsonNode typo = m.readTree(r.lines().get(1));
    assertEquals("Khordorkovsky", typo.get("form").asText());
    assertEquals("typo", typo.get("tier").asText());
    assertEquals(1, typo.get("documents").asInt());
    assertEquals("002_c216761a71068422.txt", typo.get("example").asText());
  }

  @Test
  void allNamesOfAnIndex(@TempDir Path cwd) throws Exception {
    Path docs = Files.createDirectories(cwd.resolve("docs"));
    Files.writeString(docs.resolve("a.txt"), "One\n\nKhodorkovsky met Chodorkowski.\n");
    Files.writeString(docs.resolve("b.txt"), "Two\n\nKhodorkovsky again.\n");
    Path index = cwd.resolve("idx");
    assertEquals(0, run(cwd, "index", "--index", index.toString(), docs.toString()).exit());
    Run r = run(cwd, "variants", "--index", index.toString(), "--all");
    assertEquals(0, r.exit(), r.toString());
    assertEquals(List.of("Khodorkovsky: Khodorkovsky 2, Chodorkowski 1"), r.lines());
    r = run(cwd, "variants", "--index", index.toString(), "--all", "--min-docs", "2");
    assertEquals(1, r.exit(), r.toString());
    assertEquals("", r.out());
  }

  @Test
  void badArgumentsAreOneLineErrors(@TempDir Path cwd) throws Exception {
    assertOneLineError(run(cwd, "variants"));
    assertOneLineError(run(cwd, "variants", "--all", "Khodorkovsky"));
    assertOneLineError(run(cwd, "variants", "--all", "--min-docs", "0"));
    assertOneLineError(run(cwd, "variants", "--index", cwd.resolve("none").toString(), "X"));
  }
}
