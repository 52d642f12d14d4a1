package io.namesearch.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

class GoldSetTest {

  @TempDir Path dir;

  private static final String GOLD =
      TestFiles.HEADER
          + "g1\tКиев\tKiev\tx\tplace\n"
          + "g1\tКиев\tKiew\ty\tplace\n"
          + "g2\t\tKiev\tx\tplace\n"
          + "g2\t\tKyiv\t\t\n";

  @Test
  void sharedStringIsOneDocumentInAllItsGroups() throws Exception {
    GoldSet set = GoldSet.read(TestFiles.write(dir, "g.tsv", GOLD), GoldSet.Options.DEFAULT);
    assertEquals(List.of("Kiev", "Kiew", "Kyiv", "Киев"), set.documents());
    assertEquals(3, set.variantDocuments());
    assertEquals(2, set.groups());
    assertEquals(4, set.queries().size());
    GoldSet.Query kievInG1 = set.queries().get(0);
    assertEquals(0, kievInG1.ownDoc());
    assertArrayEquals(new int[] {1, 3}, kievInG1.relevant());
    GoldSet.Query kievInG2 = set.queries().get(2);
    assertEquals(0, kievInG2.ownDoc());
    assertArrayEquals(new int[] {2}, kievInG2.relevant());
    GoldSet.Query kyiv = set.queries().get(3);
    assertArrayEquals(new int[] {0}, kyiv.relevant());
    assertEquals(GoldSet.NONE, kyiv.row().kind());
    assertEquals(GoldSet.NONE, kyiv.row().scheme());
  }

  @Test
  void documentPerGroupAndCyrillicQueries() throws Exception {
    GoldSet set =
        GoldSet.read(TestFiles.write(dir, "g.tsv", GOLD), new GoldSet.Options(false, true, true));
    assertEquals(List.of("Kiev", "Kiew", "Kiev", "Kyiv", "Киев"), set.documents());
    // The Cyrillic query comes first, at the first row of its group.
    assertEquals(5, set.queries().size());
    GoldSet.Query cyr = set.queries().get(0);
    assertEquals("Киев", cyr.row().variant());
    assertEquals(GoldSet.CYRILLIC, cyr.row().scheme());
    assertEquals(4, cyr.ownDoc());
    assertArrayEquals(new int[] {0, 1}, cyr.relevant());
    GoldSet.Query kievInG2 = set.queries().get(3);
    assertEquals(2, kievInG2.ownDoc());
    assertArrayEquals(new int[] {3}, kievInG2.relevant());
  }

  @Test
  void variantsOnly() throws Exception {
    GoldSet set =
        GoldSet.read(TestFiles.write(dir, "g.tsv", GOLD), new GoldSet.Options(false, false, false));
    assertEquals(List.of("Kiev", "Kiew", "Kyiv"), set.documents());
  }

  @Test
  void duplicateRowsAreOneQueryAndCrlfAndBomAreAccepted() throws Exception {
    String text =
        "\uFEFF"
            + TestFiles.HEADER.replace("\n", "\r\n")
            + "g1\t\tIvan\t\tperson\r\n"
            + "g1\t\tIvan\t\tperson\r\n"
            + "\r\n"
            + "g1\t\tIwan\t\tperson\r\n";
    GoldSet set = GoldSet.read(TestFiles.write(dir, "g.tsv", text), GoldSet.Options.DEFAULT);
    assertEquals(2, set.queries().size());
    assertEquals(1, set.duplicateRows());
    assertEquals(List.of("Ivan", "Iwan"), set.documents());
  }

  private String formatError(String text) throws Exception {
    Path p = TestFiles.write(dir, "bad.tsv", text);
    GoldSet.FormatException e =
        assertThrows(GoldSet.FormatException.class, () -> GoldSet.read(p, GoldSet.Options.DEFAULT));
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
    return e.getMessage();
  }

  @Test
  void badFilesSayWhatIsWrong() throws Exception {
    assertTrue(formatError("").contains("file is empty"));
    assertTrue(formatError("g1\t\tIvan\t\tperson\n").contains("line 1: expected the header"));
    assertTrue(formatError("group_id,cyrillic_form,variant\n").contains("expected the header"));
    assertTrue(formatError(TestFiles.HEADER).contains("no data rows"));
    String columns = formatError(TestFiles.HEADER + "g1\t\tIvan\t\tperson\ng1\tIwan\tperson\n");
    assertTrue(columns.contains("line 3: expected 5 tab-separated columns"), columns);
    assertTrue(columns.contains("got 3"), columns);
    assertTrue(
        formatError(TestFiles.HEADER + "\t\tIvan\t\tperson\n")
            .contains("line 2: group_id is empty"));
    assertTrue(
        formatError(TestFiles.HEADER + "g1\tИван\t \t\tperson\n")
            .contains("line 2: variant is empty"));
    Files.write(dir.resolve("latin1.tsv"), new byte[] {'g', (byte) 0xE9, '\n'});
    assertThrows(
        GoldSet.FormatException.class,
        () -> GoldSet.read(dir.resolve("latin1.tsv"), GoldSet.Options.DEFAULT));
  }

  @Test
  void commandTurnsBadInputIntoParameterException() throws Exception {
    Path missing = dir.resolve("missing.tsv");
    EvalCommand cmd = new EvalCommand();
    new CommandLine(cmd).parseArgs(missing.toString(), "--systems", "standard");
    ParameterException e = assertThrows(ParameterException.class, cmd::call);
    assertTrue(e.getMessage().startsWith("gold file not found: "), e.getMessage());

    Path empty = TestFiles.write(dir, "empty.tsv", "");
    EvalCommand cmd2 = new EvalCommand();
    new CommandLine(cmd2).parseArgs(empty.toString());
    assertTrue(
        assertThrows(ParameterException.class, cmd2::call).getMessage().contains("file is empty"));

    Path columns = TestFiles.write(dir, "cols.tsv", TestFiles.HEADER + "g1\tIvan\n");
    TestFiles.Run run = TestFiles.run(columns.toString(), "--systems", "standard");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("line 2: expected 5 tab-separated columns"), run.err());
  }

  @Test
  void badOptionsAreParameterExceptions() throws Exception {
    Path gold = TestFiles.write(dir, "g.tsv", GOLD);
    for (String[] args :
        List.of(
            new String[] {gold.toString(), "--systems", "nope"},
            new String[] {gold.toString(), "--by", "colour"},
            new String[] {gold.toString(), "--depth", "0"},
            new String[] {gold.toString(), "--kind", "ship", "--systems", "standard"})) {
      EvalCommand cmd = new EvalCommand();
      new CommandLine(cmd).parseArgs(args);
      assertThrows(ParameterException.class, cmd::call, String.join(" ", args));
    }
    if (!EvalSystems.isAvailable(EvalSystems.OURS)) {
      TestFiles.Run run = TestFiles.run(gold.toString(), "--systems", "ours");
      assertEquals(2, run.exitCode(), run.err());
      assertTrue(run.err().contains("not available"), run.err());
    }
  }
}
