package io.namesearch.opensearch;

import static org.opensearch.test.hamcrest.OpenSearchAssertions.assertAcked;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.opensearch.action.bulk.BulkRequestBuilder;
import org.opensearch.action.bulk.BulkResponse;
import org.opensearch.action.support.WriteRequest;
import org.opensearch.common.settings.Settings;
import org.opensearch.common.xcontent.json.JsonXContent;
import org.opensearch.core.xcontent.DeprecationHandler;
import org.opensearch.core.xcontent.NamedXContentRegistry;
import org.opensearch.core.xcontent.XContentParser;
import org.opensearch.plugins.Plugin;
import org.opensearch.search.SearchModule;
import org.opensearch.search.builder.SearchSourceBuilder;
import org.opensearch.test.OpenSearchIntegTestCase;

/**
 * What the plugin's cluster suites share: the plugin on every node, search bodies parsed as the
 * REST layer parses them, the README's index for the {@code russian_name} query, and bulk loading
 * of {title, body} documents.
 */
public abstract class NameClusterTestCase extends OpenSearchIntegTestCase {

  /** A registry that knows the plugin's query, as a node's REST layer does. */
  private static final NamedXContentRegistry QUERY_REGISTRY =
      new NamedXContentRegistry(
          new SearchModule(Settings.EMPTY, List.of(new RussianNamePlugin())).getNamedXContents());

  @Override
  protected Collection<Class<? extends Plugin>> nodePlugins() {
    return List.of(RussianNamePlugin.class);
  }

  /** A search body (JSON) as the REST layer parses it. */
  static SearchSourceBuilder source(String json) throws IOException {
    try (XContentParser parser =
        JsonXContent.jsonXContent.createParser(
            QUERY_REGISTRY, DeprecationHandler.THROW_UNSUPPORTED_OPERATION, json)) {
      return SearchSourceBuilder.fromXContent(parser);
    }
  }

  /** An index as the README's create-index for the query, with this many shards (1 replica). */
  @SuppressWarnings("unchecked")
  final void createQueryIndex(String index, int shards) {
    Map<String, Object> body = NameQueries.parse(NameQueries.queryIndexBody());
    ((Map<String, Object>) body.get("settings")).put("number_of_shards", shards);
    // The REST layer (PUT /index) wraps the mappings in the single type _doc; the Java API
    // expects them wrapped.
    body.put("mappings", Map.of("_doc", body.get("mappings")));
    assertAcked(client().admin().indices().prepareCreate(index).setSource(body));
  }

  /** Indexes {@code docs} (id to {title, body}), refreshes, and waits for green. */
  final void bulk(String index, Map<String, String[]> docs) {
    BulkRequestBuilder bulk =
        client().prepareBulk().setRefreshPolicy(WriteRequest.RefreshPolicy.IMMEDIATE);
    docs.forEach(
        (id, doc) ->
            bulk.add(
                client()
                    .prepareIndex(index)
                    .setId(id)
                    .setSource(Map.of("title", doc[0], "body", doc[1]))));
    BulkResponse response = bulk.get();
    assertFalse(response.buildFailureMessage(), response.hasFailures());
    ensureGreen(index);
  }
}
