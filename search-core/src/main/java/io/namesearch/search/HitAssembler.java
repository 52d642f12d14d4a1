package io.namesearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * Turns a page of ranked documents into {@link Hit}s: the stored document, its snippets, its match
 * explanations and person mention as the options ask, or the id alone ({@link
 * SearchOptions.Fetch#ID}).
 */
final class HitAssembler {

  private final IndexSearcher searcher;
  private final Analyzer analyzer;

  HitAssembler(IndexSearcher searcher, Analyzer analyzer) {
    this.searcher = searcher;
    this.analyzer = analyzer;
  }

  /**
   * The hits of one page.
   *
   * @param docs the page's documents with their scores, in rank order
   * @param normalized each document's normalised score
   * @param cursors each document's cursor
   * @param ids each document's id, from its sort values
   * @param rescorer the person rescorer that ranked them, if any
   * @param explainer the explainer of the query's matches, when explanations were asked for
   */
  List<Hit> hits(
      Query nameQuery,
      List<QueryWord> words,
      SearchOptions options,
      ScoreDoc[] docs,
      double[] normalized,
      String[] cursors,
      String[] ids,
      Optional<PersonRescorer> rescorer,
      Optional<MatchExplainer> explainer)
      throws IOException {
    if (options.fetch() == SearchOptions.Fetch.ID) {
      List<Hit> hits = new ArrayList<>(docs.length);
      for (int i = 0; i < docs.length; i++) {
        hits.add(
            new Hit(
                Document.builder(ids[i]).build(),
                docs[i].score,
                List.of(),
                List.of(),
                normalized[i],
                cursors[i]));
      }
      return hits;
    }
    int[] docIds = new int[docs.length];
    for (int i = 0; i < docs.length; i++) {
      docIds[i] = docs[i].doc;
    }
    List<List<Snippet>> snippets =
        options.snippets() > 0 && ids.length > 0
            ? new SnippetHighlighter(searcher, analyzer)
                .highlight(nameQuery, docIds, options.snippets())
            : null;
    StoredFields stored = searcher.storedFields();
    List<Hit> hits = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      Document doc = IndexFields.fromLucene(stored.document(docIds[i]));
      Optional<PersonMention> mention =
          rescorer.isPresent() && options.explain()
              ? rescorer.get().describe(docIds[i], doc)
              : Optional.empty();
      hits.add(
          new Hit(
              doc,
              docs[i].score,
              snippets == null ? List.of() : snippets.get(i),
              explainer.isEmpty() ? List.of() : explainer.get().explain(docIds[i], doc),
              normalized[i],
              cursors[i],
              mention));
    }
    return hits;
  }
}
