package io.namesearch.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code search eval --tier-bound}: ours's hits re-ordered within their tiers. */
class TierBoundTest {

  @TempDir Path dir;

  @Test
  void keepsTheTiersAndPutsTheRelevantFirstWithinEach() {
    // For Руслана: Ruslana is a variant, the other forms are family, Brown matches nothing.
    List<String> docs = List.of("Руслоном", "Brown", "Ruslan", "Ruslana", "Руслану");
    int[] ranking = {0, 1, 2, 3, 4};
    int[] relevant = {4, 2, 3};
    assertArrayEquals(
        new int[] {3, 2, 4, 0, 1}, new TierBound().reorder("Руслана", ranking, docs, relevant));
    // Nothing relevant: the tiers alone, ours's order within them.
    assertArrayEquals(
        new int[] {3, 0, 2, 4, 1}, new TierBound().reorder("Руслана", ranking, docs, new int[0]));
  }

  @Test
  void reportsARowBesideOursThatIsNeverBelowIt() throws Exception {
    Path gold =
        TestFiles.write(
            dir,
            "gold.tsv",
            TestFiles.HEADER
                + "g1\tРуслан\tRuslan\tscheme-a\tperson\n"
                + "g1\tРуслан\tРусланом\tcase:ins\tperson\n"
                + "g1\tРуслан\tРуслана\tcase:gen\tperson\n"
                + "g2\tРуслон\tRuslon\tscheme-a\tperson\n"
                + "g2\tРуслон\tРуслоном\tcase:ins\tperson\n"
                + "g2\tРуслон\tРуслона\tcase:gen\tperson\n");
    TestFiles.Run run =
        TestFiles.run(gold.toString(), "--systems", "ours", "--tier-bound", "--json");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode systems = run.json().get("systems");
    assertEquals("ours", systems.get(0).get("name").asText());
    assertEquals("ours-tier-bound", systems.get(1).get("name").asText());
    double ours = systems.get(0).get("all").get("map").asDouble();
    double bound = systems.get(1).get("all").get("map").asDouble();
    assertTrue(bound >= ours, bound + " < " + ours);
    assertEquals(
        systems.get(0).get("all").get("recall").asDouble(),
        systems.get(1).get("all").get("recall").asDouble(),
        1e-12,
        "the same hits");
  }

  @Test
  void refusedWithoutOursAndForNamesOfSeveralWords() throws Exception {
    Path gold =
        TestFiles.write(
            dir,
            "gold.tsv",
            TestFiles.HEADER
                + "g1\tИван Петров\tIvan Petrov\tscheme-a\tperson\n"
                + "g1\tИван Петров\tIwan Petrow\tscheme-b\tperson\n");
    TestFiles.Run several = TestFiles.run(gold.toString(), "--systems", "ours", "--tier-bound");
    assertEquals(2, several.exitCode());
    assertTrue(several.err().contains("works on lists of single words"), several.err());
    TestFiles.Run noOurs = TestFiles.run(gold.toString(), "--systems", "standard", "--tier-bound");
    assertEquals(2, noOurs.exitCode());
    assertTrue(noOurs.err().contains("--tier-bound needs ours among --systems"), noOurs.err());
  }
}
