package io.namesearch.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** Unpaired surrogates become U+FFFD, pairs survive whatever the read sizes, length is kept. */
public class SurrogateRepairCharFilterTest extends BaseTokenStreamTestCase {

  private static String repair(String s, int chunk) throws IOException {
    StringBuilder out = new StringBuilder();
    try (Reader r = new SurrogateRepairCharFilter(new StringReader(s))) {
      char[] buf = new char[chunk];
      int n;
      while ((n = r.read(buf, 0, chunk)) >= 0) {
        out.append(buf, 0, n);
      }
    }
    return out.toString();
  }

  public void testRepairs() throws IOException {
    String pair = new String(Character.toChars(0x1F600));
    for (int chunk : new int[] {1, 2, 3, 7, 1024}) {
      assertEquals("ab", repair("ab", chunk));
      assertEquals("a\uFFFD", repair("a\uD800", chunk));
      assertEquals("\uFFFDb", repair("\uDC00b", chunk));
      assertEquals("x" + pair + "y", repair("x" + pair + "y", chunk));
      assertEquals(pair + pair, repair(pair + pair, chunk));
      assertEquals("\uFFFD\uFFFD", repair("\uDC00\uD800", chunk));
      assertEquals("\uFFFD" + pair, repair("\uD800" + pair, chunk));
    }
  }

  public void testRandomTextKeepsLengthAndValidity() throws IOException {
    java.util.Random r = random();
    for (int i = 0; i < 1000; i++) {
      String s = NameTextGenerator.text(r);
      String out = repair(s, 1 + r.nextInt(64));
      assertEquals(s.length(), out.length());
      for (int j = 0; j < out.length(); j++) {
        char c = out.charAt(j);
        if (Character.isHighSurrogate(c)) {
          assertTrue(j + 1 < out.length() && Character.isLowSurrogate(out.charAt(++j)));
        } else {
          assertFalse(Character.isLowSurrogate(c));
        }
      }
    }
  }
}
