package io.namesearch.opensearch;

import io.namesearch.analysis.RussianNameAnalyzer;
import io.namesearch.analysis.RussianNameFilter;
import io.namesearch.engine.NameRules;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.opensearch.index.analysis.AnalyzerComponentsProvider;
import org.opensearch.index.analysis.NamedAnalyzer;
import org.opensearch.index.analysis.TokenFilterFactory;

/**
 * Builds the library's token filter and analyzer for a set of {@link NameOptions}, and tells which
 * analyzers are the plugin's index-side analysis (output {@code all}, which also writes the {@link
 * RulesMarker}).
 */
final class NameAnalysis {

  private NameAnalysis() {}

  /**
   * The filter for these options over {@code input} (lower-cased words); with output {@code all},
   * then {@link RulesMarkFilter}.
   */
  static TokenStream filter(TokenStream input, NameOptions options) {
    return options.output() == NameOutput.ALL
        ? new RulesMarkFilter(
            new RussianNameFilter(input, NameRules.defaults(), options.family(), options.family()))
        : new NameKeysFilter(input, NameRules.defaults(), options.output());
  }

  /**
   * The analyzer for these options: the library's {@link RussianNameAnalyzer} chain (with output
   * {@code all}, then {@link RulesMarkFilter}).
   */
  static Analyzer analyzer(NameOptions options) {
    if (options.output() == NameOutput.ALL) {
      return new MarkingAnalyzer(new RussianNameAnalyzer(NameRules.defaults(), options.family()));
    }
    return new KeysAnalyzer(options);
  }

  /**
   * Whether {@code analyzer} (a field's index analyzer) is the plugin's index-side analysis: the
   * {@code russian_name} analyzer, or a custom chain with a {@code russian_name} filter of output
   * {@code all}. Its fields carry the {@link RulesMarker}.
   */
  static boolean marksRules(NamedAnalyzer analyzer) {
    Analyzer a = analyzer;
    while (a instanceof NamedAnalyzer named) {
      a = named.analyzer();
    }
    if (a instanceof MarkingAnalyzer) {
      return true;
    }
    if (a instanceof AnalyzerComponentsProvider custom) {
      for (TokenFilterFactory f : custom.getComponents().getTokenFilters()) {
        if (f instanceof RussianNameTokenFilterFactory names && names.marksRules()) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@link RussianNameAnalyzer}, then {@link RulesMarkFilter}. */
  private static final class MarkingAnalyzer extends AnalyzerWrapper {
    private final Analyzer names;

    MarkingAnalyzer(Analyzer names) {
      super(names.getReuseStrategy());
      this.names = names;
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
      return names;
    }

    @Override
    protected TokenStreamComponents wrapComponents(
        String fieldName, TokenStreamComponents components) {
      return new TokenStreamComponents(
          components.getSource(), new RulesMarkFilter(components.getTokenStream()));
    }
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
