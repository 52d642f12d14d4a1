package io.namesearch.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;

/** Queries in Lucene's classic syntax ({@link QuerySyntax#LUCENE}), parsed with bounded work. */
final class LuceneSyntax {

  private LuceneSyntax() {}

  /**
   * Parses the text over the title and body.
   *
   * @throws IllegalArgumentException when it is nested too deeply or is not valid syntax
   */
  static Query parse(String text, Analyzer analyzer) {
    // Bounded work: nesting (the parser and the regular-expression parser recurse per level, so
    // 600 nested parentheses overflowed the stack), and expansions: a prefix, wildcard, regexp or
    // range query rewrites to at most IndexSearcher.getMaxClauseCount() terms per field, or the
    // query is refused (TooManyClauses), so the highlighter and explainer see at most that many.
    int depth = nesting(text);
    if (depth > NameIndex.MAX_LUCENE_NESTING) {
      throw new IllegalArgumentException(
          "query is nested "
              + depth
              + " levels deep; the limit is "
              + NameIndex.MAX_LUCENE_NESTING);
    }
    MultiFieldQueryParser parser = new MultiFieldQueryParser(IndexFields.TEXT_FIELDS, analyzer);
    parser.setAllowLeadingWildcard(false);
    parser.setMultiTermRewriteMethod(MultiTermQuery.CONSTANT_SCORE_BOOLEAN_REWRITE);
    try {
      return parser.parse(text);
    } catch (StackOverflowError e) {
      throw new IllegalArgumentException("query is nested too deeply", e);
    } catch (ParseException | RuntimeException e) {
      String msg = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
      throw new IllegalArgumentException("invalid Lucene query syntax: " + msg, e);
    }
  }

  /** The deepest nesting of (), [] and {} in the text, escaped characters aside. */
  static int nesting(String text) {
    int depth = 0;
    int max = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '(' || c == '[' || c == '{') {
        max = Math.max(max, ++depth);
      } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
        depth--;
      }
    }
    return max;
  }
}
