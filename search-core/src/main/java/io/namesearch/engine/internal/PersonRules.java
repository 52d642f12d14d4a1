package io.namesearch.engine.internal;

import io.namesearch.engine.NameMatcher;
import io.namesearch.engine.NameRules;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The table of {@code person.tsv}: titles and suffixes that carry no identity, patronymic endings
 * and gender endings, as the {@link NameMatcher} reads the parts of a person's name. Immutable.
 *
 * @lucene.internal
 */
public final class PersonRules {

  static final String RESOURCE = "person.tsv";

  /** The grammatical gender of a name part, as far as its ending tells. */
  enum Gender {
    FEMALE,
    MALE,
    UNKNOWN
  }

  private static final class DefaultHolder {
    static final PersonRules DEFAULT = load();
  }

  private final Set<String> noise;
  private final String[] patronymicEndings;
  private final String[] genderEndings;
  private final Gender[] genders;

  private PersonRules(
      Set<String> noise, String[] patronymicEndings, String[] genderEndings, Gender[] genders) {
    this.noise = noise;
    this.patronymicEndings = patronymicEndings;
    this.genderEndings = genderEndings;
    this.genders = genders;
  }

  public static PersonRules defaults() {
    return DefaultHolder.DEFAULT;
  }

  /** Whether the normalised word is a title or suffix with no identity (Mr, г-н, Jr). */
  boolean isNoise(String normalized) {
    return noise.contains(normalized);
  }

  /** Whether one of a word's variant keys ends as a patronymic does. */
  boolean isPatronymic(java.util.List<String> keys) {
    for (String key : keys) {
      for (String e : patronymicEndings) {
        if (key.length() > e.length() + 2 && key.endsWith(e)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The father's name in a patronymic's variant key: the key without its patronymic ending and the
   * linking vowel before it (vladimirovna, uladsimirauna: vladimir, uladsimir; ivanaviš: ivan), or
   * null when the key has no patronymic ending.
   */
  String patronymicStem(String key) {
    String best = null;
    for (String e : patronymicEndings) {
      if (key.length() > e.length() + 2
          && key.endsWith(e)
          && (best == null || e.length() > best.length())) {
        best = e;
      }
    }
    if (best == null) {
      return null;
    }
    String stem = key.substring(0, key.length() - best.length());
    if (stem.length() > 4 && isVowel(stem.charAt(stem.length() - 1))) {
      stem = stem.substring(0, stem.length() - 1);
    }
    return stem;
  }

  /**
   * The gender a patronymic's own ending tells (Petrovna, Mikalaeŭna: FEMALE; Petrovich: MALE),
   * from the GENDER endings that are patronymic endings too; UNKNOWN when none is.
   */
  Gender patronymicGender(List<String> keys) {
    for (String key : keys) {
      for (int i = 0; i < genderEndings.length; i++) {
        String e = genderEndings[i];
        if (e.length() >= 3 && key.length() > e.length() + 2 && key.endsWith(e)) {
          return genders[i];
        }
      }
    }
    return Gender.UNKNOWN;
  }

  /**
   * The gender of {@code key} when {@code other} is the same stem with the other gender's ending
   * (ivanov, ivanova: MALE; hodorkovska, hodorkovski: FEMALE), else UNKNOWN. {@code C} in the table
   * is the bare stem ending in a consonant.
   */
  Gender genderAgainst(String key, String other) {
    for (int i = 0; i < genderEndings.length; i++) {
      for (int j = 0; j < genderEndings.length; j++) {
        if (genders[i] == genders[j]) {
          continue;
        }
        String stem = stem(key, genderEndings[i]);
        if (stem != null && stem.length() >= 2 && stem.equals(stem(other, genderEndings[j]))) {
          return genders[i];
        }
      }
    }
    return Gender.UNKNOWN;
  }

  /** The key without the ending, or null when it does not end so. */
  private static String stem(String key, String ending) {
    if (ending.equals("C")) {
      return !key.isEmpty() && !isVowel(key.charAt(key.length() - 1)) ? key : null;
    }
    return key.length() > ending.length() && key.endsWith(ending)
        ? key.substring(0, key.length() - ending.length())
        : null;
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  static PersonRules load() {
    try (InputStream in =
        PersonRules.class.getResourceAsStream("/io/namesearch/engine/" + RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static PersonRules parse(BufferedReader reader) throws IOException {
    NameKeyer keyer = new NameKeyer(CompiledRules.of(NameRules.defaults()));
    Set<String> noise = new HashSet<>();
    List<String> patronymics = new ArrayList<>();
    List<String> genderEndings = new ArrayList<>();
    List<Gender> genders = new ArrayList<>();
    String line;
    int lineNo = 0;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      String where = RESOURCE + " line " + lineNo + ": ";
      switch (cols[0]) {
        case "NOISE" -> {
          if (cols.length != 2 || cols[1].isBlank()) {
            throw new IllegalStateException(where + "expected NOISE <TAB> word: " + line);
          }
          String w = cols[1].strip();
          int n = keyer.normalize(w.toCharArray(), 0, w.length());
          noise.add(new String(keyer.normalizedBuffer(), 0, n));
        }
        case "PATRONYMIC" -> {
          if (cols.length != 2 || cols[1].isBlank()) {
            throw new IllegalStateException(where + "expected PATRONYMIC <TAB> ending: " + line);
          }
          patronymics.add(cols[1].strip());
        }
        case "GENDER" -> {
          if (cols.length != 3 || !(cols[1].equals("F") || cols[1].equals("M"))) {
            throw new IllegalStateException(
                where + "expected GENDER <TAB> F|M <TAB> ending: " + line);
          }
          genders.add(cols[1].equals("F") ? Gender.FEMALE : Gender.MALE);
          genderEndings.add(cols[2].strip());
        }
        default -> throw new IllegalStateException(where + "unknown row type " + cols[0]);
      }
    }
    return new PersonRules(
        Set.copyOf(noise),
        patronymics.toArray(String[]::new),
        genderEndings.toArray(String[]::new),
        genders.toArray(Gender[]::new));
  }
}
