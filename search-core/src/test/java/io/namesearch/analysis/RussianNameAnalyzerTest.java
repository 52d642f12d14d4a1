package io.namesearch.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** The ready analyzer under Lucene's own token-stream checks. */
public class RussianNameAnalyzerTest extends BaseTokenStreamTestCase {

  public void testSurfaceFormsComeFirstAndLowercased() throws IOException {
    try (RussianNameAnalyzer a = new RussianNameAnalyzer()) {
      var ts = a.tokenStream("body", "Dmitry BALTRUKOV, Rimsky-Korsakov");
      var term =
          ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      var type = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.TypeAttribute.class);
      ts.reset();
      StringBuilder surfaces = new StringBuilder();
      while (ts.incrementToken()) {
        if (NameTokens.tierOfType(type.type()).isEmpty()) {
          surfaces.append(term).append(' ');
        }
      }
      ts.end();
      ts.close();
      assertEquals("dmitry baltrukov rimsky korsakov ", surfaces.toString());
    }
  }

  public void testNormalizeLowercases() {
    try (RussianNameAnalyzer a = new RussianNameAnalyzer()) {
      assertEquals("балтруков", a.normalize("body", "БАЛТРУКОВ").utf8ToString());
    }
  }

  public void testEmptyInput() throws IOException {
    try (RussianNameAnalyzer a = new RussianNameAnalyzer()) {
      assertAnalyzesTo(a, "", new String[0]);
      assertAnalyzesTo(a, " ?! ", new String[0]);
    }
  }

  public void testRandomStrings() throws IOException {
    try (RussianNameAnalyzer a = new RussianNameAnalyzer()) {
      checkRandomData(random(), a, 1000 * RANDOM_MULTIPLIER);
    }
  }

  public void testRandomHugeStrings() throws IOException {
    try (RussianNameAnalyzer a = new RussianNameAnalyzer()) {
      checkRandomData(random(), a, 20 * RANDOM_MULTIPLIER, 8192);
    }
  }

  public void testRandomNameLikeText() throws IOException {
    try (Analyzer a = new RussianNameAnalyzer()) {
      java.util.Random r = random();
      for (int i = 0; i < 1000 * RANDOM_MULTIPLIER; i++) {
        checkAnalysisConsistency(r, a, r.nextBoolean(), NameTextGenerator.text(r));
      }
    }
  }
}
