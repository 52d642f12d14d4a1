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
    {"Khodorkovsky", "Khodorkovskiy", "Chodorkowski", "Ходорковский", "Khodorkovskaya",
      "Khodorkov", "Khordorkovsky", "Hodorkovszkij"},
    {"Baltrukov", "Baltrukow", "Балтруков", "Baltrukova", "Baltrukovu", "Baltrukovsky",
      "Baltrukob"},
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

  private static final String[] FILLER = (
      "the council met on monday to discuss the budget for roads schools and hospitals while "
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
            "Mikhail Khodorkovsky", "Misha Chodorkowski", "Dima Baltrukov", "Дмитрий Балтруков",
            "Sasha Navalny", "Ekaterina Ivanova", "Aleksandr Gorbachev", "Mitya Sobyanin",
            "Krasny-Luch", "Novye Troitsk"));
    return new ArrayList<>(queries);
  }
}
