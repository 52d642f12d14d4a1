package io.namesearch.engine.internal;

import io.namesearch.engine.NameMatcher;
import io.namesearch.engine.internal.NameParts.Part;
import io.namesearch.engine.internal.NameParts.Role;

/**
 * How near two words are in spelling when no tier of the engine matches them: the {@code near} and
 * {@code derived} tiers of the {@link NameMatcher}, and the small similarity of two different
 * parts.
 */
final class NearSpelling {

  private NearSpelling() {}

  /**
   * Family keys (or base families: the same fold with the ending kept) of at least 5 letters one
   * edit apart, the first letter too, or two edits apart from 8 letters (long words: Yermoshina,
   * Yarmoshina; Kourmpanov, Kurbanov); and two words but first names whose variant keys, of 4
   * letters or more, differ only in their vowels (Gora, Hara; Graf, Gref), as the vowel reduction
   * of Belarusian and Russian speech spells them.
   */
  static boolean near(Part p, Part q) {
    // first names differ by a vowel (Igor, Yegor; Yan, Yana): only other words may
    boolean vowelsOnly = !p.firstName() && !q.firstName() && !p.minor() && !q.minor();
    for (String x : p.nearKeys()) {
      for (String y : q.nearKeys()) {
        int len = Math.min(x.length(), y.length());
        int edits = len >= 8 ? 2 : 1;
        if (len >= 5 && EditDistance.atMost(x, y, edits)) {
          return true;
        }
      }
    }
    if (vowelsOnly) {
      for (String x : p.keys()) {
        for (String y : q.keys()) {
          if (Math.min(x.length(), y.length()) >= 4 && sameConsonants(x, y)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether one word is the other with more letters after it, the shorter of four letters or more
   * (Ayub, Ayubkhan; Nabi, Nabizada): a name with an element added, as a derived name has a suffix.
   */
  static boolean extended(Part p, Part q) {
    String x = p.keys().get(0);
    String y = q.keys().get(0);
    if (x.length() > y.length()) {
      String t = x;
      x = y;
      y = t;
    }
    return x.length() >= 3
        && y.length() >= x.length() + 3
        && y.startsWith(x)
        && Math.min(p.text().length(), q.text().length()) >= 4;
  }

  /**
   * Whether two keys differ only in their vowels (a run of vowels reads as one), with at least two
   * consonants: the vowel reduction of Belarusian and Russian speech that spellings follow (Гора,
   * Гара; Ермошина, Ярмошына; Греф, Graf).
   */
  static boolean sameConsonants(String x, String y) {
    int i = 0;
    int j = 0;
    int consonants = 0;
    int n = x.length();
    int m = y.length();
    while (true) {
      boolean vx = i < n && isVowel(x.charAt(i));
      boolean vy = j < m && isVowel(y.charAt(j));
      if (vx || vy) {
        if (!(vx && vy)) {
          return false;
        }
        while (i < n && isVowel(x.charAt(i))) {
          i++;
        }
        while (j < m && isVowel(y.charAt(j))) {
          j++;
        }
        continue;
      }
      if (i == n || j == m) {
        return i == n && j == m && consonants >= 2;
      }
      if (x.charAt(i) != y.charAt(j)) {
        // Belarusian writes т before a soft vowel as ц (Тертель, Цярцэль)
        int k = affricate(x, i, y, j);
        int l = k < 0 ? affricate(y, j, x, i) : -1;
        if (k < 0 && l < 0) {
          return false;
        }
        consonants++;
        i++;
        j++;
        continue;
      }
      consonants++;
      i++;
      j++;
    }
  }

  /**
   * Whether {@code x} at {@code i} is the Belarusian affricate (s for ц) that {@code y} writes as t
   * at {@code j} before a soft vowel: 1 letter, else -1.
   */
  private static int affricate(String x, int i, String y, int j) {
    return y.charAt(j) == 't' && x.charAt(i) == 's' && softAt(y, j + 1) ? 1 : -1;
  }

  private static boolean softAt(String s, int i) {
    return i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'i');
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
  }

  /**
   * A small similarity for two parts that do not match at any tier, so that nearer misses rank
   * above farther ones: up to 0.3 for family keys under half their length apart.
   */
  static double weak(Part p, Part q) {
    if (p.role() == Role.INITIAL || q.role() == Role.INITIAL) {
      return 0;
    }
    String x = p.families().get(0);
    String y = q.families().get(0);
    int max = Math.max(x.length(), y.length());
    if (max == 0) {
      return 0;
    }
    double d = EditDistance.levenshtein(x, y) / (double) max;
    return Math.max(0, 0.3 * (1 - 2 * d));
  }
}
