package io.namesearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.namesearch.engine.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every hit says why it matched: on every eighth row of {@code wild-variants.tsv} (people and
 * places in many spellings), every hit of every spelling as a query has at least one explained word
 * match, whatever the tier (joined words and typos through a second family key included).
 */
class ExplanationCoverageTest {

  /** Every this many rows is read: people and places, every tier, quick enough for every build. */
  private static final int EVERY = 8;

  @Test
  void everyHitIsExplained() throws IOException {
    Path gold = SharedData.require("wild-variants.tsv");
    List<String> lines = Files.readAllLines(gold, StandardCharsets.UTF_8);
    Set<String> names = new LinkedHashSet<>();
    for (int i = 1; i < lines.size(); i += EVERY) {
      String[] cols = lines.get(i).split("\t", -1);
      names.add(cols[2]);
      if (!cols[1].isBlank()) {
        names.add(cols[1]);
      }
    }
    List<String> unexplained = new ArrayList<>();
    int hits = 0;
    try (NameIndex index = NameIndex.builder().build()) {
      int id = 0;
      for (String name : names) {
        index.add(Document.builder(Integer.toString(id++)).title(name).build());
      }
      index.commit();
      SearchOptions options = SearchOptions.builder().limit(30).snippets(0).build();
      for (String query : names) {
        for (Hit hit : index.search(query, options).hits()) {
          hits++;
          if (hit.matches().isEmpty() && unexplained.size() < 20) {
            unexplained.add(query + " -> " + hit.title());
          }
        }
      }
    }
    System.out.printf(Locale.ROOT, "explanation coverage: %d names, %d hits%n", names.size(), hits);
    assertEquals(List.of(), unexplained);
  }
}
