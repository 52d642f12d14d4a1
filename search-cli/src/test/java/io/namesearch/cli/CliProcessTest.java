package io.namesearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.namesearch.cli.SearchProcess.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code search} as a real process, as a user would, and checks output and exit codes. */
class CliProcessTest {

  static Run run(Path cwd, String... args) throws IOException, InterruptedException {
    return runWithInput(cwd, null, args);
  }

  static Run runWithInput(Path cwd, Path stdin, String... args)
      throws IOException, InterruptedException {
    List<String> cmd = SearchProcess.java(List.of());
    cmd.addAll(List.of(args));
    return SearchProcess.run(cmd, cwd, stdin, Map.of(), 120);
  }

  static void assertOneLineError(Run r) {
    SearchProcess.assertOneLineError(r);
  }

  @Test
  void findsBaltrukovInSeeds(@TempDir Path cwd) throws Exception {
    Run r = run(cwd, "Baltrukov");
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.out().contains("000_2ae35e11502cc4ad.txt"), r.out());
    assertTrue(r.out().contains("001_1671f51fc9d73053.txt"), r.out());
    assertFalse(r.out().contains("\u001B["), "no colour when piped");
    assertTrue(r.out().contains("Baltrukov (exact)"), r.out());
    assertTrue(r.lines().get(0).startsWith("1. "), r.out());
  }

  @Test
  void colorAlwaysHighlightsTheWord(@TempDir Path cwd) throws Exception {
    Run r = run(cwd, "--color=always", "Baltrukov");
    assertEquals(0, r.exit());
    assertTrue(r.out().contains("\u001B[1;33mBaltrukov\u001B[0m"), r.out());
  }

  @Test
  void jsonLinesParseBack(@TempDir Path cwd) throws Exception {
    Run r = run(cwd, "--json", "Baltrukov");
    assertEquals(0, r.exit(), r.toString());
    ObjectMapper mapper = new ObjectMapper();
    List<String> lines = r.lines();
    assertEquals(2, lines.size(), r.out());
    for (int i = 0; i < lines.size(); i++) {
      JsonNode hit = mapper.readTree(lines.get(i));
      assertEquals(i + 1, hit.get("rank").asInt());
      assertTrue(hit.get("source").asText().startsWith("seeds/"));
      assertTrue(hit.get("score").asDouble() > 0);
      JsonNode snippet = hit.get("snippets").get(0);
      assertTrue(snippet.get("marked").asText().contains("<b>Baltrukov</b>"), snippet.toString());
      assertEquals("exact", hit.get("matches").get(0).get("tier").asText());
    }
  }

  @Test
  void personQueryShowsTheMentionAndWordsSwitchesItOff(@TempDir Path cwd) throws Exception {
    Run r = run(cwd, "Дмитрий Палюга");
    assertEquals(0, r.exit(), r.toString());
    assertTrue(
        r.out().contains("Dmitry Palyuga ≈ Дмитрий Палюга (full name; variant, variant)"), r.out());
    Run words = run(cwd, "--words", "Дмитрий Палюга");
    assertEquals(0, words.exit(), words.toString());
    assertFalse(words.out().contains("full name"), words.out());
    assertTrue(words.out().contains("Palyuga ≈ Палюга (variant)"), words.out());
  }

  @Test
  void evalWithoutTheEvalModuleSaysHowToRunIt(@TempDir Path cwd) throws Exception {
    // search-eval is not on this module's class path: no search for the word "eval"
    for (String cmd : List.of("eval", "eval-docs")) {
      Run r = run(cwd, cmd, "--pairs", "x.tsv");
      assertOneLineError(r);
      assertTrue(r.err().contains("search-eval module"), r.err());
    }
  }

  @Test
  void exitCodes(@TempDir Path cwd) throws Exception {
    assertEquals(0, run(cwd, "Baltrukov").exit());
    Run none = run(cwd, "Zzyzxquorrblat");
    assertEquals(1, none.exit(), none.toString());
    assertTrue(none.out().contains("No hits"));
    assertEquals(0, run(cwd, "--help").exit());
    Run version = run(cwd, "--version");
    assertEquals(0, version.exit());
    assertTrue(version.out().startsWith("search "), version.out());
    Run limit = run(cwd, "--limit", "1", "Putin");
    assertEquals(0, limit.exit());
    assertTrue(limit.out().contains("showing 1 of"), limit.out());
  }

  @Test
  void badInputIsOneLineExitTwo(@TempDir Path cwd) throws Exception {
    assertOneLineError(run(cwd));
    assertOneLineError(run(cwd, ""));
    assertOneLineError(run(cwd, "   "));
    assertOneLineError(run(cwd, "?!.,;"));
    assertOneLineError(run(cwd, "+-&&||!(){}[]^\"~*?:\\/"));
    assertOneLineError(run(cwd, "--limit", "-1", "Baltrukov"));
    assertOneLineError(run(cwd, "--limit", "many", "Baltrukov"));
    assertOneLineError(run(cwd, "--no-such-option", "Baltrukov"));
    assertOneLineError(run(cwd, "--index", cwd.resolve("missing").toString(), "Baltrukov"));
    assertOneLineError(run(cwd, "index", "--index", cwd.resolve("i").toString(), "no/such/path"));
    assertFalse(Files.exists(cwd.resolve("i")), "a failed index run creates nothing");
  }

  @Test
  void syntaxCharactersAreLiteral(@TempDir Path cwd) throws Exception {
    Run r = run(cwd, "Baltrukov +-&&||!(){}[]^\"~*?:\\/");
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.out().contains("000_2ae35e11502cc4ad.txt"), r.out());
  }

  @Test
  void verboseShowsTheStackTrace(@TempDir Path cwd) throws Exception {
    Run r = run(cwd, "--verbose", "--index", cwd.resolve("missing").toString(), "x");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("\tat "), r.err());
  }

  @Test
  void derivedNamesRankBelowTheFamilyAndCanBeSwitchedOff(@TempDir Path cwd) throws Exception {
    Path docs = Files.createDirectories(cwd.resolve("docs"));
    Files.writeString(docs.resolve("a.txt"), "Тяжинский район\n", StandardCharsets.UTF_8);
    Files.writeString(docs.resolve("b.txt"), "Посёлок Тяжина\n", StandardCharsets.UTF_8);
    Files.writeString(docs.resolve("c.txt"), "Nothing here\n", StandardCharsets.UTF_8);
    Path idx = cwd.resolve("idx");
    assertEquals(0, run(cwd, "index", "--index", idx.toString(), docs.toString()).exit());

    Run r = run(cwd, "--index", idx.toString(), "--color=never", "Tyazhin");
    assertEquals(0, r.exit(), r.toString());
    int family = r.out().indexOf("Тяжина ≈ Tyazhin (family)");
    int derived = r.out().indexOf("Тяжинский ≈ Tyazhin (derived)");
    assertTrue(family >= 0 && derived > family, "family first, then derived: " + r.out());

    Run off = run(cwd, "--index", idx.toString(), "--no-derived", "--color=never", "Tyazhin");
    assertEquals(0, off.exit(), off.toString());
    assertFalse(off.out().contains("Тяжинский"), off.out());
    assertTrue(off.out().contains("Тяжина ≈ Tyazhin (family)"), off.out());
  }

  @Test
  void indexUpdateAndDelete(@TempDir Path cwd) throws Exception {
    Path docs = Files.createDirectories(cwd.resolve("docs"));
    Path idx = cwd.resolve("idx");
    Files.writeString(docs.resolve("a.txt"), "Deputy\nDmitry Baltrukov was called up.\n");
    Files.writeString(docs.resolve("b.md"), "# Oligarch\nMikhail Khodorkovsky spoke.\n");
    Files.writeString(docs.resolve("ignored.pdf"), "Baltrukov");
    Run indexed = run(cwd, "index", "--index", idx.toString(), docs.toString());
    assertEquals(0, indexed.exit(), indexed.toString());
    assertTrue(indexed.out().contains("indexed 2 new"), indexed.out());

    Run found = run(cwd, "--index", idx.toString(), "--json", "Baltrukov");
    assertEquals(0, found.exit(), found.toString());
    assertEquals(1, found.lines().size());
    assertTrue(found.out().contains("a.txt"));

    // Change a.txt, delete b.md: re-indexing updates one and removes the other.
    Files.writeString(
        docs.resolve("a.txt"), "Deputy\nNow about Khodorkovsky instead, at length.\n");
    Files.delete(docs.resolve("b.md"));
    Run again = run(cwd, "index", "--index", idx.toString(), docs.toString());
    assertEquals(0, again.exit(), again.toString());
    assertTrue(again.out().contains("0 new, 1 changed, 0 unchanged, 1 removed"), again.out());
    assertEquals(1, run(cwd, "--index", idx.toString(), "Baltrukov").exit());
    Run kh = run(cwd, "--index", idx.toString(), "--json", "Khodorkovsky");
    assertEquals(1, kh.lines().size(), kh.out());
    assertTrue(kh.out().contains("a.txt"));

    Run unchanged = run(cwd, "index", "--index", idx.toString(), docs.toString());
    assertTrue(
        unchanged.out().contains("0 new, 0 changed, 1 unchanged, 0 removed"), unchanged.out());
  }

  @Test
  void badFilesAreReportedAndTheRestIndexed(@TempDir Path cwd) throws Exception {
    Path docs = Files.createDirectories(cwd.resolve("docs"));
    Files.writeString(docs.resolve("good.txt"), "Baltrukov");
    Files.write(docs.resolve("binary.txt"), new byte[] {'a', 0, 'b'});
    Files.write(docs.resolve("latin1.txt"), new byte[] {'B', (byte) 0xE9, 'z'});
    Path idx = cwd.resolve("idx");
    Run r = run(cwd, "index", "--index", idx.toString(), docs.toString());
    assertEquals(2, r.exit(), r.toString());
    assertTrue(r.err().contains("binary.txt: binary file"), r.err());
    assertTrue(r.err().contains("latin1.txt: not valid UTF-8"), r.err());
    assertFalse(r.err().contains("\tat "));
    assertEquals(0, run(cwd, "--index", idx.toString(), "Baltrukov").exit());
  }

  @Test
  void indexPathThatIsAFile(@TempDir Path cwd) throws Exception {
    Path file = Files.writeString(cwd.resolve("file"), "not an index");
    Path doc = Files.writeString(cwd.resolve("a.txt"), "Baltrukov");
    assertOneLineError(run(cwd, "index", "--index", file.toString(), doc.toString()));
    assertOneLineError(run(cwd, "--index", file.toString(), "Baltrukov"));
    assertEquals("not an index", Files.readString(file));
  }

  @Test
  void symbolicLinksOutOfTheFolderAreNotFollowedUnlessAsked(@TempDir Path cwd) throws Exception {
    Path docs = Files.createDirectories(cwd.resolve("docs"));
    Path outside = Files.createDirectories(cwd.resolve("outside"));
    Files.writeString(outside.resolve("secret.txt"), "Secret\nKhodorkovsky\n");
    Files.writeString(docs.resolve("a.txt"), "Deputy\nDmitry Baltrukov\n");
    Files.createSymbolicLink(docs.resolve("link.txt"), outside.resolve("secret.txt"));
    Files.createSymbolicLink(docs.resolve("linkdir"), outside);
    Path idx = cwd.resolve("idx");
    Run r = run(cwd, "index", "--index", idx.toString(), docs.toString());
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.out().contains("indexed 1 new"), r.out());
    assertEquals(1, run(cwd, "--index", idx.toString(), "Khodorkovsky").exit());

    Path idx2 = cwd.resolve("idx2");
    Run followed = run(cwd, "index", "--follow-links", "--index", idx2.toString(), docs.toString());
    assertEquals(0, followed.exit(), followed.toString());
    assertEquals(0, run(cwd, "--index", idx2.toString(), "Khodorkovsky").exit());
  }
}
