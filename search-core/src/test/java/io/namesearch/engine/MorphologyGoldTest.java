package io.namesearch.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The morphology gold files: {@code case-forms.tsv} (every case and gender form of a name matches
 * its nominative at the family tier or better; indeclinable names keep their own family; a known
 * gap still fails, so that its fix moves it up) and {@code near-neighbours.tsv} (different names
 * that look alike never match above the typo tier) and {@code derived.tsv} (a name and its -sk-
 * derivative match at the derived tier, no higher).
 */
class MorphologyGoldTest {

  private static final Set<MatchTier> SAME_NAME =
      EnumSet.of(MatchTier.EXACT, MatchTier.VARIANT, MatchTier.FAMILY);

  private final NameEngine engine = NameEngine.defaults();

  private static List<String[]> rows(String resource) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = MorphologyGoldTest.class.getResourceAsStream(resource)) {
      assertTrue(in != null, resource + " missing");
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t"));
        }
      }
    }
    return rows;
  }

  private String family(String w) {
    List<String> keys = engine.keys(w);
    return engine.family(w).orElse(keys.isEmpty() ? "" : keys.get(0));
  }

  private boolean sameName(String query, String document) {
    Optional<MatchTier> tier = engine.compare(query, document, SAME_NAME);
    return tier.isPresent() && SAME_NAME.contains(tier.get());
  }

  @Test
  void everyCaseFormMatchesItsNominative() throws IOException {
    List<String> failures = new ArrayList<>();
    int forms = 0;
    int indeclinable = 0;
    int gaps = 0;
    for (String[] row : rows("case-forms.tsv")) {
      if (row[0].equals("gap")) {
        for (int i = 2; i < row.length; i++) {
          gaps++;
          if (sameName(row[1], row[i]) && sameName(row[i], row[1])) {
            failures.add(
                "known gap "
                    + row[1]
                    + " ~ "
                    + row[i]
                    + " now matches: move the row up and out of README's known gaps");
          }
        }
        continue;
      }
      if (row[0].equals("indeclinable")) {
        String name = row[1];
        for (int i = 2; i < row.length; i++) {
          indeclinable++;
          if (family(name).equals(family(row[i])) || sameName(name, row[i])) {
            failures.add(
                "indeclinable "
                    + name
                    + "/"
                    + family(name)
                    + " joined the family of "
                    + row[i]
                    + "/"
                    + family(row[i]));
          }
        }
        continue;
      }
      String nominative = row[0];
      List<String> queries = new ArrayList<>(List.of(nominative));
      List<String> inflected = new ArrayList<>();
      for (int i = 1; i < row.length; i++) {
        if (row[i].startsWith("=")) {
          queries.add(row[i].substring(1));
        } else {
          inflected.add(row[i]);
        }
      }
      for (String query : queries) {
        for (String form : inflected) {
          forms++;
          if (!sameName(query, form) || !sameName(form, query)) {
            failures.add(
                query
                    + "/"
                    + family(query)
                    + " vs "
                    + form
                    + "/"
                    + family(form)
                    + ": "
                    + engine.compare(query, form).map(Object::toString).orElse("no match"));
          }
        }
      }
      if (queries.size() > 1 && !sameName(queries.get(1), nominative)) {
        failures.add("Latin " + queries.get(1) + " does not find " + nominative);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "case forms checked: %d pairs, %d indeclinable pairs, %d known gaps%n",
        forms,
        indeclinable,
        gaps);
    assertTrue(forms >= 300, "the case-form table should hold at least 300 pairs: " + forms);
    assertEquals(List.of(), failures);
  }

  /** One direction of a pair of a gold file: {@code a} as the query, {@code b} as the document. */
  private interface PairCheck {
    void check(String a, String b, boolean forward);
  }

  /** Runs the check on each pair of a two-column gold file, both ways; returns the pair count. */
  private static int eachPairBothWays(String resource, PairCheck check) throws IOException {
    int pairs = 0;
    for (String[] row : rows(resource)) {
      assertEquals(2, row.length, "a pair per line: " + String.join(" | ", row));
      pairs++;
      check.check(row[0], row[1], true);
      check.check(row[1], row[0], false);
    }
    return pairs;
  }

  @Test
  void derivedNamesMeetAtTheDerivedTier() throws IOException {
    List<String> failures = new ArrayList<>();
    Set<MatchTier> withoutDerived = EnumSet.complementOf(EnumSet.of(MatchTier.DERIVED));
    int pairs =
        eachPairBothWays(
            "derived.tsv",
            (a, b, forward) -> {
              Optional<MatchTier> tier = engine.compare(a, b, EnumSet.allOf(MatchTier.class));
              if (tier.isEmpty() || tier.get() != MatchTier.DERIVED) {
                failures.add(a + " ~ " + b + " at " + tier.map(Object::toString).orElse("no tier"));
              }
              Optional<MatchTier> off = engine.compare(a, b, withoutDerived);
              if (off.isPresent() && off.get() != MatchTier.FUZZY) {
                failures.add(a + " ~ " + b + " without the derived tier at " + off.get());
              }
            });
    System.out.printf(Locale.ROOT, "derived names: %d pairs%n", pairs);
    assertTrue(pairs >= 25, "at least 25 derived pairs: " + pairs);
    assertEquals(List.of(), failures);
  }

  @Test
  void patronymicsAreOneFamily() throws IOException {
    List<String> failures = new ArrayList<>();
    int pairs =
        eachPairBothWays(
            "patronymics.tsv",
            (a, b, forward) -> {
              if (!sameName(a, b)) {
                failures.add(
                    a
                        + "/"
                        + family(a)
                        + " vs "
                        + b
                        + "/"
                        + family(b)
                        + ": "
                        + engine.compare(a, b).map(Object::toString).orElse("no match"));
              }
            });
    System.out.printf(Locale.ROOT, "patronymics: %d pairs%n", pairs);
    assertTrue(pairs >= 20, "at least 20 patronymic pairs: " + pairs);
    assertEquals(List.of(), failures);
  }

  @Test
  void shortNamesAndNumbersDeriveNothing() {
    for (String w : List.of("Omsk", "Омск", "Уфа", "Ким", "2022", "1917sk", "")) {
      assertEquals(List.of(), engine.derived(w), w);
    }
    assertEquals(engine.families("Тяжинский"), engine.derived("Tyazhin"));
  }

  @Test
  void nearNeighboursStayApart() throws IOException {
    List<String> failures = new ArrayList<>();
    int[] typo = {0};
    int pairs =
        eachPairBothWays(
            "near-neighbours.tsv",
            (a, b, forward) -> {
              Optional<MatchTier> tier = engine.compare(a, b, EnumSet.allOf(MatchTier.class));
              if (tier.isPresent() && tier.get() != MatchTier.FUZZY) {
                failures.add(a + " ~ " + b + " at " + tier.get());
              } else if (tier.isPresent() && forward) {
                typo[0]++;
              }
            });
    System.out.printf(Locale.ROOT, "near neighbours: %d pairs, %d a typo apart%n", pairs, typo[0]);
    assertTrue(pairs >= 100, "at least 100 near-neighbour pairs: " + pairs);
    assertEquals(List.of(), failures);
  }
}
