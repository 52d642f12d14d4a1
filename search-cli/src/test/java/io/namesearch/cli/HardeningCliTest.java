package io.namesearch.cli;

import static io.namesearch.cli.CliProcessTest.assertOneLineError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile and careless cases of the README's bad-input table, each run as a real process: a
 * user's files are never deleted or merged, every failure is one line, and no file name can forge
 * output.
 */
class HardeningCliTest {

  /** How to run the command: environment, a wrapper (setpriv, a shell) and JVM options. */
  record Launch(Map<String, String> env, List<String> wrapper, List<String> jvm) {
    static Launch plain() {
      return new Launch(Map.of(), List.of(), List.of());
    }

    Launch env(String k, String v) {
      var m = new java.util.HashMap<>(env);
      m.put(k, v);
      return new Launch(m, wrapper, jvm);
    }

    Launch wrapper(String... w) {
      return new Launch(env, List.of(w), jvm);
    }

    Launch jvm(String... j) {
      return new Launch(env, wrapper, List.of(j));
    }
  }

  static SearchProcess.Run run(Path cwd, Launch l, String... args)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(l.wrapper());
    cmd.addAll(SearchProcess.java(l.jvm()));
    cmd.addAll(List.of(args));
    return SearchProcess.run(cmd, cwd, null, l.env(), 60);
  }

  static SearchProcess.Run run(Path cwd, String... args) throws Exception {
    return run(cwd, Launch.plain(), args);
  }

  private static List<String> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** A path with these raw bytes as its last name, whatever the JVM's file-name encoding. */
  private static Path rawName(Path dir, String percentEncoded) {
    return Path.of(URI.create(dir.toUri().toString() + percentEncoded));
  }

  private static Path docs(Path cwd) throws IOException {
    Path docs = Files.createDirectories(cwd.resolve("docs"));
    Files.writeString(docs.resolve("a.txt"), "Deputy\nDmitry Baltrukov was called up.\n");
    return docs;
  }

  @Test
  void userFilesInTheIndexFolderAreNeverDeletedNorLocked(@TempDir Path cwd) throws Exception {
    Path docs = docs(cwd);
    for (String name : List.of("_index.md", "segments_notes.txt", "segments.txt")) {
      Path x = Files.createDirectories(cwd.resolve("x-" + name));
      Files.writeString(x.resolve(name), "keep");
      SearchProcess.Run r = run(cwd, "index", "--index", x.toString(), docs.toString());
      assertOneLineError(r);
      assertTrue(r.err().contains("refusing"), r.err());
      assertEquals(List.of(name), list(x), "nothing written into " + x);
      assertEquals("keep", Files.readString(x.resolve(name)));
    }
  }

  /** Under LC_ALL=C two non-ASCII names of one byte length were one document. */
  @Test
  void distinctFilesAreDistinctDocumentsUnderTheCLocale(@TempDir Path cwd) throws Exception {
    Path docs = Files.createDirectories(cwd.resolve("docs"));
    Files.writeString(rawName(docs, "%D0%91%D0%B0%D0%BB%D1%82.txt"), "Один\nБалтруков\n");
    Files.writeString(rawName(docs, "%D0%98%D0%B2%D0%BE%D0%B2.txt"), "Два\nХодорковский\n");
    Path idx = cwd.resolve("idx");
    Launch c = Launch.plain().env("LC_ALL", "C").env("LANG", "C");
    SearchProcess.Run r = run(cwd, c, "index", "--index", idx.toString(), docs.toString());
    assertEquals(0, r.exit(), r.toString());
    assertTrue(
        r.out().contains("indexed 2 new, 0 changed, 0 unchanged, 0 removed; 2 documents"), r.out());
    // the same ids in a UTF-8 locale: nothing changes
    SearchProcess.Run u =
        run(
            cwd,
            Launch.plain().env("LC_ALL", "C.UTF-8"),
            "index",
            "--index",
            idx.toString(),
            docs.toString());
    assertTrue(u.out().contains("0 new, 0 changed, 2 unchanged, 0 removed; 2 documents"), u.out());
    SearchProcess.Run found = run(cwd, c, "--index", idx.toString(), "--json", "Baltrukov");
    assertEquals(0, found.exit(), found.toString());
    assertTrue(found.out().contains("Балт.txt"), found.out());
  }

  /** Under UTF-8, x\xff.txt and x\xfe.txt collided, and the run after a deletion failed. */
  @Test
  void namesThatAreNotUtf8AreDistinctDocuments(@TempDir Path cwd) throws Exception {
    Path docs = Files.createDirectories(cwd.resolve("docs"));
    Path ff = Files.writeString(rawName(docs, "x%FF.txt"), "One\nBaltrukov\n");
    Files.writeString(rawName(docs, "x%FE.txt"), "Two\nBaltrukov\n");
    Path idx = cwd.resolve("idx");
    Launch utf8 = Launch.plain().env("LC_ALL", "C.UTF-8");
    SearchProcess.Run r = run(cwd, utf8, "index", "--index", idx.toString(), docs.toString());
    assertEquals(0, r.exit(), r.toString());
    assertTrue(
        r.out().contains("indexed 2 new, 0 changed, 0 unchanged, 0 removed; 2 documents"), r.out());
    r = run(cwd, utf8, "index", "--index", idx.toString(), docs.toString());
    assertTrue(r.out().contains("0 new, 0 changed, 2 unchanged, 0 removed"), r.out());
    Files.delete(ff);
    for (Launch l : List.of(utf8, Launch.plain().env("LC_ALL", "C"))) {
      r = run(cwd, l, "index", "--index", idx.toString(), docs.toString());
      assertEquals(0, r.exit(), r.toString());
      assertTrue(r.out().contains("; 1 documents"), r.out());
    }
    SearchProcess.Run s = run(cwd, utf8, "--index", idx.toString(), "--color=never", "Baltrukov");
    assertTrue(s.out().contains("x\\xFE.txt"), "undecodable bytes shown as \\xFE: " + s.out());
  }

  /**
   * A process that obeys file permissions: as root, the command runs without capabilities (a root
   * process without CAP_DAC_OVERRIDE is refused a mode-000 folder it owns).
   */
  private static Launch obeyingPermissions() throws Exception {
    boolean root = "root".equals(System.getProperty("user.name"));
    if (!root) {
      return Launch.plain();
    }
    boolean setpriv =
        Stream.of("/usr/bin/setpriv", "/bin/setpriv").anyMatch(p -> Files.isExecutable(Path.of(p)));
    assumeTrue(
        setpriv,
        "skipped: running as root without setpriv, so chmod 000 cannot make a folder unreadable");
    return Launch.plain().wrapper("setpriv", "--bounding-set=-all", "--inh-caps=-all");
  }

  @Test
  void anUnreadableFolderKeepsItsDocumentsAndTheRunExitsTwo(@TempDir Path cwd) throws Exception {
    Launch user = obeyingPermissions();
    Path docs = docs(cwd);
    Path sub = Files.createDirectories(docs.resolve("sub"));
    for (String n : List.of("b", "c", "d")) {
      Files.writeString(sub.resolve(n + ".txt"), n + "\nBaltrukov\n");
    }
    Path idx = cwd.resolve("idx");
    SearchProcess.Run r = run(cwd, user, "index", "--index", idx.toString(), docs.toString());
    assertTrue(r.out().contains("indexed 4 new"), r.toString());
    var none = PosixFilePermissions.fromString("---------");
    var all = PosixFilePermissions.fromString("rwx------");
    try {
      Files.setPosixFilePermissions(sub, none);
      r = run(cwd, user, "index", "--index", idx.toString(), docs.toString());
      assertEquals(2, r.exit(), r.toString());
      assertTrue(r.out().contains("0 removed; 4 documents"), r.out());
      assertTrue(r.err().contains("permission denied"), r.err());
      Files.setPosixFilePermissions(docs, none);
      r = run(cwd, user, "index", "--index", idx.toString(), docs.toString());
      assertEquals(2, r.exit(), r.toString());
      assertTrue(r.out().contains("0 removed; 4 documents"), r.out());
    } finally {
      Files.setPosixFilePermissions(docs, all);
      Files.setPosixFilePermissions(sub, all);
    }
    r = run(cwd, user, "index", "--index", idx.toString(), docs.toString());
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.out().contains("4 unchanged, 0 removed; 4 documents"), r.out());
  }

  @Test
  void javaErrorsAreOneLineWithTheirOwnExitCode(@TempDir Path cwd) throws Exception {
    // Too small a heap to load the seed corpus: an OutOfMemoryError, which picocli does not
    // hand to its exception handler.
    SearchProcess.Run r =
        run(cwd, Launch.plain().jvm("-Xmx6m", "-XX:-UseCompressedOops"), "Baltrukov");
    assertEquals(ExitCodes.INTERNAL, r.exit(), r.toString());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("search: internal error: out of memory"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
  }

  @Test
  void nestedLuceneQueryIsRefusedNotAStackOverflow(@TempDir Path cwd) throws Exception {
    String q = "/" + "(".repeat(600) + "a" + ")".repeat(600) + "/";
    SearchProcess.Run r = run(cwd, "--lucene", q);
    assertOneLineError(r);
    assertTrue(r.err().contains("nested 600 levels deep; the limit is 32"), r.err());
  }

  @Test
  void aLongSingleWordSaysItIsSplit(@TempDir Path cwd) throws Exception {
    SearchProcess.Run r = run(cwd, "a".repeat(4096));
    assertOneLineError(r);
    assertTrue(r.err().contains("split into pieces of 255"), r.err());
  }

  @Test
  void fifoEmptyPathAndRootSymlink(@TempDir Path cwd) throws Exception {
    Path docs = docs(cwd);
    Path fifo = cwd.resolve("p.txt");
    assumeTrue(
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0,
        "skipped: mkfifo is not available");
    Path idx = cwd.resolve("idx");
    SearchProcess.Run r = run(cwd, "index", "--index", idx.toString(), fifo.toString());
    assertOneLineError(r);
    assertTrue(r.err().contains("not a regular file or folder"), r.err());
    assertFalse(Files.exists(idx), "refused before the index is created or locked");

    r = run(cwd, "index", "--index", idx.toString(), "");
    assertOneLineError(r);
    assertTrue(r.err().contains("empty path"), r.err());
    assertFalse(Files.exists(idx));

    Path link = Files.createSymbolicLink(cwd.resolve("lnk"), docs);
    r = run(cwd, "index", "--index", idx.toString(), link.toString());
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.out().contains("indexed 1 new"), r.out());
  }

  @Test
  void aSymbolicLinkLoopSaysItIsALoop(@TempDir Path cwd) throws Exception {
    Path a = Files.createDirectories(cwd.resolve("loop/a"));
    Files.writeString(a.resolve("x.txt"), "Baltrukov");
    Files.createSymbolicLink(a.resolve("self"), Path.of(".."));
    SearchProcess.Run r =
        run(
            cwd,
            "index",
            "--follow-links",
            "--index",
            cwd.resolve("idx").toString(),
            cwd.resolve("loop").toString());
    assertEquals(2, r.exit(), r.toString());
    assertTrue(r.err().contains("symbolic link loop"), r.err());

    Path selfLink = Files.createSymbolicLink(cwd.resolve("me"), cwd.resolve("me"));
    r = run(cwd, "index", "--index", cwd.resolve("idx2").toString(), selfLink.toString());
    assertOneLineError(r);
    assertTrue(r.err().contains("symbolic link loop"), r.err());
  }

  /** A full disk (here: ulimit -f) said only "this IndexWriter is closed". */
  @Test
  void aWriteFailureSaysItsCause(@TempDir Path cwd) throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "skipped: needs /bin/bash for ulimit");
    Path docs = Files.createDirectories(cwd.resolve("docs"));
    StringBuilder text = new StringBuilder("Title\n");
    for (int i = 0; i < 60_000; i++) {
      text.append("Baltrukov").append(Integer.toString(i, 36)).append(' ');
    }
    for (int f = 0; f < 3; f++) {
      Files.writeString(docs.resolve("f" + f + ".txt"), text);
    }
    Path idx = cwd.resolve("idx");
    SearchProcess.Run r =
        run(
            cwd,
            Launch.plain().wrapper("/bin/bash", "-c", "ulimit -f 256; exec \"$0\" \"$@\""),
            "index",
            "--index",
            idx.toString(),
            docs.toString());
    assertEquals(2, r.exit(), r.toString());
    assertTrue(r.err().contains("File too large"), r.err());
    assertFalse(r.err().contains("this IndexWriter is closed"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
  }

  @Test
  void fileNamesCannotForgeOutput(@TempDir Path cwd) throws Exception {
    Path docs = Files.createDirectories(cwd.resolve("docs"));
    Files.write(
        docs.resolve("evil\nsearch: 0 file(s) could not be indexed; all good.txt"),
        new byte[] {'a', 0, 'b'});
    Files.writeString(
        docs.resolve("esc\u001B[31mred\u001B]0;PWNED\u0007.txt"),
        "Title \u001B[2J here\nDmitry Baltrukov \u001B[31m spoke\n");
    Files.writeString(docs.resolve("line\nbreak.txt"), "Other\nBaltrukov again\n");
    Path idx = cwd.resolve("idx");
    SearchProcess.Run r = run(cwd, "index", "--index", idx.toString(), docs.toString());
    assertEquals(2, r.exit(), r.toString());
    List<String> err = r.err().lines().toList();
    assertEquals(2, err.size(), r.err());
    assertTrue(err.get(0).contains("evil\\nsearch: 0 file(s)"), r.err());
    assertTrue(
        err.get(1).endsWith("1 file(s) could not be indexed; the rest were indexed"), r.err());

    SearchProcess.Run s = run(cwd, "--index", idx.toString(), "--color=never", "Baltrukov");
    assertEquals(0, s.exit(), s.toString());
    assertFalse(s.out().contains("\u001B"), "no escape sequence reaches the terminal: " + s.out());
    assertFalse(s.out().contains("\u0007"), s.out());
    assertTrue(s.out().contains("esc\\e[31mred\\e]0;PWNED\\x07.txt"), s.out());
    assertTrue(s.out().contains("line\\nbreak.txt"), s.out());
    for (String line : s.lines()) {
      assertFalse(line.startsWith("break.txt"), "a name cannot split a hit's line: " + s.out());
    }
  }

  @Test
  void jsonMarkedIsHtmlAndMetadataKeysAreSorted(@TempDir Path cwd) throws Exception {
    Path docs = Files.createDirectories(cwd.resolve("docs"));
    Files.writeString(
        docs.resolve("a.txt"), "T\n<script>x</script> & Dmitry Baltrukov's \"case\"\n");
    Path idx = cwd.resolve("idx");
    assertEquals(0, run(cwd, "index", "--index", idx.toString(), docs.toString()).exit());
    for (int i = 0; i < 2; i++) { // Map.copyOf's order changes from one JVM to the next
      SearchProcess.Run r = run(cwd, "--index", idx.toString(), "--json", "Baltrukov");
      JsonNode hit = new ObjectMapper().readTree(r.lines().get(0));
      String marked = hit.get("snippets").get(0).get("marked").asText();
      assertTrue(
          marked.contains(
              "&lt;script&gt;x&lt;/script&gt; &amp; Dmitry <b>Baltrukov&#39;s</b> &quot;case&quot;"),
          marked);
      List<String> keys = new ArrayList<>();
      for (Iterator<String> it = hit.get("metadata").fieldNames(); it.hasNext(); ) {
        keys.add(it.next());
      }
      assertEquals(List.of("mtime", "size"), keys);
    }
  }
}
