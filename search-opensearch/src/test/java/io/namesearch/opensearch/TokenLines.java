package io.namesearch.opensearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/** An analyzer's tokens as lines, for assertions: term, type, offsets and position increment. */
final class TokenLines {

  private TokenLines() {}

  /**
   * One line per token of {@code text} in field {@code f}: {@code term type start-end +inc}, then
   * {@code keyword} for a keyword-marked token when {@code withKeyword}.
   */
  static List<String> of(Analyzer analyzer, String text, boolean withKeyword) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      KeywordAttribute keyword = ts.addAttribute(KeywordAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(
            term
                + " "
                + type.type()
                + " "
                + offset.startOffset()
                + "-"
                + offset.endOffset()
                + " +"
                + inc.getPositionIncrement()
                + (withKeyword && keyword.isKeyword() ? " keyword" : ""));
      }
      ts.end();
    }
    return out;
  }
}
