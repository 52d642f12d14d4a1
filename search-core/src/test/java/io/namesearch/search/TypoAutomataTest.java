package io.namesearch.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.lucene.tests.util.automaton.AutomatonTestUtil;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.junit.jupiter.api.Test;

/** {@link TypoAutomata} accepts exactly the language of Lucene's {@link LevenshteinAutomata}. */
class TypoAutomataTest {

  @Test
  void sameLanguageAsLucene() {
    Random random = new Random(42);
    int[] alphabet = {'a', 'b', 'c', 'z', 0x161 /* š */};
    for (int round = 0; round < 3000; round++) {
      int length = random.nextInt(13);
      int[] word = new int[length];
      int letters = 1 + random.nextInt(alphabet.length); // few letters: many repeats
      for (int i = 0; i < length; i++) {
        word[i] = alphabet[random.nextInt(letters)];
      }
      int k = random.nextInt(3);
      String prefix = random.nextBoolean() ? "~" : random.nextBoolean() ? "^k" : "";
      int alphaMax = random.nextBoolean() ? 0x17F : 'z';
      for (int c : word) {
        alphaMax = Math.max(alphaMax, c); // as TypoQuery does
      }
      Automaton expected =
          new LevenshteinAutomata(word, alphaMax, true).toAutomaton(k, prefix);
      Automaton actual = TypoAutomata.build(prefix, word, k, alphaMax);
      assertTrue(actual.isDeterministic());
      assertTrue(
          AutomatonTestUtil.sameLanguage(expected, actual),
          "word " + new String(word, 0, word.length) + " k " + k + " prefix " + prefix
              + " alphaMax " + alphaMax);
    }
  }
}
