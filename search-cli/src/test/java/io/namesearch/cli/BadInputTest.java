package io.namesearch.cli;

import static io.namesearch.cli.CliProcessTest.assertOneLineError;
import static io.namesearch.cli.CliProcessTest.run;
import static io.namesearch.cli.CliProcessTest.runWithInput;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.namesearch.search.Document;
import io.namesearch.search.NameIndex;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's bad-input table, one row per test: a one-line error, exit code 2, no stack trace,
 * and the index left intact.
 */
class BadInputTest {

  /** An index with one document about Baltrukov, built through the CLI. */
  private static Path index(Path cwd) throws Exception {
    Path docs = Files.createDirectories(cwd.resolve("docs"));
    Files.writeString(docs.resolve("a.txt"), "Deputy\nDmitry Baltrukov was called up.\n");
    Path idx = cwd.resolve("idx");
    assertEquals(0, run(cwd, "index", "--index", idx.toString(), docs.toString()).exit());
    return idx;
  }

  private static void assertIntact(Path cwd, Path idx) throws Exception {
    SearchProcess.Run r = run(cwd, "--index", idx.toString(), "Baltrukov");
    assertEquals(0, r.exit(), "index still searchable: " + r);
  }

  @Test
  void emptyWhitespaceAndPunctuationQueries(@TempDir Path cwd) throws Exception {
    Path idx = index(cwd);
    for (String q : List.of("", " \t ", "?!.,;—…", "+-&&||!(){}[]^\"~*?:\\/")) {
      assertOneLineError(run(cwd, "--index", idx.toString(), q));
    }
    assertIntact(cwd, idx);
  }

  @Test
  void oneMegabyteQuery(@TempDir Path cwd) throws Exception {
    Path idx = index(cwd);
    Path big = Files.writeString(cwd.resolve("q.txt"), "Baltrukov ".repeat(100_000));
    SearchProcess.Run r = runWithInput(cwd, big, "--index", idx.toString(), "-");
    assertOneLineError(r);
    assertTrue(r.err().contains("limit of 4096 characters"), r.err());
    // A query that fits, from standard input, works.
    Path ok = Files.writeString(cwd.resolve("ok.txt"), "Baltrukov\n");
    assertEquals(0, runWithInput(cwd, ok, "--index", idx.toString(), "-").exit());
    assertIntact(cwd, idx);
  }

  @Test
  void controlCharacters(@TempDir Path cwd) throws Exception {
    SearchProcess.Run r = run(cwd, "Balt\u0007rukov");
    assertOneLineError(r);
    assertTrue(r.err().contains("control character U+0007"), r.err());
  }

  @Test
  void hugeFileIsRejectedWithTheLimit(@TempDir Path cwd) throws Exception {
    Path idx = index(cwd);
    Path docs = cwd.resolve("docs");
    try (RandomAccessFile f = new RandomAccessFile(docs.resolve("huge.txt").toFile(), "rw")) {
      f.setLength(200L << 20); // sparse: 200 MiB without writing them
    }
    SearchProcess.Run r = run(cwd, "index", "--index", idx.toString(), docs.toString());
    assertEquals(2, r.exit(), r.toString());
    assertTrue(r.err().contains("huge.txt: file is 200 MiB; the limit is 16 MiB"), r.err());
    assertTrue(r.out().contains("1 unchanged"), r.out());
    assertIntact(cwd, idx);
  }

  @Test
  void indexLockedByAnotherProcess(@TempDir Path cwd) throws Exception {
    Path idx = index(cwd);
    try (NameIndex holder = NameIndex.builder().directory(idx).build()) {
      holder.add(Document.builder("held").body("held").build());
      SearchProcess.Run r =
          run(cwd, "index", "--index", idx.toString(), cwd.resolve("docs").toString());
      assertOneLineError(r);
      assertTrue(r.err().contains("locked by another process"), r.err());
      // Searching takes no lock, so it works while another process writes.
      assertEquals(0, run(cwd, "--index", idx.toString(), "Baltrukov").exit());
    }
    assertIntact(cwd, idx);
  }

  @Test
  void corruptSegmentIsReportedAndNeverOverwritten(@TempDir Path cwd) throws Exception {
    Path idx = index(cwd);
    Path victim;
    try (Stream<Path> files = Files.list(idx)) {
      victim =
          files
              .filter(p -> p.getFileName().toString().matches("_.*\\.(cfs|si|tim|doc|fdt)"))
              .max(Comparator.comparingLong(p -> p.toFile().length()))
              .orElseThrow();
    }
    byte[] original = Files.readAllBytes(victim);
    byte[] truncated = java.util.Arrays.copyOf(original, original.length / 2);
    Files.write(victim, truncated);
    SearchProcess.Run search = run(cwd, "--index", idx.toString(), "Baltrukov");
    assertOneLineError(search);
    assertTrue(search.err().contains("corrupt"), search.err());
    SearchProcess.Run reindex =
        run(cwd, "index", "--index", idx.toString(), cwd.resolve("docs").toString());
    assertOneLineError(reindex);
    assertTrue(reindex.err().contains("corrupt"), reindex.err());
    assertArrayEquals(truncated, Files.readAllBytes(victim), "the damaged file is left as it was");
  }

