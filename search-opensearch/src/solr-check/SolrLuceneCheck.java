import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.Version;

/**
 * Loads search-core's filter by its SPI name, as a Solr schema's {@code <filter name="russianName"
 * family="true"/>} does (Solr builds analyzers from SPI names through Lucene's {@code
 * TokenFilterFactory.forName}), and prints the tokens of a few names: run on one Lucene version's
 * jars and compare with another's. Used by solr-check; not part of the build.
 */
public class SolrLuceneCheck {
  public static void main(String[] args) throws Exception {
    System.out.println("lucene " + Version.LATEST);
    if (!TokenFilterFactory.availableTokenFilters().contains("russianName")) {
      throw new IllegalStateException("SPI name russianName not found");
    }
    System.out.println(
        "class " + TokenFilterFactory.lookupClass("russianName").getName());
    for (String family : List.of("true", "false")) {
      Analyzer analyzer =
          CustomAnalyzer.builder()
              .withTokenizer("standard")
              .addTokenFilter("lowercase")
              .addTokenFilter("russianName", "family", family)
              .build();
      for (String text :
          List.of("Mikhail Khodorkovsky", "Chodorkowski Ходорковская", "Smolninskoe, Baltrukow 2022")) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", new StringReader(text))) {
          CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
          OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
          PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
          TypeAttribute type = ts.addAttribute(TypeAttribute.class);
          ts.reset();
          while (ts.incrementToken()) {
            tokens.add(term + "/" + type.type() + "/" + offset.startOffset() + "-"
                + offset.endOffset() + "/+" + inc.getPositionIncrement());
          }
          ts.end();
        }
        System.out.println("family=" + family + " " + text + " -> " + tokens);
      }
    }
    try {
      TokenFilterFactory.forName("russianName", new java.util.HashMap<>(Map.of("famliy", "true")));
      throw new IllegalStateException("a bad parameter was accepted");
    } catch (IllegalArgumentException e) {
      System.out.println("bad parameter: " + e.getMessage());
    }
  }
}
