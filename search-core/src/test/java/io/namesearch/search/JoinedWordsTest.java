package io.namesearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Compound names written as one word, hyphenated or as two words find each other: the analyzer
 * stacks the joined family key of adjacent words, and a hyphenated query also looks for the words
 * written as one.
 */
class JoinedWordsTest {

  @ParameterizedTest
  @CsvSource({
    "Yuzhnosakhalinsk, Flights to Yuzhno-Sakhalinsk resumed.",
    "Juznosachalinsk, Flights to Yuzhno Sakhalinsk resumed.",
    "Krasnyluch, Miners in Krasny Luch went on strike.",
    "Orekhovozuyevo, The plant in Orekhovo-Zuyevo closed.",
    "Yuzhno-Sakhalinsk, Flights to Yuzhnosakhalinsk resumed.",
    "Rimsky-Korsakov, An opera by Rimskykorsakov was staged.",
  })
  void oneWordFindsTwoAndBack(String query, String text) throws IOException {
    try (NameIndex index = NameIndex.builder().build()) {
      index.add(Document.builder("hit").title("t").body(text).build());
      index.add(
          Document.builder("other").title("t").body("Flights to Kaliningrad resumed.").build());
      index.commit();
      assertEquals(
          List.of("hit"), index.search(query).hits().stream().map(Hit::id).toList(), query);
    }
  }

  /** The explanations of the only hit of {@code query} in a one-document index of {@code body}. */
  private static List<String> explanations(String body, String query) throws IOException {
    try (NameIndex index = NameIndex.builder().build()) {
      index.add(Document.builder("hit").title("t").body(body).build());
      index.commit();
      List<Hit> hits = index.search(query).hits();
      assertEquals(1, hits.size(), query);
      return hits.get(0).matches().stream().map(WordMatch::explain).toList();
    }
  }

  /** A match through the joined key is explained with both document words. */
  @Test
  void oneWordMatchingTwoIsExplainedWithBoth() throws IOException {
    assertEquals(
        List.of("Krasny Luch ≈ Krasnyluch (family)"),
        explanations("Miners in Krasny Luch went on strike.", "Krasnyluch"));
  }

  /** A hyphenated query matching one document word is explained with the joined query words. */
  @Test
  void twoQueryWordsMatchingOneAreExplainedTogether() throws IOException {
    assertEquals(
        List.of("Yuzhnosakhalinsk ≈ Yuzhno-Sakhalinsk (variant)"),
        explanations("Flights to Yuzhnosakhalinsk resumed.", "Yuzhno-Sakhalinsk"));
  }

  /**
   * Two short common words written as one are not a typo of a short name (that some, Tyazhin), and
   * a short word's ending-like letters are not stripped from the joined key (Baltrukov has).
   */
  @Test
  void commonWordPairsAreNotTypos() throws IOException {
    try (NameIndex index = NameIndex.builder().build()) {
      index.add(
          Document.builder("a")
              .title("t")
              .body("It is said that some of them came back to this issue.")
              .build());
      index.add(Document.builder("b").title("t").body("Mr Baltrukova has refused.").build());
      index.commit();
      assertEquals(List.of(), index.search("Tyazhin").hits().stream().map(Hit::id).toList());
      List<Hit> hits = index.search("Baltrukov").hits();
      assertEquals(List.of("b"), hits.stream().map(Hit::id).toList());
      assertEquals(
          List.of("Baltrukova ≈ Baltrukov (family)"),
          hits.get(0).matches().stream().map(WordMatch::explain).toList());
    }
  }
}
