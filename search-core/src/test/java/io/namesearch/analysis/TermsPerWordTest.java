package io.namesearch.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/**
 * The index stays small: the analyzer stacks at most 4 terms per word on average (Beider-Morse
 * stacks about 25), measured on the seed articles and on a Cyrillic passage.
 */
class TermsPerWordTest {

  static double termsPerWord(String text) throws IOException {
    long words = 0;
    long terms = 0;
    try (RussianNameAnalyzer a = new RussianNameAnalyzer();
        TokenStream ts = a.tokenStream("body", text)) {
      PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms++;
        if (posInc.getPositionIncrement() > 0) {
          words++;
        }
      }
      ts.end();
    }
    return (double) terms / Math.max(1, words);
  }

  @Test
  void seedArticles() throws IOException {
    List<Path> seeds;
    try (Stream<Path> files = Files.list(Path.of("../seeds"))) {
      seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertTrue(seeds.size() >= 5);
    StringBuilder all = new StringBuilder();
    for (Path p : seeds) {
      all.append(Files.readString(p)).append('\n');
    }
    double perWord = termsPerWord(all.toString());
    System.out.printf(Locale.ROOT, "terms per word, seed articles: %.2f%n", perWord);
    assertTrue(perWord <= 4.0, "terms per word: " + perWord);
  }

  @Test
  void cyrillicNews() throws IOException {
    double perWord =
        termsPerWord(
            "Михаил Ходорковский заявил, что решение Владимира Путина о мобилизации "
                + "превратит российские города в гробы. Депутат Смольнинского округа Дмитрий "
                + "Балтруков получил повестку.");
    System.out.printf(Locale.ROOT, "terms per word, Cyrillic passage: %.2f%n", perWord);
    assertTrue(perWord <= 4.0, "terms per word: " + perWord);
  }
}
