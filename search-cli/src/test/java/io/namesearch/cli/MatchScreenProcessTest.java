package io.namesearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.namesearch.cli.SearchProcess.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code search match} and {@code search screen} run as real processes. */
class MatchScreenProcessTest {

  private static Path write(Path dir, String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void matchPrintsScoreAlignmentAndExplanation(@TempDir Path cwd) throws Exception {
    Run r = CliProcessTest.run(cwd, "match", "Dmitri Baltrukow", "БАЛТРУКОВ Дмитрий Александрович");
    assertEquals(0, r.exit(), r.toString());
    List<String> lines = r.lines();
    assertTrue(lines.get(0).startsWith("score 0.9"), r.out());
    assertTrue(lines.get(0).contains(": match (threshold 0.75)"), r.out());
    assertTrue(r.out().contains("Baltrukow  БАЛТРУКОВ      variant"), r.out());
    assertTrue(r.out().contains("Александрович  unmatched"), r.out());
    assertTrue(lines.get(lines.size() - 1).contains("Dmitri ~ Дмитрий (variant)"), r.out());
  }

  @Test
  void matchExitCodes(@TempDir Path cwd) throws Exception {
    assertEquals(0, CliProcessTest.run(cwd, "match", "Ivanov Sergei", "Sergey Ivanov").exit());
    Run below = CliProcessTest.run(cwd, "match", "Ivanov Aleksandr", "Ivanova Aleksandra");
    assertEquals(1, below.exit(), below.toString());
    assertTrue(below.out().contains("gender conflict"), below.out());
    Run strict =
        CliProcessTest.run(
            cwd,
            "match",
            "--threshold",
            "0.999",
            "Dmitry Baltrukov",
            "Baltrukov Dmitry Aleksandrovich");
    assertEquals(1, strict.exit(), strict.toString());
    CliProcessTest.assertOneLineError(CliProcessTest.run(cwd, "match", "Ivanov", "!!!"));
    CliProcessTest.assertOneLineError(CliProcessTest.run(cwd, "match", "", "Ivanov"));
    CliProcessTest.assertOneLineError(
        CliProcessTest.run(cwd, "match", "--threshold", "2", "Ivanov", "Ivanov"));
    CliProcessTest.assertOneLineError(CliProcessTest.run(cwd, "match", "Ivanov"));
  }

  @Test
  void matchJson(@TempDir Path cwd) throws Exception {
    Run r =
        CliProcessTest.run(
            cwd, "match", "--json", "--nicknames", "Dima Baltrukov", "Dmitry Baltrukov");
    assertEquals(0, r.exit(), r.toString());
    JsonNode n = new ObjectMapper().readTree(r.out());
    assertTrue(n.get("match").asBoolean());
    assertEquals(0.75, n.get("threshold").asDouble());
    assertEquals("NICKNAME", n.get("alignment").get(0).get("tier").asText(), r.out());
    assertFalse(n.get("genderConflict").asBoolean());
    assertTrue(n.get("explanation").asText().startsWith(n.get("score").asText().substring(0, 4)));
  }

  @Test
  void screenAgainstAListWithABadLine(@TempDir Path cwd) throws Exception {
    Path list =
        write(cwd, "list.txt", "Dmitry Baltrukov\n12345\n\nKhodorkovsky Mikhail\nIvanova Anna\n");
    Path against =
        write(
            cwd,
            "against.txt",
            "БАЛТРУКОВ Дмитрий Александрович\nBaltrukova, Darya\nХодорковский Михаил\n"
                + "Mikhail Chodorkowski\nIvanov Anton\n!!!\n");
    Run r =
        CliProcessTest.run(
            cwd,
            "screen",
            "--list",
            list.toString(),
            "--against",
            against.toString(),
            "--threads",
            "2");
    assertEquals(2, r.exit(), r.toString());
    List<String> lines = r.lines();
    assertEquals("line,name,match,match_line,score,explanation", lines.get(0));
    assertTrue(
        lines.get(1).startsWith("1,Dmitry Baltrukov,БАЛТРУКОВ Дмитрий Александрович,1,0.9"),
        r.out());
    assertEquals(
        2, lines.stream().filter(l -> l.startsWith("4,Khodorkovsky Mikhail,")).count(), r.out());
    assertFalse(r.out().contains("Baltrukova"), "another person: " + r.out());
    assertFalse(r.out().contains("Ivanov Anton"), "another person: " + r.out());
    List<String> err = r.err().lines().toList();
    assertEquals(3, err.size(), r.err());
    assertTrue(
        err.stream().anyMatch(l -> l.contains("against.txt line 6: name has no letters")), r.err());
    assertTrue(
        err.stream().anyMatch(l -> l.contains("list.txt line 2: name has no letters")), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void screenCsvColumnAsJsonLines(@TempDir Path cwd) throws Exception {
    Path list =
        write(
            cwd,
            "customers.csv",
            "id,name,country\n1,\"BALTRUKOV, Dmitry\",RU\n2,Anna Petrova,RU\n");
    Path against = write(cwd, "sdn.txt", "Dmitrii Baltrukov\nPetrova Maria\n");
    Run r =
        CliProcessTest.run(
            cwd,
            "screen",
            "--list",
            list.toString(),
            "--column",
            "name",
            "--against",
            against.toString(),
            "--format",
            "jsonl");
    assertEquals(0, r.exit(), r.toString());
    List<String> lines = r.lines();
    assertEquals(1, lines.size(), r.out());
    JsonNode n = new ObjectMapper().readTree(lines.get(0));
    assertEquals(2, n.get("line").asInt());
    assertEquals("BALTRUKOV, Dmitry", n.get("name").asText());
    assertEquals("Dmitrii Baltrukov", n.get("match").asText());
    assertEquals(1, n.get("matchLine").asInt());
    Run none =
        CliProcessTest.run(
            cwd,
            "screen",
            "--list",
            against.toString(),
            "--against",
            write(cwd, "other.txt", "Ivan Sidorov\n").toString());
    assertEquals(1, none.exit(), none.toString());
  }

  @Test
  void screenTheIndex(@TempDir Path cwd) throws Exception {
    Path list = write(cwd, "watch.txt", "Дмитрий Балтруков\nZzyzx Quorrblat\n");
    Run r = CliProcessTest.run(cwd, "screen", "--list", list.toString());
    assertEquals(0, r.exit(), r.toString());
    assertEquals("line,name,document,title,score,explanation", r.lines().get(0));
    assertTrue(r.out().contains("000_2ae35e11502cc4ad.txt"), r.out());
    assertTrue(r.out().contains("Дмитрий ~ Dmitry (variant)"), r.out());
    assertFalse(r.out().contains("Zzyzx"), r.out());
  }

  @Test
  void screenUsageErrors(@TempDir Path cwd) throws Exception {
    Path list = write(cwd, "l.txt", "Ivanov\n");
    CliProcessTest.assertOneLineError(CliProcessTest.run(cwd, "screen", "--list", "missing.txt"));
    CliProcessTest.assertOneLineError(
        CliProcessTest.run(cwd, "screen", "--list", list.toString(), "--against", "missing.txt"));
    CliProcessTest.assertOneLineError(
        CliProcessTest.run(cwd, "screen", "--list", list.toString(), "--column", "name"));
    CliProcessTest.assertOneLineError(
        CliProcessTest.run(cwd, "screen", "--list", list.toString(), "--threshold", "-1"));
    CliProcessTest.assertOneLineError(CliProcessTest.run(cwd, "screen"));
  }
}
