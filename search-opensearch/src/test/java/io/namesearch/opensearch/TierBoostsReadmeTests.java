package io.namesearch.opensearch;

import io.namesearch.engine.MatchTier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.tests.util.LuceneTestCase;

/**
 * The README's recipe boosts follow from the library's tier weights ({@link MatchTier#weight()}):
 * the exact, variant, family and typo clauses each match every stronger tier's words too, so each
 * boost is its tier's weight less the next of them, and the boosts add up per word to the library's
 * weights; the derived and nickname clauses match only their own words, and their boosts keep them
 * in the library's order. The tier table, the recipe's JSON and the sentences that quote the
 * weights are checked against the code.
 */
public class TierBoostsReadmeTests extends LuceneTestCase {

  private static final String HEADER =
      "| tier | clause (analyzer) | boost | a word of this tier scores | in the library |";

  private static String readme() throws IOException {
    return Files.readString(
        Path.of(System.getProperty("readme", "README.md")), StandardCharsets.UTF_8);
  }

  /** tier label -> {boost, score} from the README's table. */
  private static Map<String, float[]> table(List<String> lines) {
    int at = lines.indexOf(HEADER);
    assertTrue("README has the recipe's tier table", at >= 0);
    Map<String, float[]> out = new LinkedHashMap<>();
    for (int i = at + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      String[] cells = lines.get(i).split("\\|");
      out.put(
          cells[1].strip(),
          new float[] {Float.parseFloat(cells[3].strip()), Float.parseFloat(cells[4].strip())});
    }
    return out;
  }

  private static float weight(MatchTier t) {
    return t.weight();
  }

  public void testRecipeBoostsFollowFromTheTierWeights() throws IOException {
    Map<String, float[]> table = table(readme().lines().toList());
    assertEquals(
        List.of("exact", "variant", "family", "derived", "nickname", "typo"),
        List.copyOf(table.keySet()));
    for (MatchTier t : MatchTier.values()) {
      assertTrue(t.label(), table.containsKey(t.label()));
    }
    float exact = weight(MatchTier.EXACT);
    float variant = weight(MatchTier.VARIANT);
    float family = weight(MatchTier.FAMILY);
    float typo = weight(MatchTier.FUZZY);
    // the cumulative clauses: each boost is its weight less the next weaker cumulative tier's
    assertEquals(exact - variant, boost(table, MatchTier.EXACT), 1e-6f);
    assertEquals(variant - family, boost(table, MatchTier.VARIANT), 1e-6f);
    assertEquals(family - typo, boost(table, MatchTier.FAMILY), 1e-6f);
    assertEquals(typo, boost(table, MatchTier.FUZZY), 1e-6f);
    for (MatchTier t :
        List.of(MatchTier.EXACT, MatchTier.VARIANT, MatchTier.FAMILY, MatchTier.FUZZY)) {
      assertEquals(t.label(), weight(t), table.get(t.label())[1], 1e-6f);
    }
    // derived and nickname match only their own words: they score their boost, below a family
    // form that is not a typo, in the library's order, and a derived name that is also a typo
    // stays below a family form
    float derived = boost(table, MatchTier.DERIVED);
    float nickname = boost(table, MatchTier.NICKNAME);
    assertEquals(derived, table.get("derived")[1], 1e-6f);
    assertEquals(nickname, table.get("nickname")[1], 1e-6f);
    assertTrue(nickname < derived);
    assertTrue(derived < boost(table, MatchTier.FAMILY));
    assertTrue(derived + typo < family);
  }

  private static float boost(Map<String, float[]> table, MatchTier t) {
    return table.get(t.label())[0];
  }

  /** The recipe's search request uses the table's boosts, clause by clause. */
  public void testRecipeJsonUsesTheTablesBoosts() throws IOException {
    String readme = readme();
    Map<String, float[]> table = table(readme.lines().toList());
    Map<String, String> analyzers =
        Map.of(
            "standard", "exact",
            "russian_name_variant", "variant",
            "russian_name_family", "family",
            "russian_name_derived", "derived",
            "russian_name_nickname", "nickname",
            "russian_name_typo", "typo");
    int start = readme.indexOf("<!-- snippet: recipe-search -->");
    assertTrue(start >= 0);
    String snippet = readme.substring(start, readme.indexOf("\nJSON\n", start));
    Matcher m =
        Pattern.compile("\"analyzer\": \"([a-z_]+)\", \"boost\": ([0-9.]+)").matcher(snippet);
    int clauses = 0;
    while (m.find()) {
      clauses++;
      String tier = analyzers.get(m.group(1));
      assertNotNull(m.group(1), tier);
      assertEquals(m.group(1), table.get(tier)[0], Float.parseFloat(m.group(2)), 1e-6f);
    }
    assertEquals(6, clauses);
  }

  /** The sentences that quote the library's weights quote the code's. */
  public void testQuotedLibraryWeights() throws IOException {
    String readme = readme().replaceAll("\\s+", " ");
    StringBuilder all = new StringBuilder();
    for (MatchTier t : MatchTier.values()) {
      all.append(all.length() == 0 ? "" : ", ").append(t.label()).append(' ').append(t.weight());
    }
    String quoted =
        all + String.format(Locale.ROOT, " (a tie-breaker of %s", MatchTier.TIE_BREAKER);
    assertTrue(quoted, readme.contains(quoted));
    assertTrue(readme.contains("the library: " + MatchTier.NICKNAME.weight() + ";"));
    assertTrue(readme.contains("the library: " + MatchTier.DERIVED.weight() + ")"));
  }
}
