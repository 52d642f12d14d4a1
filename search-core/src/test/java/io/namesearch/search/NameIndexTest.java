package io.namesearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.namesearch.engine.MatchTier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NameIndexTest {

  private static Document doc(String id, String title, String body) {
    return Document.builder(id).title(title).body(body).build();
  }

  private static List<String> ids(SearchResult r) {
    return r.hits().stream().map(Hit::id).toList();
  }

  @Test
  void addSearchAndHighlight() throws IOException {
    try (NameIndex index = NameIndex.builder().build()) {
      index.add(doc("a", "Deputy called up", "A deputy, Dmitry Baltrukov, was called up."));
      index.add(doc("b", "Other news", "Nothing about him here."));
      index.commit();
      SearchResult r = index.search("Baltrukov");
      assertEquals(1, r.totalHits());
      Hit hit = r.hits().get(0);
      assertEquals("a", hit.id());
      assertEquals("Deputy called up", hit.title());
      Snippet s = hit.snippets().get(0);
      assertEquals("body", s.field());
      assertEquals(List.of(new Span(17, 26)), s.highlights());
      assertTrue(s.marked("[", "]").contains("Dmitry [Baltrukov], was"), s.marked("[", "]"));
      assertEquals(
          List.of(new WordMatch("Baltrukov", "Baltrukov", MatchTier.EXACT, "body")), hit.matches());
    }
  }

  @Test
  void updateReplacesByIdAndDeleteRemoves() throws IOException {
    try (NameIndex index = NameIndex.builder().build()) {
      index.add(doc("a", "t", "Khodorkovsky spoke."));
      index.commit();
      assertEquals(List.of("a"), ids(index.search("Khodorkovsky")));
      index.add(doc("a", "t", "Baltrukov spoke."));
      index.refresh();
      assertEquals(1, index.count());
      assertEquals(0, index.search("Khodorkovsky").totalHits());
      assertEquals(List.of("a"), ids(index.search("Baltrukov")));
      index.delete("a");
      index.delete("never-there");
      index.refresh();
      assertEquals(0, index.count());
      assertEquals(0, index.search("Baltrukov").totalHits());
    }
  }

  @Test
  void changesAreInvisibleUntilRefresh() throws IOException {
    try (NameIndex index = NameIndex.builder().build()) {
      index.add(doc("a", "t", "Baltrukov"));
      assertEquals(0, index.count());
      index.refresh();
      assertEquals(1, index.count());
    }
  }

  @Test
  void storedFieldsRoundTrip() throws IOException {
    Document d =
        Document.builder("x")
            .title("T")
            .body("B Baltrukov")
            .source("file.txt")
            .date(LocalDate.of(2022, 10, 3))
            .metadata("lang", "en")
            .build();
    try (NameIndex index = NameIndex.builder().build()) {
      index.add(d);
      index.commit();
      assertEquals(d, index.get("x").orElseThrow());
      assertEquals(d, index.search("Baltrukov").hits().get(0).document());
      assertTrue(index.get("y").isEmpty());
      List<Document> all = new ArrayList<>();
      index.forEach(all::add);
      assertEquals(List.of(d), all);
    }
  }

  @Test
  void persistsAcrossReopen(@TempDir Path dir) throws IOException {
    Path path = dir.resolve("idx");
    try (NameIndex index = NameIndex.builder().directory(path).build()) {
      index.add(doc("a", "t", "Dmitry Baltrukov"));
      index.add(doc("b", "t", "Mikhail Khodorkovsky"));
      index.commit();
      index.add(doc("c", "t", "uncommitted until close"));
    }
    try (NameIndex index = NameIndex.builder().directory(path).build()) {
      assertEquals(3, index.count());
      assertEquals(List.of("a"), ids(index.search("Baltrukov")));
      index.delete("b");
      index.commit();
    }
    try (NameIndex index = NameIndex.builder().directory(path).readOnly().build()) {
      assertTrue(index.readOnly());
      assertEquals(2, index.count());
      assertThrows(IllegalStateException.class, () -> index.add(doc("d", "", "")));
    }
  }

  @Test
  void readOnlySeesNewCommitsAfterRefresh(@TempDir Path dir) throws IOException {
    try (NameIndex writer = NameIndex.builder().directory(dir).build()) {
      writer.add(doc("a", "t", "Baltrukov"));
      writer.commit();
      try (NameIndex reader = NameIndex.builder().directory(dir).readOnly().build()) {
        assertEquals(1, reader.count());
        writer.add(doc("b", "t", "Baltrukov again"));
        writer.commit();
        assertEquals(1, reader.count());
        reader.refresh();
        assertEquals(2, reader.count());
      }
    }
  }

  @Test
  void refusesToOverwriteAFolderThatIsNotAnIndex(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "precious");
    IOException e =
        assertThrows(IOException.class, () -> NameIndex.builder().directory(dir).build());
    assertTrue(e.getMessage().contains("refusing to overwrite"), e.getMessage());
    assertEquals("precious", Files.readString(dir.resolve("notes.txt")));
    Path file = dir.resolve("notes.txt");
    e = assertThrows(IOException.class, () -> NameIndex.builder().directory(file).build());
    assertTrue(e.getMessage().contains("not a directory"), e.getMessage());
    Path missing = dir.resolve("missing");
    assertThrows(
        IOException.class, () -> NameIndex.builder().directory(missing).readOnly().build());
    assertFalse(Files.exists(missing));
  }

  @Test
  void queryTextIsPlainTextNotSyntax() throws IOException {
    try (NameIndex index = NameIndex.builder().build()) {
      index.add(doc("a", "t", "Baltrukov and Khodorkovsky"));
      index.add(doc("b", "t", "Baltrukov, written as title:Baltrukov, is not a field query"));
      index.commit();
      // Operators are literal: this is a search for the words, not a NOT/required query.
      assertEquals(2, index.search("-Baltrukov").totalHits());
      assertEquals(2, index.search("+Baltrukov AND NOT").totalHits());
      // Not a field query: Unicode word rules keep "title:baltrukov" as one literal word.
      assertEquals("b", ids(index.search("title:Baltrukov")).get(0));
      assertEquals(2, index.search("Baltrukov~ Balt* (x) [y] {z} ^ \" \\ / ! ? :").totalHits());
      for (String bad : List.of("", "   ", "+-&&||!(){}[]^\"~*?:\\/", "…—")) {
        IllegalArgumentException e =
            assertThrows(IllegalArgumentException.class, () -> index.search(bad));
        assertFalse(e.getMessage().isBlank());
      }
      assertThrows(IllegalArgumentException.class, () -> index.search("x".repeat(5000)));
      assertThrows(
          IllegalArgumentException.class, () -> index.search("a b c d e f g h i j k l m n o p q"));
    }
  }

  @Test
  void luceneSyntaxOnlyWhenAsked() throws IOException {
    try (NameIndex index = NameIndex.builder().build()) {
      index.add(doc("a", "Baltrukov", "Smolninskoe deputy"));
      index.add(doc("b", "Other", "Baltrukov"));
      index.commit();
      SearchOptions lucene = SearchOptions.builder().syntax(QuerySyntax.LUCENE).build();
      assertEquals(List.of("a"), ids(index.search("title:Baltrukov", lucene)));
      assertEquals(List.of("b"), ids(index.search("Baltrukov -title:Baltrukov", lucene)));
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> index.search("(unclosed", lucene));
      assertTrue(e.getMessage().startsWith("invalid Lucene query syntax"), e.getMessage());
    }
  }

  @Test
  void limitAndTotalHits() throws IOException {
    try (NameIndex index = NameIndex.builder().build()) {
      for (int i = 0; i < 25; i++) {
        index.add(doc("d" + i, "t", "Baltrukov number " + i));
      }
      index.commit();
      SearchResult r = index.search("Baltrukov", SearchOptions.builder().limit(5).build());
      assertEquals(25, r.totalHits());
      assertTrue(r.totalHitsExact(), "exact: " + r.totalHits());
      assertEquals(5, r.hits().size());
      SearchResult bounded =
          index.search(
              "Baltrukov", SearchOptions.builder().limit(5).totalHitsThreshold(10).build());
      assertEquals(5, bounded.hits().size());
      assertTrue(bounded.totalHits() >= 10 && bounded.totalHits() <= 25, "" + bounded.totalHits());
      if (bounded.totalHitsExact()) {
        assertEquals(25, bounded.totalHits());
      }
      assertThrows(
          IllegalArgumentException.class,
          () -> SearchOptions.builder().totalHitsThreshold(0).build());
      assertThrows(IllegalArgumentException.class, () -> SearchOptions.builder().limit(0).build());
      assertThrows(IllegalArgumentException.class, () -> SearchOptions.builder().limit(-1).build());
      SearchResult plain =
          index.search("Baltrukov", SearchOptions.builder().highlight(false).build());
      assertTrue(
          plain.hits().get(0).snippets().isEmpty(), "snippets " + plain.hits().get(0).snippets());
      assertTrue(
          plain.hits().get(0).matches().isEmpty(), "matches " + plain.hits().get(0).matches());
    }
  }

  @Test
  void closedIndexRefusesWork() throws IOException {
    NameIndex index = NameIndex.builder().build();
    index.close();
    index.close();
    assertThrows(IllegalStateException.class, () -> index.search("x"));
    assertThrows(IllegalStateException.class, () -> index.add(doc("a", "", "")));
  }

  @Test
  void concurrentSearchWhileWriting() throws Exception {
    try (NameIndex index = NameIndex.builder().build()) {
      index.add(doc("seed", "t", "Baltrukov"));
      index.commit();
      int docs = 400;
      AtomicBoolean done = new AtomicBoolean();
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<Long>> searchers = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
          searchers.add(
              pool.submit(
                  () -> {
                    long last = 0;
                    long searches = 0;
                    while (!done.get() || searches == 0) {
                      long n = index.search("Baltrukov").totalHits();
                      // Refreshes only add documents here, so counts never go down.
                      if (n < last) {
                        throw new AssertionError("hit count went down: " + last + " -> " + n);
                      }
                      last = n;
                      searches++;
                    }
                    return searches;
                  }));
        }
        Future<?> writer =
            pool.submit(
                () -> {
                  for (int i = 0; i < docs; i++) {
                    index.add(doc("d" + i, "t", "Dmitry Baltrukov report " + i));
                    if (i % 20 == 0) {
                      index.refresh();
                    }
                  }
                  index.commit();
                  return null;
                });
        writer.get(60, TimeUnit.SECONDS);
        done.set(true);
        for (Future<Long> f : searchers) {
          assertTrue(f.get(60, TimeUnit.SECONDS) > 0);
        }
      } finally {
        pool.shutdownNow();
      }
      assertEquals(docs + 1, index.search("Baltrukov").totalHits());
    }
  }

  @Test
  void nicknamesOnlyWhenAskedAndRankedBelowTheName() throws IOException {
    try (NameIndex index = NameIndex.builder().build()) {
      index.add(doc("dima", "t", "Dima Baltrukov spoke."));
      index.add(doc("dmitry", "t", "Dmitri Baltrukov spoke."));
      index.add(doc("sasha", "t", "Саша Петрова пришла."));
      index.commit();
      assertEquals(List.of("dmitry"), ids(index.search("Dmitry")));
      SearchOptions nick = SearchOptions.builder().tier(MatchTier.NICKNAME, true).build();
      SearchResult r = index.search("Dmitry", nick);
      assertEquals(List.of("dmitry", "dima"), ids(r));
      assertEquals(
          List.of(new WordMatch("Dmitry", "Dima", MatchTier.NICKNAME, "body")),
          r.hits().get(1).matches());
      // Many-to-many: Sasha is Aleksandr or Aleksandra.
      assertEquals(List.of("sasha"), ids(index.search("Aleksandra", nick)));
      assertEquals(List.of("sasha"), ids(index.search("Oleksandr", nick)));
    }
  }

  @Test
  void idOnlyHitsAreTheSameHitsAcrossSegments() throws IOException {
    try (NameIndex index = NameIndex.builder().build()) {
      for (int i = 0; i < 300; i++) {
        String name = i % 3 == 0 ? "Baltrukov" : i % 3 == 1 ? "Baltrukova" : "Baltrukow";
        index.add(doc("d" + (i * 7919 % 300), "News " + i, "Dmitry " + name + " spoke."));
        if (i % 50 == 49) {
          index.commit(); // several segments
        }
      }
      index.commit();
      SearchOptions full = SearchOptions.builder().limit(200).highlight(false).build();
      SearchOptions idOnly = full.toBuilder().fetch(SearchOptions.Fetch.ID).build();
      SearchResult a = index.search("Baltrukov", full);
      SearchResult b = index.search("Baltrukov", idOnly);
      assertEquals(200, a.hits().size());
      assertEquals(ids(a), ids(b));
      for (int i = 0; i < a.hits().size(); i++) {
        assertEquals(a.hits().get(i).score(), b.hits().get(i).score());
      }
    }
  }

  @Test
  void opensAndExtendsAnIndexWrittenWithOffsets(@TempDir Path dir) throws IOException {
    // Indexes were written with offsets in the postings before; Lucene refuses to mix the two in
    // one field, so such an index keeps them, and both kinds highlight and explain.
    try (var d = org.apache.lucene.store.FSDirectory.open(dir);
        var w =
            new org.apache.lucene.index.IndexWriter(
                d,
                new org.apache.lucene.index.IndexWriterConfig(
                    new io.namesearch.analysis.RussianNameAnalyzer()))) {
      w.addDocument(
          IndexFields.toLucene(
              doc("old", "Old", "Dmitry Baltrukov was called up."),
              IndexFields.TEXT_TYPE_WITH_OFFSETS));
      w.setLiveCommitData(
          java.util.Map.of(
                  IndexFormat.KEY,
                  IndexFormat.VERSION,
                  IndexFormat.RULES_KEY,
                  io.namesearch.engine.NameRules.defaults().fingerprint())
              .entrySet());
      w.commit();
    }
    try (NameIndex index = NameIndex.builder().directory(dir).build()) {
      index.add(doc("new", "New", "Then Baltrukow spoke."));
      index.commit();
      SearchResult r = index.search("Baltrukov");
      assertEquals(List.of("old", "new"), ids(r));
      for (Hit h : r.hits()) {
        assertFalse(h.matches().isEmpty(), h.id());
        assertFalse(h.snippets().get(0).highlights().isEmpty(), h.id());
      }
    }
    try (var reader =
        org.apache.lucene.index.DirectoryReader.open(
            org.apache.lucene.store.FSDirectory.open(dir))) {
      assertEquals(
          org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
          org.apache.lucene.index.FieldInfos.getMergedFieldInfos(reader)
              .fieldInfo(IndexFields.BODY)
              .getIndexOptions());
    }
  }

  @Test
  void newIndexesHaveNoOffsetsButHighlightAndExplain() throws IOException {
    try (NameIndex index = NameIndex.builder().build()) {
      index.add(doc("a", "Baltrukov case", "The deputy Dmitry Baltrukova-Smith and Baltrukow."));
      index.commit();
      Hit h = index.search("Baltrukov").hits().get(0);
      List<String> words = h.matches().stream().map(WordMatch::documentWord).toList();
      assertTrue(words.containsAll(List.of("Baltrukov", "Baltrukow")), words.toString());
      assertFalse(h.snippets().isEmpty());
      Snippet s = h.snippets().get(0);
      assertFalse(s.highlights().isEmpty());
      for (Span span : s.highlights()) {
        String marked = s.text().substring(span.start() - s.start(), span.end() - s.start());
        assertTrue(marked.startsWith("Baltruko"), marked);
      }
    }
  }

  @Test
  void shorterDocumentRanksFirstAmongTies() throws IOException {
    try (NameIndex index = NameIndex.builder().build()) {
      index.add(doc("long", "Baltrukov", "a report on the call-up of a deputy"));
      index.add(doc("short", "Baltrukov", ""));
      index.add(doc("middle", "Baltrukov", "the deputy"));
      index.commit();
      SearchResult r = index.search("Baltrukov");
      assertEquals(List.of("short", "middle", "long"), ids(r));
      assertEquals(r.hits().get(0).score(), r.hits().get(2).score(), 0f, "scores are not changed");
    }
  }
}
