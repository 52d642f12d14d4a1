package io.namesearch.opensearch;

import io.namesearch.analysis.NameTokens;
import io.namesearch.analysis.internal.TierTerms;
import io.namesearch.engine.FuzzyPolicy;
import io.namesearch.engine.MatchTier;
import io.namesearch.engine.NameEngine;
import io.namesearch.engine.NameRules;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Replaces each word by the terms of one tier only, for the query side of that tier: the library's
 * {@link TierTerms}, the same terms the library's tiered query matches at the tier. {@link
 * NameOutput#VARIANT} emits the variant keys ({@code ~key}), {@link NameOutput#FAMILY} the family
 * tier's terms then the variant keys (so that the family clause also matches every word the variant
 * clause does, and the clauses' boosts add up), {@link NameOutput#DERIVED} the derived tier's
 * terms, {@link NameOutput#NICKNAME} the nickname tier's (the variant keys of the word's first-name
 * equivalents, sorted), {@link NameOutput#TYPO} the first variant key (the term the library's typo
 * tier edits first; OpenSearch applies {@code fuzziness} to it). The terms sit at the word's
 * position and offsets, typed {@link NameTokens#TYPE_VARIANT} ({@code ~}) or {@link
 * NameTokens#TYPE_FAMILY} ({@code ^}, {@code +}). Words without terms for the tier are dropped
 * (their positions are kept); keyword-marked words pass through unchanged, as in {@code
 * RussianNameFilter}.
 */
final class NameKeysFilter extends TokenFilter {

  private static final NameEngine DEFAULT_ENGINE =
      new NameEngine(NameRules.defaults(), FuzzyPolicy.DEFAULT);

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);

  private final NameEngine engine;
  private final NameOutput output;

  private List<String> terms = List.of(); // the current word's terms
  private int next; // index of the next term to emit
  private int skippedPositions; // position increments of dropped words
  private int startOffset;
  private int endOffset;
  private int posLength;

  NameKeysFilter(TokenStream input, NameRules rules, NameOutput output) {
    super(input);
    if (output == NameOutput.ALL) {
      throw new IllegalArgumentException("use RussianNameFilter for output [all]");
    }
    this.engine =
        rules == NameRules.defaults() ? DEFAULT_ENGINE : new NameEngine(rules, FuzzyPolicy.DEFAULT);
    this.output = output;
  }

  /** The terms {@code output} emits for a word with these tiers. */
  static List<String> terms(TierTerms word, NameOutput output) {
    List<String> variants = word.variants();
    return switch (output) {
      case VARIANT -> variants;
      case FAMILY -> {
        List<String> family = word.terms(MatchTier.FAMILY);
        if (family.isEmpty()) {
          yield family;
        }
        List<String> out = new ArrayList<>(family.size() + variants.size());
        out.addAll(family);
        out.addAll(variants);
        yield out;
      }
      case DERIVED -> word.terms(MatchTier.DERIVED);
      case NICKNAME -> word.terms(MatchTier.NICKNAME);
      case TYPO -> variants.isEmpty() ? variants : variants.subList(0, 1);
      case ALL -> throw new IllegalArgumentException("use RussianNameFilter for output [all]");
    };
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (next < terms.size()) {
      emit(0);
      return true;
    }
    while (input.incrementToken()) {
      int increment = posIncAtt.getPositionIncrement() + skippedPositions;
      if (keywordAtt.isKeyword()) {
        skippedPositions = 0;
        posIncAtt.setPositionIncrement(increment);
        return true;
      }
      terms =
          termAtt.length() == 0
              ? List.of()
              : terms(TierTerms.of(engine, termAtt.toString()), output);
      next = 0;
      if (terms.isEmpty()) {
        skippedPositions = increment;
        continue;
      }
      skippedPositions = 0;
      startOffset = offsetAtt.startOffset();
      endOffset = offsetAtt.endOffset();
      posLength = posLenAtt.getPositionLength();
      emit(increment);
      return true;
    }
    return false;
  }

  private void emit(int increment) {
    clearAttributes();
    String term = terms.get(next++);
    termAtt.setEmpty().append(term);
    typeAtt.setType(
        NameTokens.tierOf(term) == MatchTier.VARIANT
            ? NameTokens.TYPE_VARIANT
            : NameTokens.TYPE_FAMILY);
    posIncAtt.setPositionIncrement(increment);
    posLenAtt.setPositionLength(posLength);
    offsetAtt.setOffset(startOffset, endOffset);
    keywordAtt.setKeyword(true);
  }

  @Override
  public void end() throws IOException {
    super.end();
    posIncAtt.setPositionIncrement(posIncAtt.getPositionIncrement() + skippedPositions);
    skippedPositions = 0;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    terms = List.of();
    next = 0;
    skippedPositions = 0;
  }
}
