package io.namesearch.eval;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Latin schemes and languages; each document uses one. */
enum LatinScheme {
  WIKIPEDIA(
      "а a б b в v г g д d е e ё yo ж zh з z и i й y к k л l м m н n о o п p р r с s т t"
          + " у u ф f х kh ц ts ч ch ш sh щ shch ъ _ ы y ь _ э e ю yu я ya",
      "y",
      "ye"),
  SCHOLARLY(
      "а a б b в v г g д d е e ё ë ж ž з z и i й j к k л l м m н n о o п p р r с s т t"
          + " у u ф f х ch ц c ч č ш š щ šč ъ _ ы y ь _ э è ю ju я ja",
      "ij",
      "e"),
  ENGLISH_BGN(
      "а a б b в v г g д d е e ё yo ж zh з z и i й y к k л l м m н n о o п p р r с s"
          + " т t у u ф f х kh ц ts ч ch ш sh щ shch ъ _ ы y ь _ э e ю yu я ya",
      "iy",
      "ye"),
  GERMAN(
      "а a б b в w г g д d е e ё jo ж sch з s и i й i к k л l м m н n о o п p р r с s т t"
          + " у u ф f х ch ц z ч tsch ш sch щ schtsch ъ _ ы y ь _ э e ю ju я ja",
      "i",
      "je"),
  FRENCH(
      "а a б b в v г g д d е e ё io ж j з z и i й ï к k л l м m н n о o п p р r с s т t"
          + " у ou ф f х kh ц ts ч tch ш ch щ chtch ъ _ ы y ь _ э e ю iou я ia",
      "i",
      "ie"),
  POLISH(
      "а a б b в w г g д d е e ё io ж ż з z и i й j к k л ł м m н n о o п p р r с s т t"
          + " у u ф f х ch ц c ч cz ш sz щ szcz ъ _ ы y ь _ э e ю ju я ja",
      "ij",
      "je");

  private final Map<Character, String> letters = new LinkedHashMap<>();
  private final String iy;
  private final String initialE;

  LatinScheme(String pairs, String iy, String initialE) {
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
