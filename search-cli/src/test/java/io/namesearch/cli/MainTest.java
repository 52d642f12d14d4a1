package io.namesearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * A search is parsed without the subcommands' models ({@link Main#isSearch}), and every other
 * command line with them: the list that tells them apart names every subcommand and alias, and a
 * search parsed either way prints the same.
 */
class MainTest {

  @Test
  void theListNamesEverySubcommandAndAlias() {
    CommandLine cl =
        Main.newCommandLine(
            new PrintWriter(Writer.nullWriter()), new PrintWriter(Writer.nullWriter()));
    for (CommandLine sub : cl.getSubcommands().values()) {
      assertTrue(Main.SUBCOMMANDS_AND_HELP.contains(sub.getCommandName()), sub.getCommandName());
      for (String alias : sub.getCommandSpec().aliases()) {
        assertTrue(Main.SUBCOMMANDS_AND_HELP.contains(alias), alias);
      }
    }
    for (String name : cl.getSubcommands().keySet()) {
      assertTrue(Main.SUBCOMMANDS_AND_HELP.contains(name), name);
    }
  }

  @Test
  void whatIsASearch() {
    assertTrue(Main.isSearch(new String[] {"Baltrukov"}));
    assertTrue(Main.isSearch(new String[] {"--json", "-n", "3", "Dmitri", "Paljuga"}));
    assertTrue(Main.isSearch(new String[] {"--index", "/tmp/x", "--since", "2020-01-01", "X"}));
    assertTrue(Main.isSearch(new String[] {"-vn", "3", "X"}));
    for (String[] other :
        new String[][] {
          {"index", "--index", "d", "p"},
          {"--index", "d", "variants", "X"},
          {"help"},
          {"--help"},
          {"-h"},
          {"-vh"},
          {"-V"},
          {"--version"},
          {"--", "index"},
          {"match", "a", "b"},
          {"eval-docs", "d"},
          {"serve"},
          {"screen", "f"}
        }) {
      assertFalse(Main.isSearch(other), String.join(" ", other));
    }
  }

  @Test
  void aSearchPrintsTheSameWithAndWithoutTheSubcommands() {
    for (String[] args :
        new String[][] {
          {"Baltrukov"},
          {"--json", "Dmitri Paljuga"},
          {"--bogus", "X"},
          {"--limit", "0", "X"},
          {""},
          {"--index", "/nonexistent/dir", "X"}
        }) {
      assertEquals(run(true, args), run(false, args), String.join(" ", args));
    }
  }

  private static String run(boolean full, String[] args) {
    StringWriter text = new StringWriter();
    PrintWriter w = new PrintWriter(text, true);
    CommandLine cl = full ? Main.newCommandLine(w, w) : Main.configure(Main.searchOnly(), w, w);
    int code = cl.execute(args);
    w.flush();
    return code + "\n" + text;
  }
}
