package io.namesearch.search;

import io.namesearch.engine.MatchTier;
import io.namesearch.engine.NameEngine;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * offsets of Lucene's {@link Matches} and the name engine's comparison of the two words.
 */
final class MatchExplainer {

  private final IndexSearcher searcher;
  private final Weight weight;
  private final NameEngine engine;
  private final List<QueryWord> words;
  private final Set<MatchTier> tiers;

  MatchExplainer(
      IndexSearcher searcher,
      Query query,
      NameEngine engine,
      List<QueryWord> words,
      Set<MatchTier> tiers)
      throws IOException {
    this.searcher = searcher;
    this.weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    this.engine = engine;
    this.words = words;
    this.tiers = tiers;
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
      while (it.next()) {
        int start = it.startOffset();
        int end = it.endOffset();
        if (start < 0 || end > text.length() || end <= start) {
          continue;
        }
        String docWord = text.substring(start, end);
        for (QueryWord w : words) {
          Optional<MatchTier> tier = engine.compare(w.text(), docWord, tiers);
          if (tier.isPresent()) {
            String key = w.text() + '\u0000' + docWord;
            WordMatch prev = found.get(key);
            if (prev == null || tier.get().compareTo(prev.tier()) < 0) {
              found.put(key, new WordMatch(w.text(), docWord, tier.get(), field));
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
