package io.namesearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.namesearch.search.Document;
import io.namesearch.search.NameIndex;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API of {@code search serve}, over real HTTP on an ephemeral port. */
class ServeApiTest {

  static ServeFixture serve;

  @BeforeAll
  static void start() throws Exception {
    serve = new ServeFixture(Indexes.open(null), SearchServer.Config.defaults());
  }

  @AfterAll
  static void stop() throws Exception {
    serve.close();
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** The hits that {@code search --json ARGS} prints, parsed. */
  static List<JsonNode> cliJson(String... args) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.newCommandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    assertTrue(code == 0 || code == 1, err.toString());
    List<JsonNode> hits = new ArrayList<>();
    for (String line : out.toString().lines().toList()) {
      hits.add(new ObjectMapper().readTree(line));
    }
    return hits;
  }

  static void assertError(ServeFixture.Reply r, int status, String messagePart) throws Exception {
    assertEquals(status, r.status(), r.body());
    assertTrue(
        r.headers().firstValue("content-type").orElse("").startsWith("application/json"),
        r.headers().toString());
    JsonNode o = r.json();
    assertEquals(status, o.get("status").asInt(), r.body());
    String error = o.get("error").asText();
    assertTrue(error.contains(messagePart), "expected '" + messagePart + "' in: " + error);
    assertFalse(error.contains("\n"), "one line: " + error);
    assertFalse(r.body().contains("Exception"), "no exception names: " + r.body());
    assertFalse(r.body().contains("\tat ") || r.body().contains(".java:"), "no stack: " + r.body());
  }

  @Test
  void healthCountsTheDocuments() throws Exception {
    ServeFixture.Reply r = serve.get("/health");
    assertEquals(200, r.status());
    assertEquals("ok", r.json().get("status").asText());
    assertEquals(5, r.json().get("documents").asInt());
  }

  @Test
  void searchHitsEqualTheCliJson() throws Exception {
    for (String[] c :
        new String[][] {
          {"Baltrukov", "10", "1", "0"},
          {"Балтруков", "10", "1", "0"},
          {"Putin", "3", "2", "0"},
          {"Putin", "2", "1", "2"},
          {"Dmitri Paljuga", "10", "0", "0"}
        }) {
      ServeFixture.Reply r =
          serve.get(
              "/api/search?q="
                  + enc(c[0])
                  + "&limit="
                  + c[1]
                  + "&snippets="
                  + c[2]
                  + "&offset="
                  + c[3]);
      assertEquals(200, r.status(), r.body());
      JsonNode o = r.json();
      List<JsonNode> api = new ArrayList<>();
      o.get("hits").forEach(api::add);
      assertEquals(
          cliJson("--json", "--limit", c[1], "--snippets", c[2], "--offset", c[3], c[0]),
          api,
          c[0]);
      assertEquals(c[0], o.get("query").asText());
      assertTrue(o.get("total_hits").asLong() >= api.size());
    }
  }

  @Test
  void baltrukovFindsBothSeedArticles() throws Exception {
    JsonNode o = serve.get("/api/search?q=Baltrukov").json();
    List<String> ids = new ArrayList<>();
    o.get("hits").forEach(h -> ids.add(h.get("id").asText()));
    assertEquals(List.of("001_1671f51fc9d73053.txt", "000_2ae35e11502cc4ad.txt"), ids);
    JsonNode snippet = o.get("hits").get(0).get("snippets").get(0);
    assertTrue(snippet.get("marked").asText().contains("<b>Baltrukov</b>"), snippet.toString());
    assertEquals("exact", o.get("hits").get(0).get("matches").get(0).get("tier").asText());
  }

