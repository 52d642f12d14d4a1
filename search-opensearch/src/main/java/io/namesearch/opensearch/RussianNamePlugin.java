package io.namesearch.opensearch;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.util.SetOnce;
import org.opensearch.action.support.ActionFilter;
import org.opensearch.cluster.metadata.IndexNameExpressionResolver;
import org.opensearch.cluster.service.ClusterService;
import org.opensearch.core.common.io.stream.NamedWriteableRegistry;
import org.opensearch.core.xcontent.NamedXContentRegistry;
import org.opensearch.env.Environment;
import org.opensearch.env.NodeEnvironment;
import org.opensearch.index.IndexModule;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.plugins.ActionPlugin;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.plugins.SearchPlugin;
import org.opensearch.repositories.RepositoriesService;
import org.opensearch.script.ScriptService;
import org.opensearch.threadpool.ThreadPool;
import org.opensearch.transport.client.Client;
import org.opensearch.watcher.ResourceWatcherService;

/**
 * OpenSearch analysis plugin for transliterated Russian names.
 *
 * <ul>
 *   <li>Token filter {@code russian_name}: options {@code family} (true|false, default true) and
 *       {@code output} (all|variant|family|derived|nickname|typo, default all).
 *   <li>Analyzer {@code russian_name}: standard tokenizer, lower case, {@code russian_name}; same
 *       options. Usable by name without settings (the defaults), or as a {@code type} with options.
 *   <li>Analyzers {@code russian_name_variant}, {@code russian_name_family}, {@code
 *       russian_name_derived}, {@code russian_name_nickname} and {@code russian_name_typo}: the
 *       same chain with output {@code variant}, {@code family}, {@code derived}, {@code nickname}
 *       or {@code typo}, one per tier of the tiered query (see the README).
 *   <li>Query {@code russian_name}: the library's tiered name query ({@link
 *       RussianNameQueryBuilder}), person-aware as the library's ({@link PersonRescoring}), with
 *       the library's scores ({@link PersonSpanFilter}). It refuses a field indexed with other name
 *       rules ({@link RulesCheck}): the index analysis records them in each field value ({@link
 *       RulesMarkFilter}).
 * </ul>
 */
public class RussianNamePlugin extends Plugin
    implements AnalysisPlugin, SearchPlugin, ActionPlugin {

  /** Name of the token filter and of the indexing analyzer. */
  public static final String NAME = "russian_name";

  /** Name of the analyzer that emits variant keys only. */
  public static final String VARIANT_ANALYZER = "russian_name_variant";

  /** Name of the analyzer that emits the family terms only. */
  public static final String FAMILY_ANALYZER = "russian_name_family";

  /** Name of the analyzer that emits a word's derived keys (-sk- derivatives and their bases). */
  public static final String DERIVED_ANALYZER = "russian_name_derived";

  /** Name of the analyzer that emits the first variant key only, for the typo query. */
  public static final String TYPO_ANALYZER = "russian_name_typo";

  /** Name of the analyzer that emits the keys of a word's first-name equivalents (nicknames). */
  public static final String NICKNAME_ANALYZER = "russian_name_nickname";

  /** The node's client, for {@link PersonSpanFilter}'s first search; set at start-up. */
  private final SetOnce<Client> client = new SetOnce<>();

  /** Creates the plugin; OpenSearch calls this. */
  public RussianNamePlugin() {}

  @Override
  public Collection<Object> createComponents(
      Client client,
      ClusterService clusterService,
      ThreadPool threadPool,
      ResourceWatcherService resourceWatcherService,
      ScriptService scriptService,
      NamedXContentRegistry xContentRegistry,
      Environment environment,
      NodeEnvironment nodeEnvironment,
      NamedWriteableRegistry namedWriteableRegistry,
      IndexNameExpressionResolver indexNameExpressionResolver,
      Supplier<RepositoriesService> repositoriesServiceSupplier) {
    this.client.set(client);
    return List.of();
  }

  @Override
  public List<ActionFilter> getActionFilters() {
    // a person search's span, from the best words score of all the documents searched
    return List.of(new PersonSpanFilter(client));
  }

  @Override
  public void onIndexModule(IndexModule indexModule) {
    // the person-aware second pass of the russian_name query (see PersonRescoring)
    indexModule.addSearchOperationListener(new PersonRescoring());
    // the name rules' marker on each value the index analysis keys (see RulesMarkFilter)
    indexModule.addIndexOperationListener(new RulesMarkFilter.Listener());
  }

  @Override
  public List<QuerySpec<?>> getQueries() {
    return List.of(
        new QuerySpec<>(
            RussianNameQueryBuilder.NAME,
            RussianNameQueryBuilder::new,
            RussianNameQueryBuilder::fromXContent));
  }

  @Override
  public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
    return Map.of(NAME, RussianNameTokenFilterFactory::new);
  }

  @Override
  public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
    return Map.of(
        NAME,
        (indexSettings, env, name, settings) ->
            new RussianNameAnalyzerProvider(indexSettings, name, settings, null),
        VARIANT_ANALYZER,
        (indexSettings, env, name, settings) ->
            new RussianNameAnalyzerProvider(indexSettings, name, settings, NameOutput.VARIANT),
        FAMILY_ANALYZER,
        (indexSettings, env, name, settings) ->
            new RussianNameAnalyzerProvider(indexSettings, name, settings, NameOutput.FAMILY),
        DERIVED_ANALYZER,
        (indexSettings, env, name, settings) ->
            new RussianNameAnalyzerProvider(indexSettings, name, settings, NameOutput.DERIVED),
        TYPO_ANALYZER,
        (indexSettings, env, name, settings) ->
            new RussianNameAnalyzerProvider(indexSettings, name, settings, NameOutput.TYPO),
        NICKNAME_ANALYZER,
        (indexSettings, env, name, settings) ->
            new RussianNameAnalyzerProvider(indexSettings, name, settings, NameOutput.NICKNAME));
  }
}
