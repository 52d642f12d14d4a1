package io.namesearch.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.namesearch.engine.NameRules;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The rules fingerprint that an index records: it follows the rows of the tables that make keys,
 * and nothing else (comments, examples, blank lines, the query-only tables).
 */
class RulesFingerprintTest {

  /** The fingerprint of the built-in tables with {@code file} edited by {@code edit}. */
  private static String withEdit(String file, UnaryOperator<String> edit) {
    RuleTable.Source source =
        name -> {
          InputStream in = RuleTable.Source.BUILT_IN.open(name);
          if (!name.equals(file)) {
            return in;
          }
          try (in) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String edited = edit.apply(text);
            assertNotEquals(text, edited, "the edit changes " + file);
            return new ByteArrayInputStream(edited.getBytes(StandardCharsets.UTF_8));
          }
        };
    return new CompiledRules(source).fingerprint();
  }

  private static final String BUILT_IN = NameRules.defaults().fingerprint();

  @Test
  void isStableAndShort() throws IOException {
    assertEquals(BUILT_IN, CompiledRules.builtIn().fingerprint());
    assertEquals(16, BUILT_IN.length());
  }

  @Test
  void aRowChangeInAnyKeyTableChangesIt() {
    // A last row that repeats a rule of its table: the keys stay, but the table is another one.
    String[][] rows = {
      {"folds.tsv", "replace\t-\tš\t-\tš\t9"},
      {"family-folds.tsv", "replace\t-\tš\t-\tš\t9"},
      {"endings.tsv", null},
      {"derivations.tsv", null},
      {"latin.tsv", null},
    };
    for (String[] r : rows) {
      String file = r[0];
      String changed =
          withEdit(
              file,
              text -> {
                if (r[1] != null) {
                  return text + r[1] + "\n";
                }
                // Drop the last rule row.
                String[] lines = text.split("\n", -1);
                for (int i = lines.length - 1; i >= 0; i--) {
                  if (!lines[i].isBlank() && !lines[i].startsWith("#")) {
                    lines[i] = "";
                    break;
                  }
                }
                return String.join("\n", lines);
              });
      assertNotEquals(BUILT_IN, changed, file);
    }
  }

  @Test
  void commentsBlankLinesAndCellPaddingDoNotChangeIt() {
    assertEquals(BUILT_IN, withEdit("folds.tsv", t -> "# a new comment\n\n" + t + "\n# end\n"));
    assertEquals(
        BUILT_IN,
        withEdit("family-folds.tsv", t -> t.replace("replace\t-\tsh\t", "replace \t-\tsh\t")));
  }

  @Test
  void theQueryOnlyTablesAreNotPartOfIt() {
    // Nicknames are looked up at query time; an index does not depend on them.
    RuleTable.Source source =
        name ->
            name.equals("nicknames.tsv")
                ? new ByteArrayInputStream(new byte[0])
                : RuleTable.Source.BUILT_IN.open(name);
    assertEquals(BUILT_IN, new CompiledRules(source).fingerprint());
  }
}
