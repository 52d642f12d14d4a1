package io.namesearch.opensearch;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.opensearch.test.hamcrest.OpenSearchAssertions.assertAcked;

import io.namesearch.engine.MatchTier;
import io.namesearch.search.Document;
import io.namesearch.search.Hit;
import io.namesearch.search.NameIndex;
import io.namesearch.search.QueryMode;
import io.namesearch.search.SearchOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opensearch.action.bulk.BulkResponse;
import org.opensearch.action.search.SearchResponse;
import org.opensearch.action.search.SearchType;
import org.opensearch.action.support.WriteRequest;
import org.opensearch.core.xcontent.MediaTypeRegistry;
import org.opensearch.index.query.QueryBuilders;
import org.opensearch.search.SearchHit;
import org.opensearch.search.builder.SearchSourceBuilder;
import org.opensearch.search.sort.SortOrder;
import org.opensearch.test.OpenSearchIntegTestCase.ClusterScope;
import org.opensearch.test.OpenSearchIntegTestCase.Scope;

/**
 * The person-aware {@code russian_name} query ({@code "mode": "person"}, the default) in a real
 * in-JVM cluster of two data nodes: it ranks as the library's {@code NameIndex} in {@link
 * QueryMode#PERSON} on the same documents, on two shards (with {@code dfs_query_then_fetch}) and on
 * one; the README's person example gives its expected hits; {@code "explain": true} names the
 * mention; sorting, filters and {@code "mode": "words"} behave as documented.
 */
@ClusterScope(
    scope = Scope.SUITE,
    numDataNodes = 2,
    numClientNodes = 0,
    supportsDedicatedMasters = false)
public class PersonQueryClusterTests extends NameClusterTestCase {

  private static final List<String> FIELDS = List.of("title", "body");

  /**
   * Ranking parity on the seeds, 300 generated news documents and 300 generated documents that name
   * people in every way (full names in both orders, initials, surname only, namesakes), for 60
   * personal-name queries (a third also with nicknames), on two shards with dfs_query_then_fetch:
   * the library's hits in the library's order, each with the library's kind of mention; the scores
   * are the library's words scores plus the kind's rank times one span per query. And the first
   * page of 10 on one shard, where the window of the first pass is the library's: the library's
   * page.
   */
  public void testPersonQueryRanksAsLibrary() throws Exception {
    long seed = random().nextLong();
    Map<String, String[]> docs = new LinkedHashMap<>(RussianNameClusterTests.seeds());
    docs.putAll(NameCorpus.documents(seed, 300));
    docs.putAll(NameCorpus.personDocuments(seed, 300));
    assertThat(docs.size(), greaterThan(500));
    createQueryIndex("two", 2);
    createQueryIndex("one", 1);
    bulk("two", docs);
    bulk("one", docs);
    List<String> queries = NameCorpus.personQueries(seed, 60);
    int compared = 0;
    int reranked = 0;
    int pages = 0;
    int runs = 0;
    long[] nanos = new long[3];
    Set<Integer> ranks = new java.util.TreeSet<>();
    Set<MatchTier> tiers = EnumSet.noneOf(MatchTier.class);
    try (NameIndex library = libraryIndex(docs)) {
      for (int i = 0; i < queries.size(); i++) {
        String q = queries.get(i);
        // nicknames on for a quarter of the queries: the nickname tier in the person pass
        for (boolean nicknames : i % 4 == 0 ? new boolean[] {false, true} : new boolean[] {false}) {
          String what = q + (nicknames ? " (nicknames)" : "");
          long t0 = System.nanoTime();
          Map<String, Float> words = library(library, q, nicknames, QueryMode.WORDS, 1000);
          Map<String, Float> person = library(library, q, nicknames, QueryMode.PERSON, 1000);
          long t1 = System.nanoTime();
          RussianNameQueryBuilder query = nameQuery(q, nicknames);
          Map<String, Float> two =
              scores(search("two", query, SearchType.DFS_QUERY_THEN_FETCH, 1000));
          long t2 = System.nanoTime();
          // the library's span (the plugin learns the best words score first) and scores
          reranked +=
              PersonParity.assertSame(
                  what, two, person, words, ranks, PersonParity.librarySpan(words));
          PersonParity.assertSameScores(what, two, person);
          tiers.addAll(tiers(library, q, nicknames));
          // the first page: on one shard, the same window of the first pass as the library's
          Map<String, Float> page = scores(search("one", query, SearchType.QUERY_THEN_FETCH, 10));
          Map<String, Float> libraryPage = library(library, q, nicknames, QueryMode.PERSON, 10);
          if (PersonParity.assertSamePage(
              what, page, libraryPage, words, io.namesearch.search.PersonRanking.window(10))) {
            pages++;
          }
          long t3 = System.nanoTime();
          nanos[0] += t1 - t0;
          nanos[1] += t2 - t1;
          nanos[2] += t3 - t2;
          compared += person.size();
          runs++;
        }
      }
    }
    logger.info(
        "{} runs, {} hits compared, {} pages; library {} ms, cluster {} ms, pages {} ms",
        runs,
        compared,
        pages,
        nanos[0] / 1_000_000,
        nanos[1] / 1_000_000,
        nanos[2] / 1_000_000);
    assertThat(queries.size(), greaterThan(50));
    assertThat(compared, greaterThan(2000));
    // ties of the words scores across the window's edge are common (constant tier scores)
    assertThat("first pages compared (no tie at the window's edge)", pages, greaterThan(4));
    assertThat("queries whose order the person pass changed", reranked, greaterThan(runs / 3));
    // every kind of mention: full name 4, initial 3, surname only 2, namesake 1, no surname 0
    assertThat(ranks, equalTo(Set.of(0, 1, 2, 3, 4)));
    // and words matched in every tier
    assertThat(tiers, equalTo(EnumSet.allOf(MatchTier.class)));
  }

