package io.namesearch.bench;

import java.util.List;

/**
 * The Cyrillic names the corpus generator inserts, written for the benchmark (common Russian
 * surnames, first names and towns; none of them occurs in the seed articles). Surnames are
 * masculine nominative; the generator derives feminine and case forms by rule.
 */
final class Names {

  private Names() {}

  static final List<String> SURNAMES =
      List.of(
          "Кузнецов",
          "Щербаков",
          "Жуковский",
          "Воробьёв",
          "Черкасов",
          "Ковалёв",
          "Хохлов",
          "Зайцев",
          "Соловьёв",
          "Громыко",
          "Шестаков",
          "Юдашкин",
          "Фёдоров",
          "Ершов",
          "Тихонов",
          "Журавлёв",
          "Чичваркин",
          "Щукин",
          "Евдокимов",
          "Белоусов",
          "Крылов",
          "Яковлев",
          "Ханыков",
          "Цыганков",
          "Голованов",
          "Мещеряков",
          "Дзержинский",
          "Шувалов",
          "Афанасьев",
          "Прохоров",
          "Ильин",
          "Гончаров",
          "Толмачёв",
          "Рыжиков",
          "Сухоруков",
          "Вяземский",
          "Зубков",
          "Пестов",
          "Дьячков",
          "Лукьянов");

  static final List<String> FIRST_NAMES =
      List.of(
          "Дмитрий",
          "Алексей",
          "Сергей",
          "Андрей",
          "Юрий",
          "Михаил",
          "Евгений",
          "Николай",
          "Григорий",
          "Фёдор",
          "Илья",
          "Вячеслав",
          "Аркадий",
          "Пётр",
          "Олег",
          "Виталий");

  static final List<String> PLACES =
      List.of(
          "Новосибирск",
          "Хабаровск",
          "Ярославль",
          "Череповец",
          "Сыктывкар",
          "Южно-Сахалинск",
          "Королёв",
          "Чебоксары",
          "Ижевск",
          "Щёлково",
          "Ханты-Мансийск",
          "Тюмень",
          "Владикавказ",
          "Железногорск",
          "Зеленоград",
          "Благовещенск");

  /** Nominative plus case forms (genitive, dative, instrumental, prepositional) of a surname. */
  static List<String> surnameCases(String s) {
    if (s.endsWith("ский") || s.endsWith("цкий")) {
      String stem = s.substring(0, s.length() - 2);
      return List.of(s, stem + "ого", stem + "ому", stem + "им", stem + "ом");
    }
    if (s.endsWith("ов")
        || s.endsWith("ёв")
        || s.endsWith("ев")
        || s.endsWith("ин")
        || s.endsWith("ын")) {
      return List.of(s, s + "а", s + "у", s + "ым", s + "е");
    }
    return List.of(s); // Громыко and other indeclinable names
  }

  /** Nominative plus a few case forms of a place name (good enough for the common patterns). */
  static List<String> placeCases(String p) {
    if (p.endsWith("ь")) {
      String stem = p.substring(0, p.length() - 1);
      return List.of(p, stem + "я", stem + "ю", stem + "е");
    }
    if (p.endsWith("ы") || p.endsWith("о") || p.endsWith("ий")) {
      return p.endsWith("ы") ? List.of(p, p.substring(0, p.length() - 1) + "ах") : List.of(p);
    }
    return List.of(p, p + "а", p + "у", p + "е");
  }
}
