package io.namesearch.opensearch;

import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.opensearch.ExceptionsHelper;
import org.opensearch.action.search.SearchResponse;
import org.opensearch.core.rest.RestStatus;
import org.opensearch.index.query.QueryBuilders;
import org.opensearch.index.query.QueryShardException;
import org.opensearch.index.reindex.BulkByScrollResponse;
import org.opensearch.index.reindex.ReindexAction;
import org.opensearch.index.reindex.ReindexModulePlugin;
import org.opensearch.index.reindex.ReindexRequestBuilder;
import org.opensearch.plugins.Plugin;
import org.opensearch.search.SearchHit;
import org.opensearch.test.OpenSearchIntegTestCase.ClusterScope;
import org.opensearch.test.OpenSearchIntegTestCase.Scope;

/**
 * An index built with other name rules is refused, in a real in-JVM cluster of two data nodes: its
 * documents are indexed as an older plugin indexed them ({@link RulesMarkFilter#writeForTests}:
 * another fingerprint in the marker, or no marker at all), the {@code russian_name} query fails
 * with status 400 and the one-line message, the documents are untouched, and after {@code _reindex}
 * (OpenSearch's reindex module) into a new index the query finds them.
 */
@ClusterScope(
    scope = Scope.SUITE,
    numDataNodes = 2,
    numClientNodes = 0,
    supportsDedicatedMasters = false)
public class RulesCheckClusterTests extends NameClusterTestCase {

  private static final String OTHER = "0123456789abcdef";

  private static final Map<String, String[]> DOCS = docs();

  private static Map<String, String[]> docs() {
    Map<String, String[]> docs = new LinkedHashMap<>();
    docs.put("exact", new String[] {"Interview", "Mikhail Khodorkovsky spoke in London."});
    docs.put("german", new String[] {"Interview", "Michail Chodorkowski sprach in Berlin."});
    docs.put("cyrillic", new String[] {"Интервью", "Михаил Ходорковский выступил в Лондоне."});
    docs.put("other", new String[] {"Interview", "Mikhail Gorbachev spoke in Moscow."});
    return docs;
  }

  private static final Set<String> FOUND = Set.of("exact", "german", "cyrillic");

  @Override
  protected Collection<Class<? extends Plugin>> nodePlugins() {
    List<Class<? extends Plugin>> plugins = new ArrayList<>(super.nodePlugins());
    plugins.add(ReindexModulePlugin.class);
    return plugins;
  }

  @Override
  public void tearDown() throws Exception {
    RulesMarkFilter.writeForTests(RulesMarker.CURRENT);
    super.tearDown();
  }

  /** An index built by this plugin is searched; the marker is in every shard. */
  public void testCurrentIndexSearches() {
    createQueryIndex("fresh", 2);
    bulk("fresh", DOCS);
    assertThat(ids(search("fresh")), equalTo(FOUND));
    // the marker is a term of the field in every document (one posting per document)
    assertThat(
        client()
            .prepareSearch("fresh")
            .setQuery(QueryBuilders.termQuery("body", RulesMarker.term(RulesMarker.CURRENT)))
            .get()
            .getHits()
            .getTotalHits()
            .value(),
        equalTo((long) DOCS.size()));
  }

  /** Another fingerprint: refused with 400 and the message, untouched; searched after _reindex. */
  public void testOtherRulesRefusedUntilReindexed() {
    assertRefusedUntilReindexed(OTHER, OTHER);
  }

  /** No marker (a plugin before markers): refused as recorded none. */
  public void testNoMarkerRefusedUntilReindexed() {
    assertRefusedUntilReindexed("", "none");
  }

  private void assertRefusedUntilReindexed(String written, String recorded) {
    RulesMarkFilter.writeForTests(written);
    try {
      createQueryIndex("stale", 2);
      bulk("stale", DOCS);
    } finally {
      RulesMarkFilter.writeForTests(RulesMarker.CURRENT);
    }
    Exception thrown = expectThrows(Exception.class, () -> search("stale"));
    assertThat(ExceptionsHelper.status(thrown), equalTo(RestStatus.BAD_REQUEST));
    Throwable t = thrown;
    while (t.getCause() != null && !(t instanceof QueryShardException)) {
      t = t.getCause();
    }
    String expected =
        "[russian_name] field [title] of index [stale] was built with other name rules (recorded "
            + recorded
            + ", this plugin's "
            + RulesMarker.CURRENT
            + "); its keys would miss spellings: reindex it into a new index (the _reindex API)";
    assertThat(t.getMessage(), equalTo(expected));
    assertFalse(expected, expected.contains("\n"));
    // the documents are untouched: all there, their source as indexed
    SearchResponse all = client().prepareSearch("stale").setSize(100).get();
    assertThat(all.getHits().getTotalHits().value(), equalTo((long) DOCS.size()));
    for (SearchHit hit : all.getHits()) {
      assertThat(hit.getSourceAsMap().get("body"), equalTo(DOCS.get(hit.getId())[1]));
    }
    // _reindex into an index without the mapping: standard-analysed fields, which the plugin
    // does not analyse, are not checked; the query runs and finds the exact spelling only
    reindex("stale", "dynamic");
    assertThat(ids(search("dynamic")), equalTo(Set.of("exact")));
    // _reindex into a new index with the mapping: this plugin's keys, found in every spelling
    createQueryIndex("renewed", 2);
    reindex("stale", "renewed");
    assertThat(ids(search("renewed")), equalTo(FOUND));
  }

  private void reindex(String from, String to) {
    BulkByScrollResponse copied =
        new ReindexRequestBuilder(client(), ReindexAction.INSTANCE)
            .source(from)
            .destination(to)
            .refresh(true)
            .get();
    assertThat(copied.getCreated(), equalTo((long) DOCS.size()));
    ensureGreen(to);
  }

  private SearchResponse search(String index) {
    return client()
        .prepareSearch(index)
        .setQuery(new RussianNameQueryBuilder("Khodorkovsky", List.of("title", "body")))
        .get();
  }

  private static Set<String> ids(SearchResponse response) {
    Set<String> ids = new TreeSet<>();
    for (SearchHit hit : response.getHits()) {
      ids.add(hit.getId());
    }
    return ids;
  }
}
