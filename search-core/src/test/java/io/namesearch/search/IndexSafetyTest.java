package io.namesearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A user's files are never deleted, merged or written into; close always releases the lock. */
class IndexSafetyTest {

  private static List<String> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** Names that look like Lucene's own files: IndexWriter used to delete them as unreferenced. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "_index.md",
        "_draft.md",
        "_0.txt",
        "_todo_list.txt",
        "segments_notes.txt",
        "segments.txt",
        "segments_1",
        "write.lock",
        "pending_segments_2",
        "namesearch-index.properties"
      })
  void aFolderWithAnyUserFileIsRefusedAndNothingIsWritten(String name, @TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve(name), "keep");
    IOException e =
        assertThrows(IOException.class, () -> NameIndex.builder().directory(dir).build());
    assertTrue(e.getMessage().contains("refusing"), e.getMessage());
    assertThrows(IOException.class, () -> NameIndex.builder().directory(dir).readOnly().build());
    assertEquals(List.of(name), list(dir), "nothing written: no lock, no file");
    assertEquals("keep", Files.readString(dir.resolve(name)));
  }

  @Test
  void aSubfolderMakesAFolderNonEmpty(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("_sub"));
    assertThrows(IOException.class, () -> NameIndex.builder().directory(dir).build());
    assertEquals(List.of("_sub"), list(dir));
  }

  @Test
  void aNewIndexIsStampedAndReopens(@TempDir Path dir) throws IOException {
    Path idx = dir.resolve("idx");
    try (NameIndex index = NameIndex.builder().directory(idx).build()) {
      index.add(Document.builder("a").body("Baltrukov").build());
    }
    assertTrue(Files.isRegularFile(idx.resolve(IndexFolder.STAMP)));
    try (NameIndex index = NameIndex.builder().directory(idx).readOnly().build()) {
      assertEquals(1, index.count());
    }
    try (NameIndex index = NameIndex.builder().directory(idx).build()) {
      assertEquals(1, index.count());
    }
  }

  @Test
  void aStampedFolderWithoutCommitButWithUserFilesIsRefused(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve(IndexFolder.STAMP), IndexFolder.STAMP_TEXT);
    Files.writeString(dir.resolve("_notes.md"), "keep");
    assertThrows(IOException.class, () -> NameIndex.builder().directory(dir).build());
    assertEquals(List.of("_notes.md", IndexFolder.STAMP), list(dir));
  }

  @Test
  void aStampThatThisLibraryDidNotWriteIsRefused(@TempDir Path dir) throws IOException {
    try (NameIndex index = NameIndex.builder().directory(dir).build()) {
      index.add(Document.builder("a").body("Baltrukov").build());
    }
    Files.writeString(dir.resolve(IndexFolder.STAMP), "my own notes");
    IOException e =
        assertThrows(IOException.class, () -> NameIndex.builder().directory(dir).build());
    assertTrue(e.getMessage().contains("did not write"), e.getMessage());
  }

  @Test
  void idsThatAreNotWellFormedUnicodeAreRefusedNotMerged() throws IOException {
    try (NameIndex index = NameIndex.builder().build()) {
      index.add(Document.builder("x\uFFFD").body("a").build());
      for (String bad : List.of("x\uD800", "x\uDBFF", "\uDC00x", "x\uDC00\uD800")) {
        IllegalArgumentException e =
            assertThrows(
                IllegalArgumentException.class, () -> Document.builder(bad).body("b").build());
        assertTrue(e.getMessage().contains("not well-formed Unicode"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
        assertThrows(IllegalArgumentException.class, () -> index.get(bad));
        assertThrows(IllegalArgumentException.class, () -> index.delete(bad));
      }
      index.add(Document.builder("x\uD83D\uDE00").body("c").build()); // a pair is well-formed
      index.commit();
      assertEquals(2, index.count());
      assertEquals("a", index.get("x\uFFFD").orElseThrow().body());
    }
  }

  private static long round0() {
    return Long.getLong("tests.seed.race", System.nanoTime());
  }

  /** close() racing commit() used to leave the IndexWriter open, holding the write lock. */
  @Test
  void closeRacingCommitAlwaysReleasesTheLock(@TempDir Path dir) throws Exception {
    java.util.Random random = new java.util.Random(round0());
    for (int round = 0; round < 100; round++) {
      Path idx = dir.resolve("idx" + round);
      NameIndex index = NameIndex.builder().directory(idx).build();
      AtomicBoolean stop = new AtomicBoolean();
      CountDownLatch started = new CountDownLatch(1);
      Thread committer =
          new Thread(
              () -> {
                int i = 0;
                try {
                  while (!stop.get()) {
                    index.add(Document.builder("d" + i++).body("Dmitry Baltrukov " + i).build());
                    index.commit();
                    started.countDown();
                  }
                } catch (IOException | RuntimeException expected) {
                  // closed under it
                } finally {
                  started.countDown();
                }
              });
      committer.start();
      started.await();
      java.util.concurrent.locks.LockSupport.parkNanos(random.nextInt(3_000_000));
      try {
        index.close();
      } catch (IOException | RuntimeException e) {
        // the final commit may fail; the lock must be released anyway
      }
      stop.set(true);
      committer.join();
      try (NameIndex again = NameIndex.builder().directory(idx).build()) {
        assertTrue(again.count() >= 1, "round " + round);
      }
    }
  }
}
