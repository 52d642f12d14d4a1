package io.namesearch.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The iuliia oracle against its own samples, then engine recall over every scheme. */
class IuliiaSchemeTest {

  /** Overall recall the engine must reach (0.9985 measured when this was set). */
  static final double MIN_RECALL = 0.9984;

  /**
   * Share of renderings a search finds at any tier (typo included), both ways (0.99954 and 0.99962
   * measured when this was set: issue 14 asks for 0.9995).
   */
  static final double MIN_FOUND = 0.9995;

  /** The iuliia schemes vendored in the test resources (MIT, see the README there). */
  static Stream<Path> schemes() throws IOException {
    Path dir;
    try {
      dir = Path.of(IuliiaSchemeTest.class.getResource("iuliia").toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IOException(e);
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s
          .filter(p -> p.toString().endsWith(".json"))
          .filter(p -> !p.getFileName().toString().equals("uz.json"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemes")
  void oraclePassesSchemeSamples(Path scheme) throws IOException {
    Iuliia t = Iuliia.load(scheme);
    assertTrue(!t.samples.isEmpty(), "no samples in " + scheme);
    for (String[] s : t.samples) {
      assertEquals(s[1], t.translate(s[0]), t.name + ": " + s[0]);
    }
  }

  /** Cyrillic words of wild-variants.tsv (column 2), split on non-letters. */
  static Set<String> cyrillicWords() throws IOException {
    Path f = SharedData.require("wild-variants.tsv");
    Set<String> words = new LinkedHashSet<>();
    List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] cols = line.split("\t", -1);
      if (cols.length < 2 || cols[1].isBlank()) {
        continue;
      }
      for (String w : cols[1].split("[^\\p{L}\\p{M}]+")) {
        if (!w.isEmpty()) {
          words.add(w);
        }
      }
    }
    return words;
  }

  @Test
  void everySchemeRenderingMatchesTheCyrillicWord() throws IOException {
    List<Path> files = schemes().toList();
    assertEquals(27, files.size(), "the vendored iuliia schemes");
    Set<String> words = cyrillicWords();
    NameEngine engine = NameEngine.defaults();
    int total = 0;
    int hits = 0;
    int found = 0;
    int foundBack = 0;
    List<String> notFound = new ArrayList<>();
    Map<String, String> report = new TreeMap<>();
    List<String> misses = new ArrayList<>();
    for (Path file : files) {
      Iuliia t = Iuliia.load(file);
      int n = 0;
      int h = 0;
      int shown = 0;
      for (String w : words) {
        List<String> cyr = engine.keys(w);
        String latin = t.translate(w);
        List<String> lat = engine.keys(latin);
        n++;
        if (lat.stream().anyMatch(cyr::contains)) {
          h++;
        } else if (shown++ < 60) {
          misses.add(t.name + "\t" + w + "\t" + latin + "\t" + cyr + "\t" + lat);
        }
        // found at any tier, as a search finds it: the rendering as the query, and the reverse
        boolean there = engine.compare(latin, w).isPresent();
        boolean back = engine.compare(w, latin).isPresent();
        found += there ? 1 : 0;
        foundBack += back ? 1 : 0;
        if ((!there || !back) && notFound.size() < 200) {
          notFound.add(
              t.name
                  + "\t"
                  + w
                  + "\t"
                  + latin
                  + (there ? "" : "\tnot found")
                  + (back ? "" : "\tdoes not find it"));
        }
      }
      total += n;
      hits += h;
      report.put(t.name, String.format(Locale.ROOT, "%.4f (%d/%d)", h / (double) n, h, n));
    }
    double recall = hits / (double) total;
    System.out.println("iuliia recall per scheme:");
    report.forEach((k, v) -> System.out.println("  " + k + "\t" + v));
    System.out.printf(Locale.ROOT, "iuliia recall overall: %.4f (%d/%d)%n", recall, hits, total);
    System.out.printf(
        Locale.ROOT,
        "iuliia found at any tier: rendering finds the Cyrillic word %.5f (%d/%d), "
            + "Cyrillic word finds the rendering %.5f (%d/%d)%n",
        found / (double) total,
        found,
        total,
        foundBack / (double) total,
        foundBack,
        total);
    if (Boolean.getBoolean("engine.verbose")) {
      misses.forEach(m -> System.out.println("MISS\t" + m));
      notFound.forEach(m -> System.out.println("NOT FOUND\t" + m));
    }
    assertTrue(recall >= MIN_RECALL, "recall " + recall);
    assertTrue(found >= MIN_FOUND * total, "found " + found + " of " + total);
    assertTrue(foundBack >= MIN_FOUND * total, "found back " + foundBack + " of " + total);
  }
}
