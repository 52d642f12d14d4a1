package io.namesearch.opensearch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generated news-like documents that mention Russian names in many spellings (other
 * transliterations, German and Polish spellings, Cyrillic, feminine and case forms, -sk-
 * derivatives, diminutives, typos), and queries for them: the parity test runs every query on
 * OpenSearch and on the library over the same documents.
 */
final class NameCorpus {

  /** Name families: every spelling in a row is something a query for another one may find. */
  private static final String[][] NAMES = {
    {
      "Khodorkovsky",
      "Khodorkovskiy",
      "Chodorkowski",
      "Ходорковский",
      "Khodorkovskaya",
      "Khodorkov",
      "Khordorkovsky",
      "Hodorkovszkij"
    },
    {
      "Baltrukov", "Baltrukow", "Балтруков", "Baltrukova", "Baltrukovu", "Baltrukovsky", "Baltrukob"
    },
    {"Ivanov", "Iwanow", "Иванов", "Ivanova", "Ivanovsky", "Ivanof", "Ivnaov"},
    {"Troitsk", "Troizk", "Троицк", "Troitskaya", "Troitsa", "Troitskoe"},
    {"Gorbachev", "Gorbachov", "Gorbatschow", "Горбачёв", "Gorbacheva", "Gorbachyov"},
    {"Navalny", "Nawalny", "Навальный", "Navalnaya", "Navalnyi", "Navalyn"},
    {"Sobyanin", "Sobjanin", "Собянин", "Sobyanina", "Sobianin"},
    {"Smolninskoe", "Smolninskoye", "Smolninsky", "Смольнинское"},
    {"Dmitry", "Dmitri", "Dmitrij", "Дмитрий", "Dima", "Mitya", "Дима", "Dmirty"},
    {"Mikhail", "Michail", "Mykhailo", "Михаил", "Misha", "Миша", "Mikhial"},
    {"Aleksandr", "Alexander", "Oleksandr", "Александр", "Sasha", "Саша", "Aleksandra"},
    {"Yekaterina", "Ekaterina", "Jekaterina", "Екатерина", "Katya", "Катя"},
    {"Krasnyluch", "Krasny Luch", "Krasnyy Luch", "Красный Луч"},
  };

  private static final String[] FILLER =
      ("the council met on monday to discuss the budget for roads schools and hospitals while "
              + "residents asked about water prices and the new bridge over the river near the old "
              + "market square where farmers sell apples potatoes cabbage and honey every weekend")
          .split(" ");

  private NameCorpus() {}

