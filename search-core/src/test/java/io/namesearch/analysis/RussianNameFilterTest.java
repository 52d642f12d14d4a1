package io.namesearch.analysis;

import io.namesearch.engine.NameRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;
import org.apache.lucene.tests.util.TestUtil;

/** The filter under Lucene's own token-stream checks. */
public class RussianNameFilterTest extends BaseTokenStreamTestCase {

  private static Analyzer analyzer(boolean family) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer t = new MockTokenizer(MockTokenizer.WHITESPACE, false);
        TokenStream ts = new LowerCaseFilter(t);
        return new TokenStreamComponents(
            t, new RussianNameFilter(ts, NameRules.defaults(), family));
      }
    };
  }

  /** The golden tokens of each word, by mode ({@code family} or {@code keys}). */
  private static final Map<String, List<String>> GOLDEN = golden();

  private static Map<String, List<String>> golden() {
    Map<String, List<String>> out = new HashMap<>();
    try (InputStream in = RussianNameFilterTest.class.getResourceAsStream(GOLDEN_FILE)) {
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : all.split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        out.put(cols[0] + "\t" + cols[1], List.of(cols[2].split(" ")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static final String GOLDEN_FILE = "russian-name-filter.golden";

  /**
   * What the filter must emit for one word ({@value #GOLDEN_FILE}): the word, then its keys, then
   * its family keys.
   */
  private static List<String> expected(String word, boolean family) {
    List<String> e = GOLDEN.get((family ? "family" : "keys") + "\t" + word);
    assertNotNull("no golden line for " + word, e);
    return e;
  }

  /**
   * The golden file records the rules fingerprint its tokens were written under, and a digest of
   * those tokens ({@code #rules} line). An index records the fingerprint, and one built with
   * another is refused. So a change of the tokens must come with a change of the fingerprint: a
   * rule table change makes one by itself, a code change raises {@code
   * CompiledRules.KEYS_REVISION}.
   */
  public void testGoldenRecordsTheRulesFingerprint() throws Exception {
    String all;
    try (InputStream in = RussianNameFilterTest.class.getResourceAsStream(GOLDEN_FILE)) {
      all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String recordedRules = null;
    String recordedTokens = null;
    StringBuilder tokens = new StringBuilder();
    for (String line : all.split("\n")) {
      if (line.startsWith("#rules\t")) {
        String[] cols = line.split("\t");
        recordedRules = cols[1];
        recordedTokens = cols[2];
      } else if (!line.isBlank() && !line.startsWith("#")) {
        tokens.append(line).append('\n');
      }
    }
    String rules = NameRules.defaults().fingerprint();
    String digest =
        java.util.HexFormat.of()
            .formatHex(
                java.security.MessageDigest.getInstance("SHA-256")
                    .digest(tokens.toString().getBytes(StandardCharsets.UTF_8)),
                0,
                8);
    String line = "#rules\t" + rules + "\t" + digest;
    assertNotNull("no #rules line in " + GOLDEN_FILE + "; add: " + line, recordedRules);
    if (rules.equals(recordedRules) && !digest.equals(recordedTokens)) {
      fail(
          "the golden tokens changed but the rules fingerprint did not: raise"
              + " CompiledRules.KEYS_REVISION, so that indexes built before are refused, then"
              + " record the new fingerprint line");
    }
    assertEquals(
        "the rules fingerprint or the golden tokens changed; record in " + GOLDEN_FILE,
        line,
        "#rules\t" + recordedRules + "\t" + recordedTokens);
  }

  /** Every word of the golden file analyses to its golden tokens, alone and in one text. */
  public void testGoldenWords() throws IOException {
    assertTrue(GOLDEN.size() >= 20);
    for (boolean family : new boolean[] {true, false}) {
      try (Analyzer a = analyzer(family)) {
        for (Map.Entry<String, List<String>> e : GOLDEN.entrySet()) {
          String[] key = e.getKey().split("\t");
          if (key[0].equals(family ? "family" : "keys")) {
            assertAnalyzesTo(a, key[1], e.getValue().toArray(String[]::new));
          }
        }
      }
    }
  }

  public void testStacksKeysAtTheWordsPosition() throws IOException {
    for (boolean family : new boolean[] {true, false}) {
      try (Analyzer a = analyzer(family)) {
        String text = "baltrukov khodorkovsky смольнинское chodorkowski 2022";
        List<String> terms = new ArrayList<>();
        List<Integer> posIncs = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        int offset = 0;
        for (String word : text.split(" ")) {
          List<String> e = expected(word, family);
          for (int i = 0; i < e.size(); i++) {
            terms.add(e.get(i));
            posIncs.add(i == 0 ? 1 : 0);
            starts.add(offset);
            ends.add(offset + word.length());
          }
          offset += word.length() + 1;
        }
        assertAnalyzesTo(
            a,
            text,
            terms.toArray(String[]::new),
            starts.stream().mapToInt(Integer::intValue).toArray(),
            ends.stream().mapToInt(Integer::intValue).toArray(),
            posIncs.stream().mapToInt(Integer::intValue).toArray());
      }
    }
  }

  public void testVariantKeysAreTyped() throws IOException {
    try (Analyzer a = analyzer(true)) {
      List<String> e = expected("baltrukov", true);
      String[] types = new String[e.size()];
      types[0] = "word";
      for (int i = 1; i < types.length; i++) {
        types[i] =
            e.get(i).charAt(0) == NameTokens.FAMILY_PREFIX
                ? NameTokens.TYPE_FAMILY
                : NameTokens.TYPE_VARIANT;
      }
      assertAnalyzesTo(a, "baltrukov", e.toArray(String[]::new), types);
    }
  }

  public void testKeywordsPassThrough() throws IOException {
    CharArraySet keywords = new CharArraySet(List.of("baltrukov"), false);
    try (Analyzer a =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer t = new MockTokenizer(MockTokenizer.WHITESPACE, false);
            return new TokenStreamComponents(
                t, new RussianNameFilter(new SetKeywordMarkerFilter(t, keywords)));
          }
        }) {
      assertAnalyzesTo(a, "baltrukov", new String[] {"baltrukov"});
    }
  }

  public void testEmptyTerm() throws IOException {
    try (Analyzer a =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer t = new KeywordTokenizer();
            return new TokenStreamComponents(t, new RussianNameFilter(t));
          }
        }) {
      checkOneTerm(a, "", "");
    }
  }

  public void testRandomStrings() throws IOException {
    try (Analyzer a = analyzer(true)) {
      checkRandomData(random(), a, 1000 * RANDOM_MULTIPLIER);
    }
  }

  public void testRandomHugeStrings() throws IOException {
    try (Analyzer a = analyzer(true)) {
      checkRandomData(random(), a, 20 * RANDOM_MULTIPLIER, 8192);
    }
  }

  public void testRandomUnicodeNames() throws IOException {
    try (Analyzer a = analyzer(true)) {
      for (int i = 0; i < 200; i++) {
        String s = TestUtil.randomAnalysisString(random(), 40, false);
        checkAnalysisConsistency(random(), a, random().nextBoolean(), s);
      }
    }
  }

  public void testRandomNameLikeText() throws IOException {
    try (Analyzer a = analyzer(true)) {
      java.util.Random r = random();
      for (int i = 0; i < 1000 * RANDOM_MULTIPLIER; i++) {
        checkAnalysisConsistency(r, a, r.nextBoolean(), NameTextGenerator.validText(r));
      }
    }
  }
}
