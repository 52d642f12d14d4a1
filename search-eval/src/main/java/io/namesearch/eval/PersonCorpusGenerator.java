package io.namesearch.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A deterministic generator of a news archive about people, with the judgements to evaluate a
 * person search on it ({@link DocumentCorpus} format). Every surname is invented from syllables;
 * given names and patronymics are common Russian ones. Families share a surname (a man, his
 * spouse, a brother or an unrelated namesake, each with another initial), first names are shared
 * across families, and some surnames have a near neighbour one letter away. Documents name a
 * person news-style: in full first and then by surname, by initials, with the patronymic, surname
 * first, or (for people who are alone with their surname) by surname only; Russian documents
 * inflect the names, English ones spell every name in one scheme or language. Co-occurrence traps
 * put the query's first name on one person and its surname on another.
 */
public final class PersonCorpusGenerator {

  /** The seed of every published figure. */
  public static final long SEED = 20_261_201L;

  /** A given name with its patronymic stems (male, female) or null when female. */
  private record Given(String name, boolean male, String patronymicMale, String patronymicFemale) {}

  private static final List<Given> GIVEN = new ArrayList<>();

  static {
    String[][] male = {
      {"Дмитрий", "Дмитриевич", "Дмитриевна"}, {"Сергей", "Сергеевич", "Сергеевна"},
      {"Алексей", "Алексеевич", "Алексеевна"}, {"Андрей", "Андреевич", "Андреевна"},
      {"Иван", "Иванович", "Ивановна"}, {"Михаил", "Михайлович", "Михайловна"},
      {"Николай", "Николаевич", "Николаевна"}, {"Павел", "Павлович", "Павловна"},
      {"Олег", "Олегович", "Олеговна"}, {"Виктор", "Викторович", "Викторовна"},
      {"Борис", "Борисович", "Борисовна"}, {"Григорий", "Григорьевич", "Григорьевна"},
      {"Юрий", "Юрьевич", "Юрьевна"}, {"Евгений", "Евгеньевич", "Евгеньевна"},
      {"Константин", "Константинович", "Константиновна"}, {"Роман", "Романович", "Романовна"},
      {"Тимофей", "Тимофеевич", "Тимофеевна"}, {"Фёдор", "Фёдорович", "Фёдоровна"},
      {"Леонид", "Леонидович", "Леонидовна"}, {"Захар", "Захарович", "Захаровна"},
      {"Ярослав", "Ярославович", "Ярославовна"}, {"Глеб", "Глебович", "Глебовна"},
      {"Степан", "Степанович", "Степановна"}, {"Максим", "Максимович", "Максимовна"},
      {"Аркадий", "Аркадьевич", "Аркадьевна"},
    };
    for (String[] m : male) {
      if (m[1] != null) {
        GIVEN.add(new Given(m[0], true, m[1], m[2]));
      }
    }
    for (String f :
        new String[] {
          "Анна", "Мария", "Елена", "Ольга", "Татьяна", "Наталья", "Ирина", "Светлана",
          "Юлия", "Ксения", "Вера", "Галина", "Людмила", "Полина", "Дарья", "Жанна"
        }) {
      GIVEN.add(new Given(f, false, null, null));
    }
  }

  private static final String[] ONSETS = {
    "Бал", "Пал", "Кор", "Вер", "Мир", "Сол", "Тар", "Гор", "Лев", "Зар", "Дуб", "Рыб", "Мол",
    "Сив", "Тол", "Чер", "Шар", "Жур", "Кал", "Нос", "Бур", "Вол", "Гал", "Дер", "Зим", "Кур",
    "Лоп", "Мух", "Пес", "Руд", "Сыр", "Тум", "Хар", "Цып", "Шев", "Яр", "Бер", "Мат", "Нар",
    "Поз", "Сем", "Хол", "Вар", "Куз", "Лаг", "Рем", "Сух", "Фил"
  };
  private static final String[] MIDDLES = {
    "тру", "ю", "ан", "ол", "ен", "ыш", "ар", "ур", "ов", "ег", "ин", "ад", "от", "ак", "ем",
    "ул", "ир", "ох", "яб", "ит"
  };
  private static final String[] ENDINGS = {
    "ков", "нов", "ин", "ев", "ский", "енко", "юк", "га", "ов", "цев", "ишин", "ых"
  };