  /**
   * The README's person example: its index, documents and query give its expected hits, in the
   * library's order; {@code "explain": true} names each hit's mention and gives its score.
   */
  public void testReadmePersonExample() throws Exception {
    Map<String, Object> index = NameQueries.parse(NameQueries.body("person-index"));
    index.put("mappings", Map.of("_doc", index.get("mappings")));
    assertAcked(client().admin().indices().prepareCreate("people").setSource(index));
    byte[] bulk = NameQueries.body("person-documents").getBytes(StandardCharsets.UTF_8);
    BulkResponse response =
        client()
            .prepareBulk()
            .add(bulk, 0, bulk.length, "people", MediaTypeRegistry.JSON)
            .setRefreshPolicy(WriteRequest.RefreshPolicy.IMMEDIATE)
            .get();
    assertFalse(response.buildFailureMessage(), response.hasFailures());
    ensureGreen("people");
    SearchSourceBuilder source = source(NameQueries.body("person-search"));
    SearchResponse r =
        client()
            .prepareSearch("people")
            .setSearchType(SearchType.DFS_QUERY_THEN_FETCH)
            .setSource(source.explain(true))
            .get();
    List<String> lines = new ArrayList<>();
    for (SearchHit hit : r.getHits().getHits()) {
      String explanation = hit.getExplanation().toString();
      assertThat(
          explanation, hit.getExplanation().getValue().floatValue(), equalTo(hit.getScore()));
      String kind =
          explanation.substring(explanation.indexOf("]: ") + 3, explanation.indexOf(" (rank "));
      lines.add(
          String.format(
              java.util.Locale.ROOT,
              "%-9s %-6s %s",
              hit.getId(),
              Math.round(hit.getScore() * 100) / 100f,
              kind));
    }
    assertThat(String.join("\n", lines), lines, equalTo(NameQueries.snippet("expect-person")));
    assertThat(
        List.of(r.getHits().getHits()[0].getExplanation().getDescription()),
        equalTo(NameQueries.snippet("expect-person-explanation")));

    // the library's order on the same documents
    Map<String, String[]> docs = new LinkedHashMap<>();
    for (String line : NameQueries.body("person-documents").split("\n")) {
      Map<String, Object> m = NameQueries.parse(line);
      if (m.containsKey("index")) {
        docs.put((String) ((Map<?, ?>) m.get("index")).get("_id"), null);
      } else {
        String last = new ArrayList<>(docs.keySet()).get(docs.size() - 1);
        docs.put(last, new String[] {"", (String) m.get("body")});
      }
    }
    RussianNameQueryBuilder query = (RussianNameQueryBuilder) source.query();
    try (NameIndex library = libraryIndex(docs)) {
      Map<String, Float> person = library(library, query.text(), false, QueryMode.PERSON, 100);
      PersonParity.assertSame(
          query.text(),
          scores(r),
          person,
          library(library, query.text(), false, QueryMode.WORDS, 100));
      PersonParity.assertSameScores(query.text(), scores(r), person);
    }
  }