  @Test
  void pageAndItsFilesComeFromTheJar() throws Exception {
    ServeFixture.Reply page = serve.get("/");
    assertEquals(200, page.status());
    assertTrue(page.headers().firstValue("content-type").orElse("").startsWith("text/html"));
    assertTrue(page.body().contains("id=\"q\""), page.body());
    assertFalse(page.body().contains("http://") || page.body().contains("https://"), "all local");
    String csp = page.headers().firstValue("content-security-policy").orElse("");
    assertTrue(csp.contains("script-src 'self'"), csp);
    ServeFixture.Reply js = serve.get("/app.js");
    assertEquals(200, js.status());
    assertTrue(js.headers().firstValue("content-type").orElse("").startsWith("text/javascript"));
    assertFalse(js.body().contains("innerHTML"), "the page never parses data as markup");
    assertEquals(200, serve.get("/app.css").status());
    ServeFixture.Reply head =
        serve.send(
            HttpRequest.newBuilder(URI.create(serve.base() + "/"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
    assertEquals(200, head.status());
  }

  @Test
  void badInputIs400WithOneLine() throws Exception {
    assertError(serve.get("/api/search?q="), 400, "query is empty");
    assertError(serve.get("/api/search?q=%20%20"), 400, "query is empty");
    assertError(serve.get("/api/search"), 400, "missing parameter: q");
    assertError(serve.get("/api/search?q=" + "a".repeat(5000)), 400, "the limit is 4096");
    assertError(serve.get("/api/search?q=" + enc("Ба".repeat(2100))), 400, "the limit is 4096");
    assertError(serve.get("/api/search?q=Balt%00rukov"), 400, "control character U+0000");
    assertError(serve.get("/api/search?q=Balt%1Brukov"), 400, "control character U+001B");
    assertError(serve.get("/api/search?q=" + enc("?!.,;")), 400, "no letters or digits");
    assertError(
        serve.get("/api/search?q=x&limit=1000000000000"),
        400,
        "limit must be a whole number from 1 to 1000");
    assertError(serve.get("/api/search?q=x&limit=0"), 400, "limit must be");
    assertError(serve.get("/api/search?q=x&limit=ten"), 400, "not 'ten'");
    assertError(serve.get("/api/search?q=x&snippets=-1"), 400, "snippets must be");
    assertError(
        serve.get("/api/search?q=x&min_tier=bogus"),
        400,
        "min_tier must be exact, variant, family, derived, nickname or typo, not 'bogus'");
    assertError(serve.get("/api/search?q=x&since=yesterday"), 400, "since must be a date");
    assertError(serve.get("/api/search?q=x&until=2022-13-01"), 400, "until must be a date");
    assertError(serve.get("/api/search?q=x&offset=-5"), 400, "offset must be");
    assertError(
        serve.get("/api/search?q=x&offset=100001"),
        400,
        "offset must be a whole number from 0 to 100000");
    assertError(serve.get("/api/match?a=&b=Baltrukov"), 400, "first");
    assertError(serve.get("/api/search?q=x&where=nokey"), 400, "where must be KEY=VALUE");
    assertError(serve.get("/api/search?q=x&color=red"), 400, "unknown parameter: color");
    assertError(serve.get("/api/search?q=a&q=b"), 400, "given 2 times");
    assertError(serve.get("/api/search?q=%FF%FE"), 400, "not valid percent-encoded UTF-8");
    assertError(serve.get("/health?verbose=1"), 400, "unknown parameter: verbose");
  }

  @Test
  void otherErrorStatuses() throws Exception {
    assertError(serve.get("/nothing-here"), 404, "no such page: /nothing-here");
    assertError(serve.get("/api/searches?q=x"), 404, "no such page");
    ServeFixture.Reply post =
        serve.send(
            HttpRequest.newBuilder(URI.create(serve.base() + "/api/search?q=x"))
                .POST(HttpRequest.BodyPublishers.ofString("q=x")));
    assertError(post, 405, "method POST is not allowed");
    assertEquals("GET, HEAD", post.headers().firstValue("allow").orElse(""));
    assertError(
        serve.send(HttpRequest.newBuilder(URI.create(serve.base() + "/")).DELETE()), 405, "DELETE");
    String big = "x".repeat(100_000);
    assertError(
        serve.send(
            HttpRequest.newBuilder(URI.create(serve.base() + "/api/search?q=Baltrukov"))
                .method("GET", HttpRequest.BodyPublishers.ofString(big))),
        413,
        "request is larger than the limit of 32768 bytes");
    assertError(serve.get("/api/search?q=" + "a".repeat(40_000)), 414, "request URI is longer");
    assertError(serve.get("/api/variants?q="), 400, "empty");
    assertError(serve.get("/api/variants"), 400, "missing parameter: q");
    assertError(serve.get("/api/match?a=Baltrukov"), 400, "missing parameter: b");
  }

  @Test
  void variantsAreTheSpellingsInTheIndex() throws Exception {
    ServeFixture.Reply r = serve.get("/api/variants?q=Khodorkovsky");
    assertEquals(200, r.status(), r.body());
    JsonNode o = r.json();
    assertEquals("Khodorkovsky", o.get("query").asText());
    List<JsonNode> api = new ArrayList<>();
    o.get("variants").forEach(api::add);
    assertEquals(cliJson("variants", "--json", "Khodorkovsky"), api, "as search variants --json");
    assertEquals("Khodorkovsky", api.get(0).get("form").asText());
    assertEquals("exact", api.get(0).get("tier").asText());
    assertEquals("Khordorkovsky", api.get(1).get("form").asText());
    assertEquals("typo", api.get(1).get("tier").asText());
  }

  @Test
  void matchComparesTwoNames() throws Exception {
    ServeFixture.Reply r =
        serve.get(
            "/api/match?a="
                + enc("Dmitri Baltrukow")
                + "&b="
                + enc("БАЛТРУКОВ Дмитрий Александрович"));
    assertEquals(200, r.status(), r.body());
    JsonNode o = r.json();
    io.namesearch.engine.NameMatcher matcher = io.namesearch.engine.NameMatcher.defaults();
    io.namesearch.engine.NameMatch m =
        matcher.match("Dmitri Baltrukow", "БАЛТРУКОВ Дмитрий Александрович");
    ObjectMapper mapper = new ObjectMapper();
    assertEquals(
        mapper.readTree(MatchCommand.toJson(mapper, m, matcher.threshold())),
        o,
        "as search match --json");
    assertTrue(o.get("match").asBoolean(), r.body());
    assertTrue(o.get("explanation").asText().contains("Baltrukow"), r.body());
    JsonNode other =
        serve.get("/api/match?a=" + enc("Dmitry Baltrukov") + "&b=" + enc("Ivan Baltrukov")).json();
    assertTrue(other.get("score").asDouble() < o.get("score").asDouble(), other.toString());
  }

  @Test
  void pagingFiltersAndTierThreshold() throws Exception {
    NameIndex idx = NameIndex.builder().build();
    idx.add(
        Document.builder("sep")
            .title("September")
            .body("Dmitry Baltrukov spoke.")
            .date(java.time.LocalDate.parse("2022-09-01"))
            .metadata("lang", "en")
            .build());
    idx.add(
        Document.builder("oct")
            .title("October")
            .body("Baltrukova, his wife, spoke.")
            .date(java.time.LocalDate.parse("2022-10-03"))
            .metadata("lang", "ru")
            .build());
    idx.add(
        Document.builder("undated")
            .title("Undated")
            .body("A Baltrukov and a Baltrukov again.")
            .build());
    idx.commit();
    try (ServeFixture s = new ServeFixture(idx, SearchServer.Config.defaults())) {
      List<String> all = ids(s, "/api/search?q=Baltrukov");
      assertEquals(3, all.size(), all.toString());
      assertEquals(List.of(all.get(1)), ids(s, "/api/search?q=Baltrukov&offset=1&limit=1"));
      assertEquals(List.of(all.get(2)), ids(s, "/api/search?q=Baltrukov&offset=2&limit=5"));
      assertEquals(List.of(), ids(s, "/api/search?q=Baltrukov&offset=3"));
      assertEquals(List.of("oct"), ids(s, "/api/search?q=Baltrukov&since=2022-09-15"));
      assertEquals(List.of("sep"), ids(s, "/api/search?q=Baltrukov&until=2022-09-15"));
      assertEquals(List.of("oct"), ids(s, "/api/search?q=Baltrukov&where=lang%3Dru"));
      assertEquals(
          List.of("sep", "oct").stream().sorted().toList(),
          ids(s, "/api/search?q=Baltrukov&where=lang%3Dru&where=lang%3Den").stream()
              .sorted()
              .toList());
      List<String> exact = ids(s, "/api/search?q=Baltrukov&min_tier=exact");
      assertFalse(
          exact.contains("oct"), "Baltrukova is another form, not the exact spelling: " + exact);
      assertTrue(exact.contains("sep") && exact.contains("undated"), exact.toString());
      assertTrue(ids(s, "/api/search?q=Baltrukov&min_tier=family").contains("oct"));
      JsonNode o = s.get("/api/search?q=Baltrukov&since=2022-09-15").json();
      assertEquals(1, o.get("total_hits").asInt());
      assertEquals("2022-10-03", o.get("hits").get(0).get("date").asText());
      // cursor paging: each page starts after the last hit of the one before, in the same order
      List<String> paged = new ArrayList<>();
      String after = "";
      for (int page = 0; page < 4; page++) {
        JsonNode hits =
            s.get("/api/search?q=Baltrukov&limit=1&after=" + enc(after)).json().get("hits");
        if (hits.isEmpty()) {
          break;
        }
        paged.add(hits.get(0).get("id").asText());
        after = hits.get(0).get("cursor").asText();
      }
      assertEquals(all, paged);
      // by date, newest first (the undated document last), and the same paged by cursor
      assertEquals(List.of("oct", "sep", "undated"), ids(s, "/api/search?q=Baltrukov&sort=date"));
      assertEquals(
          List.of("sep", "oct", "undated"), ids(s, "/api/search?q=Baltrukov&sort=date-asc"));
      JsonNode first = s.get("/api/search?q=Baltrukov&sort=date&limit=1").json().get("hits");
      assertEquals(
          List.of("sep", "undated"),
          ids(
              s,
              "/api/search?q=Baltrukov&sort=date&after="
                  + enc(first.get(0).get("cursor").asText())));
      assertError(s.get("/api/search?q=Baltrukov&sort=newest"), 400, "sort must be score, date");
      assertError(s.get("/api/search?q=Baltrukov&after=nonsense"), 400, "cursor");
    }
  }

  static List<String> ids(ServeFixture s, String path) throws Exception {
    ServeFixture.Reply r = s.get(path);
    assertEquals(200, r.status(), path + ": " + r.body());
    List<String> ids = new ArrayList<>();
    r.json().get("hits").forEach(h -> ids.add(h.get("id").asText()));
    return ids;
  }

  @Test
  void oneLogLinePerRequest() throws Exception {
    String marker = "Logmarker" + System.nanoTime();
    serve.get("/api/search?q=" + marker);
    serve.get("/api/search?q=" + marker + "&limit=0");
    long lines;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    do { // the request log is written right after the response
      lines = serve.log.toString().lines().filter(l -> l.contains(marker)).count();
    } while (lines < 2 && System.nanoTime() < deadline && sleep());
    List<String> mine = serve.log.toString().lines().filter(l -> l.contains(marker)).toList();
    assertEquals(2, mine.size(), serve.log.toString());
    assertTrue(
        mine.get(0)
            .matches("\\S+Z 127\\.0\\.0\\.1 GET /api/search\\?q=" + marker + " 200 [0-9.]+ms"),
        mine.get(0));
    assertTrue(mine.get(1).contains(" 400 "), mine.get(1));
  }

  static boolean sleep() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    return true;
  }

  @Test
  void pastTheConcurrencyLimitIs503() throws Exception {
    SearchServer.Config config =
        SearchServer.Config.defaults().withSearchLimits(1, 0, Duration.ofSeconds(10));
    try (ServeFixture one = new ServeFixture(Indexes.open(null), config)) {
      CountDownLatch entered = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      one.server.searchHook =
          () -> {
            entered.countDown();
            try {
              release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          };
      CompletableFuture<ServeFixture.Reply> first =
          CompletableFuture.supplyAsync(() -> uncheckedGet(one, "/api/search?q=Baltrukov"));
      assertTrue(entered.await(20, TimeUnit.SECONDS));
      assertError(
          one.get("/api/search?q=Putin"), 503, "server busy: 1 searches are running and 0 waiting");
      assertEquals(200, one.get("/health").status(), "health is not a search");
      release.countDown();
      assertEquals(200, first.get(20, TimeUnit.SECONDS).status());
      one.server.searchHook = () -> {};
      assertEquals(200, one.get("/api/search?q=Putin").status(), "the permit came back");
    }
  }

  @Test
  void aSearchPastTheTimeoutIs503() throws Exception {
    SearchServer.Config config =
        SearchServer.Config.defaults().withSearchLimits(1, 4, Duration.ofMillis(300));
    try (ServeFixture slow = new ServeFixture(Indexes.open(null), config)) {
      CountDownLatch entered = new CountDownLatch(1);
      slow.server.searchHook =
          () -> {
            entered.countDown();
            sleepMillis(1500);
          };
      CompletableFuture<ServeFixture.Reply> first =
          CompletableFuture.supplyAsync(() -> uncheckedGet(slow, "/api/search?q=Baltrukov"));
      assertTrue(entered.await(20, TimeUnit.SECONDS));
      // The second waits for the one running search, and gives up at the time limit.
      assertError(
          slow.get("/api/search?q=Putin"), 503, "no search could start within the limit of 300 ms");
      assertError(first.get(20, TimeUnit.SECONDS), 503, "longer than the limit of 300 ms");
    }
  }

  @Test
  void stoppingLetsRunningRequestsFinish() throws Exception {
    ServeFixture s = new ServeFixture(Indexes.open(null), SearchServer.Config.defaults());
    try {
      CountDownLatch entered = new CountDownLatch(1);
      s.server.searchHook =
          () -> {
            entered.countDown();
            sleepMillis(700);
          };
      CompletableFuture<ServeFixture.Reply> running =
          CompletableFuture.supplyAsync(() -> uncheckedGet(s, "/api/search?q=Baltrukov"));
      assertTrue(entered.await(20, TimeUnit.SECONDS));
      s.server.close(); // graceful: waits for the running request
      ServeFixture.Reply r = running.get(20, TimeUnit.SECONDS);
      assertEquals(200, r.status(), r.body());
      assertEquals(2, r.json().get("hits").size());
    } finally {
      s.close();
    }
  }

  @Test
  void seesCommitsOfAConcurrentWriter(@TempDir Path dir) throws Exception {
    Path indexDir = dir.resolve("index");
    try (NameIndex writer = NameIndex.builder().directory(indexDir).build()) {
      writer.add(
          Document.builder("a").title("First").body("Dmitry Baltrukov was called up.").build());
      writer.commit();
      SearchServer.Config config =
          SearchServer.Config.defaults().withRefreshEvery(Duration.ofMillis(100));
      try (ServeFixture disk = new ServeFixture(Indexes.open(indexDir), config)) {
        assertEquals(0, disk.get("/api/search?q=Zhabotinsky").json().get("total_hits").asInt());
        writer.add(
            Document.builder("b").title("Second").body("Vladimir Zhabotinsky spoke.").build());
        writer.commit(); // the writer still holds the index: as a running `search index` does
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        int found = 0;
        while (found == 0 && System.nanoTime() < deadline) {
          sleepMillis(50);
          found = disk.get("/api/search?q=Zhabotinsky").json().get("total_hits").asInt();
        }
        assertEquals(1, found, "the commit became searchable");
        assertEquals(2, disk.get("/health").json().get("documents").asInt());
      }
    }
  }

  static ServeFixture.Reply uncheckedGet(ServeFixture s, String path) {
    try {
      return s.get(path);
    } catch (Exception e) {
      throw new RuntimeException(e);
    }
  }

  static void sleepMillis(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
