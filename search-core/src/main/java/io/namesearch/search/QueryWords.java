package io.namesearch.search;

import io.namesearch.analysis.NameTokens;
import io.namesearch.analysis.internal.TierTerms;
import io.namesearch.analysis.internal.WordJoining;
import io.namesearch.engine.MatchTier;
import io.namesearch.engine.NameEngine;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Splits plain query text into {@link QueryWord}s as the index analyzer does, each with its {@link
 * TierTerms}, and joins hyphenated words as {@link WordJoining} has it; checks the text and its
 * words against the query limits.
 */
final class QueryWords {

  /** The most words a query may have; more is an input error. */
  static final int MAX_WORDS = 16;

  /**
   * Checks plain query text before it is split into words.
   *
   * @throws IllegalArgumentException when the text is too long, blank or has a control character
   */
  static void checkText(String text) {
    if (text.length() > NameIndex.MAX_QUERY_LENGTH) {
      throw new IllegalArgumentException(
          "query is "
              + text.length()
              + " characters long; the limit is "
              + NameIndex.MAX_QUERY_LENGTH);
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException("query is empty");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        throw new IllegalArgumentException(
            String.format(
                java.util.Locale.ROOT, "query contains control character U+%04X", (int) c));
      }
    }
  }

  /**
   * Checks the words of a query.
   *
   * @throws IllegalArgumentException when there are none or more than {@link #MAX_WORDS}
   */
  static void checkWords(String text, List<QueryWord> words) {
    if (words.isEmpty()) {
      throw new IllegalArgumentException("query has no letters or digits to search for");
    }
    if (words.size() > MAX_WORDS) {
      boolean split =
          java.util.Arrays.stream(text.split("\\s+"))
              .anyMatch(w -> w.length() > NameIndex.MAX_WORD_LENGTH);
      throw new IllegalArgumentException(
          "query has "
              + words.size()
              + " words"
              + (split
                  ? " (a word over "
                      + NameIndex.MAX_WORD_LENGTH
                      + " characters is split into pieces of "
                      + NameIndex.MAX_WORD_LENGTH
                      + ", and each piece counts as a word)"
                  : "")
              + "; the limit is "
              + MAX_WORDS);
    }
  }

  private final Analyzer analyzer;
  private final NameEngine engine;

  QueryWords(Analyzer analyzer, NameEngine engine) {
    this.analyzer = analyzer;
    this.engine = engine;
  }

  /** Splits the text into query words, as the index analyzer does. */
  List<QueryWord> parse(String text) throws IOException {
    List<QueryWord> words = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(IndexFields.BODY, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      String previousSurface = null;
      String surface = null;
      String exact = null;
      List<String> variants = new ArrayList<>();
      boolean joinToPrevious = false;
      int previousEnd = -1;
      while (ts.incrementToken()) {
        String t = type.type();
        Optional<MatchTier> stacked = NameTokens.tierOfType(t);
        if (stacked.isEmpty() || exact == null) {
          if (exact != null) {
            words.add(word(surface, exact, variants, joinToPrevious ? previousSurface : null));
            previousSurface = surface;
          }
          surface = text.substring(offset.startOffset(), offset.endOffset());
          joinToPrevious =
              previousSurface != null
                  && WordJoining.queryJoins(text, previousEnd, offset.startOffset())
                  && joinable(words.get(words.size() - 1));
          previousEnd = offset.endOffset();
          exact = term.toString();
          variants = new ArrayList<>();
        } else if (t.equals(NameTokens.TYPE_JOINED_FAMILY)) {
          continue; // the index's joined token; the query joins words itself (below)
        } else if (stacked.get() == MatchTier.VARIANT) {
          variants.add(term.toString());
        }
      }
      ts.end();
      if (exact != null) {
        words.add(word(surface, exact, variants, joinToPrevious ? previousSurface : null));
      }
      for (int i = 0; i < words.size(); i++) {
        QueryWord w = words.get(i);
        if (w.joined().isPresent() && !joinable(w)) {
          words.set(i, w.withoutJoined());
        }
      }
    }
    return List.copyOf(words);
  }

  /** A query word with its tiers, and its joined form with the word before ({@code previous}). */
  private QueryWord word(String surface, String exact, List<String> variants, String previous) {
    Optional<TierTerms> joined = Optional.empty();
    if (previous != null) {
      List<String> keys = engine.joined(previous, surface);
      if (!keys.isEmpty()) {
        joined = Optional.of(TierTerms.joined(keys.get(0), keys.get(1)));
      }
    }
    return new QueryWord(surface, TierTerms.of(engine, surface, exact, variants), joined);
  }

  /** Whether a word is long enough to be joined to its neighbour, as the index analyzer has it. */
  private static boolean joinable(QueryWord w) {
    return !w.variants().isEmpty() && WordJoining.joinable(w.variants().get(0).length() - 1);
  }
}
