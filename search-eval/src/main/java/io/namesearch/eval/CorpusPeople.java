package io.namesearch.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The people of the generated archive ({@link PersonCorpusGenerator}): common Russian given names
 * with their patronymics, surnames invented from syllables, and the Russian case forms of each
 * name, derived by rule.
 */
final class CorpusPeople {

  private CorpusPeople() {}

  /** A given name with its patronymic stems (male, female) or null when female. */
  record Given(String name, boolean male, String patronymicMale, String patronymicFemale) {}

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

  static final String[] ONSETS = {
    "Бал", "Пал", "Кор", "Вер", "Мир", "Сол", "Тар", "Гор", "Лев", "Зар", "Дуб", "Рыб", "Мол",
    "Сив", "Тол", "Чер", "Шар", "Жур", "Кал", "Нос", "Бур", "Вол", "Гал", "Дер", "Зим", "Кур",
    "Лоп", "Мух", "Пес", "Руд", "Сыр", "Тум", "Хар", "Цып", "Шев", "Яр", "Бер", "Мат", "Нар",
    "Поз", "Сем", "Хол", "Вар", "Куз", "Лаг", "Рем", "Сух", "Фил"
  };
  static final String[] MIDDLES = {
    "тру", "ю", "ан", "ол", "ен", "ыш", "ар", "ур", "ов", "ег", "ин", "ад", "от", "ак", "ем", "ул",
    "ир", "ох", "яб", "ит"
  };
  static final String[] ENDINGS = {
    "ков", "нов", "ин", "ев", "ский", "енко", "юк", "га", "ов", "цев", "ишин", "ых"
  };

  /** A surname in its male nominative; forms by gender and case are derived by rule. */
  record Person(int id, Given given, Given father, String surname, boolean male) {}

  enum Case {
    NOM,
    GEN,
    DAT,
    ACC,
    INS
  }

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

  static String wiki(String cyrillic) {
    return LatinScheme.WIKIPEDIA.romanize(cyrillic);
  }

  static String sur(Person p) {
    return surnameForm(p.surname(), p.male(), Case.NOM);
  }

  static Given pick(SplittableRandom rnd, boolean male) {
    while (true) {
      // a skewed pick: the first names of the list are the most common
      int i = (int) (GIVEN.size() * Math.pow(rnd.nextDouble(), 1.6));
      Given g = GIVEN.get(i);
      if (g.male() == male) {
        return g;
      }
    }
  }

  static Person other(List<Person> family, Person p, SplittableRandom rnd) {
    Person o;
    do {
      o = family.get(rnd.nextInt(family.size()));
    } while (o == p);
    return o;
  }

  static String neighbour(String s, SplittableRandom rnd) {
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
  static String fillerSurname(SplittableRandom rnd) {
    return "Без" + ONSETS[rnd.nextInt(ONSETS.length)].toLowerCase(Locale.ROOT) + "ов";
  }
}
