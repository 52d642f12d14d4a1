package io.namesearch.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small rule-based romaniser with several schemes and languages, written for the benchmark corpus
 * only (the product never uses it). Each scheme maps lower-case Russian letters to Latin, with a
 * few word-end rules ({@code -ий}, {@code -ый}, {@code -ский}); the result is capitalised.
 */
enum Romanizer {
  /** BGN/PCGN-like English: Kuznetsov, Shcherbakov, Zhukovskiy. */
  ENGLISH(
      m(
          "а a б b в v г g д d е e ё yo ж zh з z и i й y к k л l м m н n о o п p р r с s т t у u"
              + " ф f х kh ц ts ч ch ш sh щ shch ъ _ ы y ь _ э e ю yu я ya"),
      "iy",
      "skiy",
      "ye"),
  /** English newspaper style: -y for -ий (Zhukovsky, Dmitry). */
  WIKIPEDIA(
      m(
          "а a б b в v г g д d е e ё yo ж zh з z и i й y к k л l м m н n о o п p р r с s т t у u"
              + " ф f х kh ц ts ч ch ш sh щ shch ъ _ ы y ь _ э e ю yu я ya"),
      "y",
      "sky",
      "ye"),
  /** Scholarly (ISO 9 / linguistic) with diacritics: Kuznecov, Ščerbakov, Žukovskij. */
  SCHOLARLY(
      m(
          "а a б b в v г g д d е e ё ë ж ž з z и i й j к k л l м m н n о o п p р r с s т t у u"
              + " ф f х ch ц c ч č ш š щ šč ъ _ ы y ь _ э è ю ju я ja"),
      "ij",
      "skij",
      "e"),
  /** GOST 7.79-B ASCII: Kuzneczov, Shhcherbakov, Zhukovskij. */
  GOST(
      m(
          "а a б b в v г g д d е e ё yo ж zh з z и i й j к k л l м m н n о o п p р r с s т t у u"
              + " ф f х x ц cz ч ch ш sh щ shh ъ _ ы y ь _ э e ю yu я ya"),
      "ij",
      "skij",
      "e"),
  /** German (Duden): Kusnezow, Schtscherbakow, Schukowski. */
  GERMAN(
      m(
          "а a б b в w г g д d е e ё jo ж sch з s и i й i к k л l м m н n о o п p р r с s т t у u"
              + " ф f х ch ц z ч tsch ш sch щ schtsch ъ _ ы y ь _ э e ю ju я ja"),
      "i",
      "ski",
      "je"),
  /** French: Kouznetsov, Chtcherbakov, Joukovski. */
  FRENCH(
      m(
          "а a б b в v г g д d е e ё io ж j з z и i й ï к k л l м m н n о o п p р r с s т t у ou"
              + " ф f х kh ц ts ч tch ш ch щ chtch ъ _ ы y ь _ э e ю iou я ia"),
      "i",
      "ski",
      "ie"),
  /** Polish: Kuzniecow, Szczerbakow, Żukowski. */
  POLISH(
      m(
          "а a б b в w г g д d е e ё io ж ż з z и i й j к k л ł м m н n о o п p р r с s т t у u"
              + " ф f х ch ц c ч cz ш sz щ szcz ъ _ ы y ь _ э e ю ju я ja"),
      "ij",
      "ski",
      "je"),
  /** Spanish: Kuznetsov, Scherbakov, Zhukovski, Jodorkovski. */
  SPANISH(
      m(
          "а a б b в v г g д d е e ё io ж zh з z и i й i к k л l м m н n о o п p р r с s т t у u"
              + " ф f х j ц ts ч ch ш sh щ sch ъ _ ы y ь _ э e ю iu я ia"),
      "i",
      "ski",
      "ie");

  private final Map<Character, String> letters;
  private final String iyEnding;
  private final String skiyEnding;
  private final String initialE;

  Romanizer(Map<Character, String> letters, String iyEnding, String skiyEnding, String initialE) {
    this.letters = letters;
    this.iyEnding = iyEnding;
    this.skiyEnding = skiyEnding;
    this.initialE = initialE;
  }

  /** The schemes a Latin mention is drawn from, most common first. */
  static final List<Romanizer> ALL = List.of(values());

  /** Romanises one Cyrillic word (any case) and capitalises it. */
  String romanize(String cyrillic) {
    String w = cyrillic.toLowerCase(Locale.ROOT);
    String tail = "";
    if (w.endsWith("ский")) {
      tail = skiyEnding;
      w = w.substring(0, w.length() - 4);
    } else if (w.endsWith("цкий")) {
      tail = letters.get('ц') + skiyEnding.substring(1); // ц + "kiy"
      w = w.substring(0, w.length() - 4);
    } else if (w.endsWith("ий") || w.endsWith("ый")) {
      tail = iyEnding;
      w = w.substring(0, w.length() - 2);
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      boolean afterVowel = i == 0 || "аеёиоуыэюяьъ".indexOf(w.charAt(i - 1)) >= 0;
      String r;
      if (c == 'е' && afterVowel) {
        r = initialE;
      } else if (this == GERMAN
          && c == 'с'
          && i > 0
          && i + 1 < w.length()
          && isVowel(w.charAt(i - 1))
          && isVowel(w.charAt(i + 1))) {
        r = "ss";
      } else if (this == POLISH
          && c == 'л'
          && i + 1 < w.length()
          && "иьеёюя".indexOf(w.charAt(i + 1)) >= 0) {
        r = "l";
      } else if (this == POLISH && c == 'и' && i > 0 && "жшц".indexOf(w.charAt(i - 1)) >= 0) {
        r = "y";
      } else {
        r = letters.getOrDefault(c, String.valueOf(c));
      }
      out.append(r.equals("_") ? "" : r);
    }
    out.append(tail);
    String s = out.toString();
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  private static boolean isVowel(char c) {
    return "аеёиоуыэюя".indexOf(c) >= 0;
  }

  private static Map<Character, String> m(String pairs) {
    String[] p = pairs.trim().split("\\s+");
    Map<Character, String> map = new java.util.HashMap<>();
    for (int i = 0; i + 1 < p.length; i += 2) {
      map.put(p[i].charAt(0), p[i + 1]);
    }
    return Map.copyOf(map);
  }
}
