package io.namesearch.opensearch;

import io.namesearch.analysis.RussianNameAnalyzer;
import io.namesearch.analysis.RussianNameFilter;
import io.namesearch.engine.NameRules;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/** Builds the library's token filter and analyzer for a set of {@link NameOptions}. */
final class NameAnalysis {

  private NameAnalysis() {}

  /** The filter for these options over {@code input} (lower-cased words). */
  static TokenStream filter(TokenStream input, NameOptions options) {
    return options.output() == NameOutput.ALL
        ? new RussianNameFilter(input, NameRules.defaults(), options.family(), options.family())
        : new NameKeysFilter(input, NameRules.defaults(), options.output());
  }

  /** The analyzer for these options: the library's {@link RussianNameAnalyzer} chain. */
  static Analyzer analyzer(NameOptions options) {
    if (options.output() == NameOutput.ALL) {
      return new RussianNameAnalyzer(NameRules.defaults(), options.family());
    }
    return new KeysAnalyzer(options);
  }

  /** {@link RussianNameAnalyzer}'s tokenizer and lower-casing, then {@link NameKeysFilter}. */
  private static final class KeysAnalyzer extends Analyzer {
    private final NameOptions options;

    KeysAnalyzer(NameOptions options) {
      this.options = options;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      StandardTokenizer source = new StandardTokenizer();
      source.setMaxTokenLength(RussianNameAnalyzer.MAX_TOKEN_LENGTH);
      TokenStream result = new LowerCaseFilter(source);
      return new TokenStreamComponents(source, filter(result, options));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new LowerCaseFilter(in);
    }
  }
}
