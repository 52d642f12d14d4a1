package io.namesearch.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.namesearch.engine.NameRules;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/**
 * A broken rule table fails the load with one line naming the file, line and column: the broken
 * tables are test resources ({@code broken/<case>/<table>}), the other tables the built-in ones.
 */
class RuleTableTest {

  /** The message of loading the rules with the tables of {@code broken/<dir>} in place. */
  private static String loadError(String dir) {
    RuleTable.Source source =
        file -> {
          InputStream broken =
              RuleTableTest.class.getResourceAsStream(
                  "/io/namesearch/engine/broken/" + dir + "/" + file);
          return broken != null ? broken : RuleTable.Source.BUILT_IN.open(file);
        };
    return assertThrows(
            IllegalStateException.class, () -> PersonRules.load(new CompiledRules(source), source))
        .getMessage();
  }

  @Test
  void wrongHeader() {
    assertEquals(
        "latin.tsv:2:9: expected the column header 'pattern<TAB>left<TAB>right<TAB>key<TAB>"
            + "overrides', found 'pattern<TAB>context<TAB>key<TAB>overrides'",
        loadError("header"));
  }

  @Test
  void unknownContext() {
    assertEquals(
        "folds.tsv:4:9: left: unknown left context 'X' (expected - ^ V C !V [xyz] C>)",
        loadError("context"));
  }

  @Test
  void unknownProfile() {
    assertEquals(
        "latin.tsv:3:15: overrides: unknown profile 'XX' (expected one of BASE GB CE NL FR ES HU,"
            + " from profiles.tsv)",
        loadError("profile"));
  }

  @Test
  void outputOutsideTheKeyAlphabet() {
    assertEquals(
        "endings.tsv:3:2: ending: 'w' is not in the key alphabet (abdefhiklmnoprstuvš, the keys"
            + " of cyrillic.tsv)",
        loadError("alphabet"));
  }

  @Test
  void contextLettersOutsideTheKeyAlphabet() {
    assertEquals(
        "family-folds.tsv:2:12: left: 'q' is not in the key alphabet (abdefhiklmnoprstuvš, the"
            + " keys of cyrillic.tsv)",
        loadError("set-alphabet"));
  }

  @Test
  void duplicateRow() {
    assertEquals(
        "cyrillic.tsv:4:1: duplicate letter 'а' (first on line 2)", loadError("duplicate"));
  }

  @Test
  void unknownEnumValue() {
    assertEquals(
        "endings.tsv:2:10: script: unknown value 'greek' (expected one of any latin cyrillic)",
        loadError("choice"));
  }

  @Test
  void missingColumn() {
    assertEquals(
        "derivations.tsv:2:5: a row has 3 tab-separated columns (suffix left min_base), this one 2",
        loadError("columns"));
  }

  @Test
  void notANumber() {
    assertEquals(
        "derivations.tsv:2:6: min_base: expected a whole number of at least 1, found 'four'",
        loadError("number"));
  }

  @Test
  void unknownGender() {
    assertEquals(
        "gender-endings.tsv:4:1: gender: unknown value 'X' (expected one of F M)",
        loadError("gender"));
  }

  @Test
  void patronymicEndingOutsideTheKeyAlphabet() {
    assertEquals(
        "patronymic-endings.tsv:3:3: ending: 'c' is not in the key alphabet"
            + " (abdefhiklmnoprstuvš, the keys of cyrillic.tsv)",
        loadError("patronymic"));
  }

  @Test
  void firstNameCaseRowReplacingMoreThanItsEnding() {
    assertEquals(
        "first-name-cases.tsv:3:3: replace: replaces more letters than the ending has",
        loadError("firstcases"));
  }

  @Test
  void titleTwiceAsTheEngineReadsIt() {
    assertEquals("titles.tsv:4:1: duplicate title 'mr' (first on line 3)", loadError("title"));
  }

  @Test
  void nicknameTwiceInARow() throws Exception {
    try (InputStream in =
        getClass().getResourceAsStream("/io/namesearch/engine/broken/nicknames/nicknames.tsv")) {
      BufferedReader reader =
          new BufferedReader(
              new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
      var e =
          assertThrows(
              IllegalStateException.class,
              () -> Nicknames.parse(reader, CompiledRules.of(NameRules.defaults())));
      assertEquals("nicknames.tsv:3:6: diminutives: 'Ваня' twice in a row", e.getMessage());
    }
  }

  @Test
  void missingHeader() {
    var e =
        assertThrows(
            IllegalStateException.class,
            () ->
                Nicknames.parse(
                    new BufferedReader(new StringReader("Иван\tВаня\n")),
                    CompiledRules.of(NameRules.defaults())));
    assertEquals(
        "nicknames.tsv:1:1: expected the column header 'full<TAB>diminutives<TAB>languages',"
            + " found 'Иван<TAB>Ваня'",
        e.getMessage());
  }

  @Test
  void emptyTable() {
    var e =
        assertThrows(
            IllegalStateException.class,
            () ->
                RuleFile.CYRILLIC.read(new BufferedReader(new StringReader("# only a comment\n"))));
    assertEquals("cyrillic.tsv:1:1: no column header (expected 'letter<TAB>key')", e.getMessage());
  }

  @Test
  void unknownExampleCheck() {
    var e =
        assertThrows(
            IllegalStateException.class,
            () ->
                RuleFile.DERIVATIONS.read(
                    new BufferedReader(
                        new StringReader(
                            "#example\tТяжин\tderives\ttasensk\nsuffix\tleft\tmin_base\n"))));
    assertEquals(
        "derivations.tsv:1:16: unknown example check 'derives' (expected one of keys family derived"
            + " forms normalized nickname title patronymic patronymic-form case-forms gender)",
        e.getMessage());
  }
}
