package io.namesearch.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.lucene.tests.util.automaton.AutomatonTestUtil;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.UTF32ToUTF8;
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
      Automaton expected = new LevenshteinAutomata(word, alphaMax, true).toAutomaton(k, prefix);
      Automaton actual = TypoAutomata.build(prefix, word, k, alphaMax);
      assertTrue(actual.isDeterministic());
      assertTrue(
          AutomatonTestUtil.sameLanguage(expected, actual),
          "word "
              + new String(word, 0, word.length)
              + " k "
              + k
              + " prefix "
              + prefix
              + " alphaMax "
              + alphaMax);
    }
  }

  /**
   * Over a restricted alphabet the language is Lucene's, restricted to the strings whose other
   * characters are in the alphabet; and the key alphabet's automaton stays deterministic in UTF-8.
   */
  @Test
  void restrictedAlphabetIsLuceneLanguageIntersected() {
    Random random = new Random(7);
    int[] letters = {'a', 'e', 'k', 's', 'z', 0x161 /* š */, 0x1B6 /* ƶ */};
    for (int round = 0; round < 2000; round++) {
      int length = random.nextInt(12);
      int[] word = new int[length];
      int used = 1 + random.nextInt(letters.length);
      for (int i = 0; i < length; i++) {
        word[i] = letters[random.nextInt(used)];
      }
      int k = random.nextInt(3);
      String prefix = random.nextBoolean() ? "~" : "^k";
      int max = 0x17F;
      for (int c : word) {
        max = Math.max(max, c);
      }
      Automaton lucene = new LevenshteinAutomata(word, max, true).toAutomaton(k, prefix);
      // strings over the key alphabet and the word's own characters
      Automaton allowed = Automata.makeCharRange(0, 0x7F);
      allowed = Operations.union(java.util.List.of(allowed, Automata.makeChar(0x161)));
      for (int c : word) {
        allowed = Operations.union(java.util.List.of(allowed, Automata.makeChar(c)));
      }
      Automaton expected =
          Operations.determinize(
              Operations.intersection(lucene, Operations.repeat(allowed)),
              Operations.DEFAULT_DETERMINIZE_WORK_LIMIT);
      Automaton actual = TypoAutomata.build(prefix, word, k, TypoQuery.KEY_ALPHABET);
      assertTrue(actual.isDeterministic());
      String label = "word " + new String(word, 0, word.length) + " k " + k + " prefix " + prefix;
      assertTrue(AutomatonTestUtil.sameLanguage(expected, actual), label);
      boolean oneNonAscii = java.util.Arrays.stream(word).allMatch(c -> c < 0x80 || c == 0x161);
      if (oneNonAscii) {
        assertTrue(new UTF32ToUTF8().convert(actual).isDeterministic(), "UTF-8 form of " + label);
      }
    }
  }

  /**
   * The UTF-8 form built directly is deterministic and accepts the bytes of the same strings as
   * Lucene's general conversion, for words with ASCII, two-, three- and four-byte letters.
   */
  @Test
  void utf8FormIsLuceneConversion() {
    Random random = new Random(11);
    int[] letters = {
      'a',
      'k',
      's',
      0x161 /* š */,
      0x17E /* ž */,
      0x434 /* д */,
      0x4E2D /* 中 */,
      0x1F600 /* emoji */
    };
    for (int round = 0; round < 2000; round++) {
      int length = random.nextInt(10);
      int[] word = new int[length];
      int used = 1 + random.nextInt(letters.length);
      for (int i = 0; i < length; i++) {
        word[i] = letters[random.nextInt(used)];
      }
      int k = random.nextInt(3);
      String prefix = random.nextBoolean() ? "~" : random.nextBoolean() ? "^д" : "";
      Automaton a = TypoAutomata.build(prefix, word, k, TypoQuery.KEY_ALPHABET);
      Automaton bytes = Utf8Automata.toUtf8(a);
      String label = "word " + new String(word, 0, word.length) + " k " + k + " prefix " + prefix;
      assertTrue(bytes != null, label);
      assertTrue(bytes.isDeterministic(), label);
      Automaton expected =
          Operations.determinize(
              new UTF32ToUTF8().convert(a), Operations.DEFAULT_DETERMINIZE_WORK_LIMIT);
      assertTrue(AutomatonTestUtil.sameLanguage(expected, bytes), label);
    }
    // a range of non-ASCII code points (Lucene's builder over 0..max) is left to Lucene
    Automaton wide = new LevenshteinAutomata(new int[] {'a', 'b'}, 0x17F, true).toAutomaton(1);
    assertTrue(Utf8Automata.toUtf8(wide) == null);
  }
}
