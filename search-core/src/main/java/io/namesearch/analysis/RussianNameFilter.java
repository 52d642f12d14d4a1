package io.namesearch.analysis;

import io.namesearch.analysis.internal.WordJoining;
import io.namesearch.engine.NameRules;
import io.namesearch.engine.internal.NameKeyer;
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
 * spelling: the word itself passes through, then its variant keys and its family keys follow at the
 * same position, with the same offsets (see {@link NameTokens} for the term conventions).
 *
 * <p>Expects lower-cased input (put a {@code LowerCaseFilter} first). Empty terms and terms marked
 * as keywords pass through untouched. Stacked tokens carry term, offsets, position, type and
 * keyword flag; other attributes (payloads, flags) stay on the surface token only. The work per
 * word is done by a reusable {@link NameKeyer}, once per distinct word in a cache of recent words
 * ({@code KeyCache}, which also caches the joined keys of recent pairs): no allocation per token.
 *
 * <p>With joining on, a word that follows the previous word after exactly one character (a hyphen
 * or a space: {@code Orekhovo-Zuyevo}, {@code Krasny Luch}; the rule is {@link WordJoining}'s) also
 * stacks one token: the family key of the two words written as one ({@code Orekhovozuyevo}, {@code
 * Krasnyluch}), or its first variant key when it has no family key, with the joined prefix {@link
 * NameTokens#JOINED_PREFIX}, typed {@link NameTokens#TYPE_JOINED_FAMILY}. Compound place names are
 * written hyphenated, as two words or as one word, depending on the language and the source; the
 * joined token lets a query written as one word find the two, at the family tier. It sits at the
 * second word's position, with its offsets.
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
  private final KeyCache keys = new KeyCache();
  // The keys of the current word (an entry of the cache, valid until the next lookup).
  private KeyCache.Entry word;
  private final boolean family;
  private final boolean join;

  // The previous word's first variant key, when the next word may be joined to it.
  private char[] previous = new char[64];
  private int previousLength;
  private int previousHash;
  private int previousEnd = -2;
  // The joined word (previous + current), and whether its token is pending.
  private KeyCache.Entry joinedWord;
  private boolean joinedFamilyPending;

  // Pending stacked tokens of the current word: variant keys [0, keyCount), then the family key.
  private int pending;
  private int nextKey;
  private int keyCount;
  private boolean familyPending;
  private boolean secondFamilyPending;
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
    this(input, rules, family, false);
  }

  /**
   * Stacks keys from the given rules.
   *
   * @param family whether to stack the family key (gender and adjective forms)
   * @param join whether to stack the keys of a word joined to the word before it (see above)
   */
  public RussianNameFilter(TokenStream input, NameRules rules, boolean family, boolean join) {
    super(input);
    this.keyer = new NameKeyer(rules);
    this.family = family;
    this.join = join;
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
      previousEnd = -2;
      return true;
    }
    word = keys.word(keyer, termAtt.buffer(), termAtt.length());
    keyCount = word.keyCount;
    familyPending = family && keyCount > 0 && word.familyLength > 0;
    secondFamilyPending = family && keyCount > 1 && word.secondFamilyLength > 0;
    joinedFamilyPending = false;
    if (join) {
      joinWithPrevious();
    }
    pending =
        keyCount
            + (familyPending ? 1 : 0)
            + (secondFamilyPending ? 1 : 0)
            + (joinedFamilyPending ? 1 : 0);
    nextKey = 0;
    if (pending > 0) {
      startOffset = offsetAtt.startOffset();
      endOffset = offsetAtt.endOffset();
      posLength = posLenAtt.getPositionLength();
    }
    return true;
  }

  /**
   * Keys the previous word and this one written as one, if they are one character apart, from their
   * first variant keys ({@link NameKeyer#joinKeys}: no second reading of the letters).
   */
  private void joinWithPrevious() {
    boolean joinable = keyCount > 0 && WordJoining.joinable(word.keyLengths[0]);
    boolean adjacent =
        joinable
            && WordJoining.adjacent(previousEnd, offsetAtt.startOffset())
            && posIncAtt.getPositionIncrement() == 1;
    if (adjacent && family) {
      // the current word's entry stays valid through this lookup (see KeyCache)
      joinedWord =
          keys.joined(
              keyer,
              previous,
              previousLength,
              previousHash,
              word.keys[0],
              word.keyLengths[0],
              word.firstKeyHash);
      joinedFamilyPending = joinedWord.joinedLength > 0;
    }
    if (joinable) {
      int len = word.keyLengths[0];
      if (previous.length < len) {
        previous = new char[Math.max(len, 2 * previous.length)];
      }
      System.arraycopy(word.keys[0], 0, previous, 0, len);
      previousLength = len;
      previousHash = word.firstKeyHash;
      previousEnd = offsetAtt.endOffset();
    } else {
      previousEnd = -2;
    }
  }

  private void emitStacked() {
    clearAttributes();
    if (nextKey < keyCount) {
      setTerm(NameTokens.VARIANT_PREFIX, word.keys[nextKey], word.keyLengths[nextKey]);
      typeAtt.setType(NameTokens.TYPE_VARIANT);
      nextKey++;
    } else if (familyPending) {
      setTerm(NameTokens.FAMILY_PREFIX, word.family, word.familyLength);
      typeAtt.setType(NameTokens.TYPE_FAMILY);
      familyPending = false;
    } else if (secondFamilyPending) {
      setTerm(NameTokens.FAMILY_PREFIX, word.secondFamily, word.secondFamilyLength);
      typeAtt.setType(NameTokens.TYPE_FAMILY);
      secondFamilyPending = false;
    } else {
      setTerm(NameTokens.JOINED_PREFIX, joinedWord.joined, joinedWord.joinedLength);
      typeAtt.setType(NameTokens.TYPE_JOINED_FAMILY);
      joinedFamilyPending = false;
    }
    pending--;
    offsetAtt.setOffset(startOffset, endOffset);
    posIncAtt.setPositionIncrement(0);
    posLenAtt.setPositionLength(posLength);
    keywordAtt.setKeyword(true);
  }

  private void setTerm(char prefix, char[] key, int length) {
    NameTokens.setKeyTerm(termAtt, prefix, key, length);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending = 0;
    nextKey = 0;
    keyCount = 0;
    familyPending = false;
    secondFamilyPending = false;
    joinedFamilyPending = false;
    previousEnd = -2;
    previousLength = 0;
  }
}
