package io.namesearch.analysis;

import io.namesearch.engine.NameEngine;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** GOST 7.79-B's {@code `} inside a word keeps the word whole, with exact offsets. */
public class GostBacktickCharFilterTest extends BaseTokenStreamTestCase {

  private static final Analyzer WORDS =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          Tokenizer t = new StandardTokenizer();
          return new TokenStreamComponents(t);
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
          return new GostBacktickCharFilter(reader);
        }
      };

  private static String filter(String s, int chunk) throws IOException {
    StringBuilder out = new StringBuilder();
    try (Reader r = new GostBacktickCharFilter(new StringReader(s))) {
      char[] buf = new char[chunk];
      int n;
      while ((n = r.read(buf, 0, chunk)) >= 0) {
        out.append(buf, 0, n);
      }
    }
    return out.toString();
  }

  public void testBacktickInsideAWordKeepsItWhole() throws IOException {
    assertAnalyzesTo(
        WORDS,
        "Cherny`x and Ry`bakov ob``yom",
        new String[] {"Cherny\u00ADx", "and", "Ry\u00ADbakov", "ob\u00AD\u00ADyom"},
        new int[] {0, 9, 13, 22},
        new int[] {8, 12, 21, 29});
    // an opening quote is not a letter's: the tokenizer drops it as before
    assertAnalyzesTo(WORDS, "`Ivanov", new String[] {"Ivanov"}, new int[] {1}, new int[] {7});
  }

  public void testAnyReadSizeGivesTheSameChars() throws IOException {
    String s = "Cherny`x ``Ry`bakov` e`tot";
    String expected = "Cherny\u00ADx ``Ry\u00ADbakov\u00AD e\u00ADtot";
    for (int chunk : new int[] {1, 2, 3, 7, 1024}) {
      assertEquals(expected, filter(s, chunk));
    }
  }

  public void testTheWordMatchesItsCyrillicSpelling() throws IOException {
    NameEngine engine = NameEngine.defaults();
    assertTrue(engine.keys("Cherny\u00ADx").contains(engine.keys("Черных").get(0)));
    assertEquals(engine.keys("Рыбаков"), engine.keys("Ry\u00ADbakov"));
  }

  public void testRandomText() throws IOException {
    checkRandomData(random(), WORDS, 200);
  }
}
