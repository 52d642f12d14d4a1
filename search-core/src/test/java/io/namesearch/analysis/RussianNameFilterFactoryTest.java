package io.namesearch.analysis;

import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.tests.analysis.BaseTokenStreamFactoryTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;

/** The factory: defaults, parameters, bogus arguments, and SPI lookup. */
public class RussianNameFilterFactoryTest extends BaseTokenStreamFactoryTestCase {

  private TokenStream run(Map<String, String> args, String text) throws Exception {
    MockTokenizer t = whitespaceMockTokenizer(new StringReader(text));
    return TokenFilterFactory.forName(RussianNameFilterFactory.NAME, new HashMap<>(args)).create(t);
  }

  public void testDefaultsStackKeys() throws Exception {
    TokenStream ts = run(Map.of(), "baltrukov");
    ts.reset();
    int n = 0;
    while (ts.incrementToken()) {
      n++;
    }
    ts.end();
    ts.close();
    assertTrue("expected the word and at least one key, got " + n, n >= 2);
  }

  public void testFamilyParameter() throws Exception {
    for (String v : new String[] {"true", "false", "TRUE", " false "}) {
      assertNotNull(run(Map.of(RussianNameFilterFactory.FAMILY, v), "baltrukova"));
    }
  }

  public void testBogusArguments() {
    IllegalArgumentException e =
        expectThrows(IllegalArgumentException.class, () -> run(Map.of("bogusArg", "x"), "a"));
    assertTrue(e.getMessage(), e.getMessage().contains("Unknown parameters"));
    e =
        expectThrows(
            IllegalArgumentException.class,
            () -> run(Map.of(RussianNameFilterFactory.FAMILY, "yes"), "a"));
    assertTrue(e.getMessage(), e.getMessage().contains("must be true or false"));
  }

  public void testDefaultConstructorIsForSpiOnly() {
    expectThrows(UnsupportedOperationException.class, RussianNameFilterFactory::new);
  }
}
