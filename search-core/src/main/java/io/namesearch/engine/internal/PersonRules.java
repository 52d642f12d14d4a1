package io.namesearch.engine.internal;

import io.namesearch.engine.NameMatcher;
import io.namesearch.engine.NameRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The tables of how the {@link NameMatcher} reads the parts of a person's name: titles and suffixes
 * that carry no identity ({@code titles.tsv}), patronymic endings ({@code patronymic-endings.tsv})
 * and gender endings ({@code gender-endings.tsv}). Immutable.
 *
 * @lucene.internal
 */
public final class PersonRules {

  /** The grammatical gender of a name part, as far as its ending tells. */
  enum Gender {
    FEMALE,
    MALE,
    UNKNOWN
  }

  private static final class DefaultHolder {
    static final PersonRules DEFAULT =
        load(CompiledRules.of(NameRules.defaults()), RuleTable.Source.BUILT_IN);
  }

  private final Set<String> noise;
  private final String[] patronymicEndings;
  private final String[] genderEndings;
  private final Gender[] genders;

  private PersonRules(
      Set<String> noise, String[] patronymicEndings, String[] genderEndings, Gender[] genders) {
    this.noise = noise;
    this.patronymicEndings = patronymicEndings;
    this.genderEndings = genderEndings;
    this.genders = genders;
  }

  /** The built-in tables, loaded once. */
  public static PersonRules defaults() {
    return DefaultHolder.DEFAULT;
  }

  /** Whether the normalised word is a title or suffix with no identity (Mr, г-н, Jr). */
  boolean isNoise(String normalized) {
    return noise.contains(normalized);
  }

  /** Whether one of a word's variant keys ends as a patronymic does. */
  boolean isPatronymic(java.util.List<String> keys) {
    for (String key : keys) {
      for (String e : patronymicEndings) {
        if (key.length() > e.length() + 2 && key.endsWith(e)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The father's name in a patronymic's variant key: the key without its patronymic ending and the
   * linking vowel before it (vladimirovna, uladsimirauna: vladimir, uladsimir; ivanaviš: ivan), or
   * null when the key has no patronymic ending.
   */
  String patronymicStem(String key) {
    String best = null;
    for (String e : patronymicEndings) {
      if (key.length() > e.length() + 2
          && key.endsWith(e)
          && (best == null || e.length() > best.length())) {
        best = e;
      }
    }
    if (best == null) {
      return null;
    }
    String stem = key.substring(0, key.length() - best.length());
    if (stem.length() > 4 && isVowel(stem.charAt(stem.length() - 1))) {
      stem = stem.substring(0, stem.length() - 1);
    }
    return stem;
  }

  /**
   * The gender a patronymic's own ending tells (Petrovna, Mikalaeŭna: FEMALE; Petrovich: MALE),
   * from the GENDER endings that are patronymic endings too; UNKNOWN when none is.
   */
  Gender patronymicGender(List<String> keys) {
    for (String key : keys) {
      for (int i = 0; i < genderEndings.length; i++) {
        String e = genderEndings[i];
        if (e.length() >= 3 && key.length() > e.length() + 2 && key.endsWith(e)) {
          return genders[i];
        }
      }
    }
    return Gender.UNKNOWN;
  }

  /**
   * The gender of {@code key} when {@code other} is the same stem with the other gender's ending
   * (ivanov, ivanova: MALE; hodorkovska, hodorkovski: FEMALE), else UNKNOWN. {@code C} in the table
   * is the bare stem ending in a consonant.
   */
  Gender genderAgainst(String key, String other) {
    for (int i = 0; i < genderEndings.length; i++) {
      for (int j = 0; j < genderEndings.length; j++) {
        if (genders[i] == genders[j]) {
          continue;
        }
        String stem = stem(key, genderEndings[i]);
        if (stem != null && stem.length() >= 2 && stem.equals(stem(other, genderEndings[j]))) {
          return genders[i];
        }
      }
    }
    return Gender.UNKNOWN;
  }

  /** The key without the ending, or null when it does not end so. */
  private static String stem(String key, String ending) {
    if (ending.equals("C")) {
      return !key.isEmpty() && !isVowel(key.charAt(key.length() - 1)) ? key : null;
    }
    return key.length() > ending.length() && key.endsWith(ending)
        ? key.substring(0, key.length() - ending.length())
        : null;
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  /**
   * Reads the tables of {@code titles.tsv}, {@code patronymic-endings.tsv} and {@code
   * gender-endings.tsv} from {@code source}, checked as {@link RuleTable} checks every table.
   */
  static PersonRules load(CompiledRules tables, RuleTable.Source source) {
    NameKeyer keyer = new NameKeyer(tables);
    RuleTable titles = RuleFile.TITLES.read(source);
    titles.unique(r -> normalized(keyer, r.required("word")), "title");
    Set<String> noise = new HashSet<>();
    for (RuleTable.Row row : titles.rows) {
      noise.add(normalized(keyer, row.required("word")));
    }

    RuleTable patronymics = RuleFile.PATRONYMIC_ENDINGS.read(source);
    patronymics.unique(r -> r.text("ending"), "ending");
    List<String> patronymicEndings = new ArrayList<>();
    for (RuleTable.Row row : patronymics.rows) {
      patronymicEndings.add(row.key("ending", tables.keyAlphabet, false));
    }

    RuleTable genderTable = RuleFile.GENDER_ENDINGS.read(source);
    genderTable.unique(r -> r.text("gender") + "\t" + r.text("ending"), "gender and ending");
    List<String> genderEndings = new ArrayList<>();
    List<Gender> genders = new ArrayList<>();
    for (RuleTable.Row row : genderTable.rows) {
      genders.add(
          row.choice("gender", List.of("F", "M")).equals("F") ? Gender.FEMALE : Gender.MALE);
      String ending = row.required("ending");
      genderEndings.add(ending.equals("C") ? ending : row.key("ending", tables.keyAlphabet, false));
    }
    return new PersonRules(
        Set.copyOf(noise),
        patronymicEndings.toArray(String[]::new),
        genderEndings.toArray(String[]::new),
        genders.toArray(Gender[]::new));
  }

  private static String normalized(NameKeyer keyer, String word) {
    int n = keyer.normalize(word.toCharArray(), 0, word.length());
    return new String(keyer.normalizedBuffer(), 0, n);
  }
}
