package io.namesearch.opensearch;

import io.namesearch.analysis.NameTokens;
import io.namesearch.engine.NameRules;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.CannedTokenStream;
import org.apache.lucene.tests.analysis.Token;
import org.opensearch.common.settings.Settings;

/** The query-side filter: terms, types, positions and offsets, and Lucene's stream contract. */
public class NameKeysFilterTests extends BaseTokenStreamTestCase {

  private static final String V = NameTokens.TYPE_VARIANT;
  private static final String F = NameTokens.TYPE_FAMILY;

  private static Analyzer analyzer(NameOutput output) {
    return NameAnalysis.analyzer(new NameOptions(true, output));
  }

  public void testVariantKeysAtTheWordsPositionAndOffsets() throws Exception {
    assertAnalyzesTo(
        analyzer(NameOutput.VARIANT),
        "Mikhail Chodorkowski",
        new String[] {"~mihail", "~hodorkovski", "~šedorkovski"},
        new int[] {0, 8, 8},
        new int[] {7, 20, 20},
        new String[] {V, V, V},
        new int[] {1, 1, 0});
  }

  public void testFamilyTermsThenVariantKeys() throws Exception {
    assertAnalyzesTo(
        analyzer(NameOutput.FAMILY),
        "Baltrukova",
        new String[] {"^beltrekev", "~beltrekev", "~baltrukova"},
        new int[] {0, 0, 0},
        new int[] {10, 10, 10},
        new String[] {F, V, V},
        new int[] {1, 0, 0});
  }

  public void testTypoIsTheFirstVariantKeyOnly() throws Exception {
    assertAnalyzesTo(
        analyzer(NameOutput.TYPO),
        "Chodorkowski Baltrukov",
        new String[] {"~hodorkovski", "~baltrukov"},
        new int[] {0, 13},
        new int[] {12, 22},
        new String[] {V, V},
        new int[] {1, 1});
  }

  public void testAllIsTheLibrarysAnalyzer() throws Exception {
    assertAnalyzesTo(
        analyzer(NameOutput.ALL),
        "Baltrukov",
        new String[] {"baltrukov", "~baltrukov", "^beltrekev"},
        new int[] {1, 0, 0});
    assertAnalyzesTo(
        NameAnalysis.analyzer(new NameOptions(false, NameOutput.ALL)),
        "Baltrukov",
        new String[] {"baltrukov", "~baltrukov"});
  }

  /** A word without letters or digits is dropped; its position is kept for the next word. */
  public void testDroppedWordKeepsItsPosition() throws Exception {
    TokenStream in =
        new CannedTokenStream(
            1,
            30,
            new Token("baltrukov", 0, 9),
            new Token("—", 10, 11),
            new Token("khodorkovsky", 12, 24),
            new Token("…", 25, 26));
    TokenStream ts = new NameKeysFilter(in, NameRules.defaults(), NameOutput.TYPO);
    assertTokenStreamContents(
        ts,
        new String[] {"~baltrukov", "~hodorkovski"},
        new int[] {0, 12},
        new int[] {9, 24},
        null,
        new int[] {1, 2},
        null,
        30,
        2, // the trailing dropped word and the stream's own final increment
        null,
        true,
        null);
  }

  public void testRandomText() throws Exception {
    for (NameOutput output : NameOutput.values()) {
      checkRandomData(random(), analyzer(output), 1000 * RANDOM_MULTIPLIER);
    }
  }

  public void testOptions() {
    assertEquals(NameOptions.DEFAULTS, NameOptions.parse("x", Settings.EMPTY, null));
    assertEquals(
        new NameOptions(false, NameOutput.ALL),
        NameOptions.parse("x", Settings.builder().put("family", "false").build(), null));
    assertEquals(
        new NameOptions(true, NameOutput.TYPO),
        NameOptions.parse("x", Settings.builder().put("output", "typo").build(), null));
    for (Map<String, String> bad :
        java.util.List.of(
            Map.of("famliy", "true"),
            Map.of("family", "yes"),
            Map.of("output", "keys"),
            Map.of("output", "variant", "family", "false"))) {
      Settings settings = Settings.builder().putProperties(bad, k -> k).build();
      expectThrows(IllegalArgumentException.class, () -> NameOptions.parse("x", settings, null));
    }
    expectThrows(
        IllegalArgumentException.class,
        () ->
            NameOptions.parse(
                "x", Settings.builder().put("family", "true").build(), NameOutput.VARIANT));
  }
}
