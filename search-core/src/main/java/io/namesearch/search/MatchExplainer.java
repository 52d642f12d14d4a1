package io.namesearch.search;

import io.namesearch.search.TierClauses.ClauseName;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
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
import org.apache.lucene.search.NamedMatches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * Finds, for each query word, the document words it matched and the tier of each, read from what
 * the query matched: each clause of the tiered query is named by its word and tier ({@link
 * TierClauses#named}), and Lucene's {@link NamedMatches} return the clauses that match a hit, with
 * the offsets of the words they match (or, for an index without offsets in its postings, their
 * positions and the analysed text). A clause whose terms stand for two document words (the joined
 * key, indexed on the second) is explained with both words.
 */
final class MatchExplainer {

  /**
   * The explainer reads at most this many characters of each field (the highlighter's limit): a
   * match beyond them is not explained, so a huge document costs no more than this per hit.
   */
  static final int MAX_EXPLAINED_LENGTH = SnippetHighlighter.MAX_HIGHLIGHT_LENGTH;

  /** The most matches of one field that are explained per hit. */
  static final int MAX_MATCHES_PER_FIELD = 10_000;

  private final IndexSearcher searcher;
  private final Weight named;
  private final Weight restriction;
  private final List<QueryWord> words;
  private final Analyzer analyzer;

  /**
   * An explainer of the hits of a search.
   *
   * @param named the query of named clauses ({@link NameQueryBuilder#explanationQuery})
   * @param restriction the query searched, when it is not the tiered query itself (Lucene syntax):
   *     only the document words it matches are explained
   */
  MatchExplainer(
      IndexSearcher searcher,
      Analyzer analyzer,
      Query named,
      Optional<Query> restriction,
      List<QueryWord> words)
      throws IOException {
    this.searcher = searcher;
    this.analyzer = analyzer;
    this.named = weight(searcher, named);
    this.restriction = restriction.isPresent() ? weight(searcher, restriction.get()) : null;
    this.words = words;
  }

  private static Weight weight(IndexSearcher searcher, Query query) throws IOException {
    return searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
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
   * One document word (or two, for a joined clause) matched by a named clause.
   *
   * @param position the position of the (second) document word
   * @param kind 0 for a query word's own terms, 1 for the word and the one before written as one, 2
   *     for terms that stand for two document words
   */
  private record Found(int position, int kind, ClauseName name, int start, int end) {}

  private static final Comparator<Found> ORDER =
      Comparator.comparingInt(Found::position)
          .thenComparingInt(Found::kind)
          .thenComparingInt(f -> f.name().word());

  /** Keeps the strongest tier of each (query word, document word). */
  private static void put(Map<String, WordMatch> found, WordMatch m) {
    String key = m.queryWord() + '\u0000' + m.documentWord();
    WordMatch prev = found.get(key);
    if (prev == null || m.tier().compareTo(prev.tier()) < 0) {
      found.put(key, m);
    }
  }

  /** The query words a named clause stands for, as the explanation shows them. */
  private String queryText(ClauseName name) {
    return name.joinedQuery()
        ? words.get(name.word() - 1).text() + "-" + words.get(name.word()).text()
        : words.get(name.word()).text();
  }

  /** The matches of one document, strongest tier first, each (query word, doc word) once. */
  List<WordMatch> explain(int docId, Document doc) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
    int leafDoc = docId - leaf.docBase;
    Matches matches = named.matches(leaf, leafDoc);
    Matches allowed = restriction == null ? null : restriction.matches(leaf, leafDoc);
    if (matches == null || (restriction != null && allowed == null)) {
      return List.of();
    }
    List<NamedMatches> clauses = NamedMatches.findNamedMatches(matches);
    Map<String, WordMatch> found = new LinkedHashMap<>();
    for (String field : IndexFields.TEXT_FIELDS) {
      Set<Integer> positions = allowed == null ? null : positions(allowed.getMatches(field));
      String text = field.equals(IndexFields.TITLE) ? doc.title() : doc.body();
      if (text.length() > MAX_EXPLAINED_LENGTH) {
        text = text.substring(0, MAX_EXPLAINED_LENGTH); // bounded work and memory per hit
      }
      int[][] offsets = null; // by position, from analysis, when the postings hold no offsets
      int seen = 0;
      List<Found> inField = new ArrayList<>();
      for (NamedMatches clause : clauses) {
        MatchesIterator it = clause.getMatches(field);
        if (it == null) {
          continue;
        }
        ClauseName name = ClauseName.parse(clause.getName());
        while (seen++ < MAX_MATCHES_PER_FIELD && it.next()) {
          int position = it.startPosition();
          if (positions != null && !positions.contains(position)) {
            continue;
          }
          int start = it.startOffset();
          int end = it.endOffset();
          if (start < 0 || name.joinedDocument()) {
            if (position < 0) {
              continue;
            }
            if (offsets == null) {
              offsets = offsetsByPosition(field, text);
            }
            int from = name.joinedDocument() ? position - 1 : position;
            int to = it.endPosition();
            if (from < 0 || to >= offsets[0].length) {
              continue;
            }
            if (start < 0) {
              end = offsets[1][to];
            }
            start = offsets[0][from];
          }
          if (start < 0 || end > text.length() || end <= start) {
            continue;
          }
          int kind = name.joinedDocument() ? 2 : name.joinedQuery() ? 1 : 0;
          inField.add(new Found(position, kind, name, start, end));
        }
      }
      inField.sort(ORDER);
      // A document word a query word matches on its own is explained so; otherwise by two query
      // words written as one; otherwise as the second of two document words written as one.
      int position = -1;
      int strongest = 0;
      for (Found f : inField) {
        if (f.position() != position) {
          position = f.position();
          strongest = f.kind();
        }
        if (f.kind() == strongest) {
          put(
              found,
              new WordMatch(
                  queryText(f.name()), text.substring(f.start(), f.end()), f.name().tier(), field));
        }
      }
    }
    List<WordMatch> out = new ArrayList<>(found.values());
    out.sort(Comparator.comparing(WordMatch::tier));
    return List.copyOf(out);
  }

  /** The positions of the matches of the query searched, in one field. */
  private static Set<Integer> positions(MatchesIterator it) throws IOException {
    Set<Integer> out = new HashSet<>();
    int seen = 0;
    while (it != null && seen++ < MAX_MATCHES_PER_FIELD && it.next()) {
      for (int p = it.startPosition(); p <= it.endPosition(); p++) {
        out.add(p);
      }
    }
    return out;
  }
}
