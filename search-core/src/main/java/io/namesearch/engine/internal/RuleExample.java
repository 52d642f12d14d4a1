package io.namesearch.engine.internal;

import java.util.List;

/**
 * An example row of a rule table, {@code #example <TAB> word <TAB> check <TAB> expected}, which a
 * test checks against the engine (see the rules README).
 */
record RuleExample(String file, int line, String word, String check, String expected) {

  /** What an example row checks. */
  static final List<String> CHECKS =
      List.of(
          "keys",
          "family",
          "derived",
          "forms",
          "normalized",
          "nickname",
          "title",
          "patronymic",
          "patronymic-form",
          "case-forms",
          "gender");

  /** Where the example is, for a failure message. */
  String where() {
    return file + ":" + line;
  }
}