  /** A surname in its male nominative; forms by gender and case are derived by rule. */
  private record Person(int id, Given given, Given father, String surname, boolean male) {}

  private enum Case {
    NOM, GEN, DAT, ACC, INS
  }

  private final long seed;
  private final int families;

  public PersonCorpusGenerator(long seed, int families) {
    if (families < 1) {
      throw new IllegalArgumentException("families must be at least 1, not " + families);
    }
    this.seed = seed;
    this.families = families;
  }

  // ---- Russian forms -------------------------------------------------------------------------

  static String surnameForm(String male, boolean isMale, Case c) {
    if (male.endsWith("енко") || male.endsWith("ых")) {
      return male;
    }
    if (male.endsWith("ский")) {
      String stem = male.substring(0, male.length() - 2);
      if (isMale) {
        return switch (c) {
          case NOM -> male;
          case GEN, ACC -> stem + "ого";
          case DAT -> stem + "ому";
          case INS -> stem + "им";
        };
      }
      return switch (c) {
        case NOM -> stem + "ая";
        case GEN, DAT, INS -> stem + "ой";
        case ACC -> stem + "ую";
      };
    }
    if (male.endsWith("га") || male.endsWith("а")) {
      String stem = male.substring(0, male.length() - 1);
      char last = stem.charAt(stem.length() - 1);
      boolean soft = "гкхжшчщ".indexOf(last) >= 0;
      return switch (c) {
        case NOM -> male;
        case GEN -> stem + (soft ? "и" : "ы");
        case DAT -> stem + "е";
        case ACC -> stem + "у";
        case INS -> stem + "ой";
      };
    }
    if (male.endsWith("юк")) {
      if (!isMale) {
        return male;
      }
      return switch (c) {
        case NOM -> male;
        case GEN, ACC -> male + "а";
        case DAT -> male + "у";
        case INS -> male + "ом";
      };
    }
    // -ов, -ев, -ин
    if (isMale) {
      return switch (c) {
        case NOM -> male;
        case GEN, ACC -> male + "а";
        case DAT -> male + "у";
        case INS -> male + "ым";
      };
    }
    return switch (c) {
      case NOM -> male + "а";
      case GEN, DAT, INS -> male + "ой";
      case ACC -> male + "у";
    };
  }

  static String givenForm(Given g, Case c) {
    String n = g.name();
    if (!g.male()) {
      String stem = n.substring(0, n.length() - 1);
      boolean soft = n.endsWith("я");
      char last = stem.charAt(stem.length() - 1);
      boolean hush = "гкхжшчщ".indexOf(last) >= 0;
      if (n.endsWith("ия")) {
        return switch (c) {
          case NOM -> n;
          case GEN, DAT -> stem + "и";
          case ACC -> stem + "ю";
          case INS -> stem + "ей";
        };
      }
      return switch (c) {
        case NOM -> n;
        case GEN -> stem + (soft || hush ? "и" : "ы");
        case DAT -> stem + (soft ? "е" : "е");
        case ACC -> stem + (soft ? "ю" : "у");
        case INS -> stem + (soft ? "ей" : "ой");
      };
    }
    if (n.equals("Павел")) {
      n = "Павл"; // fleeting vowel
      if (c == Case.NOM) {
        return "Павел";
      }
    }
    if (n.endsWith("ий")) {
      String stem = n.substring(0, n.length() - 2);
      return switch (c) {
        case NOM -> n;
        case GEN, ACC -> stem + "ия";
        case DAT -> stem + "ию";
        case INS -> stem + "ием";
      };
    }
    if (n.endsWith("й")) {
      String stem = n.substring(0, n.length() - 1);
      return switch (c) {
        case NOM -> n;
        case GEN, ACC -> stem + "я";
        case DAT -> stem + "ю";
        case INS -> stem + "ем";
      };
    }
    return switch (c) {
      case NOM -> n;
      case GEN, ACC -> n + "а";
      case DAT -> n + "у";
      case INS -> n + "ом";
    };
  }

