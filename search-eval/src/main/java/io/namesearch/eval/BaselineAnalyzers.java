package io.namesearch.eval;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.codec.language.bm.NameType;
import org.apache.commons.codec.language.bm.PhoneticEngine;
import org.apache.commons.codec.language.bm.RuleType;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUTransformFilter;
import org.apache.lucene.analysis.phonetic.BeiderMorseFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The baseline analyzers, built from the real Lucene modules: one definition serves {@code search
 * eval} and the benchmarks, so both measure the same baselines.
 */
public final class BaselineAnalyzers {

  private BaselineAnalyzers() {}

  /** ICU transform {@code Any-Latin; Latin-ASCII} plus ICU folding. */
  public static Analyzer icu() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream sink =
            new ICUTransformFilter(source, Transliterator.getInstance("Any-Latin; Latin-ASCII"));
        sink = new ICUFoldingFilter(sink);
        return new TokenStreamComponents(source, sink);
      }
    };
  }

  /** Beider-Morse, generic names, approx rules. */
  public static Analyzer beiderMorse() {
    PhoneticEngine engine = new PhoneticEngine(NameType.GENERIC, RuleType.APPROX, true);
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        // No language set given: the engine guesses the languages of each word, as Lucene's
        // BeiderMorseFilterFactory does by default ("auto"), falling back to "any".
        return new TokenStreamComponents(source, new BeiderMorseFilter(source, engine));
      }
    };
  }

  /**
   * The distinct terms at each position of {@code text} as {@code analyzer} analyses it for {@code
   * field} (stacked tokens share a position); empty terms are skipped. The baselines build their
   * queries from it.
   */
  public static List<Set<String>> positions(Analyzer analyzer, String field, String text)
      throws IOException {
    List<Set<String>> positions = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (term.length() == 0) {
          continue;
        }
        if (posInc.getPositionIncrement() > 0 || positions.isEmpty()) {
          positions.add(new LinkedHashSet<>());
        }
        positions.get(positions.size() - 1).add(term.toString());
      }
      ts.end();
    }
    return positions;
  }
}
