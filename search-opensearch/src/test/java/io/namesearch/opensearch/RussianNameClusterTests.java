package io.namesearch.opensearch;

import static org.hamcrest.Matchers.containsString;
import static org.opensearch.test.hamcrest.OpenSearchAssertions.assertAcked;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import io.namesearch.search.Document;
import io.namesearch.search.Hit;
import io.namesearch.search.NameIndex;
import io.namesearch.search.SearchOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.opensearch.action.admin.indices.analyze.AnalyzeAction;
import org.opensearch.action.bulk.BulkRequestBuilder;
import org.opensearch.action.bulk.BulkResponse;
import org.opensearch.action.search.SearchResponse;
import org.opensearch.action.support.WriteRequest;
import org.opensearch.common.settings.Settings;
import org.opensearch.core.common.text.Text;
import org.opensearch.index.query.QueryBuilders;
import org.opensearch.plugins.Plugin;
import org.opensearch.search.SearchHit;
import org.opensearch.search.fetch.subphase.highlight.HighlightBuilder;
import org.opensearch.search.fetch.subphase.highlight.HighlightField;
import org.opensearch.test.OpenSearchIntegTestCase;
import org.opensearch.test.OpenSearchIntegTestCase.ClusterScope;
import org.opensearch.test.OpenSearchIntegTestCase.Scope;

/**
 * The plugin in a real in-JVM cluster of two data nodes: an index with two shards and one
 * replica, the seed articles plus generated documents, the tiered query of the README, the
 * unified highlighter, and a node failure that the replica survives.
 */
@ClusterScope(scope = Scope.SUITE, numDataNodes = 2, numClientNodes = 0, supportsDedicatedMasters = false)
public class RussianNameClusterTests extends OpenSearchIntegTestCase {

  static final String INDEX = "articles";

  /** The mapping of the README: no analysis settings needed, the analyzers come with the plugin. */
  static final String MAPPING =
      """
      {
        "properties": {
          "title": { "type": "text", "analyzer": "russian_name", "similarity": "boolean" },
          "body":  { "type": "text", "analyzer": "russian_name", "similarity": "boolean" }
        }
      }
      """;

  private static final String[] FIELDS = {"title", "body"};

  @Override
  protected Collection<Class<? extends Plugin>> nodePlugins() {
    return List.of(RussianNamePlugin.class);
  }

  // ---- documents ----

