package io.namesearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The name-variant acceptance queries on the seed corpus, through the CLI's own code path. */
class SeedAcceptanceTest {

  static List<JsonNode> search(String... args) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> all = new ArrayList<>(List.of("--json", "--limit", "20"));
    all.addAll(List.of(args));
    int exit =
        Main.newCommandLine(new PrintWriter(out), new PrintWriter(err))
            .execute(all.toArray(String[]::new));
    assertTrue(exit == 0 || exit == 1, "exit " + exit + ": " + err);
    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> hits = new ArrayList<>();
    for (String line : out.toString().lines().toList()) {
      hits.add(mapper.readTree(line));
    }
    return hits;
  }

  static Set<String> seeds(List<JsonNode> hits) {
    Set<String> s = new TreeSet<>();
    for (JsonNode h : hits) {
      s.add(h.get("id").asText().substring(0, 3));
    }
    return s;
  }

  /** "documentWord/tier" for every match of every hit. */
  static Set<String> matched(List<JsonNode> hits) {
    Set<String> s = new TreeSet<>();
    for (JsonNode h : hits) {
      for (JsonNode m : h.get("matches")) {
        s.add(m.get("document").asText() + "/" + m.get("tier").asText());
      }
    }
    return s;
  }

  @Test
  void baltrukov() throws Exception {
    assertEquals(Set.of("000", "001"), seeds(search("Baltrukov")));
    assertEquals(Set.of("000", "001"), seeds(search("Балтруков")));
    assertEquals(Set.of("000", "001"), seeds(search("Baltrukow")));
    assertTrue(matched(search("Балтруков")).contains("Baltrukov/variant"));
  }

  @Test
  void khodorkovskyFindsTheMisspeltArticle() throws Exception {
    List<JsonNode> hits = search("Khodorkovsky");
    assertEquals(Set.of("002"), seeds(hits));
    Set<String> m = matched(hits);
    assertTrue(m.contains("Khodorkovsky/exact"), m.toString());
    assertTrue(m.contains("Khordorkovsky/typo"), m.toString());
    for (String spelling :
        List.of("Ходорковский", "Chodorkowski", "Khodorkovskiy", "Hodorkovszkij")) {
      List<JsonNode> h = search(spelling);
      assertEquals(Set.of("002"), seeds(h), spelling);
      assertTrue(matched(h).contains("Khodorkovsky/variant"), spelling + " " + matched(h));
    }
  }

  @Test
  void smolninskoeFindsEverySpelling() throws Exception {
    List<JsonNode> hits = search("Smolninskoe");
    // 000 spells Smolninskoe, 001/003/004 Smolninskoye, 003 also Smolninsky.
    assertEquals(Set.of("000", "001", "003", "004"), seeds(hits));
    Set<String> m = matched(hits);
    assertTrue(m.contains("Smolninskoe/exact"), m.toString());
    assertTrue(m.contains("Smolninskoye/variant"), m.toString());
    assertTrue(m.contains("Smolninsky/family"), m.toString());
  }

  @Test
  void dmitriPaljugaFindsDmitryPalyuga() throws Exception {
    List<JsonNode> hits = search("Dmitri Paljuga");
    assertTrue(hits.size() >= 2);
    // Both words match in 003 and 004, so they rank first.
    assertEquals(Set.of("003", "004"), seeds(hits.subList(0, 2)));
    Set<String> m = matched(hits.subList(0, 2));
    assertTrue(m.contains("Palyuga/variant"), m.toString());
    assertTrue(m.contains("Dmitry/variant"), m.toString());
    // ...as one mention of the person, which the explanation names
    for (JsonNode hit : hits.subList(0, 2)) {
      JsonNode mention = hit.get("mention");
      assertEquals("full_name", mention.get("kind").asText(), hit.toString());
      assertEquals("Dmitry Palyuga", mention.get("document").asText());
      assertEquals(
          "Dmitry Palyuga ≈ Dmitri Paljuga (full name; variant, variant)",
          mention.get("explain").asText());
    }
  }
}
