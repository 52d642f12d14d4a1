package io.namesearch.opensearch;

import io.namesearch.analysis.NameTokens;
import io.namesearch.analysis.RussianNameAnalyzer;
import io.namesearch.analysis.internal.TierTerms;
import io.namesearch.engine.MatchTier;
import io.namesearch.engine.NameEngine;
import io.namesearch.engine.NameRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.CannedTokenStream;
import org.apache.lucene.tests.analysis.Token;
import org.opensearch.common.settings.Settings;

/**
 * The query-side filter: terms, types, positions and offsets, and Lucene's stream contract. The
 * expected terms are written out in {@code name-keys.golden} (next to this class in the test
 * resources), not computed by the code under test.
 */
public class NameKeysFilterTests extends BaseTokenStreamTestCase {

  private static final NameEngine ENGINE = NameEngine.defaults();

  private static Analyzer analyzer(NameOutput output) {
    return NameAnalysis.analyzer(new NameOptions(true, output));
  }

  // ---- what each output should emit for one word, from the golden file ----

  private static final String GOLDEN_FILE = "name-keys.golden";

  /** The golden terms of each output and (lower-cased) word. */
  private static final Map<String, List<String>> GOLDEN = golden();

  private static Map<String, List<String>> golden() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    try (InputStream in = NameKeysFilterTests.class.getResourceAsStream(GOLDEN_FILE)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        out.put(
            cols[0] + "\t" + cols[1], cols[2].isEmpty() ? List.of() : List.of(cols[2].split(" ")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The golden terms of {@code output} for {@code word}. */
  private static List<String> golden(NameOutput output, String word) {
    List<String> terms = GOLDEN.get(output.value() + "\t" + word.toLowerCase(Locale.ROOT));
    assertNotNull("no golden line for " + output.value() + " " + word, terms);
    return terms;
  }

  static List<String> variantTerms(String word) {
    return golden(NameOutput.VARIANT, word);
  }

  static List<String> familyTerms(String word) {
    return golden(NameOutput.FAMILY, word);
  }

  static List<String> typoTerms(String word) {
    return golden(NameOutput.TYPO, word);
  }

  static List<String> derivedTerms(String word) {
    return golden(NameOutput.DERIVED, word);
  }

  static List<String> nicknameTerms(String word) {
    return golden(NameOutput.NICKNAME, word);
  }

  /** The terms the analyzer of {@code output} gives one word. */
  private static List<String> actual(NameOutput output, String word) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer(output).tokenStream("f", word)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  /**
   * Every line of the golden file: each output's terms for one word, written out (and checked by a
   * reader) rather than computed by the code under test. On a mismatch the message is the file as
   * the code has it now, to review and accept.
   */
  public void testGoldenFile() throws IOException {
    assertTrue(GOLDEN.size() >= 40);
    StringBuilder now = new StringBuilder();
    boolean same = true;
    for (Map.Entry<String, List<String>> e : GOLDEN.entrySet()) {
      String[] key = e.getKey().split("\t");
      List<String> terms = actual(NameOutput.parse(key[0]), key[1]);
      same &= terms.equals(e.getValue());
      now.append(key[0])
          .append('\t')
          .append(key[1])
          .append('\t')
          .append(String.join(" ", terms))
          .append('\n');
    }
    assertTrue("the outputs are now:\n" + now, same);
  }

  /**
   * The family output is the library's family tier ({@link TierTerms}, as the library's query
   * matches it) followed by the variant keys, for every golden word.
   */
  public void testFamilyIsTheLibrarysFamilyTierThenVariants() throws IOException {
    for (String key : GOLDEN.keySet()) {
      String[] k = key.split("\t");
      TierTerms tiers = TierTerms.of(ENGINE, k[1]);
      List<String> expected = new ArrayList<>(tiers.terms(MatchTier.FAMILY));
      if (!expected.isEmpty()) {
        expected.addAll(tiers.variants());
      }
      assertEquals(k[1], expected, actual(NameOutput.FAMILY, k[1]));
      assertEquals(k[1], tiers.terms(MatchTier.DERIVED), actual(NameOutput.DERIVED, k[1]));
      assertEquals(k[1], tiers.terms(MatchTier.NICKNAME), actual(NameOutput.NICKNAME, k[1]));
    }
  }

  /**
   * Asserts terms, offsets, types and position increments of {@code text} (words separated by
   * single spaces): each word's expected terms at its own position and offsets, a word without
   * terms dropped and its position kept.
   */
  private static void assertWords(
      Analyzer analyzer, String text, Function<String, List<String>> expected) throws IOException {
    List<String> terms = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    List<String> types = new ArrayList<>();
    List<Integer> increments = new ArrayList<>();
    int offset = 0;
    int increment = 1;
    for (String word : text.split(" ")) {
      List<String> wordTerms = expected.apply(word);
      for (int i = 0; i < wordTerms.size(); i++) {
        String t = wordTerms.get(i);
        terms.add(t);
        starts.add(offset);
        ends.add(offset + word.length());
        types.add(
            t.charAt(0) == NameTokens.VARIANT_PREFIX
                ? NameTokens.TYPE_VARIANT
                : NameTokens.TYPE_FAMILY);
        increments.add(i == 0 ? increment : 0);
      }
      increment = wordTerms.isEmpty() ? increment + 1 : 1;
      offset += word.length() + 1;
    }
    assertAnalyzesTo(
        analyzer,
        text,
        terms.toArray(String[]::new),
        starts.stream().mapToInt(Integer::intValue).toArray(),
        ends.stream().mapToInt(Integer::intValue).toArray(),
        types.toArray(String[]::new),
        increments.stream().mapToInt(Integer::intValue).toArray());
  }

  // ---- tests ----

  public void testVariantKeysAtTheWordsPositionAndOffsets() throws Exception {
    // an ambiguous spelling has more than one key; all of them are emitted
    assertTrue(ENGINE.keys("Chodorkowski").size() > 1);
    assertWords(
        analyzer(NameOutput.VARIANT), "Mikhail Chodorkowski", NameKeysFilterTests::variantTerms);
  }

  public void testFamilyTermsThenVariantKeys() throws Exception {
    // Baltrukova has a family key of its own (shared with Baltrukov); Mikhail and 2022 do not
    assertTrue(ENGINE.family("Baltrukova").isPresent());
    assertEquals(ENGINE.family("Baltrukova"), ENGINE.family("Baltrukov"));
    assertWords(
        analyzer(NameOutput.FAMILY), "Baltrukova Michail 2022", NameKeysFilterTests::familyTerms);
  }

  public void testTypoIsTheFirstVariantKeyOnly() throws Exception {
    assertWords(
        analyzer(NameOutput.TYPO), "Chodorkowski Baltrukov", NameKeysFilterTests::typoTerms);
  }

  /** Nicknames: the keys of the equivalents only, none of the word's own; nothing for surnames. */
  public void testNicknameKeysOfTheEquivalents() throws Exception {
    List<String> sasha = nicknameTerms("Sasha");
    assertFalse(sasha.isEmpty());
    assertTrue(sasha.containsAll(variantTerms("Aleksandr")));
    assertTrue(sasha.containsAll(variantTerms("Александр")));
    for (String own : variantTerms("Sasha")) {
      assertFalse(own, sasha.contains(own));
    }
    assertTrue(nicknameTerms("Dima").containsAll(variantTerms("Dmitry")));
    assertTrue(nicknameTerms("Khodorkovsky").isEmpty());
    // Khodorkovsky is dropped, its position kept for the next word
    assertWords(
        analyzer(NameOutput.NICKNAME),
        "Sasha Khodorkovsky Дмитрий",
        NameKeysFilterTests::nicknameTerms);
  }

  /**
   * Derived keys: a name and its -sk- derivative find each other's family key, both ways, and none
   * of the word's own terms; nothing for a word without derived keys.
   */
  public void testDerivedKeysOfTheDerivedNames() throws Exception {
    String[][] pairs = {
      {"Tyazhin", "Тяжинский"},
      {"Troitsa", "Троицк"},
      {"Ivanov", "Ivanovsky"},
      {"Khodorkovsky", "Khodorkov"}
    };
    for (String[] pair : pairs) {
      for (int i = 0; i < 2; i++) {
        String word = pair[i];
        String other = pair[1 - i];
        List<String> derived = derivedTerms(word);
        String othersFamily = NameTokens.FAMILY_PREFIX + ENGINE.families(other).get(0);
        assertTrue(word, derived.contains(othersFamily));
        for (String own : familyTerms(word)) {
          assertFalse(word + " " + own, derived.contains(own));
        }
      }
    }
    assertTrue(ENGINE.derived("Lev").isEmpty());
    // Lev is dropped, its position kept for the next word
    assertWords(
        analyzer(NameOutput.DERIVED),
        "Tyazhin Lev Тяжинский Troitsk Chodorkowski",
        NameKeysFilterTests::derivedTerms);
    // A made-up spelling whose second reading (cc as ks) is a family key in -sk: its derived key
    // (without the k) is its own first variant key, so it is emitted as a family and a joined key
    // only.
    String odd = "Mehdbccts";
    assertTrue(ENGINE.derived(odd).stream().anyMatch(ENGINE.keys(odd)::contains));
    assertEquals(2 * ENGINE.derived(odd).size(), derivedTerms(odd).size());
    assertWords(analyzer(NameOutput.DERIVED), odd + " Ivanov", NameKeysFilterTests::derivedTerms);
  }

  /** Output all is exactly the library's {@link RussianNameAnalyzer}, with and without family. */
  public void testAllIsTheLibrarysAnalyzer() throws Exception {
    for (boolean family : new boolean[] {true, false}) {
      Analyzer ours = NameAnalysis.analyzer(new NameOptions(family, NameOutput.ALL));
      Analyzer library = new RussianNameAnalyzer(NameRules.defaults(), family);
      for (String text :
          List.of("Baltrukov", "Mikhail Khodorkovsky", "Ходорковская, Smolninskoe 2022", "")) {
        assertEquals(text, tokens(library, text), tokens(ours, text));
      }
    }
    List<String> withFamily = tokens(analyzer(NameOutput.ALL), "Baltrukov");
    assertTrue(withFamily.stream().anyMatch(t -> t.startsWith("^")));
    assertFalse(
        tokens(NameAnalysis.analyzer(new NameOptions(false, NameOutput.ALL)), "Baltrukov").stream()
            .anyMatch(t -> t.startsWith("^")));
  }

  private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    return TokenLines.of(analyzer, text, false);
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
        new String[] {typoTerms("baltrukov").get(0), typoTerms("khodorkovsky").get(0)},
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
    assertEquals(
        new NameOptions(true, NameOutput.NICKNAME),
        NameOptions.parse("x", Settings.builder().put("output", "nickname").build(), null));
    assertEquals(
        new NameOptions(true, NameOutput.NICKNAME),
        NameOptions.parse("x", Settings.EMPTY, NameOutput.NICKNAME));
    assertEquals(
        new NameOptions(true, NameOutput.DERIVED),
        NameOptions.parse("x", Settings.builder().put("output", "derived").build(), null));
    assertEquals(
        new NameOptions(true, NameOutput.DERIVED),
        NameOptions.parse("x", Settings.EMPTY, NameOutput.DERIVED));
  }

  /** Bad settings: one line that names the component, the option and what is allowed. */
  public void testBadOptions() {
    Map<Settings, String> bad =
        Map.of(
            Settings.builder().put("famliy", "true").build(),
            "filter [names]: unknown setting [famliy]; the options are [family, output]",
            Settings.builder().put("nicknames", "true").build(),
            "filter [names]: unknown setting [nicknames]; the options are [family, output]",
            Settings.builder().put("family", "yes").build(),
            "filter [names]: [family] must be true or false, not [yes]",
            Settings.builder().put("family", 1).build(),
            "filter [names]: [family] must be true or false, not [1]",
            Settings.builder().putList("family", "true", "false").build(),
            "filter [names]: [family] must be a single value, not a list [true, false]",
            Settings.builder().put("output", "keys").build(),
            "filter [names]: [output] must be one of all, variant, family, derived, nickname,"
                + " typo, not [keys]",
            Settings.builder().putList("output", "variant").build(),
            "filter [names]: [output] must be a single value, not a list [variant]",
            Settings.builder().put("output", "nickname").put("family", "false").build(),
            "filter [names]: [family] applies only to output [all] (indexing); output [nickname]"
                + " is for queries",
            Settings.builder().put("output", "derived").put("family", "true").build(),
            "filter [names]: [family] applies only to output [all] (indexing); output [derived]"
                + " is for queries",
            Settings.builder().put("output.tier", "variant").build(),
            "filter [names]: unknown setting [output.tier]; the options are [family, output]");
    bad.forEach(
        (settings, message) -> {
          IllegalArgumentException e =
              expectThrows(
                  IllegalArgumentException.class,
                  () -> NameOptions.parse("filter [names]", settings, null));
          assertEquals(message, e.getMessage());
          assertFalse(e.getMessage().contains("\n"));
        });
    IllegalArgumentException e =
        expectThrows(
            IllegalArgumentException.class,
            () ->
                NameOptions.parse(
                    "analyzer [russian_name_variant]",
                    Settings.builder().put("family", "true").build(),
                    NameOutput.VARIANT));
    assertEquals(
        "analyzer [russian_name_variant]: unknown setting [family]; the options are none (its"
            + " output is fixed)",
        e.getMessage());
    e =
        expectThrows(
            IllegalArgumentException.class,
            () ->
                NameOptions.parse(
                    "analyzer [russian_name_derived]",
                    Settings.builder().put("output", "derived").build(),
                    NameOutput.DERIVED));
    assertEquals(
        "analyzer [russian_name_derived]: unknown setting [output]; the options are none (its"
            + " output is fixed)",
        e.getMessage());
  }
}
