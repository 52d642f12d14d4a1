package io.namesearch.analysis;

import io.namesearch.engine.NameKeyer;
import io.namesearch.engine.NameRules;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Stacks match keys on each word of a transliterated Russian name, so that one query finds every
 * spelling: the word itself passes through, then its variant keys and its family key follow at
 * the same position, with the same offsets (see {@link NameTokens} for the term conventions).
 *
 * <p>Expects lower-cased input (put a {@code LowerCaseFilter} first). Empty terms and terms
 * marked as keywords pass through untouched. Stacked tokens carry term, offsets, position, type
 * and keyword flag; other attributes (payloads, flags) stay on the surface token only. The work per
 * word is done by a reusable {@link NameKeyer}: no allocation per token.
 */
public final class RussianNameFilter extends TokenFilter {

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);

  private final NameKeyer keyer;
  private final boolean family;

  // Pending stacked tokens of the current word: variant keys [0, keyCount), then the family key.
  private int pending;
  private int nextKey;
  private int keyCount;
  private boolean familyPending;
  private int startOffset;
  private int endOffset;
  private int posLength;

  /** Stacks variant and family keys from the built-in rules. */
  public RussianNameFilter(TokenStream input) {
    this(input, NameRules.defaults(), true);
  }

  /**
   * Stacks keys from the given rules.
   *
   * @param family whether to stack the family key (gender and adjective forms)
   */
  public RussianNameFilter(TokenStream input, NameRules rules, boolean family) {
    super(input);
    this.keyer = new NameKeyer(rules);
    this.family = family;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pending > 0) {
      emitStacked();
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (keywordAtt.isKeyword() || termAtt.length() == 0) {
      return true;
    }
    keyCount = keyer.analyze(termAtt.buffer(), 0, termAtt.length());
    familyPending = family && keyCount > 0 && keyer.hasFamily();
    pending = keyCount + (familyPending ? 1 : 0);
    nextKey = 0;
    if (pending > 0) {
      startOffset = offsetAtt.startOffset();
      endOffset = offsetAtt.endOffset();
      posLength = posLenAtt.getPositionLength();
    }
    return true;
  }

  private void emitStacked() {
    clearAttributes();
    if (nextKey < keyCount) {
      setTerm(NameTokens.VARIANT_PREFIX, keyer.keyBuffer(nextKey), keyer.keyLength(nextKey));
      typeAtt.setType(NameTokens.TYPE_VARIANT);
      nextKey++;
    } else {
      setTerm(NameTokens.FAMILY_PREFIX, keyer.familyBuffer(), keyer.familyLength());
      typeAtt.setType(NameTokens.TYPE_FAMILY);
      familyPending = false;
    }
    pending--;
    offsetAtt.setOffset(startOffset, endOffset);
    posIncAtt.setPositionIncrement(0);
    posLenAtt.setPositionLength(posLength);
    keywordAtt.setKeyword(true);
  }

  private void setTerm(char prefix, char[] key, int length) {
    char[] buf = termAtt.resizeBuffer(length + 1);
    buf[0] = prefix;
    System.arraycopy(key, 0, buf, 1, length);
    termAtt.setLength(length + 1);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending = 0;
    nextKey = 0;
    keyCount = 0;
    familyPending = false;
  }
}
