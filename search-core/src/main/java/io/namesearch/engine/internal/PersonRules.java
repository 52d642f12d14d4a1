package io.namesearch.engine.internal;

import io.namesearch.engine.NameMatcher;
import io.namesearch.engine.NameRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tables of how the {@link NameMatcher} and a search read the parts of a person's name: titles
 * and suffixes that carry no identity ({@code titles.tsv}), patronymic endings ({@code
 * patronymic-endings.tsv}), the case forms of first names ({@code first-name-cases.tsv}) and gender
 * endings ({@code gender-endings.tsv}). Immutable.
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

  /**
   * A row of {@code patronymic-endings.tsv}: the ending, whether the stem before it must be a first
   * name without its final a (else any stem of three letters or more), the case endings, and what
   * they follow: the ending without its final vowel (-вна: -вны, -вной), else the whole ending.
   */
  private record Patronymic(
      String ending, boolean nameStem, String[] caseEndings, String caseBase) {
    Patronymic(String ending, boolean nameStem, String[] caseEndings) {
      this(
          ending,
          nameStem,
          caseEndings,
          isVowel(ending.charAt(ending.length() - 1))
              ? ending.substring(0, ending.length() - 1)
              : ending);
    }
  }

  /**
   * A row of {@code first-name-cases.tsv}: a nominative ending ({@code C}: a consonant), how many
   * of its letters the case endings replace, the case endings, and whether a fleeting vowel may
   * drop before them.
   */
  private record CaseRow(String ending, int replace, String[] caseEndings, boolean fleeting) {}

  /** The vowel letters of {@code first-name-cases.tsv}: a C ending is any other letter. */
  private static final String VOWELS = "аеёиоуыэюя";

  /** The vowels a fleeting-vowel row may drop before the last consonant. */
  private static final String FLEETING = "еёо";

  private final Set<String> noise;
  private final Patronymic[] patronymics;
  private final Set<String> firstNameStems;
  private final CaseRow[] caseRows;
  private final String[] genderEndings;
  private final Gender[] genders;

  private PersonRules(
      Set<String> noise,
      Patronymic[] patronymics,
      Set<String> firstNameStems,
      CaseRow[] caseRows,
      String[] genderEndings,
      Gender[] genders) {
    this.noise = noise;
    this.patronymics = patronymics;
    this.firstNameStems = firstNameStems;
    this.caseRows = caseRows;
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

  /** Whether one of a word's variant keys ends as a patronymic does (in the nominative). */
  boolean isPatronymic(List<String> keys) {
    for (String key : keys) {
      if (ending(key) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word with these variant keys is a patronymic in any case form: a patronymic ending,
   * possibly followed by one of its case endings (Ивановичем, Ivanovnoy, Ильиничне, Кузьмичу).
   */
  public boolean isPatronymicForm(List<String> keys) {
    for (String key : keys) {
      if (ending(key) != null) {
        return true;
      }
      for (Patronymic p : patronymics) {
        for (String c : p.caseEndings()) {
          if (key.endsWith(c)
              && stemMatches(p, key.substring(0, key.length() - c.length()), p.caseBase())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The longest patronymic ending {@code key} ends with, or null. */
  private Patronymic ending(String key) {
    Patronymic best = null;
    for (Patronymic p : patronymics) {
      if (stemMatches(p, key, p.ending())
          && (best == null || p.ending().length() > best.ending().length())) {
        best = p;
      }
    }
    return best;
  }

  /** Whether {@code key} ends with {@code ending} after a stem that row {@code p} allows. */
  private boolean stemMatches(Patronymic p, String key, String ending) {
    if (!key.endsWith(ending)) {
      return false;
    }
    String stem = key.substring(0, key.length() - ending.length());
    return p.nameStem() ? firstNameStems.contains(stem) : stem.length() > 2;
  }

  /**
   * The father's name in a patronymic's variant key: the key without its patronymic ending and the
   * linking vowel before it (vladimirovna, uladsimirauna: vladimir, uladsimir; ivanaviš: ivan;
   * iliš: il), or null when the key has no patronymic ending.
   */
  String patronymicStem(String key) {
    Patronymic best = ending(key);
    if (best == null) {
      return null;
    }
    String stem = key.substring(0, key.length() - best.ending().length());
    if (stem.length() > 4 && isVowel(stem.charAt(stem.length() - 1))) {
      stem = stem.substring(0, stem.length() - 1);
    }
    return stem;
  }

  /**
   * A first name (as {@code nicknames.tsv} writes it) and its case forms, lower case, by {@code
   * first-name-cases.tsv}: Павел, Павла, Павлу...; Анна, Анны, Анне...
   */
  public List<String> firstNameCaseForms(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>(List.of(n));
    if (n.length() < 3) {
      return out;
    }
    char last = n.charAt(n.length() - 1);
    for (CaseRow r : caseRows) {
      if (r.ending().equals("C") ? VOWELS.indexOf(last) >= 0 : !n.endsWith(r.ending())) {
        continue;
      }
      String stem = n.substring(0, n.length() - r.replace());
      String fleeting =
          r.fleeting() && FLEETING.indexOf(n.charAt(n.length() - 2)) >= 0
              ? n.substring(0, n.length() - 2) + last
              : null;
      for (String e : r.caseEndings()) {
        out.add(stem + e);
        if (fleeting != null) {
          out.add(fleeting + e);
        }
      }
      break;
    }
    return out;
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
   * Reads the tables of {@code titles.tsv}, {@code patronymic-endings.tsv}, {@code
   * first-name-cases.tsv} and {@code gender-endings.tsv} from {@code source}, checked as {@link
   * RuleTable} checks every table.
   */
  static PersonRules load(CompiledRules tables, RuleTable.Source source) {
    NameKeyer keyer = new NameKeyer(tables);
    RuleTable titles = RuleFile.TITLES.read(source);
    titles.unique(r -> normalized(keyer, r.required("word")), "title");
    Set<String> noise = new HashSet<>();
    for (RuleTable.Row row : titles.rows) {
      noise.add(normalized(keyer, row.required("word")));
    }

    RuleTable patronymicTable = RuleFile.PATRONYMIC_ENDINGS.read(source);
    patronymicTable.unique(r -> r.text("ending"), "ending");
    List<Patronymic> patronymics = new ArrayList<>();
    for (RuleTable.Row row : patronymicTable.rows) {
      String ending = row.key("ending", tables.keyAlphabet, false);
      boolean nameStem = row.choice("stem", List.of("any", "name")).equals("name");
      String cases = row.text("case_endings");
      String[] caseEndings = list(cases);
      for (String c : caseEndings) {
        row.keyLetters("case_endings", c, cases.indexOf(c), tables.keyAlphabet);
      }
      patronymics.add(new Patronymic(ending, nameStem, caseEndings));
    }
    // the first names in -а, -я of nicknames.tsv without the final a of their key (Илья: il)
    Set<String> firstNameStems = new HashSet<>();
    Nicknames nicknames =
        source == RuleTable.Source.BUILT_IN
            ? Nicknames.defaults() // loaded once, as PersonName's first names share it
            : Nicknames.load(tables, source);
    for (String form : nicknames.forms()) {
      int n = keyer.analyze(form.toCharArray(), 0, form.length());
      for (int i = 0; i < n; i++) {
        String key = keyer.key(i);
        if (key.length() > 2 && key.endsWith("a")) {
          firstNameStems.add(key.substring(0, key.length() - 1));
        }
      }
    }

    RuleTable caseTable = RuleFile.FIRST_NAME_CASES.read(source);
    caseTable.unique(r -> r.text("ending"), "ending");
    List<CaseRow> caseRows = new ArrayList<>();
    for (RuleTable.Row row : caseTable.rows) {
      String ending = row.required("ending");
      int replace = row.integer("replace", 0);
      if (replace > (ending.equals("C") ? 1 : ending.length())) {
        throw row.error("replace", 0, "replaces more letters than the ending has");
      }
      caseRows.add(
          new CaseRow(
              ending,
              replace,
              list(row.text("case_endings")),
              row.choice("fleeting", List.of("no", "yes")).equals("yes")));
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
        patronymics.toArray(Patronymic[]::new),
        Set.copyOf(firstNameStems),
        caseRows.toArray(CaseRow[]::new),
        genderEndings.toArray(String[]::new),
        genders.toArray(Gender[]::new));
  }

  /** The space-separated items of a cell; none when it is empty. */
  private static String[] list(String cell) {
    return cell.isEmpty() ? new String[0] : cell.split(" +");
  }

  private static String normalized(NameKeyer keyer, String word) {
    int n = keyer.normalize(word.toCharArray(), 0, word.length());
    return new String(keyer.normalizedBuffer(), 0, n);
  }
}
