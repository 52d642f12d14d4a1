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

/**
 * Terms within a bounded edit distance (with transpositions) of one key, with a fixed prefix.
 * Compiles a single finite Levenshtein automaton over the key alphabet ({@link TypoAutomata}),
 * once; {@code FuzzyQuery} compiles one per edit distance, per query, to score by distance, which
 * the constant-score typo tier does not need.
 */
final class TypoQuery extends MultiTermQuery {

  /**
   * The characters a typo may insert or substitute: the key alphabet, ASCII and {@code š} (keys
   * hold no other letter unless the word has letters no rule reads, and then those are added as the
   * word's own). With one non-ASCII letter, the UTF-8 form of the automaton stays deterministic, so
   * compiling it is cheap.
   */
  static final int[] KEY_ALPHABET = {0, 0x7F, 'š', 'š'};

  private final Term term;
  private final int maxEdits;
  private final int prefixLength;
  private final CompiledAutomaton compiled;

  TypoQuery(Term term, int maxEdits, int prefixLength) {
    this(term, maxEdits, prefixLength, compile(term.text(), maxEdits, prefixLength));
  }

  /** A query over {@code term}'s field with an automaton from {@link #compile} for its text. */
  TypoQuery(Term term, int maxEdits, int prefixLength, CompiledAutomaton compiled) {
    super(term.field(), MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE);
    this.term = term;
    this.maxEdits = maxEdits;
    this.prefixLength = prefixLength;
    this.compiled = compiled;
  }

  /** The automaton of the texts within {@code maxEdits} of {@code text}, same first chars. */
  static CompiledAutomaton compile(String text, int maxEdits, int prefixLength) {
    int p =
        text.offsetByCodePoints(0, Math.min(prefixLength, text.codePointCount(0, text.length())));
    int[] suffix = text.substring(p).codePoints().toArray();
    Automaton a = TypoAutomata.build(text.substring(0, p), suffix, maxEdits, KEY_ALPHABET);
    Automaton bytes = Utf8Automata.toUtf8(a);
    return bytes == null
        ? new CompiledAutomaton(a, true, false)
        : new CompiledAutomaton(bytes, true, false, true);
  }

  /** The automaton of the terms this query matches. */
  CompiledAutomaton compiled() {
    return compiled;
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
    return (field.equals(f) ? "" : field + ":") + term.text() + "~" + maxEdits + "/" + prefixLength;
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