  static String patronymicForm(Person p, Case c) {
    if (p.male()) {
      String n = p.father().patronymicMale();
      return switch (c) {
        case NOM -> n;
        case GEN, ACC -> n + "а";
        case DAT -> n + "у";
        case INS -> n + "ем";
      };
    }
    String n = p.father().patronymicFemale();
    String stem = n.substring(0, n.length() - 1);
    return switch (c) {
      case NOM -> n;
      case GEN, DAT, INS -> stem + "ы";
      case ACC -> stem + "у";
    };
  }

  // ---- Romanisation --------------------------------------------------------------------------

  /** Latin schemes and languages; each document uses one. */
  enum Scheme {
    WIKIPEDIA("а a б b в v г g д d е e ё yo ж zh з z и i й y к k л l м m н n о o п p р r с s т t"
        + " у u ф f х kh ц ts ч ch ш sh щ shch ъ _ ы y ь _ э e ю yu я ya", "y", "ye"),
    SCHOLARLY("а a б b в v г g д d е e ё ë ж ž з z и i й j к k л l м m н n о o п p р r с s т t"
        + " у u ф f х ch ц c ч č ш š щ šč ъ _ ы y ь _ э è ю ju я ja", "ij", "e"),
    ENGLISH_BGN("а a б b в v г g д d е e ё yo ж zh з z и i й y к k л l м m н n о o п p р r с s"
        + " т t у u ф f х kh ц ts ч ch ш sh щ shch ъ _ ы y ь _ э e ю yu я ya", "iy", "ye"),
    GERMAN("а a б b в w г g д d е e ё jo ж sch з s и i й i к k л l м m н n о o п p р r с s т t"
        + " у u ф f х ch ц z ч tsch ш sch щ schtsch ъ _ ы y ь _ э e ю ju я ja", "i", "je"),
    FRENCH("а a б b в v г g д d е e ё io ж j з z и i й ï к k л l м m н n о o п p р r с s т t"
        + " у ou ф f х kh ц ts ч tch ш ch щ chtch ъ _ ы y ь _ э e ю iou я ia", "i", "ie"),
    POLISH("а a б b в w г g д d е e ё io ж ż з z и i й j к k л ł м m н n о o п p р r с s т t"
        + " у u ф f х ch ц c ч cz ш sz щ szcz ъ _ ы y ь _ э e ю ju я ja", "ij", "je");

    private final Map<Character, String> letters = new LinkedHashMap<>();
    private final String iy;
    private final String initialE;

    Scheme(String pairs, String iy, String initialE) {
      String[] p = pairs.split(" ");
      for (int i = 0; i + 1 < p.length; i += 2) {
        letters.put(p[i].charAt(0), p[i + 1]);
      }
      this.iy = iy;
      this.initialE = initialE;
    }

    String romanize(String cyrillic) {
      String w = cyrillic.toLowerCase(Locale.ROOT);
      String tail = "";
      if (w.endsWith("ий") || w.endsWith("ый")) {
        tail = iy;
        w = w.substring(0, w.length() - 2);
      }
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        boolean afterVowel = i == 0 || "аеёиоуыэюяьъ".indexOf(w.charAt(i - 1)) >= 0;
        String r = c == 'е' && afterVowel ? initialE : letters.getOrDefault(c, String.valueOf(c));
        out.append(r.equals("_") ? "" : r);
      }
      out.append(tail);
      String s = out.toString();
      return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
  }

  // ---- Texts ---------------------------------------------------------------------------------

