package io.namesearch.eval;

import static io.namesearch.eval.CorpusPeople.fillerSurname;
import static io.namesearch.eval.CorpusPeople.givenForm;
import static io.namesearch.eval.CorpusPeople.patronymicForm;
import static io.namesearch.eval.CorpusPeople.pick;
import static io.namesearch.eval.CorpusPeople.sur;
import static io.namesearch.eval.CorpusPeople.surnameForm;

import io.namesearch.eval.CorpusPeople.Case;
import io.namesearch.eval.CorpusPeople.Given;
import io.namesearch.eval.CorpusPeople.Person;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The documents of the generated archive ({@link PersonCorpusGenerator}): short news items that
 * name a person in one style (in full, by initials, with the patronymic, surname first, surname
 * only), in Russian with inflected names or in one Latin scheme; co-occurrence traps; fillers.
 */
final class NewsDocuments {

  private NewsDocuments() {}

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
    "%s заявил журналистам, что не получал повестки.", "%s был задержан полицией во вторник.",
  };
  private static final String[] RU_OPEN_ACC = {
    "Суд оштрафовал %s на 44 тысячи рублей.", "Полиция задержала %s у здания администрации.",
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
  record Doc(String id, String title, String text, Map<Integer, String> named) {}

  static String cyrInitial(Given g) {
    return g.name().charAt(0) + ".";
  }

  static String latinInitial(LatinScheme s, Given g) {
    // the Latin letters of the first Cyrillic letter: D., Zh., Sch., Yu.
    String r = s.romanize(g.name());
    String first = s.romanize(g.name().substring(0, 1) + "а");
    int n = Math.max(1, first.length() - s.romanize("а").length());
    return r.substring(0, Math.min(n, r.length())) + ".";
  }

  static Doc personDoc(int n, Person p, String style, Person relative, SplittableRandom rnd) {
    Map<Integer, String> named = new LinkedHashMap<>();
    named.put(p.id(), style);
    boolean russian =
        style.endsWith("_cyrillic")
            || (style.equals("surname_first") && rnd.nextBoolean())
            || (style.equals("patronymic") && rnd.nextBoolean());
    StringBuilder text = new StringBuilder();
    String title;
    if (russian) {
      Case c = Case.values()[rnd.nextInt(4)];
      String first =
          switch (style) {
            case "initial_cyrillic" ->
                cyrInitial(p.given())
                    + (rnd.nextBoolean() ? " " + cyrInitial(p.father()) : "")
                    + " "
                    + surnameForm(p.surname(), p.male(), c);
            case "surname_first" ->
                surnameForm(p.surname(), p.male(), c)
                    + " "
                    + givenForm(p.given(), c)
                    + " "
                    + patronymicForm(p, c);
            case "patronymic" ->
                givenForm(p.given(), c)
                    + " "
                    + patronymicForm(p, c)
                    + " "
                    + surnameForm(p.surname(), p.male(), c);
            default -> givenForm(p.given(), c) + " " + surnameForm(p.surname(), p.male(), c);
          };
      String[] templates =
          switch (c) {
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
        text.append("Ранее ")
            .append(relative.male() ? "был задержан " : "была задержана ")
            .append(givenForm(relative.given(), Case.NOM))
            .append(' ')
            .append(surnameForm(relative.surname(), relative.male(), Case.NOM))
            .append(". ");
        named.put(relative.id(), "relative");
      }
      text.append(
          String.format(
              Locale.ROOT,
              RU_LATER[rnd.nextInt(RU_LATER.length)],
              surnameForm(p.surname(), p.male(), Case.GEN)));
      title = "Дело " + surnameForm(p.surname(), p.male(), Case.GEN);
    } else {
      LatinScheme s = LatinScheme.values()[rnd.nextInt(LatinScheme.values().length)];
      String sur = s.romanize(sur(p));
      String first =
          switch (style) {
            case "initial" ->
                latinInitial(s, p.given())
                    + (rnd.nextInt(3) == 0 ? " " + latinInitial(s, p.father()) : "")
                    + " "
                    + sur;
            case "surname" -> sur;
            case "surname_first" ->
                sur.toUpperCase(Locale.ROOT) + ", " + s.romanize(p.given().name());
            case "patronymic" ->
                s.romanize(p.given().name())
                    + " "
                    + s.romanize(patronymicForm(p, Case.NOM))
                    + " "
                    + sur;
            default -> s.romanize(p.given().name()) + " " + sur;
          };
      text.append(String.format(Locale.ROOT, EN_OPEN[rnd.nextInt(EN_OPEN.length)], first))
          .append(' ');
      text.append(EN_FILLER[rnd.nextInt(EN_FILLER.length)]).append(' ');
      if (relative != null) {
        text.append(
                relative.male()
                    ? (p.male() ? "His brother " : "Her husband ")
                    : (p.male() ? "His wife " : "Her sister "))
            .append(s.romanize(relative.given().name()))
            .append(' ')
            .append(s.romanize(surnameForm(relative.surname(), relative.male(), Case.NOM)))
            .append(" was questioned as a witness. ");
        named.put(relative.id(), "relative");
      }
      text.append(String.format(Locale.ROOT, EN_LATER[rnd.nextInt(EN_LATER.length)], sur));
      title = rnd.nextBoolean() ? "Deputy " + sur + " in court" : "Court news";
    }
    return new Doc("d" + n, title, text.toString(), named);
  }

  static Doc cooccurrenceDoc(
      int n, Person p, Person namesake, String otherSurname, SplittableRandom rnd) {
    Map<Integer, String> named = new LinkedHashMap<>();
    named.put(namesake.id(), "full");
    // the trap marker, under no person: this document holds p's first name on another person
    named.put(-1, "cooccurrence:" + p.given().name());
    String text;
    if (rnd.nextBoolean()) {
      text =
          givenForm(p.given(), Case.NOM)
              + " "
              + surnameForm(otherSurname, p.male(), Case.NOM)
              + (p.male() ? " встретился с " : " встретилась с ")
              + givenForm(namesake.given(), Case.INS)
              + " "
              + surnameForm(namesake.surname(), namesake.male(), Case.INS)
              + " в понедельник. "
              + RU_FILLER[rnd.nextInt(RU_FILLER.length)];
    } else {
      LatinScheme s = LatinScheme.values()[rnd.nextInt(LatinScheme.values().length)];
      text =
          s.romanize(p.given().name())
              + " "
              + s.romanize(surnameForm(otherSurname, p.male(), Case.NOM))
              + ", the head of the district, met "
              + s.romanize(namesake.given().name())
              + " "
              + s.romanize(surnameForm(namesake.surname(), namesake.male(), Case.NOM))
              + " on Monday. "
              + EN_FILLER[rnd.nextInt(EN_FILLER.length)];
    }
    return new Doc("d" + n, "Meeting in the district", text, named);
  }

  static Doc fillerDoc(int n, SplittableRandom rnd) {
    Given g = pick(rnd, true);
    String surname = fillerSurname(rnd);
    String text;
    if (rnd.nextBoolean()) {
      LatinScheme s = LatinScheme.values()[rnd.nextInt(LatinScheme.values().length)];
      text =
          String.format(
                  Locale.ROOT,
                  EN_OPEN[rnd.nextInt(EN_OPEN.length)],
                  s.romanize(g.name()) + " " + s.romanize(surname))
              + " "
              + EN_FILLER[rnd.nextInt(EN_FILLER.length)];
    } else {
      text =
          String.format(
                  Locale.ROOT,
                  RU_OPEN_NOM[rnd.nextInt(RU_OPEN_NOM.length)],
                  g.name() + " " + surname)
              + " "
              + RU_FILLER[rnd.nextInt(RU_FILLER.length)];
    }
    return new Doc("d" + n, "Regional news", text, Map.of());
  }
}
