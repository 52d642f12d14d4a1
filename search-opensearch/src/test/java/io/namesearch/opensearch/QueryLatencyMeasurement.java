package io.namesearch.opensearch;

import static org.opensearch.test.hamcrest.OpenSearchAssertions.assertAcked;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.opensearch.action.bulk.BulkRequestBuilder;
import org.opensearch.action.search.SearchResponse;
import org.opensearch.action.support.WriteRequest;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.query.QueryBuilder;
import org.opensearch.index.query.QueryBuilders;
import org.opensearch.plugins.Plugin;
import org.opensearch.test.OpenSearchIntegTestCase;
import org.opensearch.test.OpenSearchIntegTestCase.ClusterScope;
import org.opensearch.test.OpenSearchIntegTestCase.Scope;

/**
 * A latency measurement, not a test (it asserts nothing about time; its name keeps it out of
 * surefire's default includes, so it runs only when asked for by name): the {@code russian_name}
 * query in person and words mode against a {@code match} on a standard-analysed sub-field of the
 * same documents, in an in-JVM cluster of two data nodes (2 shards, 0 replicas), {@code took} and
 * the client's wall time over the cluster-test's 15 query texts. Prints median and p95 per query
 * kind.
 *
 * <pre>
 * mvn -B -ntp -o -pl search-opensearch -am verify -Dtest=QueryLatencyMeasurement \
 *   -Dsurefire.failIfNoSpecifiedTests=false -DskipITs [-Dnamesearch.latency.runs=200]
 * </pre>
 */
@ClusterScope(
    scope = Scope.SUITE,
    numDataNodes = 2,
    numClientNodes = 0,
    supportsDedicatedMasters = false)
public class QueryLatencyMeasurement extends OpenSearchIntegTestCase {

  private static final List<String> QUERIES =
      List.of(
          "Khodorkovsky",
          "Misha Khodorkovsky",
          "Ходорковский",
          "Chodorkowski",
          "Baltrukow",
          "Dmitry Baltrukov",
          "Smolninskoe",
          "Ivanova",
          "Troitsa",
          "Gorbatschow",
          "Nawalny",
          "Sasha Sobyanin",
          "Dima",
          "Petrova",
          "Morozow");

  @Override
  protected Collection<Class<? extends Plugin>> nodePlugins() {
    return List.of(RussianNamePlugin.class);
  }

  public void testLatency() throws Exception {
    int docs = Integer.getInteger("namesearch.latency.docs", 2000);
    int runs = Integer.getInteger("namesearch.latency.runs", 200);
    assertAcked(
        client()
            .admin()
            .indices()
            .prepareCreate("corpus")
            .setSettings(Settings.builder().put("number_of_shards", 2).put("number_of_replicas", 0))
            .setMapping(
                Map.of(
                    "properties",
                    Map.of(
                        "title", Map.of("type", "text", "analyzer", "russian_name"),
                        "body",
                            Map.of(
                                "type",
                                "text",
                                "analyzer",
                                "russian_name",
                                "fields",
                                Map.of("std", Map.of("type", "text", "analyzer", "standard")))))));
    Map<String, String[]> all = new LinkedHashMap<>(RussianNameClusterTests.seeds());
    all.putAll(NameCorpus.documents(42, docs / 2));
    all.putAll(NameCorpus.personDocuments(42, docs - docs / 2));
    BulkRequestBuilder bulk =
        client().prepareBulk().setRefreshPolicy(WriteRequest.RefreshPolicy.IMMEDIATE);
    all.forEach(
        (id, d) ->
            bulk.add(
                client()
                    .prepareIndex("corpus")
                    .setId(id)
                    .setSource(Map.of("title", d[0], "body", d[1]))));
    assertFalse(bulk.get().hasFailures());
    ensureGreen("corpus");
    client().admin().indices().prepareForceMerge("corpus").setMaxNumSegments(1).get();

    Map<String, Function<String, QueryBuilder>> kinds = new LinkedHashMap<>();
    kinds.put("match on body.std", q -> QueryBuilders.matchQuery("body.std", q));
    kinds.put(
        "russian_name (mode words)",
        q ->
            new RussianNameQueryBuilder(
                q,
                List.of("title", "body"),
                io.namesearch.search.SearchOptions.DEFAULT_TIERS,
                io.namesearch.search.QueryMode.WORDS));
    kinds.put(
        "russian_name (mode person)",
        q -> new RussianNameQueryBuilder(q, List.of("title", "body")));
    StringBuilder report =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "latency over %d runs each (%d documents, 2 shards, 2 in-JVM data nodes, size 10):%n",
                runs,
                all.size()));
    // the kinds take turns on each text, so that the machine's load falls on them alike; the
    // first round warms up
    Map<String, List<Long>> took = new LinkedHashMap<>();
    Map<String, List<Long>> wall = new LinkedHashMap<>();
    for (int round = 0; round < 2; round++) {
      for (String k : kinds.keySet()) {
        took.put(k, new ArrayList<>());
        wall.put(k, new ArrayList<>());
      }
      for (int i = 0; i < runs; i++) {
        for (Map.Entry<String, Function<String, QueryBuilder>> k : kinds.entrySet()) {
          QueryBuilder q = k.getValue().apply(QUERIES.get(i % QUERIES.size()));
          long t0 = System.nanoTime();
          SearchResponse r =
              client().prepareSearch("corpus").setQuery(q).setSize(10).setRequestCache(false).get();
          wall.get(k.getKey()).add((System.nanoTime() - t0) / 1000);
          took.get(k.getKey()).add(r.getTook().millis());
        }
      }
    }
    for (String k : kinds.keySet()) {
      report.append(
          String.format(
              Locale.ROOT,
              "  %-28s took median %d ms, p95 %d ms; wall median %.2f ms, p95 %.2f ms%n",
              k,
              pct(took.get(k), 50),
              pct(took.get(k), 95),
              pct(wall.get(k), 50) / 1000.0,
              pct(wall.get(k), 95) / 1000.0));
    }
    System.out.print(report);
    logger.info("\n{}", report);
  }

  private static long pct(List<Long> values, int p) {
    List<Long> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int at = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, at));
  }
}
