package io.namesearch.opensearch;

import org.apache.lucene.analysis.Analyzer;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractIndexAnalyzerProvider;

/**
 * The {@code russian_name} analyzers: standard tokenizer, lower case, then the library's filter;
 * {@code russian_name} is the library's {@code RussianNameAnalyzer} (options {@code family}, {@code
 * output}), {@code russian_name_variant} and {@code russian_name_family} emit only the keys of one
 * tier, for queries.
 */
final class RussianNameAnalyzerProvider extends AbstractIndexAnalyzerProvider<Analyzer> {

  private final Analyzer analyzer;

  RussianNameAnalyzerProvider(
      IndexSettings indexSettings, String name, Settings settings, NameOutput fixedOutput) {
    super(indexSettings, name, settings);
    this.analyzer =
        NameAnalysis.analyzer(NameOptions.parse("analyzer [" + name + "]", settings, fixedOutput));
  }

  @Override
  public Analyzer get() {
    return analyzer;
  }
}
