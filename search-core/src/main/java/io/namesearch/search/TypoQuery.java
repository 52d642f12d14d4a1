package io.namesearch.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/**
 * Terms within a bounded edit distance (with transpositions) of one key, with a fixed prefix.
 * Compiles a single finite Levenshtein automaton, once; {@code FuzzyQuery} compiles one per edit
 * distance, per query, to score by distance, which the constant-score typo tier does not need.
 */
final class TypoQuery extends MultiTermQuery {

  private final Term term;
  private final int maxEdits;
  private final int prefixLength;
  private final CompiledAutomaton compiled;

  TypoQuery(Term term, int maxEdits, int prefixLength) {
    super(term.field(), MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE);
    this.term = term;
    this.maxEdits = maxEdits;
    this.prefixLength = prefixLength;
    String text = term.text();
    int p = text.offsetByCodePoints(0, Math.min(prefixLength, text.codePointCount(0, text.length())));
    Automaton a =
        new LevenshteinAutomata(text.substring(p), true).toAutomaton(maxEdits, text.substring(0, p));
    this.compiled = new CompiledAutomaton(a, true, false);
  }

  @Override
  protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
    return compiled.getTermsEnum(terms);
  }

  @Override
  public void visit(QueryVisitor visitor) {
    if (visitor.acceptField(field)) {
      visitor.consumeTermsMatching(this, field, () -> compiled.runAutomaton);
    }
  }

  @Override
  public String toString(String f) {
    return (f.equals(field) ? "" : field + ":") + term.text() + "~" + maxEdits + "/" + prefixLength;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TypoQuery q
        && term.equals(q.term)
        && maxEdits == q.maxEdits
        && prefixLength == q.prefixLength;
  }

  @Override
  public int hashCode() {
    return Objects.hash(term, maxEdits, prefixLength);
  }
}
