package io.namesearch.opensearch;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.opensearch.test.hamcrest.OpenSearchAssertions.assertAcked;

import io.namesearch.engine.MatchTier;
import io.namesearch.engine.NameEngine;
import io.namesearch.search.Document;
import io.namesearch.search.Hit;
import io.namesearch.search.NameIndex;
import io.namesearch.search.SearchOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
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
import org.opensearch.action.bulk.BulkResponse;
import org.opensearch.action.search.SearchResponse;
import org.opensearch.action.search.SearchType;
import org.opensearch.action.support.WriteRequest;
import org.opensearch.common.settings.Settings;
import org.opensearch.common.xcontent.json.JsonXContent;
import org.opensearch.core.common.text.Text;
import org.opensearch.core.xcontent.MediaTypeRegistry;
import org.opensearch.core.xcontent.NamedXContentRegistry;
import org.opensearch.core.xcontent.XContentParser;
import org.opensearch.search.SearchHit;
import org.opensearch.search.SearchModule;
import org.opensearch.search.builder.SearchSourceBuilder;
import org.opensearch.search.fetch.subphase.highlight.HighlightBuilder;
import org.opensearch.search.fetch.subphase.highlight.HighlightField;
import org.opensearch.test.OpenSearchIntegTestCase.ClusterScope;
import org.opensearch.test.OpenSearchIntegTestCase.Scope;

/**
 * The plugin in a real in-JVM cluster of two data nodes: an index with two shards and one replica,
 * the seed articles plus generated documents, the tiered query of the README, the unified
 * highlighter, and a node failure that the replica survives. The index settings and mapping, the
 * query and the walk-through's documents and expected hits are read from the README's snippets
 * ({@link NameQueries}), so the README cannot drift from what is tested. Expected keys are computed
 * through the engine's API, never written out.
 */
@ClusterScope(
    scope = Scope.SUITE,
    numDataNodes = 2,
    numClientNodes = 0,
    supportsDedicatedMasters = false)
public class RussianNameClusterTests extends NameClusterTestCase {

  static final String INDEX = "articles";

  private static final String[] FIELDS = {"title", "body"};

  private static final NameEngine ENGINE = NameEngine.defaults();

  /** What a word of the derived tier scores: the boost of the README's derived clause. */
  private static final float DERIVED_SCORE = 0.28f;

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

  private static final String[] FILLER =
      ("the council met on monday to discuss the budget for roads schools and hospitals while "
              + "residents asked about water prices and the new bridge over the river near the old "
              + "market square where farmers sell apples potatoes cabbage and honey every weekend")
          .split(" ");

