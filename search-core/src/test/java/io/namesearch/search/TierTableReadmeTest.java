package io.namesearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.namesearch.engine.MatchTier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's tier table is the code's: one row per {@link MatchTier}, strongest first, with its
 * label and its {@link MatchTier#weight()}. Edit a weight and this fails until the README says the
 * same.
 */
class TierTableReadmeTest {

  private static final String HEADER = "| tier | weight | meaning | example |";

  @Test
  void readmeTierTableIsMatchTier() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("../README.md"), StandardCharsets.UTF_8);
    int at = lines.indexOf(HEADER);
    assertTrue(at >= 0, "README has the tier table: " + HEADER);
    List<String> rows = new ArrayList<>();
    for (int i = at + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      String[] cells = lines.get(i).split("\\|");
      rows.add(cells[1].strip() + " " + cells[2].strip());
    }
    List<String> expected = new ArrayList<>();
    for (MatchTier t : MatchTier.values()) {
      expected.add(t.label() + " " + t.weight());
    }
    assertEquals(expected, rows);
  }

  @Test
  void weightsFallByMoreThanTheTieBreakerCanAdd() {
    MatchTier[] tiers = MatchTier.values();
    for (int i = 1; i < tiers.length; i++) {
      // a word matching every weaker tier too gets at most tie-breaker x (their sum) on top
      float others = 0;
      for (int j = i; j < tiers.length; j++) {
        others += tiers[j].weight();
      }
      assertTrue(
          tiers[i].weight() + MatchTier.TIE_BREAKER * others < tiers[i - 1].weight(),
          tiers[i] + " stays below " + tiers[i - 1]);
    }
  }
}
