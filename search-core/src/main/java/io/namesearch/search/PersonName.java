package io.namesearch.search;

import io.namesearch.engine.NameEngine;
import io.namesearch.engine.internal.Nicknames;
import io.namesearch.engine.internal.PersonRules;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A query read as one person's name: which word is the given name (or its initial), which the
 * patronymic, which the surname. A query is a personal name when it has two to four words, one of
 * them a known first name (any spelling or case form of a name in {@code nicknames.tsv}) or an
 * initial, at most one patronymic after it, and exactly one other word, the surname. The surname is
 * the word that is neither; when every word is a first name (Anna German), the last one. A word
 * that ends like a patronymic but comes before the given name is the surname (Stankevich, Sergey
 * Nikolayevich; Vashkevich V. V.).
 *
 * @param given the index of the given-name word (a first name or an initial)
 * @param givenIsInitial whether the given name is written as an initial (D., Д)
 * @param patronymic the index of the patronymic or second initial, or -1
 * @param surname the index of the surname word
 * @param givenKey the first variant key of the given name (no prefix), for initials
 * @param equivalents the variant keys of the given name's diminutives and equivalents
 */
record PersonName(
    int given,
    boolean givenIsInitial,
    int patronymic,
    int surname,
    String givenKey,
    Set<String> equivalents) {

  /**
   * The known first names: the variant and family keys of every form of the nickname table and of
   * its case forms ({@code first-name-cases.tsv}: Павел, Павла, Павлу; Анна, Анны, Анне), each to
   * the forms it may be.
   */
  private static final class Lexicon {
    static final Map<String, Set<Integer>> IDS = build();

    private static Map<String, Set<Integer>> build() {
      NameEngine engine = NameEngine.defaults();
      Map<String, Set<Integer>> ids = new HashMap<>();
      List<String> forms = Nicknames.defaults().forms();
      for (int i = 0; i < forms.size(); i++) {
        for (String form : PersonRules.defaults().firstNameCaseForms(forms.get(i))) {
          for (String k : engine.keys(form)) {
            ids.computeIfAbsent(k, x -> new HashSet<>()).add(i);
          }
          for (String k : engine.families(form)) {
            ids.computeIfAbsent(k, x -> new HashSet<>()).add(i);
          }
        }
      }
      Map<String, Set<Integer>> out = new HashMap<>();
      ids.forEach((k, v) -> out.put(k, Set.copyOf(v)));
      return Map.copyOf(out);
    }
  }

  /**
   * The forms of the nickname table a word may be, in any spelling and case form; empty if none.
   */
  static Set<Integer> firstNameIds(NameEngine engine, String word) {
    if (word.length() < 2) {
      return Set.of();
    }
    Set<Integer> out = new HashSet<>();
    for (String k : engine.keys(word)) {
      out.addAll(Lexicon.IDS.getOrDefault(k, Set.of()));
    }
    if (out.isEmpty()) {
      for (String k : engine.families(word)) {
        out.addAll(Lexicon.IDS.getOrDefault(k, Set.of()));
      }
    }
    return out;
  }

  /** Whether a word, in any spelling and case form, is a known first name or diminutive. */
  static boolean isFirstName(NameEngine engine, String word) {
    return !firstNameIds(engine, word).isEmpty();
  }

  /**
   * Whether a query word is a patronymic in any case form and spelling (Aleksandrovich,
   * Александровны, Ivanovnoy, Ильич), by the endings of {@code patronymic-endings.tsv} on its
   * variant keys: the table the name matcher reads too.
   */
  static boolean isPatronymic(QueryWord word) {
    return PersonRules.defaults()
        .isPatronymicForm(word.variants().stream().map(v -> v.substring(1)).toList());
  }

  /** Whether a word is an initial: one letter, or the Latin letters of one (Zh, Yu, Sch). */
  static boolean isInitial(String word) {
    if (word.isEmpty() || !Character.isLetter(word.codePointAt(0))) {
      return false;
    }
    if (word.length() == 1) {
      return true;
    }
    // the Latin letters of one Cyrillic letter (Zh., Yu., Sch., French Iou.), from initials.tsv;
    // titles (Dr., St., Mr.) are not among them
    return Character.isUpperCase(word.charAt(0)) && Initials.isLetterGroup(word);
  }

  /** The query as a person's name, or empty when it is not one. */
  static Optional<PersonName> of(List<QueryWord> words, NameEngine engine) {
    int n = words.size();
    if (n < 2 || n > 4) {
      return Optional.empty();
    }
    int given = -1;
    boolean givenInitial = false;
    int patronymic = -1;
    int surname = -1;
    int firstNames = 0;
    boolean[] first = new boolean[n];
    for (int i = 0; i < n; i++) {
      String t = words.get(i).text();
      if (!Character.isLetter(t.codePointAt(0)) || words.get(i).variants().isEmpty()) {
        return Optional.empty(); // numbers and symbols: not a name
      }
      first[i] = !isInitial(t) && isFirstName(engine, t);
      if (first[i]) {
        firstNames++;
      }
    }
    for (int i = 0; i < n; i++) {
      String t = words.get(i).text();
      if (isInitial(t)) {
        if (given < 0 && firstNames == 0) {
          given = i;
          givenInitial = true;
        } else if (patronymic < 0) {
          patronymic = i;
        } else {
          return Optional.empty();
        }
      } else if (first[i] && given < 0 && !(firstNames == n && i == n - 1)) {
        given = i;
      } else if (isPatronymic(words.get(i))
          && patronymic < 0
          && given >= 0
          && !(i == n - 1 && surname < 0 && n == 2)) {
        // a patronymic follows the given name (Сергей Николаевич Станкевич, Stankevich, Sergey
        // Nikolayevich): a word before it that ends like one is the surname (Stankevich)
        patronymic = i;
      } else if (surname < 0) {
        surname = i;
      } else {
        return Optional.empty(); // two words that are neither first names nor patronymics
      }
    }
    if (given < 0 || surname < 0) {
      return Optional.empty();
    }
    if (patronymic >= 0 && n == 2) {
      return Optional.empty();
    }
    String key = words.get(given).variants().get(0).substring(1);
    Set<String> equivalents =
        givenInitial
            ? Set.of()
            : Nicknames.defaults()
                .equivalents(
                    words.get(given).variants().stream().map(v -> v.substring(1)).toList());
    return Optional.of(new PersonName(given, givenInitial, patronymic, surname, key, equivalents));
  }
}