  /** The bytes of every file of a folder, by name. */
  private static java.util.Map<String, byte[]> files(Path dir) throws Exception {
    java.util.Map<String, byte[]> out = new java.util.TreeMap<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.toList()) {
        out.put(p.getFileName().toString(), Files.readAllBytes(p));
      }
    }
    return out;
  }

  @Test
  void indexBuiltWithOtherNameRulesIsRefusedAndLeftAsItWas(@TempDir Path cwd) throws Exception {
    Path idx = index(cwd);
    // What an index built by a version with other rule tables records in its commit.
    try (var d = org.apache.lucene.store.FSDirectory.open(idx);
        var w =
            new org.apache.lucene.index.IndexWriter(
                d,
                new org.apache.lucene.index.IndexWriterConfig()
                    .setOpenMode(org.apache.lucene.index.IndexWriterConfig.OpenMode.APPEND))) {
      w.setLiveCommitData(
          java.util.Map.of("namesearch.format", "1", "namesearch.rules", "00c0ffee00c0ffee")
              .entrySet());
      w.commit();
    }
    java.util.Map<String, byte[]> before = files(idx);
    SearchProcess.Run search = run(cwd, "--index", idx.toString(), "Baltrukov");
    assertOneLineError(search);
    assertTrue(
        search.err().contains("was built with other name rules (00c0ffee00c0ffee, this version"),
        search.err());
    assertTrue(
        search
            .err()
            .strip()
            .endsWith(
                "so build it again into a new folder: search index --index NEWDIR"
                    + " --rebuild-from "
                    + idx),
        search.err());
    SearchProcess.Run reindex =
        run(cwd, "index", "--index", idx.toString(), cwd.resolve("docs").toString());
    assertOneLineError(reindex);
    assertTrue(reindex.err().contains("other name rules"), reindex.err());
    assertOneLineError(run(cwd, "variants", "--index", idx.toString(), "Baltrukov"));
    // A rebuild into a folder that is not empty is refused, and so is one into the index itself.
    assertOneLineError(
        run(
            cwd,
            "index",
            "--index",
            cwd.resolve("docs").toString(),
            "--rebuild-from",
            idx.toString()));
    assertOneLineError(
        run(cwd, "index", "--index", idx.toString(), "--rebuild-from", idx.toString()));
    java.util.Map<String, byte[]> after = files(idx);
    assertEquals(before.keySet(), after.keySet(), "no file added or removed");
    for (String f : before.keySet()) {
      assertArrayEquals(before.get(f), after.get(f), f + " unchanged");
    }
    assertEquals(List.of("a.txt"), List.copyOf(files(cwd.resolve("docs")).keySet()));
    // Rebuilt into a new folder, it is searched, and its files are known as indexed.
    Path fresh = cwd.resolve("idx2");
    SearchProcess.Run rebuilt =
        run(cwd, "index", "--index", fresh.toString(), "--rebuild-from", idx.toString());
    assertEquals(0, rebuilt.exit(), rebuilt.toString());
    assertEquals("rebuilt 1 documents from " + idx + " into " + fresh + "\n", rebuilt.out());
    assertIntact(cwd, fresh);
    SearchProcess.Run update =
        run(cwd, "index", "--index", fresh.toString(), cwd.resolve("docs").toString());
    assertEquals(0, update.exit(), update.toString());
    assertTrue(update.out().contains("0 new, 0 changed, 1 unchanged"), update.out());
    // Both in one run: the copy, then the files, which it already holds.
    Path both = cwd.resolve("idx3");
    SearchProcess.Run oneRun =
        run(
            cwd,
            "index",
            "--index",
            both.toString(),
            "--rebuild-from",
            idx.toString(),
            cwd.resolve("docs").toString());
    assertEquals(0, oneRun.exit(), oneRun.toString());
    assertTrue(oneRun.out().startsWith("rebuilt 1 documents from "), oneRun.out());
    assertTrue(oneRun.out().contains("indexed 0 new, 0 changed, 1 unchanged"), oneRun.out());
  }

  @Test
  void indexPathIsAFileAndUnknownOptions(@TempDir Path cwd) throws Exception {
    Path file = Files.writeString(cwd.resolve("file"), "x");
    assertOneLineError(run(cwd, "--index", file.toString(), "Baltrukov"));
    assertOneLineError(run(cwd, "--limit", "-1", "Baltrukov"));
    assertOneLineError(run(cwd, "--frobnicate", "Baltrukov"));
    assertOneLineError(run(cwd, "index", "--index", cwd.resolve("i").toString()));
    assertEquals("x", Files.readString(file));
  }
}
