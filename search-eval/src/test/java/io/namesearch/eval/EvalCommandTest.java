package io.namesearch.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

  private static final double EPS = 1e-12;

  /** Returns every document in ordinal order, whatever the query. */
  static final class InOrder implements EvalSystem {
    private int size;

    @Override
    public String name() {
      return "test-in-order";
    }

    @Override
    public void index(List<String> documents) {
      size = documents.size();
    }

    @Override
    public int[] search(String query, int depth) {
      return IntStream.range(0, Math.min(size, depth)).toArray();
    }

    @Override
    public void close() {}
  }

  @BeforeAll
  static void registerFake() {
    EvalSystems.register("test-in-order", InOrder::new);
  }

  @TempDir Path dir;

  // Documents: 0 Ivan, 1 Iwan, 2 Petr, 3 Pyotr, 4 Иван.
  private static final String GOLD =
      TestFiles.HEADER
          + "g1\tИван\tIvan\tscheme-a\tperson\n"
          + "g1\tИван\tIwan\tscheme-b\tperson\n"
          + "g2\t\tPetr\tscheme-a\tplace\n"
          + "g2\t\tPyotr\tscheme-b\tplace\n";

  private static void assertMetrics(
      JsonNode node, int queries, double map, double recall, double pAtR) {
    assertEquals(queries, node.get("queries").asInt(), node.toString());
    assertEquals(map, node.get("map").asDouble(), EPS, node.toString());
    assertEquals(recall, node.get("recall").asDouble(), EPS, node.toString());
    assertEquals(pAtR, node.get("precisionAtR").asDouble(), EPS, node.toString());
  }

  @Test
  void metricsOfAHandMadeGoldFile() throws Exception {
    Path gold = TestFiles.write(dir, "gold.tsv", GOLD);
    TestFiles.Run run =
        TestFiles.run(
            gold.toString(),
            "--systems",
            "test-in-order",
            "--json",
            "--by",
            "kind",
            "--by",
            "lang_or_scheme");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode sys = run.json().get("systems").get(0);
    assertEquals("test-in-order", sys.get("name").asText());
    // Ivan: ranking without itself 1,2,3,4; relevant {1,4}: AP (1/1 + 2/4)/2, P@2 = 1/2.
    // Iwan: 0,2,3,4; relevant {0,4}: the same. Petr: 0,1,3,4; relevant {3}: AP 1/3, P@1 = 0.
    // Pyotr: 0,1,2,4; relevant {2}: AP 1/3, P@1 = 0. Every relevant document comes back.
    assertMetrics(sys.get("all"), 4, (0.75 + 0.75 + 1.0 / 3 + 1.0 / 3) / 4, 1.0, 0.25);
    assertMetrics(sys.get("by").get("kind").get("person"), 2, 0.75, 1.0, 0.5);
    assertMetrics(sys.get("by").get("kind").get("place"), 2, 1.0 / 3, 1.0, 0.0);
    assertMetrics(
        sys.get("by").get("lang_or_scheme").get("scheme-a"), 2, (0.75 + 1.0 / 3) / 2, 1.0, 0.25);
  }

  @Test
  void depthCapsTheRanking() throws Exception {
    Path gold = TestFiles.write(dir, "gold.tsv", GOLD);
    TestFiles.Run run =
        TestFiles.run(gold.toString(), "--systems", "test-in-order", "--json", "--depth", "2");
    assertEquals(0, run.exitCode(), run.err());
    // Ivan: 1,2 -> AP 1/2, recall 1/2, P@2 1/2; Iwan the same; Petr: 0,1 and Pyotr: 0,1 -> 0.
    assertMetrics(run.json().get("systems").get(0).get("all"), 4, 0.25, 0.25, 0.25);
  }

  @Test
  void variantsOnlyAndKindFilter() throws Exception {
    Path gold = TestFiles.write(dir, "gold.tsv", GOLD);
    TestFiles.Run run =
        TestFiles.run(
            gold.toString(),
            "--systems",
            "test-in-order",
            "--json",
            "--no-cyrillic-docs",
            "--kind",
            "person");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode root = run.json();
    assertEquals(4, root.get("documents").asInt());
    // Ivan: 1,2,3 with relevant {1}: AP 1; Iwan: 0,2,3 with relevant {0}: AP 1.
    assertMetrics(root.get("systems").get(0).get("all"), 2, 1.0, 1.0, 1.0);
  }

  @Test
  void smokeRunOfTheBaselinesWithJson() throws Exception {
    StringBuilder tsv = new StringBuilder(TestFiles.HEADER);
    String[][] groups = {
      {"scid:ivanov", "", "person", "Ivanov, Ivan", "Iwanow, Iwan", "Ivanoff, Ivan"},
      {"scid:chigorin", "", "person", "Chigorin, Mikhail", "Tschigorin, Michail", "Tchigorin, M"},
      {"gn:RU:1", "Москва", "place", "Moskva", "Moskau", "Moscow", "Moscou"},
      {"gn:RU:2", "Санкт-Петербург", "place", "Sankt-Peterburg", "Saint Petersburg", "Pietari"},
      {"gn:UA:3", "Харків", "place", "Kharkiv", "Kharkov", "Charkow", "Harkiv"},
    };
    for (String[] g : groups) {
      for (int i = 3; i < g.length; i++) {
        tsv.append(g[0])
            .append('\t')
            .append(g[1])
            .append('\t')
            .append(g[i])
            .append('\t')
            .append(i == 3 ? "name" : "alt")
            .append('\t')
            .append(g[2])
            .append('\n');
      }
    }
    Path gold = TestFiles.write(dir, "smoke.tsv", tsv.toString());
    List<String> systems = List.of("standard", "icu", "bm", "dm", "fuzzy2");
    TestFiles.Run run =
        TestFiles.run(
            gold.toString(),
            "--systems",
            String.join(",", systems),
            "--json",
            "--by",
            "kind,lang_or_scheme,source",
            "--warmup",
            "2");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode root = run.json();
    assertEquals(17, root.get("queries").asInt());
    assertEquals(17 + 3, root.get("documents").asInt());
    List<String> names = new ArrayList<>();
    for (JsonNode sys : root.get("systems")) {
      names.add(sys.get("name").asText());
      assertTrue(sys.get("queriesPerSecond").asDouble() > 0);
      JsonNode all = sys.get("all");
      assertEquals(17, all.get("queries").asInt());
      for (String m : List.of("map", "recall", "precisionAtR")) {
        double v = all.get(m).asDouble();
        assertTrue(v >= 0 && v <= 1, m + "=" + v);
      }
      assertEquals(6, sys.get("by").get("kind").get("person").get("queries").asInt());
      assertEquals(11, sys.get("by").get("kind").get("place").get("queries").asInt());
      assertEquals(5, sys.get("by").get("lang_or_scheme").get("name").get("queries").asInt());
      assertEquals(11, sys.get("by").get("source").get("gn").get("queries").asInt());
    }
    assertEquals(systems, names);
    // Sanity, not a benchmark: every person spelling here is within two edits per word.
    JsonNode fuzzy = root.get("systems").get(4);
    assertTrue(fuzzy.get("by").get("kind").get("person").get("recall").asDouble() > 0.9);

    TestFiles.Run table =
        TestFiles.run(gold.toString(), "--systems", "standard,dm", "--sample", "5", "--seed", "7");
    assertEquals(0, table.exitCode(), table.err());
    assertTrue(table.out().contains("MAP"), table.out());
    assertTrue(table.out().contains("kind=place"), table.out());
    assertTrue(table.out().contains("5 queries"), table.out());
  }
}
