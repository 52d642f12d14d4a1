package io.namesearch.analysis;

import java.util.Random;

/**
 * Random text that stresses a name analyzer: Latin, Cyrillic and Greek words mixed inside words,
 * combining marks, apostrophes and soft signs, unpaired surrogates, tokens over 255 characters, and
 * long texts.
 */
final class NameTextGenerator {

  private static final String LATIN = "abcdefghijklmnopqrstuvwxyzáéíóúčšžłńśźżőűäöüßøåæœ";
  private static final String CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў";
  private static final String GREEK = "αβγδεζηθικλμνξοπρστυφχψω";
  private static final String MARKS = "\u0301\u0300\u0308\u030C\u0306\u0327";
  private static final String SIGNS = "'’ʹʺ-";

  private NameTextGenerator() {}

  /** Text for MockTokenizer, which rejects unpaired surrogates by design. */
  static String validText(Random r) {
    return text(r).replace('\uD800', '\uFFFD').replace('\uDC00', '\uFFFD');
  }

  static String text(Random r) {
    int words = r.nextInt(10) == 0 ? 200 + r.nextInt(800) : 1 + r.nextInt(20);
    StringBuilder sb = new StringBuilder();
    for (int w = 0; w < words; w++) {
      if (w > 0) {
        sb.append(r.nextInt(8) == 0 ? ", " : " ");
      }
      word(r, sb);
    }
    return sb.toString();
  }

  private static void word(Random r, StringBuilder sb) {
    int len = r.nextInt(30) == 0 ? 256 + r.nextInt(300) : 1 + r.nextInt(14);
    String main =
        switch (r.nextInt(3)) {
          case 0 -> LATIN;
          case 1 -> CYRILLIC;
          default -> GREEK;
        };
    for (int i = 0; i < len; i++) {
      int k = r.nextInt(40);
      if (k == 0) {
        sb.append(MARKS.charAt(r.nextInt(MARKS.length())));
      } else if (k == 1) {
        sb.append(SIGNS.charAt(r.nextInt(SIGNS.length())));
      } else if (k == 2) {
        sb.append(r.nextBoolean() ? '\uD800' : '\uDC00'); // unpaired surrogate
      } else if (k < 6) {
        String other = r.nextBoolean() ? LATIN : CYRILLIC; // mixed script inside a word
        sb.append(other.charAt(r.nextInt(other.length())));
      } else {
        char c = main.charAt(r.nextInt(main.length()));
        sb.append(r.nextInt(5) == 0 ? Character.toUpperCase(c) : c);
      }
    }
  }
}