  private static final String[] OTHER_NAMES = {
    "Navalny",
    "Medvedev",
    "Shoigu",
    "Lavrov",
    "Peskov",
    "Sobyanin",
    "Volodin",
    "Matviyenko",
    "Nabiullina",
    "Kadyrov",
    "Prigozhin",
    "Gerasimov",
    "Навальный",
    "Медведев",
    "Лавров"
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

  /** The index of the README: its create-index body (2 shards, 1 replica). */
  private void createReadmeIndex(String index) {
    Map<String, Object> body = NameQueries.parse(NameQueries.createIndexBody());
    // The REST layer (PUT /index) wraps the mappings in the single type _doc; the Java API
    // expects them wrapped.
    body.put("mappings", Map.of("_doc", body.get("mappings")));
    assertAcked(client().admin().indices().prepareCreate(index).setSource(body));
  }

  private void createIndex(String index, Map<String, String[]> docs) {
    createReadmeIndex(index);
    bulk(index, docs);
  }

  /** The README's query (nickname clause included) for {@code text}. */
  private SearchResponse search(String index, String text) {
    return search(index, text, true);
  }

  /** The README's query for {@code text}, with or without the nickname clause. */
  private SearchResponse search(String index, String text, boolean nicknames) {
    SearchSourceBuilder source = readmeSearch(text, nicknames);
    return client()
        .prepareSearch(index)
        .setQuery(source.query())
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

  /** The README's whole search body (query and highlight) for {@code text}. */
  private static SearchSourceBuilder readmeSearch(String text, boolean nicknames) {
    return readmeSearch(text, nicknames, true);
  }

  /** The README's whole search body, with or without the nickname and the derived clauses. */
  private static SearchSourceBuilder readmeSearch(String text, boolean nicknames, boolean derived) {
    NamedXContentRegistry registry =
        new NamedXContentRegistry(new SearchModule(Settings.EMPTY, List.of()).getNamedXContents());
    try (XContentParser parser =
        JsonXContent.jsonXContent.createParser(
            registry,
            org.opensearch.core.xcontent.DeprecationHandler.THROW_UNSUPPORTED_OPERATION,
            NameQueries.search(text, nicknames, derived))) {
      return SearchSourceBuilder.fromXContent(parser);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The library's own hits for the same documents and query, with its default tiers. */
  private static Set<String> libraryIds(Map<String, String[]> docs, String text)
      throws IOException {
    return libraryIds(docs, text, false);
  }

  /** The library's own hits, with or without its nickname tier. */
  private static Set<String> libraryIds(Map<String, String[]> docs, String text, boolean nicknames)
      throws IOException {
    try (NameIndex index = NameIndex.builder().build()) {
      for (Map.Entry<String, String[]> e : docs.entrySet()) {
        index.add(
            Document.builder(e.getKey()).title(e.getValue()[0]).body(e.getValue()[1]).build());
      }
      index.commit();
      return index
          .search(
              text,
              SearchOptions.builder()
                  .limit(1000)
                  .highlight(false)
                  .mode(io.namesearch.search.QueryMode.WORDS)
                  .tier(MatchTier.NICKNAME, nicknames)
                  .build())
          .hits()
          .stream()
          .map(Hit::id)
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  // ---- tests ----

  /** The README's own walk-through: its documents, its query, its expected hits. */
  public void testReadmeWalkthrough() throws Exception {
    assertThat(List.of(FIELDS), equalTo(NameQueries.fields()));
    assertThat(
        NameQueries.analyzers(),
        equalTo(
            List.of(
                "standard",
                RussianNamePlugin.VARIANT_ANALYZER,
                RussianNamePlugin.FAMILY_ANALYZER,
                RussianNamePlugin.DERIVED_ANALYZER,
                RussianNamePlugin.NICKNAME_ANALYZER,
                RussianNamePlugin.TYPO_ANALYZER)));
    createReadmeIndex(INDEX);
    byte[] bulk = NameQueries.documentsBody().getBytes(StandardCharsets.UTF_8);
    BulkResponse response =
        client()
            .prepareBulk()
            .add(bulk, 0, bulk.length, INDEX, MediaTypeRegistry.JSON)
            .setRefreshPolicy(WriteRequest.RefreshPolicy.IMMEDIATE)
            .get();
    assertFalse(response.buildFailureMessage(), response.hasFailures());
    ensureGreen(INDEX);

    assertThat(readmeHits("Khodorkovsky", true), equalTo(expected("expect-recipe")));
    assertThat(readmeHits("Misha Khodorkovsky", true), equalTo(expected("expect-recipe-misha")));
    // Without the nickname clause (the library's default tiers), Misha finds no Mikhail: the hits
    // are those of Khodorkovsky alone, and the Gorbachev document is not found.
    assertThat(
        ids(readmeSearchResponse("Misha Khodorkovsky", false)),
        equalTo(ids(readmeSearchResponse("Khodorkovsky", false))));
    assertThat(readmeHits("Misha", false), equalTo(List.of()));
    // The derived document is found by the derived clause only: without it, it is not found, and
    // the other hits are the same.
    assertThat(
        ENGINE.compare("Khodorkovsky", "Khodorkov").orElse(null), equalTo(MatchTier.DERIVED));
    SearchSourceBuilder withoutDerivedClause = readmeSearch("Khodorkovsky", true, false);
    List<String> withoutDerived =
        readmeHits(client().prepareSearch(INDEX).setSource(withoutDerivedClause).get());
    List<String> expected = new ArrayList<>(expected("expect-recipe"));
    assertTrue(expected.removeIf(line -> line.startsWith("derived ")));
    assertThat(withoutDerived, equalTo(expected));
  }

  private SearchResponse readmeSearchResponse(String text, boolean nicknames) {
    return client().prepareSearch(INDEX).setSource(readmeSearch(text, nicknames)).get();
  }

  /** The hits as the README prints them: id, score (2 decimals), body highlight. */
  private List<String> readmeHits(String text, boolean nicknames) {
    return readmeHits(readmeSearchResponse(text, nicknames));
  }

  /** The hits of a response as the README prints them. */
  private static List<String> readmeHits(SearchResponse response) {
    List<String> out = new ArrayList<>();
    for (SearchHit hit : response.getHits().getHits()) {
      HighlightField h = hit.getHighlightFields().get("body");
      String highlight =
          h == null
              ? "-"
              : Stream.of(h.fragments()).map(Text::string).collect(Collectors.joining(" … "));
      float score = Math.round(hit.getScore() * 100) / 100f;
      out.add(hit.getId() + " " + score + " " + highlight);
    }
    out.sort(RussianNameClusterTests::byScoreThenId);
    return out;
  }

  /** The README's expected lines: "id score highlight", columns padded with spaces. */
  private static List<String> expected(String snippet) {
    List<String> out = new ArrayList<>();
    for (String line : NameQueries.snippet(snippet)) {
      String[] cols = line.split(" +", 3);
      out.add(cols[0] + " " + Float.parseFloat(cols[1]) + " " + cols[2]);
    }
    out.sort(RussianNameClusterTests::byScoreThenId);
    return out;
  }

  private static int byScoreThenId(String a, String b) {
    float sa = Float.parseFloat(a.split(" ")[1]);
    float sb = Float.parseFloat(b.split(" ")[1]);
    return sa != sb ? Float.compare(sb, sa) : a.compareTo(b);
  }

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
    expected.put("Baltrukow", baltrukov); // German spelling
    expected.put("Khodorkovsky", khodorkovsky);
    expected.put("Ходорковский", khodorkovsky);
    expected.put("Chodorkowski", khodorkovsky); // German spelling
    expected.put("Smolninskoe", smolninskoe);

    for (Map.Entry<String, Set<String>> e : expected.entrySet()) {
      SearchResponse response = search(INDEX, e.getKey());
      assertThat(e.getKey(), ids(response), equalTo(new TreeSet<>(e.getValue())));
      assertThat(e.getKey(), ids(response), equalTo(libraryIds(docs, e.getKey())));
      // surnames and place names have no nicknames: the nickname clause changes nothing
      assertThat(e.getKey(), ranked(search(INDEX, e.getKey(), false)), equalTo(ranked(response)));
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
    assertThat(highlights(search(INDEX, "Khodorkovsky")), containsString("<em>Khodorkovsky</em>"));

    // Nicknames: Dima is Dmitry's diminutive. The nickname clause finds and marks Dmitry in the
    // four Dmitry articles, as the library does with its nickname tier on; without the clause
    // Dmitry is not matched (Dima may still match other words by the other tiers: the Duma is
    // in Dima's family, by the engine's vowel-neutral family key).
    Set<String> dmitry =
        Set.of(
            "000_2ae35e11502cc4ad",
            "001_1671f51fc9d73053",
            "003_4ab8a011891d9a26",
            "004_361af92bbf6ab35b");
    for (String q : List.of("Dima", "Дима", "Mitya")) {
      SearchResponse with = search(INDEX, q);
      assertTrue(q, ids(with).containsAll(dmitry));
      assertThat(q, ids(with), equalTo(libraryIds(docs, q, true)));
      assertTrue(q, marked(with).contains("Dmitry"));
      for (String word : marked(with)) {
        assertTrue(
            q + " ~ " + word, ENGINE.compare(q, word, Set.of(MatchTier.values())).isPresent());
      }
      SearchResponse without = search(INDEX, q, false);
      assertThat(q, ids(without), equalTo(libraryIds(docs, q, false)));
      assertFalse(q, marked(without).contains("Dmitry"));
    }
  }

  /**
   * One document per tier: exact > variant > family > derived > nickname > typo, the library's
   * order.
   */
  public void testTierRanking() throws Exception {
    // the documents are what their ids say, by the engine's own judgement
    Map<String, MatchTier> tiers =
        Map.of(
            "Khodorkovsky", MatchTier.EXACT,
            "Chodorkowski", MatchTier.VARIANT,
            "Khodorkovskaya", MatchTier.FAMILY,
            "Khodorkov", MatchTier.DERIVED,
            "Khordorkovsky", MatchTier.FUZZY);
    tiers.forEach(
        (word, tier) ->
            assertThat(word, ENGINE.compare("Khodorkovsky", word).orElse(null), equalTo(tier)));
    assertThat(
        ENGINE.compare("Sasha", "Aleksandr", Set.of(MatchTier.values())).orElse(null),
        equalTo(MatchTier.NICKNAME));

    Map<String, String[]> docs = new LinkedHashMap<>();
    docs.put("exact", new String[] {"Interview", "Aleksandr Khodorkovsky spoke in London."});
    docs.put("variant", new String[] {"Interview", "Alexander Chodorkowski sprach in London."});
    docs.put("family", new String[] {"Interview", "Marina Khodorkovskaya spoke in London."});
    docs.put("derived", new String[] {"Interview", "Pavel Khodorkov spoke in London."});
    docs.put("nickname", new String[] {"Interview", "Sasha Gorbachev spoke in London."});
    docs.put("typo", new String[] {"Interview", "Ivan Khordorkovsky spoke in London."});
    docs.put("none", new String[] {"Interview", "Mikhail Gorbachev spoke in London."});
    docs.put("town-family", new String[] {"Travel", "The Troitskaya road was closed."});
    docs.put("town-derived", new String[] {"Travel", "The road to Troitsa was closed."});
    docs.putAll(generated(random().nextLong(), 20));
    createIndex("tiers", docs);

    SearchResponse response = search("tiers", "Khodorkovsky");
    SearchHit[] hits = response.getHits().getHits();
    String[] order = {"exact", "variant", "family", "derived", "typo"};
    float[] scores = {1.0f, 0.8f, 0.5f, DERIVED_SCORE, 0.2f};
    assertThat(hits.length, equalTo(order.length));
    for (int i = 0; i < order.length; i++) {
      assertThat(hits[i].getId(), equalTo(order[i]));
      assertEquals(order[i], scores[i], hits[i].getScore(), 1e-5f);
    }
    assertThat(ids(response), equalTo(libraryIds(docs, "Khodorkovsky")));
    assertThat(
        marked(response),
        equalTo(
            Set.of(
                "Khodorkovsky", "Chodorkowski", "Khodorkovskaya", "Khodorkov", "Khordorkovsky")));

    // A derived name that is also a typo (Troitsa for Troitsk: one edit) adds the typo clause's
    // 0.2 to the derived clause's, and still ranks below a family form that is a typo too.
    assertThat(ENGINE.compare("Troitsk", "Troitsa").orElse(null), equalTo(MatchTier.DERIVED));
    assertThat(ENGINE.compare("Troitsk", "Troitskaya").orElse(null), equalTo(MatchTier.FAMILY));
    SearchResponse troitsk = search("tiers", "Troitsk");
    hits = troitsk.getHits().getHits();
    assertThat(ids(troitsk), equalTo(libraryIds(docs, "Troitsk")));
    assertThat(hits.length, equalTo(2));
    assertThat(hits[0].getId(), equalTo("town-family"));
    assertEquals(0.5f, hits[0].getScore(), 1e-5f);
    assertThat(hits[1].getId(), equalTo("town-derived"));
    assertEquals(DERIVED_SCORE + 0.2f, hits[1].getScore(), 1e-5f);
    // and the other way round: Troitsa finds the forms of Troitsk (derived) and itself
    assertThat(ids(search("tiers", "Troitsa")), equalTo(Set.of("town-family", "town-derived")));
    assertThat(ids(search("tiers", "Troitsa")), equalTo(libraryIds(docs, "Troitsa")));

    // The nickname tier, between family and typo: Sasha finds Aleksandr and Alexander at 0.25.
    SearchResponse sasha = search("tiers", "Sasha");
    hits = sasha.getHits().getHits();
    assertThat(ids(sasha), equalTo(libraryIds(docs, "Sasha", true)));
    assertThat(hits[0].getId(), equalTo("nickname"));
    assertEquals(1.0f, hits[0].getScore(), 1e-5f);
    assertThat(
        Stream.of(hits).skip(1).map(SearchHit::getId).collect(Collectors.toSet()),
        equalTo(Set.of("exact", "variant")));
    assertEquals(0.25f, hits[1].getScore(), 1e-5f);
    assertEquals(0.25f, hits[2].getScore(), 1e-5f);
    assertThat(marked(sasha), equalTo(Set.of("Sasha", "Aleksandr", "Alexander")));
    assertThat(ids(search("tiers", "Sasha", false)), equalTo(Set.of("nickname")));

    // Words add up, as in the library: both words beat one word of a stronger tier.
    SearchResponse two = search("tiers", "Aleksandr Khodorkovsky");
    assertThat(two.getHits().getHits()[0].getId(), equalTo("exact"));
    assertEquals(2.0f, two.getHits().getHits()[0].getScore(), 1e-5f);
    assertThat(two.getHits().getHits()[1].getId(), equalTo("variant"));
    assertEquals(1.6f, two.getHits().getHits()[1].getScore(), 1e-5f);
  }

  /** The analyzers emit what the library's engine computes, and reject bad options. */
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
                    .put("index.analysis.analyzer.variant_chain.tokenizer", "standard")
                    .put("index.analysis.filter.nickname_keys.type", "russian_name")
                    .put("index.analysis.filter.nickname_keys.output", "nickname")
                    .putList(
                        "index.analysis.analyzer.nickname_chain.filter",
                        "lowercase",
                        "nickname_keys")
                    .put("index.analysis.analyzer.nickname_chain.tokenizer", "standard")
                    .put("index.analysis.filter.derived_keys.type", "russian_name")
                    .put("index.analysis.filter.derived_keys.output", "derived")
                    .putList(
                        "index.analysis.analyzer.derived_chain.filter", "lowercase", "derived_keys")
                    .put("index.analysis.analyzer.derived_chain.tokenizer", "standard")));
    String word = "Khodorkovsky";
    List<String> indexed = new ArrayList<>();
    indexed.add(word.toLowerCase(Locale.ROOT));
    indexed.addAll(NameKeysFilterTests.variantTerms(word));
    List<String> withoutFamily = List.copyOf(indexed);
    ENGINE.family(word).ifPresent(f -> indexed.add("^" + f));
    assertTrue("Khodorkovsky has a family key", ENGINE.family(word).isPresent());
    assertThat(tokens("russian_name", word), equalTo(indexed));
    assertThat(tokens("custom_chain", word), equalTo(indexed));
    assertThat(tokens("names_no_family", word), equalTo(withoutFamily));
    assertThat(
        tokens("russian_name_variant", "Chodorkowski"),
        equalTo(NameKeysFilterTests.variantTerms("Chodorkowski")));
    assertThat(
        tokens("variant_chain", "Chodorkowski"),
        equalTo(NameKeysFilterTests.variantTerms("Chodorkowski")));
    assertThat(
        tokens("russian_name_family", "Khodorkovskaya"),
        equalTo(NameKeysFilterTests.familyTerms("Khodorkovskaya")));
    List<String> typo = new ArrayList<>(NameKeysFilterTests.typoTerms("Michail"));
    typo.addAll(NameKeysFilterTests.typoTerms("Chodorkowski"));
    assertThat(tokens("russian_name_typo", "Michail Chodorkowski"), equalTo(typo));
    List<String> family = new ArrayList<>(NameKeysFilterTests.familyTerms("Michail"));
    family.addAll(NameKeysFilterTests.familyTerms("2022"));
    assertThat(tokens("russian_name_family", "Michail 2022"), equalTo(family));
    List<String> sasha = NameKeysFilterTests.nicknameTerms("Sasha");
    assertTrue(sasha.containsAll(NameKeysFilterTests.variantTerms("Aleksandr")));
    assertThat(tokens("russian_name_nickname", "Sasha Khodorkovsky"), equalTo(sasha));
    assertThat(tokens("nickname_chain", "Sasha"), equalTo(sasha));
    List<String> derived = new ArrayList<>(NameKeysFilterTests.derivedTerms("Tyazhin"));
    assertTrue(derived.contains("^" + ENGINE.families("Тяжинский").get(0)));
    derived.addAll(NameKeysFilterTests.derivedTerms("Тяжинский"));
    assertThat(tokens("russian_name_derived", "Tyazhin Тяжинский"), equalTo(derived));
    assertThat(tokens("derived_chain", "Tyazhin Тяжинский"), equalTo(derived));

    // Bad settings fail the index creation with a one-line message naming the option.
    Map<Settings, String> bad = new LinkedHashMap<>();
    bad.put(
        Settings.builder()
            .put("index.analysis.analyzer.bad.type", "russian_name")
            .put("index.analysis.analyzer.bad.famliy", false)
            .build(),
        "analyzer [bad]: unknown setting [famliy]; the options are [family, output]");
    bad.put(
        Settings.builder()
            .put("index.analysis.filter.bad.type", "russian_name")
            .put("index.analysis.filter.bad.family", "yes")
            .build(),
        "token filter [bad]: [family] must be true or false, not [yes]");
    bad.put(
        Settings.builder()
            .put("index.analysis.filter.bad.type", "russian_name")
            .putList("index.analysis.filter.bad.output", "variant", "family")
            .build(),
        "token filter [bad]: [output] must be a single value, not a list [variant, family]");
    bad.put(
        Settings.builder()
            .put("index.analysis.analyzer.bad.type", "russian_name")
            .put("index.analysis.analyzer.bad.output", "nicknames")
            .build(),
        "analyzer [bad]: [output] must be one of all, variant, family, derived, nickname, typo,"
            + " not [nicknames]");
    bad.put(
        Settings.builder()
            .put("index.analysis.analyzer.bad.type", "russian_name_nickname")
            .put("index.analysis.analyzer.bad.nicknames", true)
            .build(),
        "analyzer [bad]: unknown setting [nicknames]; the options are none (its output is"
            + " fixed)");
    bad.put(
        Settings.builder()
            .put("index.analysis.analyzer.bad.type", "russian_name_derived")
            .put("index.analysis.analyzer.bad.output", "derived")
            .build(),
        "analyzer [bad]: unknown setting [output]; the options are none (its output is fixed)");
    bad.put(
        Settings.builder()
            .put("index.analysis.filter.bad.type", "russian_name")
            .put("index.analysis.filter.bad.output", "derived")
            .put("index.analysis.filter.bad.family", true)
            .build(),
        "token filter [bad]: [family] applies only to output [all] (indexing); output [derived] is"
            + " for queries");
    for (Map.Entry<Settings, String> e : bad.entrySet()) {
      IllegalArgumentException thrown =
          expectThrows(
              IllegalArgumentException.class,
              () -> client().admin().indices().prepareCreate("bad").setSettings(e.getKey()).get());
      assertThat(thrown.getMessage(), equalTo(e.getValue()));
      // one line, said once: no cause (REST would repeat it as caused_by)
      assertNull(e.getValue(), thrown.getCause());
    }
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
        List.of(
            "Baltrukov",
            "Baltrukow",
            "Khodorkovsky",
            "Ходорковский",
            "Chodorkowski",
            "Smolninskoe",
            "Dima",
            "Putin");
    Map<String, List<String>> before = new LinkedHashMap<>();
    Map<String, List<String>> beforeQuery = new LinkedHashMap<>();
    for (String q : queries) {
      before.put(q, ranked(search(INDEX, q)));
      assertThat(q, before.get(q).size(), greaterThan(0));
      beforeQuery.put(q, ranked(nameSearch(INDEX, q, true)));
      assertThat(q, beforeQuery.get(q).size(), greaterThan(0));
    }

    assertThat(internalCluster().numDataNodes(), equalTo(2));
    internalCluster().stopRandomDataNode();
    assertThat(internalCluster().numDataNodes(), equalTo(1));
    ensureYellow(INDEX);

    for (String q : queries) {
      assertThat(q, ranked(search(INDEX, q)), equalTo(before.get(q)));
      assertThat(q, ranked(nameSearch(INDEX, q, true)), equalTo(beforeQuery.get(q)));
    }
  }

  // ---- the russian_name query ----

  /** The README's documents (index-documents), id to {title, body}. */
  private static Map<String, String[]> readmeDocs() {
    Map<String, String[]> docs = new LinkedHashMap<>();
    String id = null;
    for (String line : NameQueries.documentsBody().split("\n")) {
      Map<String, Object> m = NameQueries.parse(line);
      if (m.containsKey("index")) {
        id = (String) ((Map<?, ?>) m.get("index")).get("_id");
      } else {
        docs.put(id, new String[] {(String) m.get("title"), (String) m.get("body")});
      }
    }
    return docs;
  }

  /** The README's russian_name search for {@code text}, with the README's search type. */
  private SearchResponse nameSearch(String index, String text, boolean nicknames)
      throws IOException {
    return client()
        .prepareSearch(index)
        .setSearchType(SearchType.DFS_QUERY_THEN_FETCH)
        .setSource(source(NameQueries.querySearch(text, nicknames)).size(100))
        .get();
  }

  private static RussianNameQueryBuilder nameQuery(String text, boolean nicknames) {
    EnumSet<MatchTier> tiers = EnumSet.copyOf(SearchOptions.DEFAULT_TIERS);
    if (nicknames) {
      tiers.add(MatchTier.NICKNAME);
    }
    // the words query, which the library's words search must equal (PersonQueryClusterTests
    // compares the person mode)
    return new RussianNameQueryBuilder(
        text, List.of(FIELDS), tiers, io.namesearch.search.QueryMode.WORDS);
  }

  /** Hit id to score, over all hits (at most 1000). */
  private static Map<String, Float> scores(SearchResponse response) {
    assertThat(response.getFailedShards(), equalTo(0));
    assertTrue(response.getHits().getHits().length < 1000);
    Map<String, Float> out = new java.util.TreeMap<>();
    for (SearchHit hit : response.getHits().getHits()) {
      out.put(hit.getId(), hit.getScore());
    }
    return out;
  }

  private SearchResponse search(String index, RussianNameQueryBuilder q, SearchType type) {
    return client()
        .prepareSearch(index)
        .setSearchType(type)
        .setQuery(q)
        .setSize(1000)
        .setFetchSource(false)
        .get();
  }

  /**
   * The README's russian_name walk-through: its documents and query give exactly its expected hits,
   * scores and highlights, and exactly the library's scores.
   */
  public void testQueryReadmeWalkthrough() throws Exception {
    assertThat(NameQueries.queryUrl(), containsString("search_type=dfs_query_then_fetch"));
    @SuppressWarnings("unchecked") // a JSON object
    Map<String, Object> settings =
        (Map<String, Object>) NameQueries.parse(NameQueries.queryIndexBody()).get("settings");
    assertThat(settings.get("number_of_shards"), equalTo(2));
    assertFalse(NameQueries.queryIndexBody(), NameQueries.queryIndexBody().contains("similarity"));
    createQueryIndex(INDEX, 2);
    byte[] bulk = NameQueries.documentsBody().getBytes(StandardCharsets.UTF_8);
    BulkResponse response =
        client()
            .prepareBulk()
            .add(bulk, 0, bulk.length, INDEX, MediaTypeRegistry.JSON)
            .setRefreshPolicy(WriteRequest.RefreshPolicy.IMMEDIATE)
            .get();
    assertFalse(response.buildFailureMessage(), response.hasFailures());
    ensureGreen(INDEX);

    assertThat(
        readmeHits(nameSearch(INDEX, "Khodorkovsky", false)), equalTo(expected("expect-search")));
    assertThat(
        readmeHits(nameSearch(INDEX, "Misha Khodorkovsky", true)),
        equalTo(expected("expect-search-misha")));
    Map<String, String[]> docs = readmeDocs();
    for (String q : List.of("Khodorkovsky", "Ходорковский", "Misha")) {
      for (boolean nicknames : new boolean[] {false, true}) {
        assertThat(
            q, scores(nameSearch(INDEX, q, nicknames)), equalTo(libraryScores(docs, q, nicknames)));
      }
    }
    // a personal name: the library's person order (the README's default mode)
    try (NameIndex library = libraryIndex(docs)) {
      for (boolean nicknames : new boolean[] {false, true}) {
        Map<String, Float> person = new LinkedHashMap<>();
        for (Hit hit :
            library
                .search(
                    "Misha Khodorkovsky",
                    SearchOptions.builder()
                        .limit(100)
                        .snippets(0)
                        .tier(MatchTier.NICKNAME, nicknames)
                        .build())
                .hits()) {
          person.put(hit.id(), hit.score());
        }
        Map<String, Float> plugin = scores(nameSearch(INDEX, "Misha Khodorkovsky", nicknames));
        PersonParity.assertSame(
            "Misha Khodorkovsky",
            plugin,
            person,
            libraryScores(library, "Misha Khodorkovsky", nicknames, null));
        PersonParity.assertSameScores("Misha Khodorkovsky", plugin, person);
      }
    }
  }

  /** The library's hits for the same documents: id to score. */
  private static Map<String, Float> libraryScores(
      Map<String, String[]> docs, String text, boolean nicknames) throws IOException {
    try (NameIndex index = libraryIndex(docs)) {
      return libraryScores(index, text, nicknames, null);
    }
  }

  private static NameIndex libraryIndex(Map<String, String[]> docs) throws IOException {
    NameIndex index = NameIndex.builder().build();
    for (Map.Entry<String, String[]> e : docs.entrySet()) {
      index.add(Document.builder(e.getKey()).title(e.getValue()[0]).body(e.getValue()[1]).build());
    }
    index.commit();
    return index;
  }

  private static Map<String, Float> libraryScores(
      NameIndex index, String text, boolean nicknames, Set<MatchTier> tiersSeen)
      throws IOException {
    Map<String, Float> out = new java.util.TreeMap<>();
    List<Hit> hits =
        index
            .search(
                text,
                SearchOptions.builder()
                    .limit(1000)
                    .snippets(0)
                    .explain(tiersSeen != null)
                    .mode(io.namesearch.search.QueryMode.WORDS)
                    .tier(MatchTier.NICKNAME, nicknames)
                    .build())
            .hits();
    assertTrue(hits.size() < 1000);
    for (Hit hit : hits) {
      out.put(hit.id(), hit.score());
      if (tiersSeen != null) {
        hit.matches().forEach(m -> tiersSeen.add(m.tier()));
      }
    }
    return out;
  }

  /**
   * Ranking parity: on the seeds and 600 generated documents, every one of the corpus queries (each
   * spelling of 13 names and 10 two-word queries; first names and two-word queries also with
   * nicknames) gives the library's hits with the library's scores: on two shards with
   * dfs_query_then_fetch and on one shard with the default search type; on two shards without DFS
   * (a third of them) the same hits (the word weights are then each shard's own).
   */
  public void testQueryRanksAsLibrary() throws Exception {
    Map<String, String[]> docs = new LinkedHashMap<>(seeds());
    docs.putAll(NameCorpus.documents(random().nextLong(), 600));
    assertThat(docs.size(), greaterThan(500));
    createQueryIndex("two", 2);
    createQueryIndex("one", 1);
    bulk("two", docs);
    bulk("one", docs);
    List<String> queries = NameCorpus.queries();
    assertThat(queries.size(), greaterThan(50));
    Set<MatchTier> tiersSeen = EnumSet.noneOf(MatchTier.class);
    int compared = 0;
    try (NameIndex library = libraryIndex(docs)) {
      for (String q : queries) {
        boolean[] modes =
            NameCorpus.nicknamesMatter(q) ? new boolean[] {false, true} : new boolean[] {false};
        for (boolean nicknames : modes) {
          Map<String, Float> expected = libraryScores(library, q, nicknames, tiersSeen);
          RussianNameQueryBuilder query = nameQuery(q, nicknames);
          String what = q + (nicknames ? " (nicknames)" : "");
          assertThat(
              what,
              scores(search("two", query, SearchType.DFS_QUERY_THEN_FETCH)),
              equalTo(expected));
          assertThat(
              what, scores(search("one", query, SearchType.QUERY_THEN_FETCH)), equalTo(expected));
          if (compared % 3 == 0) {
            assertThat(
                what,
                scores(search("two", query, SearchType.QUERY_THEN_FETCH)).keySet(),
                equalTo(expected.keySet()));
          }
          compared += expected.size();
        }
      }
    }
    assertThat(tiersSeen, equalTo(EnumSet.allOf(MatchTier.class)));
    assertThat(compared, greaterThan(2000));
  }

  /**
   * The query over the wire (every node coordinates the same search), in a bool filter, with
   * _explain naming the tier, and through its own serialisation and JSON.
   */
  public void testQueryOnEveryNodeFilterAndExplain() throws Exception {
    createQueryIndex(INDEX, 2);
    Map<String, String[]> docs = readmeDocs();
    bulk(INDEX, docs);
    RussianNameQueryBuilder query = nameQuery("Khodorkovsky", false);

    // serialisation and JSON round trips
    org.opensearch.core.common.io.stream.NamedWriteableRegistry writeables =
        new org.opensearch.core.common.io.stream.NamedWriteableRegistry(
            new SearchModule(Settings.EMPTY, List.of(new RussianNamePlugin()))
                .getNamedWriteables());
    org.opensearch.index.query.QueryBuilder copy =
        copyWriteable(
            (org.opensearch.index.query.QueryBuilder) query.boost(2f).queryName("names"),
            writeables,
            RussianNameQueryBuilder::new);
    assertThat(copy, equalTo(query));
    assertThat(source("{\"query\":" + query + "}").query(), equalTo(query));
    query.boost(1f).queryName(null);

    Map<String, Float> expected = scores(search(INDEX, query, SearchType.DFS_QUERY_THEN_FETCH));
    assertThat(expected.keySet(), equalTo(libraryScores(docs, "Khodorkovsky", false).keySet()));
    for (String node : internalCluster().getNodeNames()) {
      SearchResponse r =
          client(node)
              .prepareSearch(INDEX)
              .setSearchType(SearchType.DFS_QUERY_THEN_FETCH)
              .setQuery(query)
              .setSize(100)
              .get();
      assertThat(node, scores(r), equalTo(expected));
    }

    // in a bool filter: the same documents, unscored
    SearchResponse filtered =
        client()
            .prepareSearch(INDEX)
            .setQuery(
                org.opensearch.index.query.QueryBuilders.boolQuery()
                    .must(org.opensearch.index.query.QueryBuilders.matchAllQuery())
                    .filter(query))
            .setSize(100)
            .get();
    assertThat(scores(filtered).keySet(), equalTo(expected.keySet()));
    for (SearchHit hit : filtered.getHits().getHits()) {
      assertThat(hit.getScore(), equalTo(1f));
    }
    SearchResponse negated =
        client()
            .prepareSearch(INDEX)
            .setQuery(org.opensearch.index.query.QueryBuilders.boolQuery().mustNot(query))
            .setSize(100)
            .get();
    assertThat(scores(negated).keySet(), equalTo(Set.of("other")));

    // _explain names the tier of each match, and its value is the shard's score
    Map<String, String> tierOf =
        Map.of(
            "exact", "exact tier",
            "german", "variant tier",
            "cyrillic", "variant tier",
            "family", "family tier",
            "derived", "derived tier",
            "typo", "typo tier");
    Map<String, Float> shardScores = scores(search(INDEX, query, SearchType.QUERY_THEN_FETCH));
    for (Map.Entry<String, String> e : tierOf.entrySet()) {
      org.opensearch.action.explain.ExplainResponse explain =
          client().prepareExplain(INDEX, e.getKey()).setQuery(query).get();
      assertTrue(e.getKey(), explain.isMatch());
      String text = explain.getExplanation().toString();
      assertThat(e.getKey(), text, containsString(e.getValue()));
      assertThat(
          e.getKey(),
          explain.getExplanation().getValue().floatValue(),
          equalTo(shardScores.get(e.getKey())));
    }
    assertFalse(client().prepareExplain(INDEX, "other").setQuery(query).get().isMatch());
  }

  /** Bad options: one-line errors that say what is wrong. */
  public void testQueryBadOptions() throws Exception {
    Map<String, String> bad = new LinkedHashMap<>();
    bad.put(
        "{\"query\":\"Ivan\"}",
        "[russian_name] [fields] is missing: give the text fields to search, as a list");
    bad.put(
        "{\"fields\":[\"body\"]}",
        "[russian_name] [query] is missing: give the name to search for");
    bad.put("{\"query\":\" \",\"fields\":[\"body\"]}", "[russian_name] query is empty");
    bad.put(
        "{\"query\":\"?!\",\"fields\":[\"body\"]}",
        "[russian_name] query has no letters or digits to search for");
    bad.put(
        "{\"query\":\"Ivan\",\"fields\":\"body\"}",
        "[russian_name] [fields] must be a list of strings, not the string [body]");
    bad.put(
        "{\"query\":\"Ivan\",\"fields\":[]}",
        "[russian_name] [fields] is empty: give at least one text field");
    bad.put(
        "{\"query\":[\"Ivan\"],\"fields\":[\"body\"]}",
        "[russian_name] [query] must be a string, not a list");
    bad.put(
        "{\"query\":\"Ivan\",\"fields\":[\"body\"],\"tiers\":[\"exact\",\"fuzzy\"]}",
        "[russian_name] unknown tier [fuzzy] in [tiers]; the tiers are "
            + "[exact, variant, family, derived, nickname, typo]");
    bad.put(
        "{\"query\":\"Ivan\",\"fields\":[\"body\"],\"nicknames\":\"yes\"}",
        "[russian_name] [nicknames] must be true or false, not the string [yes]");
    bad.put(
        "{\"query\":\"Ivan\",\"fields\":[\"body\"],\"fuzzy\":false,\"tiers\":[\"typo\"]}",
        "[russian_name] [fuzzy] is false but [tiers] has [typo]; give one of the two");
    bad.put(
        "{\"query\":\"Ivan\",\"fields\":[\"body\"],\"famliy\":true}",
        "[russian_name] unknown option [famliy]; the options are "
            + "[query, fields, tiers, nicknames, fuzzy, mode, boost, _name]");
    bad.put(
        "{\"query\":\"Ivan\",\"fields\":[\"body\"],\"mode\":\"people\"}",
        "[russian_name] unknown mode [people]; the modes are [person, words]");
    bad.put(
        "\"Ivan\"",
        "[russian_name] query malformed, no start_object after query name"); // OpenSearch's
    for (Map.Entry<String, String> e : bad.entrySet()) {
      String body = "{\"query\":{\"russian_name\":" + e.getKey() + "}}";
      Exception thrown = expectThrows(Exception.class, () -> source(body));
      Throwable t = thrown;
      while (!(t instanceof org.opensearch.core.common.ParsingException) && t.getCause() != null) {
        t = t.getCause();
      }
      assertThat(e.getKey(), t.getMessage(), equalTo(e.getValue()));
      assertNull(e.getKey(), t.getCause());
    }
    // options that parse
    RussianNameQueryBuilder q =
        (RussianNameQueryBuilder)
            source(
                    "{\"query\":{\"russian_name\":{\"query\":\"Dima\",\"fields\":[\"body\"],"
                        + "\"nicknames\":true,\"fuzzy\":false}}}")
                .query();
    assertThat(
        q.tiers(),
        equalTo(
            EnumSet.of(
                MatchTier.EXACT,
                MatchTier.VARIANT,
                MatchTier.FAMILY,
                MatchTier.DERIVED,
                MatchTier.NICKNAME)));

    // a field that is not text fails the search with the query's message
    assertAcked(
        client()
            .admin()
            .indices()
            .prepareCreate("tags")
            .setMapping("tag", "type=keyword", "body", "type=text,analyzer=russian_name"));
    client()
        .prepareIndex("tags")
        .setId("1")
        .setSource("tag", "Ivan", "body", "Ivan")
        .setRefreshPolicy(WriteRequest.RefreshPolicy.IMMEDIATE)
        .get();
    Exception thrown =
        expectThrows(
            Exception.class,
            () ->
                client()
                    .prepareSearch("tags")
                    .setQuery(new RussianNameQueryBuilder("Ivan", List.of("tag", "body")))
                    .get());
    Throwable t = thrown;
    while (t.getCause() != null && !(t instanceof org.opensearch.index.query.QueryShardException)) {
      t = t.getCause();
    }
    assertThat(
        t.getMessage(),
        equalTo(
            "[russian_name] field [tag] is of type [keyword]; only text fields (analyzer "
                + "russian_name) can be searched"));
    // an unmapped field matches nothing, as in a match query; a pattern picks the text fields
    assertThat(
        scores(
                client()
                    .prepareSearch("tags")
                    .setQuery(new RussianNameQueryBuilder("Ivan", List.of("nothing")))
                    .get())
            .keySet(),
        equalTo(Set.of()));
    assertThat(
        scores(
                client()
                    .prepareSearch("tags")
                    .setQuery(new RussianNameQueryBuilder("Iwan", List.of("*")))
                    .get())
            .keySet(),
        equalTo(Set.of("1")));
  }
}
