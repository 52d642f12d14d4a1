package io.namesearch.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.namesearch.engine.NameEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every rule table carries example rows ({@code #example <TAB> word <TAB> check <TAB> expected}, as
 * iuliia's scheme files carry samples), and each holds for the built-in rules.
 */
class RuleExamplesTest {

  private static final NameEngine ENGINE = NameEngine.defaults();
  private static final PersonRules PERSON = PersonRules.defaults();

  /** Why the example fails, or empty when it holds. */
  static Optional<String> failure(RuleExample e) {
    String actual =
        switch (e.check()) {
          case "keys" -> String.join(" ", ENGINE.keys(e.word()));
          case "family" -> String.join(" ", ENGINE.families(e.word()));
          case "derived" -> String.join(" ", ENGINE.derived(e.word()));
          case "forms" ->
              ENGINE.baseFamilies(e.word()).contains(e.expected())
                  ? e.expected()
                  : String.join(" ", ENGINE.baseFamilies(e.word()));
          case "normalized" -> ENGINE.normalize(e.word());
          case "nickname" ->
              Nicknames.defaults()
                      .equivalents(ENGINE.keys(e.word()))
                      .contains(ENGINE.keys(e.expected()).get(0))
                  ? e.expected()
                  : "not " + e.expected();
          case "title" -> PERSON.isNoise(ENGINE.normalize(e.word())) ? "yes" : "no";
          case "patronymic" -> {
            String stem = PERSON.patronymicStem(ENGINE.keys(e.word()).get(0));
            yield stem == null ? "-" : stem;
          }
          case "patronymic-form" -> PERSON.isPatronymicForm(ENGINE.keys(e.word())) ? "yes" : "no";
          case "case-forms" -> String.join(" ", PERSON.firstNameCaseForms(e.word()));
          case "gender" -> {
            String[] words = e.word().split(" ");
            PersonRules.Gender g =
                words.length == 2
                    ? PERSON.genderAgainst(
                        ENGINE.keys(words[0]).get(0), ENGINE.keys(words[1]).get(0))
                    : PERSON.patronymicGender(ENGINE.keys(e.word()));
            yield switch (g) {
              case FEMALE -> "F";
              case MALE -> "M";
              case UNKNOWN -> "-";
            };
          }
          default -> throw new AssertionError(e.check());
        };
    return actual.equals(e.expected())
        ? Optional.empty()
        : Optional.of(
            e.where()
                + ": "
                + e.check()
                + " of "
                + e.word()
                + " is '"
                + actual
                + "', the example says '"
                + e.expected()
                + "'");
  }

  @Test
  void everyTableHasExamplesAndEachHolds() {
    List<String> failures = new ArrayList<>();
    for (RuleFile file : RuleFile.values()) {
      RuleTable table = file.read(RuleTable.Source.BUILT_IN);
      assertFalse(table.examples.isEmpty(), file.file + " has no #example row");
      for (RuleExample e : table.examples) {
        failure(e).ifPresent(failures::add);
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void aWrongExampleIsReported() {
    var wrong = new RuleExample("latin.tsv", 7, "Poetin", "keys", "poetin");
    assertEquals(
        Optional.of("latin.tsv:7: keys of Poetin is 'putin poetin', the example says 'poetin'"),
        failure(wrong));
    var nickname = new RuleExample("nicknames.tsv", 3, "Dima", "nickname", "Sergei");
    assertTrue(failure(nickname).isPresent());
  }
}
