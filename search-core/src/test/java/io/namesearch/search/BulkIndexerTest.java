package io.namesearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulkIndexerTest {

  private static List<Document> docs(int n) {
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      docs.add(
          Document.builder("d" + i)
              .title("Item " + i)
              .body((i % 10 == 0 ? "Dmitry Baltrukov" : "Someone else") + " spoke, number " + i)
              .build());
    }
    return docs;
  }

  @Test
  void addAllIndexesEverythingAsAddDoes() throws IOException {
    try (NameIndex bulk = NameIndex.builder().build();
        NameIndex one = NameIndex.builder().build()) {
      List<Document> docs = docs(3000);
      bulk.addAll(docs);
      for (Document d : docs) {
        one.add(d);
      }
      one.commit();
      assertEquals(3000, bulk.count());
      SearchOptions all = SearchOptions.builder().limit(1000).highlight(false).build();
      SearchResult a = bulk.search("Baltrukow", all);
      SearchResult b = one.search("Baltrukow", all);
      assertEquals(300, a.totalHits());
      assertEquals(
          b.hits().stream().map(Hit::id).toList(), a.hits().stream().map(Hit::id).toList());
      assertEquals(docs.get(7), bulk.get("d7").orElseThrow());
    }
  }

  @Test
  void anIdleThreadGetsADocumentWithoutWaitingForABatch() throws Exception {
    // documents go to the threads in batches, but an idle thread is not left waiting for one
    try (NameIndex index = NameIndex.builder().build();
        BulkIndexer bulk = index.bulk().threads(1).build()) {
      bulk.add(Document.builder("only").body("Dmitry Baltrukov").build());
      for (int i = 0; i < 3000 && bulk.added() == 0; i++) {
        Thread.sleep(10);
      }
      assertEquals(1, bulk.added());
    }
  }

  @Test
  void theLastDocumentWithAnIdWins() throws IOException {
    try (NameIndex index = NameIndex.builder().build()) {
      try (BulkIndexer bulk = index.bulk().threads(4).build()) {
        for (int i = 0; i < 500; i++) {
          bulk.add(Document.builder("same").body("version " + i).build());
          bulk.add(Document.builder("other" + i).body("x").build());
        }
      }
      assertEquals(501, index.count());
      assertEquals("version 499", index.get("same").orElseThrow().body());
    }
  }

  @Test
  void commitsInBatchesAndReportsProgress(@TempDir Path dir) throws IOException {
    List<Long> seen = new CopyOnWriteArrayList<>();
    try (NameIndex index = NameIndex.builder().directory(dir.resolve("i")).build()) {
      try (BulkIndexer bulk =
          index.bulk().threads(2).commitEvery(250).progress(seen::add).build()) {
        bulk.addAll(docs(1000));
      }
      assertEquals(1000, index.count());
    }
    assertEquals(1000, seen.size());
    for (int i = 0; i < seen.size(); i++) {
      assertEquals(i + 1, seen.get(i), "progress counts each document once, in order");
    }
    try (NameIndex reopened = NameIndex.builder().directory(dir.resolve("i")).readOnly().build()) {
      assertEquals(1000, reopened.count());
    }
  }

  @Test
  void aFailureOnAnIndexingThreadIsRethrown() throws IOException {
    NameIndex index = NameIndex.builder().build();
    BulkIndexer bulk = index.bulk().threads(2).build();
    index.close();
    bulk.add(Document.builder("a").body("x").build());
    IOException e = assertThrows(IOException.class, bulk::close);
    assertTrue(e.getMessage().startsWith("cannot index a: index is closed"), e.getMessage());
  }

  @Test
  void badArgumentsAreRefused() throws IOException {
    try (NameIndex index = NameIndex.builder().build()) {
      assertThrows(IllegalArgumentException.class, () -> index.bulk().threads(0));
      assertThrows(IllegalArgumentException.class, () -> index.bulk().commitEvery(0));
      BulkIndexer bulk = index.bulk().build();
      bulk.close();
      assertThrows(IllegalStateException.class, () -> bulk.add(Document.builder("a").build()));
    }
  }
}