  private static final String[] EN_OPEN = {
    "%s, a municipal deputy, was detained by police on Tuesday.",
    "According to %s, the decision was taken without a vote.",
    "The lawyer of %s declined to comment on the case.",
    "A statement signed by %s was published on Telegram.",
    "Prosecutors accused %s of discrediting the army.",
    "%s told reporters that the summons had never arrived.",
    "A court fined %s 44,000 rubles for a post about the war.",
  };
  private static final String[] EN_LATER = {
    "%s said the council would meet again next week.",
    "%s did not answer calls on Wednesday.",
    "Supporters of %s gathered outside the court.",
    "%s plans to appeal, his colleagues said.",
  };
  private static final String[] EN_FILLER = {
    "The regional election commission has not commented.",
    "The hearing was postponed until the end of the month.",
    "Independent observers were not allowed into the building.",
    "The case has drawn attention from human rights groups.",
    "Local media reported a second search on Thursday.",
    "The council has fifteen members, most of them from the ruling party.",
  };
  private static final String[] RU_OPEN_GEN = {
    "По словам %s, решение было принято без голосования.",
    "Адвокат %s отказался от комментариев.",
    "Суд продлил арест %s ещё на два месяца.",
  };
  private static final String[] RU_OPEN_NOM = {
    "%s заявил журналистам, что не получал повестки.",
    "%s был задержан полицией во вторник.",
  };
  private static final String[] RU_OPEN_ACC = {
    "Суд оштрафовал %s на 44 тысячи рублей.",
    "Полиция задержала %s у здания администрации.",
  };
  private static final String[] RU_OPEN_DAT = {
    "Прокуратура предъявила %s обвинение в дискредитации армии.",
  };
  private static final String[] RU_LATER = {
    "Сторонники %s собрались у здания суда.",
    "Позже %s не отвечал на звонки.",
    "Защита %s намерена обжаловать решение.",
  };
  private static final String[] RU_FILLER = {
    "Избирательная комиссия пока не дала комментариев.",
    "Заседание перенесли на конец месяца.",
    "Независимых наблюдателей в здание не пустили.",
    "Местные СМИ сообщили о втором обыске в четверг.",
  };

  /** A written document with the people it names and how. */
  private record Doc(String id, String title, String text, Map<Integer, String> named) {}

  /** Writes documents.tsv, queries.tsv, qrels.txt and labels.tsv into {@code dir}. */
  public void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    SplittableRandom rnd = new SplittableRandom(seed);
    List<Person> people = new ArrayList<>();
    List<List<Person>> byFamily = new ArrayList<>();
    Set<String> surnames = new HashSet<>();
    Map<String, String> neighbourOf = new LinkedHashMap<>();
    List<String> familySurname = new ArrayList<>();
    while (familySurname.size() < families) {
      String s = ONSETS[rnd.nextInt(ONSETS.length)] + MIDDLES[rnd.nextInt(MIDDLES.length)]
          + ENDINGS[rnd.nextInt(ENDINGS.length)];
      if (surnames.add(s)) {
        familySurname.add(s);
        if (rnd.nextInt(6) == 0 && familySurname.size() < families) {
          // a near neighbour: one letter of the onset changed
          String n = neighbour(s, rnd);
          if (n != null && surnames.add(n)) {
            familySurname.add(n);
            neighbourOf.put(n, s);
            neighbourOf.put(s, n);
          }
        }
      }
    }
    for (String surname : familySurname) {
      int size = rnd.nextInt(10) < 5 ? 1 : 2 + rnd.nextInt(2);
      List<Person> family = new ArrayList<>();
      Set<Character> initials = new HashSet<>();
      for (int k = 0; k < size; k++) {
        boolean male = k == 0 || rnd.nextBoolean();
        Given g;
        int tries = 0;
        do {
          g = pick(rnd, male);
          tries++;
        } while (initials.contains(g.name().charAt(0)) && tries < 50);
        if (initials.contains(g.name().charAt(0))) {
          break;
        }
        initials.add(g.name().charAt(0));
        Given father = pick(rnd, true);
        Person p = new Person(people.size(), g, father, surname, male);
        people.add(p);
        family.add(p);
      }
      byFamily.add(family);
    }

    List<Doc> docs = new ArrayList<>();
    for (List<Person> family : byFamily) {
      boolean alone = family.size() == 1;
      for (Person p : family) {
        // news names a person in full most often, then by initials, patronymic, surname first;
        // by surname alone only when nobody else has the surname
        List<String> styles = new ArrayList<>(List.of("full", "full_cyrillic"));
        String[] extra = alone
            ? new String[] {"full", "full_cyrillic", "initial", "initial_cyrillic", "surname",
              "patronymic", "surname_first"}
            : new String[] {"full", "full_cyrillic", "initial", "initial_cyrillic", "patronymic",
              "surname_first"};
        int n = 8 + rnd.nextInt(5);
        for (int k = 0; k < n; k++) {
          styles.add(extra[rnd.nextInt(extra.length)]);
        }
        for (String style : styles) {
          Person relative = !alone && rnd.nextInt(4) == 0 ? other(family, p, rnd) : null;
          docs.add(personDoc(docs.size(), p, style, relative, rnd));
        }
      }
      if (!alone) {
        // co-occurrence trap: the first name of one person next to the surname of another
        for (int k = 0; k < 2; k++) {
          Person p = family.get(rnd.nextInt(family.size()));
          Person namesake = other(family, p, rnd);
          docs.add(cooccurrenceDoc(docs.size(), p, namesake, fillerSurname(rnd), rnd));
        }
      }
    }
    // filler: first names with surnames nobody searches for
    int fillers = docs.size() / 4;
    for (int i = 0; i < fillers; i++) {
      docs.add(fillerDoc(docs.size(), rnd));
    }

