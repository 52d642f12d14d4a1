package io.namesearch.opensearch;

import org.apache.lucene.analysis.TokenStream;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;

/**
 * The {@code russian_name} token filter: the library's {@code RussianNameFilter} (options {@code
 * family}, {@code output}; see {@link NameOptions}). Expects lower-cased words: put {@code
 * lowercase} before it.
 */
final class RussianNameTokenFilterFactory extends AbstractTokenFilterFactory {

  private final NameOptions options;

  RussianNameTokenFilterFactory(
      IndexSettings indexSettings, Environment environment, String name, Settings settings) {
    super(indexSettings, name, settings);
    this.options = NameOptions.parse("token filter [" + name + "]", settings, null);
  }

  /** Whether this filter is the index-side one (output {@code all}), which writes the marker. */
  boolean marksRules() {
    return options.output() == NameOutput.ALL;
  }

  @Override
  public TokenStream create(TokenStream tokenStream) {
    return NameAnalysis.filter(tokenStream, options);
  }
}
