package io.namesearch.analysis;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;

/**
 * In the style of Lucene's {@code AnalysisFactoriesTest}: every token filter factory this library
 * registers by SPI is built with default arguments and fed random data.
 */
public class AnalysisFactoriesTest extends BaseTokenStreamTestCase {

  private static List<String> ourFactories() {
    return TokenFilterFactory.availableTokenFilters().stream()
        .filter(
            name ->
                TokenFilterFactory.lookupClass(name).getPackageName().startsWith("io.namesearch."))
        .sorted()
        .toList();
  }

  public void testEveryFactoryWithDefaults() throws IOException {
    List<String> names = ourFactories();
    assertFalse("no factories found by SPI", names.isEmpty());
    for (String name : names) {
      TokenFilterFactory factory = TokenFilterFactory.forName(name, new HashMap<>());
      try (Analyzer a =
          new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
              Tokenizer t = new MockTokenizer(MockTokenizer.WHITESPACE, false);
              return new TokenStreamComponents(t, factory.create(t));
            }
          }) {
        checkRandomData(random(), a, 1000 * RANDOM_MULTIPLIER);
        java.util.Random r = random();
        for (int i = 0; i < 1000; i++) {
          checkAnalysisConsistency(r, a, r.nextBoolean(), NameTextGenerator.validText(r));
        }
      }
    }
  }
}
