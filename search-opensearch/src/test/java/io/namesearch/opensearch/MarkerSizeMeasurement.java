package io.namesearch.opensearch;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.opensearch.test.OpenSearchIntegTestCase.ClusterScope;
import org.opensearch.test.OpenSearchIntegTestCase.Scope;

/**
 * A size measurement, not a test (its name keeps it out of surefire's default includes): the index
 * size that the name rules' marker ({@link RulesMarkFilter}) costs. The seeds and generated
 * documents (half news-like, half naming people, as {@link QueryLatencyMeasurement}) are indexed
 * twice, with the marker and without it (as a plugin before markers), into one shard each,
 * force-merged to one segment; prints the store sizes.
 *
 * <pre>
 * mvn -B -ntp -o -pl search-opensearch test-compile surefire:test -Dtest=MarkerSizeMeasurement \
 *   [-Dnamesearch.size.docs=20000]
 * </pre>
 */
@ClusterScope(
    scope = Scope.SUITE,
    numDataNodes = 1,
    numClientNodes = 0,
    supportsDedicatedMasters = false)
public class MarkerSizeMeasurement extends NameClusterTestCase {

  public void testMarkerSize() throws Exception {
    int docs = Integer.getInteger("namesearch.size.docs", 20000);
    Map<String, String[]> all = new LinkedHashMap<>(RussianNameClusterTests.seeds());
    all.putAll(NameCorpus.documents(42, docs / 2));
    all.putAll(NameCorpus.personDocuments(42, docs - docs / 2));
    long with = size("marked", all, RulesMarker.CURRENT);
    long without = size("unmarked", all, "");
    String report =
        String.format(
            Locale.ROOT,
            "marker size: %d documents (title, body), 1 shard, force-merged: with marker %d bytes,"
                + " without %d bytes, +%d bytes (%.2f%%, %.2f bytes per document)%n",
            all.size(),
            with,
            without,
            with - without,
            100.0 * (with - without) / without,
            (double) (with - without) / all.size());
    System.out.print(report);
  }

  private long size(String index, Map<String, String[]> docs, String written) {
    RulesMarkFilter.writeForTests(written);
    try {
      createQueryIndex(index, 1);
      client()
          .admin()
          .indices()
          .prepareUpdateSettings(index)
          .setSettings(Map.of("number_of_replicas", 0))
          .get();
      Map<String, String[]> batch = new LinkedHashMap<>();
      for (Map.Entry<String, String[]> e : docs.entrySet()) {
        batch.put(e.getKey(), e.getValue());
        if (batch.size() == 2000) {
          bulk(index, batch);
          batch.clear();
        }
      }
      if (!batch.isEmpty()) {
        bulk(index, batch);
      }
    } finally {
      RulesMarkFilter.writeForTests(RulesMarker.CURRENT);
    }
    client().admin().indices().prepareForceMerge(index).setMaxNumSegments(1).setFlush(true).get();
    return client()
        .admin()
        .indices()
        .prepareStats(index)
        .setStore(true)
        .get()
        .getPrimaries()
        .getStore()
        .getSizeInBytes();
  }
}
