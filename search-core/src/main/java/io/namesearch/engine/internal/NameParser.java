package io.namesearch.engine.internal;

import io.namesearch.engine.NameEngine;
import io.namesearch.engine.NameMatcher;
import io.namesearch.engine.internal.NameParts.Parsed;
import io.namesearch.engine.internal.NameParts.Part;
import io.namesearch.engine.internal.NameParts.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a person's name into parts for the {@link NameMatcher}: words and initials, the surname of
 * a comma form, titles set aside, patronymics by their endings; each word keyed once (and cached
 * per thread, as a list repeats its names). Thread-safe.
 *
 * @lucene.internal
 */
public final class NameParser {

  private final NameEngine engine;
  private final PersonRules rules;

  public NameParser(NameEngine engine, PersonRules rules) {
    this.engine = engine;
    this.rules = rules;
  }

  /**
   * Splits a name into parts as the matcher reads it.
   *
   * @throws IllegalArgumentException when the name is blank, too long, has too many parts or no
   *     letters or digits
   */
  public Parsed parse(String name) {
    if (name == null) {
      throw new IllegalArgumentException("name is missing");
    }
    String s = name.strip();
    if (s.isEmpty()) {
      throw new IllegalArgumentException("name is empty");
    }
    if (s.length() > NameMatcher.MAX_LENGTH) {
      throw new IllegalArgumentException(
          "name is too long: "
              + s.length()
              + " characters (at most "
              + NameMatcher.MAX_LENGTH
              + ")");
    }
    int comma = s.indexOf(',');
    List<String[]> raw = new ArrayList<>(); // {token, "S" if surname segment}
    if (comma >= 0) {
      tokens(s.substring(0, comma), true, raw);
      tokens(s.substring(comma + 1).replace(',', ' '), false, raw);
    } else {
      tokens(s, false, raw);
    }
    List<Part> parts = new ArrayList<>();
    List<String> ignored = new ArrayList<>();
    boolean anySurname = false;
    for (String[] t : raw) {
      String token = t[0];
      String norm = engine.normalize(token);
      if (norm.isEmpty()) {
        continue;
      }
      if (rules.isNoise(norm)) {
        ignored.add(token);
        continue;
      }
      for (String piece : pieces(token)) {
        String pn = engine.normalize(piece);
        if (pn.isEmpty()) {
          continue;
        }
        Keyed keyed = keyed(piece);
        List<String> keys = keyed.keys();
        if (keys.isEmpty()) {
          continue;
        }
        boolean initial = isInitial(piece, pn);
        Role role;
        if (initial) {
          role = Role.INITIAL;
        } else if (t[1] != null && !(anySurname && rules.isPatronymic(keys))) {
          // the surname of a comma form; a patronymic after it (IVANOVA PETROVNA, Anna) is one
          role = Role.SURNAME;
          anySurname = true;
        } else if (rules.isPatronymic(keys)) {
          role = Role.PATRONYMIC;
        } else {
          role = Role.NAME;
        }
        if (parts.size() == NameMatcher.MAX_PARTS) {
          throw new IllegalArgumentException(
              "name has too many parts (at most " + NameMatcher.MAX_PARTS + "): " + abbreviate(s));
        }
        parts.add(
            new Part(
                piece,
                role,
                keys,
                initial ? keys : keyed.families(),
                initial ? keys : keyed.nearKeys(),
                keyed.firstName(),
                parts.size()));
      }
    }
    // Without a comma form, a patronymic-looking first word of three or more is the surname
    // (FRANSKEVICH Viktar Ivanavich), and so is every such word when no other part is a name.
    if (!anySurname) {
      fixLeadingPatronymic(parts);
    }
    if (parts.isEmpty() || s.codePoints().noneMatch(Character::isLetter)) {
      throw new IllegalArgumentException(
          ignored.isEmpty() || !parts.isEmpty()
              ? "name has no letters: " + abbreviate(s)
              : "name has only titles, no name: " + abbreviate(s));
    }
    return new Parsed(List.copyOf(parts), List.copyOf(ignored));
  }

  /** The variant and family keys of a word. */
  record Keyed(
      List<String> keys, List<String> families, List<String> nearKeys, boolean firstName) {}

  /** Per thread: the keys of recently read words (a list repeats its names). */
  private final ThreadLocal<LinkedHashMap<String, Keyed>> keyedWords =
      ThreadLocal.withInitial(
          () ->
              new LinkedHashMap<>(1024, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Keyed> e) {
                  return size() > 16384;
                }
              });

  Keyed keyed(String word) {
    LinkedHashMap<String, Keyed> cache = keyedWords.get();
    Keyed k = cache.get(word);
    if (k == null) {
      List<String> keys = engine.keys(word);
      k = keys.isEmpty() ? new Keyed(keys, List.of(), List.of(), false) : keyed(word, keys);
      cache.put(word, k);
    }
    return k;
  }

  /**
   * The keys of a word with letters: its variant and family keys, and the keys the near tier
   * compares (its family keys, then its base families: the family fold with no ending removed, so
   * that a word and its form with another ending, Belarusian -оў for -ов, stay one edit apart).
   */
  private Keyed keyed(String word, List<String> keys) {
    List<String> families = engine.families(word);
    List<String> base = engine.baseFamilies(word);
    boolean firstName = !Nicknames.defaults().equivalents(keys).isEmpty();
    if (base.isEmpty()) {
      return new Keyed(keys, families, families, firstName);
    }
    List<String> near = new ArrayList<>(families);
    near.addAll(base);
    return new Keyed(keys, families, List.copyOf(near), firstName);
  }

  private static void fixLeadingPatronymic(List<Part> parts) {
    long names = parts.stream().filter(p -> p.role() == Role.NAME).count();
    for (int i = 0; i < parts.size(); i++) {
      Part p = parts.get(i);
      if (p.role() != Role.PATRONYMIC) {
        continue;
      }
      // a patronymic follows a given name: the first word, or one with no name at all, is not one
      if (i == 0 || names == 0) {
        parts.set(
            i,
            new Part(p.text(), Role.NAME, p.keys(), p.families(), p.nearKeys(), p.firstName(), i));
        names++;
      }
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "..." : s;
  }

  /** Splits on white space, brackets, quotes and slashes; a dotted run (A.A.) is split too. */
  private static void tokens(String s, boolean surname, List<String[]> out) {
    for (String t : s.split("[\\s;/()\\[\\]{}\"«»„“”]+")) {
      if (t.isEmpty()) {
        continue;
      }
      // "A.A." and "A.Baltrukov" are several parts; "Jr." and "Dm." are one
      int start = 0;
      for (int i = 0; i < t.length(); i++) {
        if (t.charAt(i) == '.' && i + 1 < t.length()) {
          out.add(new String[] {t.substring(start, i + 1), surname ? "S" : null});
          start = i + 1;
        }
      }
      out.add(new String[] {t.substring(start), surname ? "S" : null});
    }
  }

  /** A hyphenated word is one part per piece (Rimsky-Korsakov). */
  private static List<String> pieces(String token) {
    if (token.indexOf('-') < 0) {
      return List.of(token);
    }
    List<String> out = new ArrayList<>();
    for (String p : token.split("-+")) {
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  /** One letter, or two followed by a dot (A, A., Yu., Zh.). */
  private static boolean isInitial(String token, String normalized) {
    int letters = normalized.codePointCount(0, normalized.length());
    if (!Character.isLetter(normalized.codePointAt(0))) {
      return false;
    }
    return letters == 1 || letters == 2 && token.endsWith(".");
  }
}
