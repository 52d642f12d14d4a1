package io.namesearch.opensearch;

import io.namesearch.analysis.RussianNameAnalyzer;
import io.namesearch.engine.NameRules;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.opensearch.index.analysis.AnalyzerScope;
import org.opensearch.index.analysis.NamedAnalyzer;

/**
 * The name rules' marker in the token stream: one per field value, right after its first token (at
 * its position, increment 0, its offsets), only at index time and only from the index-side
 * analysis; the rest of the stream is the library's.
 */
public class RulesMarkFilterTests extends BaseTokenStreamTestCase {

  private static final String MARKER = "\u0001rules:" + NameRules.defaults().fingerprint();

  private static final List<String> TEXTS =
      List.of("Mikhail Khodorkovsky", "Ходорковская, Smolninskoe 2022", "Baltrukov");

  private static Analyzer indexAnalyzer(boolean family) {
    return NameAnalysis.analyzer(new NameOptions(family, NameOutput.ALL));
  }

  @Override
  public void tearDown() throws Exception {
    RulesMarkFilter.endIndexing();
    RulesMarkFilter.writeForTests(RulesMarker.CURRENT);
    super.tearDown();
  }

  /** At index time: the library's tokens with the marker after the first one. */
  public void testMarkerAfterFirstTokenAtIndexTime() throws Exception {
    assertEquals(MARKER, RulesMarker.term(RulesMarker.CURRENT));
    for (boolean family : new boolean[] {true, false}) {
      Analyzer library = new RussianNameAnalyzer(NameRules.defaults(), family);
      for (String text : TEXTS) {
        List<String> expected = new ArrayList<>(tokens(library, text));
        String first = expected.get(0);
        String offsets = first.split(" ")[2];
        expected.add(1, MARKER + " " + RulesMarker.TYPE + " " + offsets + " +0 keyword");
        RulesMarkFilter.beginIndexing();
        try {
          assertEquals(text, expected, tokens(indexAnalyzer(family), text));
          // a second value of the field is marked again
          assertEquals(text, expected, tokens(indexAnalyzer(family), text));
        } finally {
          RulesMarkFilter.endIndexing();
        }
      }
    }
  }

  /** The {@code russian_name} token filter in a custom chain marks as the analyzer does. */
  public void testTokenFilterMarksToo() throws Exception {
    Analyzer chain =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream filtered =
                NameAnalysis.filter(new LowerCaseFilter(source), NameOptions.DEFAULTS);
            return new TokenStreamComponents(source, filtered);
          }
        };
    RulesMarkFilter.beginIndexing();
    try {
      assertEquals(tokens(indexAnalyzer(true), "Ivan Petrov"), tokens(chain, "Ivan Petrov"));
      assertEquals(1, markers(tokens(chain, "Ivan Petrov")));
    } finally {
      RulesMarkFilter.endIndexing();
    }
  }

  /** Query text ({@code match}, {@code _analyze}, the highlighter) never gets a marker. */
  public void testNoMarkerAtQueryTime() throws Exception {
    for (String text : TEXTS) {
      assertEquals(
          tokens(new RussianNameAnalyzer(NameRules.defaults(), true), text),
          tokens(indexAnalyzer(true), text));
    }
    RulesMarkFilter.beginIndexing();
    RulesMarkFilter.endIndexing();
    assertEquals(0, markers(tokens(indexAnalyzer(true), "Ivan Petrov")));
  }

  /** The query analyzers and the library's own analyzer never write it, even at index time. */
  public void testOnlyTheIndexAnalysisMarks() throws Exception {
    RulesMarkFilter.beginIndexing();
    try {
      for (NameOutput output : NameOutput.values()) {
        if (output == NameOutput.ALL) {
          continue;
        }
        Analyzer query = NameAnalysis.analyzer(new NameOptions(true, output));
        for (String text : TEXTS) {
          assertEquals(output + " " + text, 0, markers(tokens(query, text)));
        }
      }
      assertEquals(
          0, markers(tokens(new RussianNameAnalyzer(NameRules.defaults(), true), "Ivan Petrov")));
      // a value without tokens gets no marker
      assertEquals(List.of(), tokens(indexAnalyzer(true), " , "));
    } finally {
      RulesMarkFilter.endIndexing();
    }
  }

  /** Which analyzers are the index-side analysis, whose fields are checked at query time. */
  public void testMarksRules() {
    assertTrue(NameAnalysis.marksRules(named(indexAnalyzer(true))));
    assertTrue(NameAnalysis.marksRules(named(indexAnalyzer(false))));
    for (NameOutput output : NameOutput.values()) {
      if (output != NameOutput.ALL) {
        Analyzer query = NameAnalysis.analyzer(new NameOptions(true, output));
        assertFalse(output.value(), NameAnalysis.marksRules(named(query)));
      }
    }
    assertFalse(NameAnalysis.marksRules(named(new StandardAnalyzer())));
    assertFalse(
        NameAnalysis.marksRules(named(new RussianNameAnalyzer(NameRules.defaults(), true))));
  }

  /** The test hook writes another fingerprint, or none, as an older plugin did. */
  public void testWriteForTests() throws Exception {
    RulesMarkFilter.writeForTests("0123456789abcdef");
    RulesMarkFilter.beginIndexing();
    try {
      assertTrue(
          tokens(indexAnalyzer(true), "Ivan").stream()
              .anyMatch(t -> t.startsWith("\u0001rules:0123456789abcdef ")));
    } finally {
      RulesMarkFilter.endIndexing();
    }
    RulesMarkFilter.writeForTests("");
    RulesMarkFilter.beginIndexing();
    try {
      assertEquals(0, markers(tokens(indexAnalyzer(true), "Ivan")));
    } finally {
      RulesMarkFilter.endIndexing();
    }
  }

  private static NamedAnalyzer named(Analyzer analyzer) {
    return new NamedAnalyzer("names", AnalyzerScope.INDEX, analyzer);
  }

  private static int markers(List<String> tokens) {
    return (int) tokens.stream().filter(t -> t.startsWith(RulesMarker.PREFIX)).count();
  }

  private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    return TokenLines.of(analyzer, text, true);
  }
}
