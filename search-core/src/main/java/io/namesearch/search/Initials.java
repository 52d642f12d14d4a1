package io.namesearch.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Cyrillic letters an initial or the first letters of a name may stand for ({@code
 * initials.tsv}): {@code D.} and {@code Д.} are Dmitry's initial, {@code Ya.}, {@code Ja.} and
 * {@code Я.} Yaroslav's, {@code Zh.}, {@code Ž.} and {@code Sch.} Zhanna's.
 */
final class Initials {

  private static final Map<String, Set<String>> READINGS = load();

  /** The longest letter group of the table. */
  private static final int MAX_GROUP = 4;

  private Initials() {}

  /** The readings of an initial as written (Zh, Д, Ja); empty when it is not one. */
  static Set<String> ofInitial(String initial) {
    return READINGS.getOrDefault(initial.toLowerCase(Locale.ROOT), Set.of());
  }

  /**
   * Whether {@code letters} are the several letters one Cyrillic letter is written with (Zh, Sch,
   * Iou): an initial longer than a letter.
   */
  static boolean isLetterGroup(String letters) {
    return letters.length() > 1 && READINGS.containsKey(letters.toLowerCase(Locale.ROOT));
  }

  /** The readings of a name's first letters (Dmitry: d; Yevgeny: y, e; Janna: zh, y, kh, ya). */
  static Set<String> ofName(String name) {
    String w = name.toLowerCase(Locale.ROOT);
    Set<String> out = new HashSet<>();
    for (int n = 1; n <= Math.min(MAX_GROUP, w.length()); n++) {
      out.addAll(READINGS.getOrDefault(w.substring(0, n), Set.of()));
    }
    return out;
  }

  /** Whether two sets share an element. */
  static <T> boolean overlap(Set<T> a, Set<T> b) {
    for (T s : a) {
      if (b.contains(s)) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, Set<String>> load() {
    try (InputStream in = Initials.class.getResourceAsStream("initials.tsv")) {
      if (in == null) {
        throw new IllegalStateException("missing resource initials.tsv");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, Set<String>> map = new HashMap<>();
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 2 || f[0].length() > MAX_GROUP) {
          throw new IllegalStateException(
              "initials.tsv line " + n + ": expected letters <TAB> readings");
        }
        map.put(f[0], Set.of(f[1].split(",")));
      }
      return Map.copyOf(map);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
