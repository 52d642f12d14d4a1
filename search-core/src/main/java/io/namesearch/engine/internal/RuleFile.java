package io.namesearch.engine.internal;

/**
 * The rule tables of the name engine and their declared column headers: one kind of record per
 * file. The rules README documents each table.
 */
enum RuleFile {
  CYRILLIC("cyrillic.tsv", "letter", "key"),
  HOMOGLYPHS("homoglyphs.tsv", "latin", "cyrillic"),
  PROFILES("profiles.tsv", "profile", "orthographies"),
  CUES("cues.tsv", "pattern", "left", "right", "profiles"),
  LATIN("latin.tsv", "pattern", "left", "right", "key", "overrides"),
  FOLDS("folds.tsv", "op", "left", "target", "right", "replacement", "min_length"),
  ENDINGS("endings.tsv", "ending", "left", "min_stem", "stage", "script"),
  FAMILY_FOLDS("family-folds.tsv", "op", "left", "target", "right", "replacement", "min_length"),
  DERIVATIONS("derivations.tsv", "suffix", "left", "min_base"),
  FLEETING("fleeting.tsv", "nominative", "oblique", "left", "min_stem"),
  NICKNAMES("nicknames.tsv", "full", "diminutives", "languages"),
  TITLES("titles.tsv", "word"),
  FIRST_NAME_CASES("first-name-cases.tsv", "ending", "replace", "case_endings", "fleeting"),
  PATRONYMIC_ENDINGS("patronymic-endings.tsv", "ending", "stem", "case_endings"),
  GENDER_ENDINGS("gender-endings.tsv", "gender", "ending");

  final String file;
  private final String[] columns;

  RuleFile(String file, String... columns) {
    this.file = file;
    this.columns = columns;
  }

  /** Reads this table from {@code source}, checking its header. */
  RuleTable read(RuleTable.Source source) {
    return RuleTable.load(source, file, columns);
  }

  /** Reads this table from {@code reader}, checking its header. */
  RuleTable read(java.io.BufferedReader reader) throws java.io.IOException {
    return RuleTable.read(file, reader, columns);
  }
}
