package io.namesearch.cli;

import static io.namesearch.cli.CliProcessTest.assertOneLineError;
import static io.namesearch.cli.CliProcessTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.namesearch.cli.SearchProcess.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search options of issue 19 run as a real process: dates and metadata read by {@code search
 * index}, filters, date sort, paging, thresholds and counts, and their one-line errors.
 */
class SearchFeaturesCliTest {

  @TempDir static Path dir;
  static Path index;

  @BeforeAll
  static void indexFiles() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(
        docs.resolve("a.md"),
        "---\ntitle: Deputy called up\ndate: 2024-03-01\ndesk: politics\n---\n"
            + "Dmitry Baltrukov was called up.\n");
    Files.writeString(
        docs.resolve("b.txt"), "Council news\nDate: 2023-05-06\n\nDmitri Baltrukow spoke.\n");
    Path c = docs.resolve("c.txt");
    Files.writeString(c, "Old note\n\nBaltrkov, with a typo.\n");
    Files.setLastModifiedTime(c, FileTime.from(Instant.parse("2020-01-02T10:00:00Z")));
    index = dir.resolve("idx");
    Run r = run(dir, "index", "--index", index.toString(), docs.toString());
    assertEquals(0, r.exit(), r.toString());
  }

  private static List<JsonNode> json(Run r) throws Exception {
    ObjectMapper m = new ObjectMapper();
    List<JsonNode> out = new ArrayList<>();
    for (String line : r.lines()) {
      out.add(m.readTree(line));
    }
    return out;
  }

  private static List<String> names(List<JsonNode> hits) {
    return hits.stream()
        .filter(h -> h.has("id"))
        .map(h -> Path.of(h.get("id").asText()).getFileName().toString())
        .toList();
  }

  private Run search(String... args) throws Exception {
    List<String> a = new ArrayList<>(List.of("--index", index.toString()));
    a.addAll(List.of(args));
    return run(dir, a.toArray(String[]::new));
  }

  @Test
  void indexReadsFrontMatterDateLinesAndModificationTimes() throws Exception {
    Run r = search("--json", "--snippets", "0", "Baltrukov");
    assertEquals(0, r.exit(), r.toString());
    List<JsonNode> hits = json(r);
    assertEquals(List.of("a.md", "b.txt", "c.txt"), names(hits));
    assertEquals("2024-03-01", hits.get(0).get("date").asText());
    assertEquals("Deputy called up", hits.get(0).get("title").asText());
    assertEquals("politics", hits.get(0).get("metadata").get("desk").asText());
    assertEquals("2023-05-06", hits.get(1).get("date").asText());
    assertEquals("2020-01-02", hits.get(2).get("date").asText());
    assertEquals(1.0, hits.get(0).get("normalized_score").asDouble());
    assertTrue(hits.get(2).get("normalized_score").asDouble() < 0.5, hits.get(2).toString());
  }

  @Test
  void filtersAndDateSort() throws Exception {
    Run r = search("--json", "--since", "2023-01-01", "--sort", "date-asc", "Baltrukov");
    assertEquals(List.of("b.txt", "a.md"), names(json(r)));
    r = search("--json", "--until", "2023-12-31", "--sort", "date", "Baltrukov");
    assertEquals(List.of("b.txt", "c.txt"), names(json(r)));
    r = search("--json", "--where", "desk=politics", "--where", "desk=world", "Baltrukov");
    assertEquals(List.of("a.md"), names(json(r)));
    r = search("--where", "desk=sport", "Baltrukov");
    assertEquals(1, r.exit(), r.toString());
  }

  @Test
  void pagingByOffsetAndCursor() throws Exception {
    Run r = search("--json", "-n", "1", "--offset", "1", "Baltrukov");
    List<JsonNode> second = json(r);
    assertEquals(List.of("b.txt"), names(second));
    assertEquals(2, second.get(0).get("rank").asInt());
    String cursor = second.get(0).get("cursor").asText();
    r = search("--json", "--after", cursor, "Baltrukov");
    assertEquals(List.of("c.txt"), names(json(r)));
    r = search("-n", "1", "--offset", "1", "Baltrukov");
    assertTrue(r.lines().get(0).startsWith("2. "), r.out());
    assertTrue(r.out().contains("showing 2-2 of 3 hits"), r.out());
  }

  @Test
  void pagingAFullNameByCursorGivesTheBigSearch() throws Exception {
    // person mode, the default; words mode pages as a one-word query does (pagingByOffsetAndCursor)
    List<String> all =
        names(json(search("--json", "--snippets", "0", "-n", "10", "Dmitry Baltrukov")));
    assertEquals(3, all.size(), all.toString());
    List<String> paged = new ArrayList<>();
    String cursor = null;
    String first = null;
    for (int page = 0; page < all.size(); page++) {
      List<String> a = new ArrayList<>(List.of("--json", "--snippets", "0", "-n", "1"));
      if (cursor != null) {
        a.addAll(List.of("--after", cursor));
      }
      a.add("Dmitry Baltrukov");
      List<JsonNode> hits = json(search(a.toArray(String[]::new)));
      paged.addAll(names(hits));
      cursor = hits.get(0).get("cursor").asText();
      assertTrue(!cursor.isEmpty(), "every hit has a cursor");
      first = first == null ? cursor : first;
    }
    assertEquals(all, paged);
    Run words = search("--words", "--after", first, "Dmitry Baltrukov");
    assertOneLineError(words);
    assertTrue(
        words.err().contains("cursor is from a search for a person's name, not for these words"),
        words.err());
  }

  @Test
  void thresholdsAndCounts() throws Exception {
    Run r = search("--json", "--min-tier", "variant", "Baltrukov");
    assertEquals(List.of("a.md", "b.txt"), names(json(r)));
    r = search("--json", "--min-score", "1", "Baltrukov");
    assertEquals(List.of("a.md"), names(json(r)));
    r = search("--snippets", "0", "--count-by", "tier", "--count-by", "desk", "Baltrukov");
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.out().contains("\nby tier: exact 1, variant 1, typo 1\n"), r.out());
    assertTrue(r.out().contains("\nby desk: politics 1\n"), r.out());
    r = search("--json", "--count-by", "tier", "Baltrukov");
    List<JsonNode> lines = json(r);
    JsonNode last = lines.get(lines.size() - 1);
    assertEquals(3, last.get("total_hits").asInt());
    assertEquals(1, last.get("counts").get("tier").get("typo").asInt());
  }

  @Test
  void aLargerLimitNeverReordersTheHitsOfASmallerOne() throws Exception {
    // issue 12: on the seeds, -n 1 ranked 000 first and -n 2 ranked 001 first (tied scores)
    Run one = run(dir, "--json", "--snippets", "0", "-n", "1", "Baltrukov");
    Run two = run(dir, "--json", "--snippets", "0", "-n", "2", "Baltrukov");
    List<String> first = names(json(one));
    List<String> both = names(json(two));
    assertEquals(1, first.size());
    assertEquals(2, both.size());
    assertEquals(first.get(0), both.get(0), one.out() + two.out());
  }

  @Test
  void badOptionsAreOneLineErrors() throws Exception {
    for (String[] args :
        List.of(
            new String[] {"--since", "2024-13-01", "Baltrukov"},
            new String[] {"--where", "desk", "Baltrukov"},
            new String[] {"--min-tier", "great", "Baltrukov"},
            new String[] {"--sort", "random", "Baltrukov"},
            new String[] {"--after", "not-a-cursor", "Baltrukov"},
            new String[] {"--offset", "-1", "Baltrukov"},
            new String[] {"--min-score", "2", "Baltrukov"},
            new String[] {"--since", "2024-01-01", "--until", "2023-01-01", "Baltrukov"})) {
      Run r = search(args);
      assertOneLineError(r);
    }
  }

  @Test
  void aBadFrontMatterDateIsAnErrorForThatFileOnly(@TempDir Path other) throws Exception {
    Path docs = Files.createDirectories(other.resolve("docs"));
    Files.writeString(docs.resolve("bad.md"), "---\ndate: soon\n---\nBaltrukov\n");
    Files.writeString(docs.resolve("good.md"), "Baltrukov\n");
    Run r = run(other, "index", "--index", other.resolve("i").toString(), docs.toString());
    assertEquals(2, r.exit(), r.toString());
    assertTrue(
        r.err().contains("bad.md: front matter date is not a date (YYYY-MM-DD): soon"), r.err());
    assertTrue(r.out().contains("indexed 1 new"), r.out());
  }
}