    // queries, judgements and labels
    try (BufferedWriter d = Files.newBufferedWriter(dir.resolve("documents.tsv"), StandardCharsets.UTF_8);
        BufferedWriter q = Files.newBufferedWriter(dir.resolve("queries.tsv"), StandardCharsets.UTF_8);
        BufferedWriter r = Files.newBufferedWriter(dir.resolve("qrels.txt"), StandardCharsets.UTF_8);
        BufferedWriter l = Files.newBufferedWriter(dir.resolve("labels.tsv"), StandardCharsets.UTF_8)) {
      d.write("doc_id\ttitle\ttext\n");
      for (Doc doc : docs) {
        d.write(doc.id() + "\t" + doc.title() + "\t" + doc.text() + "\n");
      }
      q.write("query_id\tquery\ttype\n");
      l.write("query_id\tdoc_id\tlabel\n");
      int qn = 0;
      for (Person p : people) {
        List<String[]> queries = new ArrayList<>();
        Scheme other = Scheme.values()[1 + rnd.nextInt(Scheme.values().length - 1)];
        queries.add(new String[] {wiki(p.given().name()) + " " + wiki(sur(p)), "full_wiki"});
        String scheme = rnd.nextBoolean()
            ? other.romanize(p.given().name()) + " " + other.romanize(sur(p))
            : other.romanize(sur(p)) + ", " + other.romanize(p.given().name());
        queries.add(new String[] {scheme, "full_scheme"});
        String cyr = rnd.nextBoolean()
            ? p.given().name() + " " + sur(p)
            : sur(p) + " " + p.given().name() + " " + patronymicForm(p, Case.NOM);
        queries.add(new String[] {cyr, "full_cyrillic"});
        for (String[] query : queries) {
          String id = "q" + (++qn);
          q.write(id + "\t" + query[0] + "\t" + query[1] + "\n");
          judge(id, p, docs, people, neighbourOf, r, l);
        }
      }
      for (List<Person> family : byFamily) {
        Person p = family.get(0);
        String id = "q" + (++qn);
        q.write(id + "\t" + wiki(p.surname()) + "\tsurname\n");
        for (Doc doc : docs) {
          boolean rel = false;
          for (Person m : family) {
            rel |= doc.named().containsKey(m.id());
          }
          if (rel) {
            r.write(id + " 0 " + doc.id() + " 1\n");
            l.write(id + "\t" + doc.id() + "\tsurname_query\n");
          }
        }
      }
    }
  }

  private static void judge(String id, Person p, List<Doc> docs, List<Person> people,
      Map<String, String> neighbourOf, BufferedWriter r, BufferedWriter l) throws IOException {
    String neighbour = neighbourOf.get(p.surname());
    for (Doc doc : docs) {
      String how = doc.named().get(p.id());
      if (how != null) {
        int grade = how.startsWith("full") || how.equals("patronymic") || how.equals("surname_first")
            ? 2 : 1;
        r.write(id + " 0 " + doc.id() + " " + grade + "\n");
        l.write(id + "\t" + doc.id() + "\t" + how + "\n");
        continue;
      }
      String label = null;
      boolean namesake = false;
      for (Map.Entry<Integer, String> e : doc.named().entrySet()) {
        if (e.getKey() < 0) {
          continue; // a marker, not a person
        }
        Person m = people.get(e.getKey());
        if (m.surname().equals(p.surname())) {
          namesake = true;
        } else if (neighbour != null && m.surname().equals(neighbour) && label == null) {
          label = "neighbour";
        }
      }
      if (namesake) {
        label = doc.named().containsValue("cooccurrence:" + p.given().name())
            ? "cooccurrence" : "namesake";
      }
      if (label != null) {
        l.write(id + "\t" + doc.id() + "\t" + label + "\n");
      }
    }
  }

  private static String wiki(String cyrillic) {
    return Scheme.WIKIPEDIA.romanize(cyrillic);
  }

  private static String sur(Person p) {
    return surnameForm(p.surname(), p.male(), Case.NOM);
  }

  private static Given pick(SplittableRandom rnd, boolean male) {
    while (true) {
      // a skewed pick: the first names of the list are the most common
      int i = (int) (GIVEN.size() * Math.pow(rnd.nextDouble(), 1.6));
      Given g = GIVEN.get(i);
      if (g.male() == male) {
        return g;
      }
    }
  }

  private static Person other(List<Person> family, Person p, SplittableRandom rnd) {
    Person o;
    do {
      o = family.get(rnd.nextInt(family.size()));
    } while (o == p);
    return o;
  }

  private static String neighbour(String s, SplittableRandom rnd) {
    String letters = "бвгдклмнпрстхз";
    int i = 1 + rnd.nextInt(2);
    if (i >= s.length() || letters.indexOf(s.charAt(i)) < 0) {
      i = 2;
    }
    if (letters.indexOf(s.charAt(i)) < 0) {
      return null;
    }
    char c;
    do {
      c = letters.charAt(rnd.nextInt(letters.length()));
    } while (c == s.charAt(i));
    return s.substring(0, i) + c + s.substring(i + 1);
  }

  /** A surname no query asks for (no family has it). */
  private static String fillerSurname(SplittableRandom rnd) {
    return "Без" + ONSETS[rnd.nextInt(ONSETS.length)].toLowerCase(Locale.ROOT) + "ов";
  }

  private static String cyrInitial(Given g) {
    return g.name().charAt(0) + ".";
  }

  private static String latinInitial(Scheme s, Given g) {
    // the Latin letters of the first Cyrillic letter: D., Zh., Sch., Yu.
    String r = s.romanize(g.name());
    String first = s.romanize(g.name().substring(0, 1) + "а");
    int n = Math.max(1, first.length() - s.romanize("а").length());
    return r.substring(0, Math.min(n, r.length())) + ".";
  }

  private Doc personDoc(int n, Person p, String style, Person relative, SplittableRandom rnd) {
    Map<Integer, String> named = new LinkedHashMap<>();
    named.put(p.id(), style);
    boolean russian = style.endsWith("_cyrillic") || (style.equals("surname_first") && rnd.nextBoolean())
        || (style.equals("patronymic") && rnd.nextBoolean());
    StringBuilder text = new StringBuilder();
    String title;
    if (russian) {
      Case c = Case.values()[rnd.nextInt(4)];
      String first = switch (style) {
        case "initial_cyrillic" -> cyrInitial(p.given())
            + (rnd.nextBoolean() ? " " + cyrInitial(p.father()) : "") + " "
            + surnameForm(p.surname(), p.male(), c);
        case "surname_first" -> surnameForm(p.surname(), p.male(), c) + " "
            + givenForm(p.given(), c) + " " + patronymicForm(p, c);
        case "patronymic" -> givenForm(p.given(), c) + " " + patronymicForm(p, c) + " "
            + surnameForm(p.surname(), p.male(), c);
        default -> givenForm(p.given(), c) + " " + surnameForm(p.surname(), p.male(), c);
      };
      String[] templates = switch (c) {
        case NOM -> RU_OPEN_NOM;
        case GEN -> RU_OPEN_GEN;
        case DAT -> RU_OPEN_DAT;
        default -> RU_OPEN_ACC;
      };
      String opening = String.format(Locale.ROOT, templates[rnd.nextInt(templates.length)], first);
      if (!p.male()) {
        opening = opening.replace("заявил ", "заявила ").replace("был задержан", "была задержана");
      }
      text.append(opening).append(' ');
      text.append(RU_FILLER[rnd.nextInt(RU_FILLER.length)]).append(' ');
      if (relative != null) {
        text.append("Ранее ").append(relative.male() ? "был задержан " : "была задержана ")
            .append(givenForm(relative.given(), Case.NOM)).append(' ')
            .append(surnameForm(relative.surname(), relative.male(), Case.NOM)).append(". ");
        named.put(relative.id(), "relative");
      }
      text.append(String.format(Locale.ROOT, RU_LATER[rnd.nextInt(RU_LATER.length)],
          surnameForm(p.surname(), p.male(), Case.GEN)));
      title = "Дело " + surnameForm(p.surname(), p.male(), Case.GEN);
    } else {
      Scheme s = Scheme.values()[rnd.nextInt(Scheme.values().length)];
      String sur = s.romanize(sur(p));
      String first = switch (style) {
        case "initial" -> latinInitial(s, p.given())
            + (rnd.nextInt(3) == 0 ? " " + latinInitial(s, p.father()) : "") + " " + sur;
        case "surname" -> sur;
        case "surname_first" -> sur.toUpperCase(Locale.ROOT) + ", " + s.romanize(p.given().name());
        case "patronymic" -> s.romanize(p.given().name()) + " "
            + s.romanize(patronymicForm(p, Case.NOM)) + " " + sur;
        default -> s.romanize(p.given().name()) + " " + sur;
      };
      text.append(String.format(Locale.ROOT, EN_OPEN[rnd.nextInt(EN_OPEN.length)], first)).append(' ');
      text.append(EN_FILLER[rnd.nextInt(EN_FILLER.length)]).append(' ');
      if (relative != null) {
        text.append(relative.male() ? (p.male() ? "His brother " : "Her husband ")
                : (p.male() ? "His wife " : "Her sister "))
            .append(s.romanize(relative.given().name())).append(' ')
            .append(s.romanize(surnameForm(relative.surname(), relative.male(), Case.NOM)))
            .append(" was questioned as a witness. ");
        named.put(relative.id(), "relative");
      }
      text.append(String.format(Locale.ROOT, EN_LATER[rnd.nextInt(EN_LATER.length)], sur));
      title = rnd.nextBoolean() ? "Deputy " + sur + " in court" : "Court news";
    }
    return new Doc("d" + n, title, text.toString(), named);
  }

  private Doc cooccurrenceDoc(
      int n, Person p, Person namesake, String otherSurname, SplittableRandom rnd) {
    Map<Integer, String> named = new LinkedHashMap<>();
    named.put(namesake.id(), "full");
    // the trap marker, under no person: this document holds p's first name on another person
    named.put(-1, "cooccurrence:" + p.given().name());
    String text;
    if (rnd.nextBoolean()) {
      text = givenForm(p.given(), Case.NOM) + " " + surnameForm(otherSurname, p.male(), Case.NOM)
          + (p.male() ? " встретился с " : " встретилась с ") + givenForm(namesake.given(), Case.INS) + " "
          + surnameForm(namesake.surname(), namesake.male(), Case.INS) + " в понедельник. "
          + RU_FILLER[rnd.nextInt(RU_FILLER.length)];
    } else {
      Scheme s = Scheme.values()[rnd.nextInt(Scheme.values().length)];
      text = s.romanize(p.given().name()) + " " + s.romanize(surnameForm(otherSurname, p.male(), Case.NOM))
          + ", the head of the district, met " + s.romanize(namesake.given().name()) + " "
          + s.romanize(surnameForm(namesake.surname(), namesake.male(), Case.NOM))
          + " on Monday. " + EN_FILLER[rnd.nextInt(EN_FILLER.length)];
    }
    return new Doc("d" + n, "Meeting in the district", text, named);
  }

  private Doc fillerDoc(int n, SplittableRandom rnd) {
    Given g = pick(rnd, true);
    String surname = fillerSurname(rnd);
    String text;
    if (rnd.nextBoolean()) {
      Scheme s = Scheme.values()[rnd.nextInt(Scheme.values().length)];
      text = String.format(Locale.ROOT, EN_OPEN[rnd.nextInt(EN_OPEN.length)],
          s.romanize(g.name()) + " " + s.romanize(surname)) + " "
          + EN_FILLER[rnd.nextInt(EN_FILLER.length)];
    } else {
      text = String.format(Locale.ROOT, RU_OPEN_NOM[rnd.nextInt(RU_OPEN_NOM.length)],
          g.name() + " " + surname) + " " + RU_FILLER[rnd.nextInt(RU_FILLER.length)];
    }
    return new Doc("d" + n, "Regional news", text, Map.of());
  }
}