  /** {@code count} documents, id to {title, body}, from this seed. */
  static Map<String, String[]> documents(long seed, int count) {
    Random random = new Random(seed);
    Map<String, String[]> docs = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      StringBuilder body = new StringBuilder();
      int words = 15 + random.nextInt(40);
      for (int w = 0; w < words; w++) {
        String word = random.nextInt(6) == 0 ? name(random) : FILLER[random.nextInt(FILLER.length)];
        body.append(w > 0 ? " " : "").append(word);
      }
      String title = random.nextInt(3) == 0 ? "Report " + i + ": " + name(random) : "Report " + i;
      docs.put(String.format(Locale.ROOT, "doc-%04d", i), new String[] {title, body + "."});
    }
    return docs;
  }

  private static String name(Random random) {
    String[] family = NAMES[random.nextInt(NAMES.length)];
    // the first spellings more often: the corpus has common and rare spellings
    return family[(int) (family.length * Math.pow(random.nextDouble(), 1.5))];
  }

  /** Surname families (rows of {@link #NAMES}) for person mentions. */
  private static final int[] SURNAMES = {0, 1, 2, 4, 5, 6};

  /** Given-name families (rows of {@link #NAMES}). */
  private static final int[] GIVEN = {8, 9, 10, 11};

  /** Other people's given names: a namesake shares the surname only. */
  private static final String[] OTHERS = {"Sergey", "Pavel", "Olga", "Ivan", "Сергей", "Nikolai"};

  private static final String[] PATRONYMICS = {
    "Anatolyevich", "Borisovich", "Анатольевич", "Sergeyevna"
  };

  /**
   * {@code count} documents that mention people: a given name and a surname in many spellings, in
   * either order, with a patronymic between, by initials ({@code D. Baltrukov}, {@code Балтруков Д.
   * А.}), as {@code SURNAME, Given}, by surname only, and namesakes (another given name with the
   * surname); in filler text, with other names around.
   */
  static Map<String, String[]> personDocuments(long seed, int count) {
    Random random = new Random(seed);
    Map<String, String[]> docs = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      StringBuilder body = new StringBuilder();
      int sentences = 1 + random.nextInt(4);
      for (int n = 0; n < sentences; n++) {
        int words = 4 + random.nextInt(12);
        int at = random.nextInt(words);
        for (int w = 0; w < words; w++) {
          String word =
              w == at
                  ? mention(random)
                  : random.nextInt(8) == 0 ? name(random) : FILLER[random.nextInt(FILLER.length)];
          body.append(body.length() > 0 ? " " : "").append(word);
        }
        body.append('.');
      }
      String title =
          random.nextInt(3) == 0 ? "Profile " + i + ": " + mention(random) : "Profile " + i;
      docs.put(String.format(Locale.ROOT, "per-%04d", i), new String[] {title, body.toString()});
    }
    return docs;
  }

  private static String spelling(Random random, int row) {
    String[] family = NAMES[row];
    return family[(int) (family.length * Math.pow(random.nextDouble(), 1.5))];
  }

  /** One mention of a person, in one of the ways texts name people. */
  private static String mention(Random random) {
    String surname = spelling(random, SURNAMES[random.nextInt(SURNAMES.length)]);
    String given = spelling(random, GIVEN[random.nextInt(GIVEN.length)]);
    String initial = given.substring(0, 1) + ".";
    String patronymic = PATRONYMICS[random.nextInt(PATRONYMICS.length)];
    return switch (random.nextInt(10)) {
      case 0, 1 -> given + " " + surname;
      case 2 -> surname + " " + given;
      case 3 -> given + " " + patronymic + " " + surname;
      case 4 -> initial + " " + surname;
      case 5 -> surname + " " + initial + " " + patronymic.substring(0, 1) + ".";
      case 6 -> surname.toUpperCase(Locale.ROOT) + ", " + given;
      case 7 -> OTHERS[random.nextInt(OTHERS.length)] + " " + surname;
      default -> surname;
    };
  }

  /**
   * Personal names as queries: a given name (or an initial) and a surname, in several spellings and
   * both orders, from this seed; at least {@code count}.
   */
  static List<String> personQueries(long seed, int count) {
    Random random = new Random(seed);
    Set<String> queries = new LinkedHashSet<>();
    queries.addAll(
        List.of(
            "Mikhail Khodorkovsky",
            "Misha Chodorkowski",
            "Dima Baltrukov",
            "Дмитрий Балтруков",
            "D. Baltrukov",
            "Балтруков Д.",
            "Sasha Navalny",
            "Ekaterina Ivanova",
            "Aleksandr Gorbachev",
            "Mitya Sobyanin"));
    while (queries.size() < count) {
      int s = SURNAMES[random.nextInt(SURNAMES.length)];
      int g = GIVEN[random.nextInt(GIVEN.length)];
      String surname = NAMES[s][random.nextInt(Math.min(4, NAMES[s].length))];
      String given = NAMES[g][random.nextInt(Math.min(6, NAMES[g].length))];
      if (random.nextInt(6) == 0) {
        given = given.substring(0, 1) + ".";
      }
      queries.add(random.nextInt(4) == 0 ? surname + " " + given : given + " " + surname);
    }
    return new ArrayList<>(queries);
  }

  /** The queries worth running with nicknames on too: first names, and two-word queries. */
  static boolean nicknamesMatter(String query) {
    if (query.contains(" ")) {
      return true;
    }
    for (int row = 8; row <= 11; row++) {
      if (List.of(NAMES[row]).contains(query)) {
        return true;
      }
    }
    return false;
  }

  /** Every spelling as a query, plus two-word queries of a first name and a surname. */
  static List<String> queries() {
    Set<String> queries = new LinkedHashSet<>();
    for (String[] family : NAMES) {
      queries.addAll(List.of(family));
    }
    queries.addAll(
        List.of(
            "Mikhail Khodorkovsky",
            "Misha Chodorkowski",
            "Dima Baltrukov",
            "Дмитрий Балтруков",
            "Sasha Navalny",
            "Ekaterina Ivanova",
            "Aleksandr Gorbachev",
            "Mitya Sobyanin",
            "Krasny-Luch",
            "Novye Troitsk"));
    return new ArrayList<>(queries);
  }
}