  /**
   * Where the person pass applies: as the one scoring clause of a bool with filters and boosted
   * (the same order); not with a sort, nor in words mode (the library's words scores).
   */
  public void testPersonPassWhereItApplies() throws Exception {
    Map<String, String[]> docs = NameCorpus.personDocuments(7, 200);
    createQueryIndex("people", 2);
    bulk("people", docs);
    String q = "Dmitry Baltrukov";
    RussianNameQueryBuilder person = nameQuery(q, false);
    Map<String, Float> personScores =
        scores(search("people", person, SearchType.DFS_QUERY_THEN_FETCH, 1000));
    List<String> order = new ArrayList<>(personScores.keySet());
    try (NameIndex library = libraryIndex(docs)) {
      Map<String, Float> words = library(library, q, false, QueryMode.WORDS, 1000);
      Map<String, Float> libraryPerson = library(library, q, false, QueryMode.PERSON, 1000);
      PersonParity.assertSame(q, personScores, libraryPerson, words);
      PersonParity.assertSameScores(q, personScores, libraryPerson);
      RussianNameQueryBuilder wordsMode =
          new RussianNameQueryBuilder(q, FIELDS, SearchOptions.DEFAULT_TIERS, QueryMode.WORDS);
      Map<String, Float> pluginWords =
          scores(search("people", wordsMode, SearchType.DFS_QUERY_THEN_FETCH, 1000));
      assertThat(new java.util.TreeMap<>(pluginWords), equalTo(new java.util.TreeMap<>(words)));
      assertNotEquals(order, new ArrayList<>(pluginWords.keySet()));
    }
    SearchResponse filtered =
        client()
            .prepareSearch("people")
            .setSearchType(SearchType.DFS_QUERY_THEN_FETCH)
            .setSize(1000)
            .setQuery(
                QueryBuilders.boolQuery().must(person).filter(QueryBuilders.existsQuery("body")))
            .get();
    assertThat(scores(filtered), equalTo(personScores));
    // a bool in a bool: the person pass applies, but its span is the bound (PersonSpanFilter
    // looks one bool deep): the same order, other scores
    SearchResponse nested =
        client()
            .prepareSearch("people")
            .setSearchType(SearchType.DFS_QUERY_THEN_FETCH)
            .setSize(1000)
            .setQuery(QueryBuilders.boolQuery().must(QueryBuilders.boolQuery().must(person)))
            .get();
    assertThat(ids(nested), equalTo(order));
    assertNotEquals(scores(nested), personScores);
    RussianNameQueryBuilder boosted = nameQuery(q, false);
    boosted.boost(3f);
    assertThat(
        ids(search("people", boosted, SearchType.DFS_QUERY_THEN_FETCH, 1000)), equalTo(order));
    SearchResponse sorted =
        client()
            .prepareSearch("people")
            .setQuery(person)
            .setSize(1000)
            .addSort("_id", SortOrder.ASC)
            .get();
    assertThat(sorted.getFailedShards(), equalTo(0));
    List<String> byId = ids(sorted);
    assertThat(byId, equalTo(byId.stream().sorted().toList()));
    assertThat(Set.copyOf(byId), equalTo(Set.copyOf(order)));
  }

  // ---- helpers ----

  private static RussianNameQueryBuilder nameQuery(String text, boolean nicknames) {
    EnumSet<MatchTier> tiers = EnumSet.copyOf(SearchOptions.DEFAULT_TIERS);
    if (nicknames) {
      tiers.add(MatchTier.NICKNAME);
    }
    return new RussianNameQueryBuilder(text, FIELDS, tiers);
  }

  private static Map<String, Float> library(
      NameIndex index, String text, boolean nicknames, QueryMode mode, int limit)
      throws IOException {
    Map<String, Float> out = new LinkedHashMap<>();
    // ids only: loading and highlighting a thousand stored documents is the slow part
    List<Hit> hits =
        index
            .search(
                text,
                SearchOptions.builder()
                    .limit(limit)
                    .snippets(0)
                    .fetch(SearchOptions.Fetch.ID)
                    .mode(mode)
                    .tier(MatchTier.NICKNAME, nicknames)
                    .build())
            .hits();
    assertTrue(hits.size() < 1000);
    for (Hit hit : hits) {
      out.put(hit.id(), hit.score());
    }
    return out;
  }

  private static NameIndex libraryIndex(Map<String, String[]> docs) throws IOException {
    return fill(NameIndex.builder().build(), docs);
  }

  /** The tiers in which some document matches a word of the query (the library's tier counts). */
  private static Set<MatchTier> tiers(NameIndex index, String text, boolean nicknames)
      throws IOException {
    Set<MatchTier> out = EnumSet.noneOf(MatchTier.class);
    index
        .search(
            text,
            SearchOptions.builder()
                .limit(1)
                .snippets(0)
                .fetch(SearchOptions.Fetch.ID)
                .mode(QueryMode.WORDS)
                .countTiers(true)
                .tier(MatchTier.NICKNAME, nicknames)
                .build())
        .tierCounts()
        .forEach(
            (tier, count) -> {
              if (count > 0) {
                out.add(tier);
              }
            });
    return out;
  }

  private static NameIndex fill(NameIndex index, Map<String, String[]> docs) throws IOException {
    for (Map.Entry<String, String[]> e : docs.entrySet()) {
      index.add(Document.builder(e.getKey()).title(e.getValue()[0]).body(e.getValue()[1]).build());
    }
    index.commit();
    return index;
  }

  /** Hit id to score, in rank order. */
  private static Map<String, Float> scores(SearchResponse response) {
    assertThat(response.getFailedShards(), equalTo(0));
    Map<String, Float> out = new LinkedHashMap<>();
    for (SearchHit hit : response.getHits().getHits()) {
      out.put(hit.getId(), hit.getScore());
    }
    return out;
  }

  private static List<String> ids(SearchResponse response) {
    return new ArrayList<>(scores(response).keySet());
  }

  private SearchResponse search(
      String index, RussianNameQueryBuilder q, SearchType type, int size) {
    return client()
        .prepareSearch(index)
        .setSearchType(type)
        .setQuery(q)
        .setSize(size)
        .setFetchSource(false)
        .get();
  }
}
