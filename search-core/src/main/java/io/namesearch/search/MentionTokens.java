package io.namesearch.search;

import io.namesearch.analysis.RussianNameAnalyzer;
import io.namesearch.analysis.SurrogateRepairCharFilter;
import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The words of a document's text as the index's tokenizer has them (their offsets by position), and
 * what a person mention looks at in them: initials, middle words, and the gap between two words.
 * One instance per rescoring (its tokenizer is reused, not thread-safe).
 */
final class MentionTokens {

  private final StandardTokenizer tokenizer = new StandardTokenizer();
  private final OffsetAttribute offsetAtt = tokenizer.addAttribute(OffsetAttribute.class);

  MentionTokens() {
    tokenizer.setMaxTokenLength(RussianNameAnalyzer.MAX_TOKEN_LENGTH);
  }

  /**
   * A word that may stand between a given name and a surname: a patronymic or middle name, that is
   * a capitalised word of more than three letters, as every patronymic is.
   */
  static boolean isMiddle(String w) {
    return w.length() > 3 && Character.isUpperCase(w.charAt(0));
  }

  /** The first letter group of an initials token: {@code Д} of {@code Д.А}, {@code Zh} of Zh. */
  static String initialOf(String token) {
    int dot = token.indexOf('.');
    return dot < 0 ? token : token.substring(0, dot);
  }

  /**
   * Whether the token at {@code q} is one or two initials: an upper-case letter (or a Latin digraph
   * such as Zh, Yu), followed by a full stop, or {@code Д.А} as one token.
   */
  static boolean isInitialToken(String text, int[][] offsets, int q) {
    String t = token(text, offsets, q);
    if (t.isEmpty() || !Character.isUpperCase(t.charAt(0))) {
      return false;
    }
    String[] parts = t.split("\\.", -1);
    for (String part : parts) {
      if (!part.isEmpty() && !PersonName.isInitial(part)) {
        return false;
      }
    }
    int end = offsets[1][q];
    return t.indexOf('.') > 0 || (end < text.length() && text.charAt(end) == '.');
  }

  /**
   * Whether the tokens at {@code a} and {@code b = a + 1} stand together in one mention: only
   * spaces between, or the full stop of an initial, or (when {@code comma}) a comma, as in PALYUGA,
   * Dmitry.
   */
  static boolean gapOk(String text, int[][] offsets, int a, int b, boolean comma) {
    int from = offsets[1][a];
    int to = offsets[0][b];
    boolean commaSeen = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        continue;
      }
      if (c == '.' && i == from && isInitialToken(text, offsets, a)) {
        continue;
      }
      if (c == ',' && comma && !commaSeen) {
        commaSeen = true;
        continue;
      }
      return false;
    }
    return true;
  }

  static String token(String text, int[][] offsets, int q) {
    return text.substring(offsets[0][q], offsets[1][q]);
  }

  /**
   * The start and end offsets of the word at each position up to {@code last}, as the index's
   * tokenizer has it (fewer when the text has fewer words).
   */
  int[][] offsets(String text, int last) throws IOException {
    int[] starts = new int[64];
    int[] ends = new int[64];
    int n = 0;
    tokenizer.setReader(new SurrogateRepairCharFilter(new StringReader(text)));
    try {
      tokenizer.reset();
      while (n <= last && tokenizer.incrementToken()) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, 2 * n);
          ends = Arrays.copyOf(ends, 2 * n);
        }
        starts[n] = offsetAtt.startOffset();
        ends[n] = offsetAtt.endOffset();
        n++;
      }
      tokenizer.end();
    } finally {
      tokenizer.close();
    }
    return new int[][] {Arrays.copyOf(starts, n), Arrays.copyOf(ends, n)};
  }

  /** Collapses runs of white space to one space. */
  static String flatten(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }
}