  /** The seed articles: id = file name without .txt, title = first non-blank line, body = rest. */
  static Map<String, String[]> seeds() throws IOException {
    Path dir = Path.of(System.getProperty("seeds.dir", "../seeds"));
    Map<String, String[]> docs = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8).strip();
        int nl = text.indexOf('\n');
        String title = nl < 0 ? text : text.substring(0, nl).strip();
        String body = nl < 0 ? "" : text.substring(nl + 1).strip();
        docs.put(file.getFileName().toString().replace(".txt", ""), new String[] {title, body});
      }
    }
    return docs;
  }

  private static final String[] FILLER = (
      "the council met on monday to discuss the budget for roads schools and hospitals while "
          + "residents asked about water prices and the new bridge over the river near the old "
          + "market square where farmers sell apples potatoes cabbage and honey every weekend")
      .split(" ");

  private static final String[] OTHER_NAMES = {
    "Navalny", "Medvedev", "Shoigu", "Lavrov", "Peskov", "Sobyanin", "Volodin", "Matviyenko",
    "Nabiullina", "Kadyrov", "Prigozhin", "Gerasimov", "Навальный", "Медведев", "Лавров"
  };

  /** Generated news-like documents that mention other Russian names, never the ones we query. */
  static Map<String, String[]> generated(long seed, int count) {
    Random random = new Random(seed);
    Map<String, String[]> docs = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      StringBuilder body = new StringBuilder();
      int words = 40 + random.nextInt(60);
      for (int w = 0; w < words; w++) {
        String word =
            random.nextInt(8) == 0
                ? OTHER_NAMES[random.nextInt(OTHER_NAMES.length)]
                : FILLER[random.nextInt(FILLER.length)];
        body.append(w > 0 ? " " : "").append(word);
      }
      String title = "Report " + i + ": " + OTHER_NAMES[random.nextInt(OTHER_NAMES.length)];
      docs.put(String.format(Locale.ROOT, "gen-%03d", i), new String[] {title, body + "."});
    }
    return docs;
  }

  private void createIndex(String index, Map<String, String[]> docs) {
    assertAcked(
        client()
            .admin()
            .indices()
            .prepareCreate(index)
            .setSettings(
                Settings.builder()
                    .put("index.number_of_shards", 2)
                    .put("index.number_of_replicas", 1))
            .setMapping(MAPPING));
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

  private SearchResponse search(String index, String text) {
    return client()
        .prepareSearch(index)
        .setQuery(QueryBuilders.wrapperQuery(NameQueries.tiered(text, FIELDS)))
        .setSize(100)
        .highlighter(
            new HighlightBuilder()
                .highlighterType("unified")
                .field("title")
                .field("body")
                .numOfFragments(0)) // the whole field, so every occurrence is checked
        .get();
  }

  private static Set<String> ids(SearchResponse response) {
    return Stream.of(response.getHits().getHits())
        .map(SearchHit::getId)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Hit id, score and highlights, in rank order: what must not change when a node stops. */
  private static List<String> ranked(SearchResponse response) {
    List<String> out = new ArrayList<>();
    for (SearchHit hit : response.getHits().getHits()) {
      StringBuilder b = new StringBuilder(hit.getId()).append(' ').append(hit.getScore());
      for (String field : FIELDS) {
        HighlightField h = hit.getHighlightFields().get(field);
        if (h != null) {
          for (Text t : h.fragments()) {
            b.append(" | ").append(t.string());
          }
        }
      }
      out.add(b.toString());
    }
    // equal scores may come in either order from two shards: compare as sorted by score, then id
    out.sort(
        (a, c) -> {
          float sa = Float.parseFloat(a.split(" ")[1]);
          float sc = Float.parseFloat(c.split(" ")[1]);
          return sa != sc ? Float.compare(sc, sa) : a.compareTo(c);
        });
    return out;
  }

  /** The words the unified highlighter marked, over all hits and fields. */
  private static Set<String> marked(SearchResponse response) {
    Set<String> words = new TreeSet<>();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("<em>(.*?)</em>").matcher(highlights(response));
    while (m.find()) {
      words.add(m.group(1));
    }
    return words;
  }

  private static String highlights(SearchResponse response) {
    StringBuilder b = new StringBuilder();
    for (SearchHit hit : response.getHits().getHits()) {
      for (HighlightField h : hit.getHighlightFields().values()) {
        for (Text t : h.fragments()) {
          b.append(t.string()).append('\n');
        }
      }
    }
    return b.toString();
  }

  /** The library's own hits for the same documents and query. */
  private static Set<String> libraryIds(Map<String, String[]> docs, String text) throws IOException {
    try (NameIndex index = NameIndex.builder().build()) {
      for (Map.Entry<String, String[]> e : docs.entrySet()) {
        index.add(
            Document.builder(e.getKey()).title(e.getValue()[0]).body(e.getValue()[1]).build());
      }
      index.commit();
      return index
          .search(text, SearchOptions.builder().limit(1000).highlight(false).build())
          .hits()
          .stream()
          .map(Hit::id)
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  // ---- tests ----

  /** Every spelling finds the right seed articles, as the library does, and marks the word. */
  public void testSeedArticles() throws Exception {
    Map<String, String[]> docs = new LinkedHashMap<>(seeds());
    docs.putAll(generated(random().nextLong(), 60));
    createIndex(INDEX, docs);

    Set<String> baltrukov = Set.of("000_2ae35e11502cc4ad", "001_1671f51fc9d73053");
    Set<String> khodorkovsky = Set.of("002_c216761a71068422");
    Set<String> smolninskoe =
        Set.of(
            "000_2ae35e11502cc4ad",
            "001_1671f51fc9d73053",
            "003_4ab8a011891d9a26",
            "004_361af92bbf6ab35b");
    Map<String, Set<String>> expected = new LinkedHashMap<>();
    expected.put("Baltrukov", baltrukov);
    expected.put("Baltrukow", baltrukov);
    expected.put("Khodorkovsky", khodorkovsky);
    expected.put("Ходорковский", khodorkovsky);
    expected.put("Chodorkowski", khodorkovsky);
    expected.put("Smolninskoe", smolninskoe);

    for (Map.Entry<String, Set<String>> e : expected.entrySet()) {
      SearchResponse response = search(INDEX, e.getKey());
      assertThat(e.getKey(), ids(response), equalTo(new TreeSet<>(e.getValue())));
      assertThat(e.getKey(), ids(response), equalTo(libraryIds(docs, e.getKey())));
    }

    // The unified highlighter marks the document's own spelling of the name.
    assertThat(marked(search(INDEX, "Baltrukov")), equalTo(Set.of("Baltrukov")));
    assertThat(marked(search(INDEX, "Baltrukow")), equalTo(Set.of("Baltrukov")));
    // Seed 002 also misspells the name once: the typo tier finds and marks it.
    for (String q : List.of("Khodorkovsky", "Ходорковский", "Chodorkowski")) {
      assertThat(q, marked(search(INDEX, q)), equalTo(Set.of("Khodorkovsky", "Khordorkovsky")));
    }
    // Smolninskoe: the same spellings (Smolninskoe, Smolninskoye) and the masculine form (family).
    assertThat(
        marked(search(INDEX, "Smolninskoe")),
        equalTo(Set.of("Smolninskoe", "Smolninskoye", "Smolninsky")));
    assertThat(
        highlights(search(INDEX, "Khodorkovsky")),
        containsString("<em>Khodorkovsky</em>"));
  }

  /** One document per tier: exact > variant > family > typo, with the library's weights. */
  public void testTierRanking() throws Exception {
    Map<String, String[]> docs = new LinkedHashMap<>();
    docs.put("exact", new String[] {"Interview", "Mikhail Khodorkovsky spoke in London."});
    docs.put("variant", new String[] {"Interview", "Michail Chodorkowski sprach in London."});
    docs.put("family", new String[] {"Interview", "Marina Khodorkovskaya spoke in London."});
    docs.put("typo", new String[] {"Interview", "Mikhail Khordorkovsky spoke in London."});
    docs.put("none", new String[] {"Interview", "Mikhail Gorbachev spoke in London."});
    docs.putAll(generated(random().nextLong(), 20));
    createIndex("tiers", docs);

    SearchResponse response = search("tiers", "Khodorkovsky");
    SearchHit[] hits = response.getHits().getHits();
    assertThat(hits.length, equalTo(4));
    String[] order = {"exact", "variant", "family", "typo"};
    float[] scores = {1.0f, 0.8f, 0.5f, 0.2f};
    for (int i = 0; i < 4; i++) {
      assertThat(hits[i].getId(), equalTo(order[i]));
      assertEquals(order[i], scores[i], hits[i].getScore(), 1e-5f);
    }
    assertThat(ids(response), equalTo(libraryIds(docs, "Khodorkovsky")));
    assertThat(
        marked(response),
        equalTo(Set.of("Khodorkovsky", "Chodorkowski", "Khodorkovskaya", "Khordorkovsky")));

    // Words add up, as in the library: both words beat one word of a stronger tier.
    SearchResponse two = search("tiers", "Mikhail Khodorkovsky");
    assertThat(two.getHits().getHits()[0].getId(), equalTo("exact"));
    assertEquals(2.0f, two.getHits().getHits()[0].getScore(), 1e-5f);
    assertThat(two.getHits().getHits()[1].getId(), equalTo("variant"));
    assertEquals(1.6f, two.getHits().getHits()[1].getScore(), 1e-5f);
  }

  /** The analyzers emit what the library's analyzer emits, and reject unknown options. */
  public void testAnalyzers() throws Exception {
    assertAcked(
        client()
            .admin()
            .indices()
            .prepareCreate("options")
            .setSettings(
                Settings.builder()
                    .put("index.number_of_shards", 1)
                    .put("index.number_of_replicas", 0)
                    .put("index.analysis.analyzer.names_no_family.type", "russian_name")
                    .put("index.analysis.analyzer.names_no_family.family", false)
                    .putList(
                        "index.analysis.analyzer.custom_chain.filter", "lowercase", "russian_name")
                    .put("index.analysis.analyzer.custom_chain.tokenizer", "standard")
                    .put("index.analysis.filter.variant_keys.type", "russian_name")
                    .put("index.analysis.filter.variant_keys.output", "variant")
                    .putList(
                        "index.analysis.analyzer.variant_chain.filter", "lowercase", "variant_keys")
                    .put("index.analysis.analyzer.variant_chain.tokenizer", "standard")));
    assertThat(tokens("russian_name", "Khodorkovsky"), equalTo(
        List.of("khodorkovsky", "~hodorkovski", "^hederkev")));
    assertThat(tokens("custom_chain", "Khodorkovsky"), equalTo(
        List.of("khodorkovsky", "~hodorkovski", "^hederkev")));
    assertThat(tokens("names_no_family", "Khodorkovsky"), equalTo(
        List.of("khodorkovsky", "~hodorkovski")));
    assertThat(tokens("russian_name_variant", "Chodorkowski"), equalTo(
        List.of("~hodorkovski", "~šedorkovski")));
    assertThat(tokens("variant_chain", "Chodorkowski"), equalTo(
        List.of("~hodorkovski", "~šedorkovski")));
    assertThat(tokens("russian_name_family", "Khodorkovskaya"), equalTo(
        List.of("^hederkev", "~hederkev", "~hodorkovska")));
    assertThat(tokens("russian_name_typo", "Michail Chodorkowski"), equalTo(
        List.of("~mišail", "~hodorkovski")));
    assertThat(tokens("russian_name_family", "Michail 2022"), equalTo(
        List.of("^meseil", "~meseil", "~mišail", "~mihail", "^2022", "~2022")));

    IllegalArgumentException e =
        expectThrows(
            IllegalArgumentException.class,
            () ->
                client()
                    .admin()
                    .indices()
                    .prepareCreate("typo")
                    .setSettings(
                        Settings.builder()
                            .put("index.analysis.analyzer.bad.type", "russian_name")
                            .put("index.analysis.analyzer.bad.famliy", false))
                    .get());
    assertThat(e.getMessage(), containsString("famliy"));
    e =
        expectThrows(
            IllegalArgumentException.class,
            () ->
                client()
                    .admin()
                    .indices()
                    .prepareCreate("typo")
                    .setSettings(
                        Settings.builder()
                            .put("index.analysis.filter.bad.type", "russian_name")
                            .put("index.analysis.filter.bad.family", "yes"))
                    .get());
    assertThat(e.getMessage(), containsString("must be true or false"));
  }

  private List<String> tokens(String analyzer, String text) {
    AnalyzeAction.Response response =
        client().admin().indices().prepareAnalyze("options", text).setAnalyzer(analyzer).get();
    return response.getTokens().stream().map(AnalyzeAction.AnalyzeToken::getTerm).toList();
  }

  /** A data node stops: the replicas take over and every search returns the same. */
  public void testSameResultsAfterDataNodeStops() throws Exception {
    Map<String, String[]> docs = new LinkedHashMap<>(seeds());
    docs.putAll(generated(random().nextLong(), 60));
    createIndex(INDEX, docs);
    List<String> queries =
        List.of("Baltrukov", "Khodorkovsky", "Ходорковский", "Chodorkowski", "Smolninskoe", "Putin");
    Map<String, List<String>> before = new LinkedHashMap<>();
    for (String q : queries) {
      before.put(q, ranked(search(INDEX, q)));
      assertThat(q, before.get(q).size(), greaterThan(0));
    }

    assertThat(internalCluster().numDataNodes(), equalTo(2));
    internalCluster().stopRandomDataNode();
    assertThat(internalCluster().numDataNodes(), equalTo(1));
    ensureYellow(INDEX);

    for (String q : queries) {
      assertThat(q, ranked(search(INDEX, q)), equalTo(before.get(q)));
    }
  }
}
