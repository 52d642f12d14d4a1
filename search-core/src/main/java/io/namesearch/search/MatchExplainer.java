package io.namesearch.search;

import io.namesearch.engine.MatchTier;
import io.namesearch.engine.NameEngine;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * Finds, for each query word, the document words it matched and the tier of each, from the
 * offsets of Lucene's {@link Matches} (or, for an index without offsets in its postings, their
 * positions and the analysed text) and the name engine's comparison of the two words.
 */
final class MatchExplainer {

  /**
   * The explainer reads at most this many characters of each field (the highlighter's limit):
   * a match beyond them is not explained, so a huge document costs no more than this per hit.
   */
  static final int MAX_EXPLAINED_LENGTH = SnippetHighlighter.MAX_HIGHLIGHT_LENGTH;

  /** The most matches of one field that are explained per hit. */
  static final int MAX_MATCHES_PER_FIELD = 10_000;

  private final IndexSearcher searcher;
  private final Weight weight;
  private final NameEngine engine;
  private final List<QueryWord> words;
  private final Set<MatchTier> tiers;
  private final Analyzer analyzer;

  MatchExplainer(
      IndexSearcher searcher,
      Analyzer analyzer,
      Query query,
      NameEngine engine,
      List<QueryWord> words,
      Set<MatchTier> tiers)
      throws IOException {
    this.searcher = searcher;
    this.analyzer = analyzer;
    this.weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    this.engine = engine;
    this.words = words;
    this.tiers = tiers;
  }

  /**
   * The start and end offsets of the word at each position of the analysed text: the postings of
   * indexes written without offsets (the default, to keep them small) hold positions only.
   */
  private int[][] offsetsByPosition(String field, String text) throws IOException {
    int[] starts = new int[16];
    int[] ends = new int[16];
    int position = -1;
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        int inc = posInc.getPositionIncrement();
        if (inc == 0 && position >= 0) {
          continue; // a stacked key: same word, same offsets
        }
        position += Math.max(1, inc);
        if (position >= starts.length) {
          int size = Math.max(position + 1, 2 * starts.length);
          starts = Arrays.copyOf(starts, size);
          ends = Arrays.copyOf(ends, size);
        }
        starts[position] = offset.startOffset();
        ends[position] = offset.endOffset();
      }
      ts.end();
    }
    int length = position + 1;
    return new int[][] {Arrays.copyOf(starts, length), Arrays.copyOf(ends, length)};
  }

  /**
   * Two hyphenated query words that match one document word written as one (Sankt-Peterburg,
   * Sanktpeterburg): the query's joined keys against the document word's keys.
   */
  private boolean explainJoinedQuery(Map<String, WordMatch> found, String docWord, String field) {
    boolean explained = false;
    List<String> keys = null;
    List<String> families = null;
    for (int i = 1; i < words.size(); i++) {
      Optional<Joined> joined = words.get(i).joined();
      if (joined.isEmpty()) {
        continue;
      }
      if (keys == null) {
        keys = engine.keys(docWord);
        families = engine.families(docWord);
      }
      MatchTier tier = null;
      if (tiers.contains(MatchTier.VARIANT) && keys.contains(joined.get().key())) {
        tier = MatchTier.VARIANT;
      } else if (tiers.contains(MatchTier.FAMILY)
          && (families.contains(joined.get().family()) || keys.contains(joined.get().family()))) {
        tier = MatchTier.FAMILY;
      }
      if (tier != null) {
        explained = true;
        String query = words.get(i - 1).text() + "-" + words.get(i).text();
        put(found, new WordMatch(query, docWord, tier, field));
      }
    }
    return explained;
  }

  /** Keeps the strongest tier of each (query word, document word). */
  private static void put(Map<String, WordMatch> found, WordMatch m) {
    String key = m.queryWord() + '\u0000' + m.documentWord();
    WordMatch prev = found.get(key);
    if (prev == null || m.tier().compareTo(prev.tier()) < 0) {
      found.put(key, m);
    }
  }

  /** The matches of one document, strongest tier first, each (query word, doc word) once. */
  List<WordMatch> explain(int docId, Document doc) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
    Matches matches = weight.matches(leaf, docId - leaf.docBase);
    if (matches == null) {
      return List.of();
    }
    Map<String, WordMatch> found = new LinkedHashMap<>();
    for (String field : IndexFields.TEXT_FIELDS) {
      MatchesIterator it = matches.getMatches(field);
      if (it == null) {
        continue;
      }
      String text = field.equals(IndexFields.TITLE) ? doc.title() : doc.body();
      if (text.length() > MAX_EXPLAINED_LENGTH) {
        text = text.substring(0, MAX_EXPLAINED_LENGTH); // bounded work and memory per hit
      }
      int[][] offsets = null; // by position, from analysis, when the postings hold no offsets
      int seen = 0;
      while (seen++ < MAX_MATCHES_PER_FIELD && it.next()) {
        int start = it.startOffset();
        int end = it.endOffset();
        if (start < 0 && it.startPosition() >= 0) {
          if (offsets == null) {
            offsets = offsetsByPosition(field, text);
          }
          int from = it.startPosition();
          int to = it.endPosition();
          if (to >= offsets[0].length) {
            continue;
          }
          start = offsets[0][from];
          end = offsets[1][to];
        }
        if (start < 0 || end > text.length() || end <= start) {
          continue;
        }
        String docWord = text.substring(start, end);
        boolean explained = false;
        for (QueryWord w : words) {
          Optional<MatchTier> tier = engine.compare(w.text(), docWord, tiers);
          if (tier.isPresent()) {
            explained = true;
            put(found, new WordMatch(w.text(), docWord, tier.get(), field));
          }
        }
        if (!explained) {
          explained = explainJoinedQuery(found, docWord, field);
        }
        int position = it.startPosition();
        if (!explained && position > 0) {
          // the joined family key of this word and the one before, stacked on this word
          if (offsets == null) {
            offsets = offsetsByPosition(field, text);
          }
          if (position < offsets[0].length) {
            int firstStart = offsets[0][position - 1];
            String first = text.substring(firstStart, offsets[1][position - 1]);
            for (QueryWord w : words) {
              Optional<MatchTier> tier = engine.compareJoined(w.text(), first, docWord, tiers);
              if (tier.isPresent()) {
                put(found,
                    new WordMatch(w.text(), text.substring(firstStart, end), tier.get(), field));
              }
            }
          }
        }
      }
    }
    List<WordMatch> out = new ArrayList<>(found.values());
    out.sort(Comparator.comparing(WordMatch::tier));
    return List.copyOf(out);
  }
}
