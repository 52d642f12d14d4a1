package io.namesearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Snippets through Lucene's {@link UnifiedHighlighter}: offsets come from the postings, so every
 * stacked key marks the real word it was derived from.
 */
final class SnippetHighlighter {

  /** The longest field text that is highlighted; beyond it no snippet is cut. */
  static final int MAX_HIGHLIGHT_LENGTH = 100_000;

  private final Highlighter highlighter;

  SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer) {
    this.highlighter =
        new Highlighter(
            UnifiedHighlighter.builder(searcher, analyzer).withMaxLength(MAX_HIGHLIGHT_LENGTH));
  }

  /** Formats passages as {@link Snippet} objects. */
  private static final class Highlighter extends UnifiedHighlighter {
    Highlighter(UnifiedHighlighter.Builder builder) {
      super(builder);
    }

    @Override
    protected PassageFormatter getFormatter(String field) {
      return new Formatter(field);
    }

    Map<String, Object[]> objects(String[] fields, Query query, int[] docIds, int[] maxPassages)
        throws IOException {
      return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
    }
  }

  /**
   * For each doc id, the snippets of all text fields; only the body gets a summary if unmatched.
   */
  List<List<Snippet>> highlight(Query query, int[] docIds, int maxSnippets) throws IOException {
    int[] maxPassages = new int[IndexFields.TEXT_FIELDS.length];
    Arrays.fill(maxPassages, maxSnippets);
    Map<String, Object[]> byField =
        highlighter.objects(IndexFields.TEXT_FIELDS, query, docIds, maxPassages);
    List<List<Snippet>> out = new ArrayList<>(docIds.length);
    for (int i = 0; i < docIds.length; i++) {
      List<Snippet> snippets = new ArrayList<>();
      for (String field : IndexFields.TEXT_FIELDS) {
        Object[] values = byField.get(field);
        if (values != null && values[i] instanceof Snippet[] s) {
          for (Snippet snippet : s) {
            if (!snippet.highlights().isEmpty() || field.equals(IndexFields.BODY)) {
              snippets.add(snippet);
            }
          }
        }
      }
      if (snippets.size() > maxSnippets) {
        // Prefer snippets that mark a match over a plain summary.
        snippets.sort(
            (a, b) -> Boolean.compare(a.highlights().isEmpty(), b.highlights().isEmpty()));
        snippets = snippets.subList(0, maxSnippets);
      }
      out.add(List.copyOf(snippets));
    }
    return out;
  }

  /** Turns passages into {@link Snippet} records with absolute offsets. */
  private static final class Formatter extends PassageFormatter {
    private final String field;

    Formatter(String field) {
      this.field = field;
    }

    @Override
    public Snippet[] format(Passage[] passages, String content) {
      Snippet[] out = new Snippet[passages.length];
      for (int p = 0; p < passages.length; p++) {
        Passage passage = passages[p];
        int start = passage.getStartOffset();
        int end = passage.getEndOffset();
        List<Span> spans = new ArrayList<>(passage.getNumMatches());
        int last = -1;
        for (int m = 0; m < passage.getNumMatches(); m++) {
          int s = Math.max(start, passage.getMatchStarts()[m]);
          int e = Math.min(end, passage.getMatchEnds()[m]);
          if (s >= last && e > s) {
            spans.add(new Span(s, e));
            last = e;
          }
        }
        out[p] = new Snippet(field, content.substring(start, end), start, spans);
      }
      return out;
    }
  }
}
