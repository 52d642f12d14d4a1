package io.namesearch.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.namesearch.engine.NameRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The format and rules stamp of an index: what is recorded, and that an index with documents and
 * another stamp is refused, read-only or not, with its files left as they were.
 */
class IndexFormatTest {

  private static void build(Path dir, String... bodies) throws IOException {
    try (NameIndex index = NameIndex.builder().directory(dir).build()) {
      int i = 0;
      for (String b : bodies) {
        index.add(Document.builder("d" + i++).body(b).build());
      }
      index.commit();
    }
  }

  /** Replaces the latest commit's user data, as another version of the library would write it. */
  private static void restamp(Path dir, Map<String, String> data) throws IOException {
    try (var d = FSDirectory.open(dir);
        var w =
            new IndexWriter(
                d, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      w.setLiveCommitData(data.entrySet());
      w.commit();
    }
  }

  private static Map<String, String> userData(Path dir) throws IOException {
    try (var d = FSDirectory.open(dir)) {
      return SegmentInfos.readLatestCommit(d).getUserData();
    }
  }

  private static Map<String, byte[]> files(Path dir) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.toList()) {
        out.put(p.getFileName().toString(), Files.readAllBytes(p));
      }
    }
    return out;
  }

  private static void assertRefused(Path dir, String expected) throws IOException {
    assertRefused(dir, expected, IOException.class);
  }

  private static void assertRefused(Path dir, String expected, Class<? extends IOException> type)
      throws IOException {
    Map<String, byte[]> before = files(dir);
    for (boolean readOnly : new boolean[] {true, false}) {
      NameIndex.Builder b = NameIndex.builder().directory(dir);
      if (readOnly) {
        b.readOnly();
      }
      IOException e = assertThrows(type, b::build);
      assertTrue(e.getMessage().contains(expected), e.getMessage());
      assertTrue(e.getMessage().contains(dir.toString()), "names the index: " + e.getMessage());
      assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }
    Map<String, byte[]> after = files(dir);
    assertEquals(before.keySet(), after.keySet(), "no file added or removed");
    before.forEach((f, bytes) -> assertArrayEquals(bytes, after.get(f), f + " unchanged"));
  }

  @Test
  void everyCommitRecordsTheFormatAndTheRules(@TempDir Path dir) throws IOException {
    build(dir, "Dmitry Baltrukov");
    assertEquals(
        Map.of(
            IndexFormat.KEY,
            IndexFormat.VERSION,
            IndexFormat.RULES_KEY,
            NameRules.defaults().fingerprint()),
        userData(dir));
    assertTrue(NameRules.defaults().fingerprint().matches("[0-9a-f]{16}"));
  }

  @Test
  void otherRulesAreRefusedAndTheFilesLeftAsTheyWere(@TempDir Path dir) throws IOException {
    build(dir, "Dmitry Baltrukov");
    restamp(dir, Map.of(IndexFormat.KEY, IndexFormat.VERSION, IndexFormat.RULES_KEY, "0123"));
    assertRefused(
        dir,
        "was built with other name rules (0123, this version's are "
            + NameRules.defaults().fingerprint()
            + "); its keys would miss spellings, so build it again into a new folder",
        StaleIndexException.class);
  }

  @Test
  void anIndexThatRecordsNoRulesIsRefused(@TempDir Path dir) throws IOException {
    build(dir, "Dmitry Baltrukov");
    restamp(dir, Map.of(IndexFormat.KEY, IndexFormat.VERSION));
    assertRefused(
        dir,
        "was built with other name rules (not recorded, this version's are",
        StaleIndexException.class);
  }

  @Test
  void rebuildCarriesEveryStoredDocumentToANewIndex(@TempDir Path tmp) throws IOException {
    Path old = tmp.resolve("old");
    try (NameIndex index = NameIndex.builder().directory(old).build()) {
      index.add(
          Document.builder("a")
              .title("Deputy")
              .body("Dmitry Baltrukov was called up.")
              .source("seeds/a.txt")
              .date(java.time.LocalDate.of(2024, 3, 1))
              .metadata("desk", "politics")
              .build());
      index.add(Document.builder("b").body("Михаил Ходорковский").build());
      index.add(Document.builder("gone").body("deleted before the rebuild").build());
      index.commit();
      index.delete("gone");
      index.commit();
    }
    restamp(old, Map.of(IndexFormat.KEY, IndexFormat.VERSION, IndexFormat.RULES_KEY, "0123"));
    Map<String, byte[]> before = files(old);
    Path fresh = tmp.resolve("new");
    assertEquals(2, NameIndex.rebuild(old, fresh));
    try (NameIndex index = NameIndex.builder().directory(fresh).readOnly().build()) {
      assertEquals(2, index.count());
      Document a = index.get("a").orElseThrow();
      assertEquals("Deputy", a.title());
      assertEquals("Dmitry Baltrukov was called up.", a.body());
      assertEquals(java.util.Optional.of("seeds/a.txt"), a.source());
      assertEquals(java.util.Optional.of(java.time.LocalDate.of(2024, 3, 1)), a.date());
      assertEquals(Map.of("desk", "politics"), a.metadata());
      assertEquals("a", index.search("Baltrukow").hits().get(0).id());
      assertEquals("b", index.search("Khodorkovsky").hits().get(0).id());
    }
    assertEquals(NameRules.defaults().fingerprint(), userData(fresh).get(IndexFormat.RULES_KEY));
    Map<String, byte[]> after = files(old);
    assertEquals(before.keySet(), after.keySet(), "the old index is only read");
    before.forEach((f, bytes) -> assertArrayEquals(bytes, after.get(f), f + " unchanged"));
  }

  @Test
  void rebuildNeedsAnIndexAndANewFolder(@TempDir Path tmp) throws IOException {
    Path old = tmp.resolve("old");
    build(old, "Dmitry Baltrukov");
    Path busy = Files.createDirectories(tmp.resolve("busy"));
    Files.writeString(busy.resolve("notes.txt"), "precious");
    IOException e = assertThrows(IOException.class, () -> NameIndex.rebuild(old, busy));
    assertEquals("rebuild target is not empty: " + busy + "; give a new folder", e.getMessage());
    assertEquals(List.of("notes.txt"), names(busy));
    e = assertThrows(IOException.class, () -> NameIndex.rebuild(old, old));
    assertTrue(e.getMessage().startsWith("rebuild target is not empty"), e.getMessage());
    e = assertThrows(IOException.class, () -> NameIndex.rebuild(busy, tmp.resolve("x")));
    assertTrue(e.getMessage().contains("holds no index"), e.getMessage());
    assertEquals("precious", Files.readString(busy.resolve("notes.txt")));
    Path missing = tmp.resolve("missing");
    e = assertThrows(IOException.class, () -> NameIndex.rebuild(missing, tmp.resolve("y")));
    assertTrue(e.getMessage().contains("no index at " + missing), e.getMessage());
    assertTrue(!Files.exists(missing));
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void anotherFormatIsRefused(@TempDir Path dir) throws IOException {
    build(dir, "Dmitry Baltrukov");
    restamp(dir, Map.of(IndexFormat.KEY, "0", IndexFormat.RULES_KEY, "0123"));
    assertRefused(dir, "was written by another program or version (format 0, expected 1)");
  }

  @Test
  void anEmptyIndexWithOtherRulesIsTakenOverAndStampedAgain(@TempDir Path dir) throws IOException {
    build(dir);
    restamp(dir, Map.of(IndexFormat.KEY, IndexFormat.VERSION, IndexFormat.RULES_KEY, "0123"));
    build(dir, "Dmitry Baltrukov");
    assertEquals(NameRules.defaults().fingerprint(), userData(dir).get(IndexFormat.RULES_KEY));
    try (NameIndex index = NameIndex.builder().directory(dir).readOnly().build()) {
      assertEquals(1, index.search("Baltrukow").hits().size());
    }
  }
}
