package io.namesearch.opensearch;

import io.namesearch.analysis.NameTokens;
import io.namesearch.engine.FuzzyPolicy;
import io.namesearch.engine.NameEngine;
import io.namesearch.engine.NameKeyer;
import io.namesearch.engine.NameRules;
import io.namesearch.engine.Nicknames;
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
 * Replaces each word by its match keys only, for the query side of one tier: {@link
 * NameOutput#VARIANT} emits the variant keys ({@code ~key}), {@link NameOutput#FAMILY} the family
 * key as {@code ^key} and {@code ~key}, then the variant keys, {@link NameOutput#TYPO} the first
 * variant key, {@link NameOutput#DERIVED} each derived key (the library's {@link
 * NameEngine#derived}) as {@code ^key} and {@code ~key}, {@link NameOutput#NICKNAME} the variant
 * keys of the word's first-name equivalents (the library's {@link Nicknames}, in sorted order). The
 * keys are spelt exactly as the library's {@code RussianNameFilter} indexes them (same {@link
 * NameKeyer}, same {@link NameTokens} prefixes), at the word's position and offsets. Words without
 * keys (or, for derived keys and nicknames, without any) are dropped (their positions are kept);
 * keyword-marked words pass through unchanged, as in {@code RussianNameFilter}.
 */
final class NameKeysFilter extends TokenFilter {

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);

  private final NameKeyer keyer;
  private final boolean familyMode;
  private final boolean typoMode;
  private final Nicknames nicknames; // null unless NICKNAME
  private final NameEngine engine; // null unless DERIVED

  private List<String> nicknameKeys = List.of(); // NICKNAME: the current word's equivalents, sorted
  private List<String> derivedKeys = List.of(); // DERIVED: the current word's derived keys
  private int derivedKey; // DERIVED: index of the derived key being emitted
  private int derivedForm; // DERIVED: the next token is that key as ^key (0), +key (1), ~key (2)

  private int pending; // keys of the current word still to emit
  private int next; // index of the next key to emit
  private int skippedPositions; // position increments of dropped words
  private int startOffset;
  private int endOffset;
  private int posLength;

  NameKeysFilter(TokenStream input, NameRules rules, NameOutput output) {
    super(input);
    if (output == NameOutput.ALL) {
      throw new IllegalArgumentException("use RussianNameFilter for output [all]");
    }
    this.keyer = new NameKeyer(rules);
    this.familyMode = output == NameOutput.FAMILY;
    this.typoMode = output == NameOutput.TYPO;
    this.nicknames = output == NameOutput.NICKNAME ? Nicknames.defaults() : null;
    this.engine = output == NameOutput.DERIVED ? new NameEngine(rules, FuzzyPolicy.DEFAULT) : null;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pending > 0) {
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
      int keys = termAtt.length() == 0 ? 0 : keyer.analyze(termAtt.buffer(), 0, termAtt.length());
      if (keys > 0 && nicknames != null) {
        nicknameKeys = equivalents(keys);
        keys = nicknameKeys.size();
      } else if (keys > 0 && engine != null) {
        keys = derivedTokens();
      }
      if (keys == 0) {
        skippedPositions = increment;
        continue;
      }
      skippedPositions = 0;
      // family mode: ^family, +family, ~family, then (for a second reading of another family)
      // ^family2, +family2, ~family2, then the variant keys (a word without a family key of its own uses its first
      // variant key as family key, which is then not repeated)
      pending = familyMode ? familyHead() + keys : typoMode ? 1 : keys;
      next = 0;
      startOffset = offsetAtt.startOffset();
      endOffset = offsetAtt.endOffset();
      posLength = posLenAtt.getPositionLength();
      emit(increment);
      return true;
    }
    return false;
  }

  /** The variant keys of the current word's first-name equivalents, sorted (a stable order). */
  private List<String> equivalents(int keys) {
    List<String> own = new ArrayList<>(keys);
    for (int i = 0; i < keys; i++) {
      own.add(keyer.key(i));
    }
    List<String> out = new ArrayList<>(nicknames.equivalents(own));
    out.sort(null);
    return out;
  }

  /**
   * Looks up the current word's derived keys; returns how many tokens they make: each key as
   * {@code ^key}, then as {@code ~key} unless that is one of the word's own variant keys (as the
   * library's query leaves it out).
   */
  private int derivedTokens() {
    derivedKeys = engine.derived(termAtt.toString());
    derivedKey = 0;
    derivedForm = 0;
    int tokens = 0;
    for (String key : derivedKeys) {
      tokens += isOwnVariant(key) ? 2 : 3;
    }
    return tokens;
  }

  /** Whether {@code key} is one of the current word's variant keys. */
  private boolean isOwnVariant(String key) {
    for (int i = 0; i < keyer.keyCount(); i++) {
      if (keyer.keyLength(i) == key.length() && sameChars(key, keyer.keyBuffer(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameChars(String key, char[] buffer) {
    for (int j = 0; j < key.length(); j++) {
      if (key.charAt(j) != buffer[j]) {
        return false;
      }
    }
    return true;
  }

  private void emit(int increment) {
    clearAttributes();
    if (nicknames != null) {
      String key = nicknameKeys.get(next);
      termAtt.setEmpty().append(NameTokens.VARIANT_PREFIX).append(key);
      typeAtt.setType(NameTokens.TYPE_VARIANT);
    } else if (engine != null) {
      // the derived key as a family key (other forms of the derived name), as the joined key of
      // two words written apart, then as a variant key (its base form)
      String key = derivedKeys.get(derivedKey);
      if (derivedForm == 2) {
        termAtt.setEmpty().append(NameTokens.VARIANT_PREFIX).append(key);
        typeAtt.setType(NameTokens.TYPE_VARIANT);
        derivedForm = 0;
        derivedKey++;
      } else {
        termAtt.setEmpty()
            .append(derivedForm == 0 ? NameTokens.FAMILY_PREFIX : NameTokens.JOINED_PREFIX)
            .append(key);
        typeAtt.setType(NameTokens.TYPE_FAMILY);
        if (derivedForm == 1 && isOwnVariant(key)) {
          derivedForm = 0;
          derivedKey++;
        } else {
          derivedForm++;
        }
      }
    } else if (familyMode && next < familyHead()) {
      // the family key (then the second reading's) as a family key (other forms), as the joined
      // key of two words written apart, and as a variant key (the base form; for a word without
      // a family key of its own, its first variant key, which comes with the variant keys)
      boolean second = next >= firstFamilyTokens();
      int form = second ? next - firstFamilyTokens() : next;
      boolean own = keyer.hasFamily();
      char[] key =
          second ? keyer.secondFamilyBuffer() : own ? keyer.familyBuffer() : keyer.keyBuffer(0);
      int length =
          second ? keyer.secondFamilyLength() : own ? keyer.familyLength() : keyer.keyLength(0);
      char prefix =
          form == 0
              ? NameTokens.FAMILY_PREFIX
              : form == 1 ? NameTokens.JOINED_PREFIX : NameTokens.VARIANT_PREFIX;
      setTerm(prefix, key, length);
      typeAtt.setType(form == 2 ? NameTokens.TYPE_VARIANT : NameTokens.TYPE_FAMILY);
    } else {
      int k = familyMode ? next - familyHead() : next;
      setTerm(NameTokens.VARIANT_PREFIX, keyer.keyBuffer(k), keyer.keyLength(k));
      typeAtt.setType(NameTokens.TYPE_VARIANT);
    }
    next++;
    pending--;
    posIncAtt.setPositionIncrement(increment);
    posLenAtt.setPositionLength(posLength);
    offsetAtt.setOffset(startOffset, endOffset);
    keywordAtt.setKeyword(true);
  }

  /** Family-mode tokens of the first family key: 3 when the word has its own, else 2. */
  private int firstFamilyTokens() {
    return keyer.hasFamily() ? 3 : 2;
  }

  /** Family-mode tokens before the variant keys. */
  private int familyHead() {
    return firstFamilyTokens() + (keyer.hasSecondFamily() ? 3 : 0);
  }

  private void setTerm(char prefix, char[] key, int length) {
    NameTokens.setKeyTerm(termAtt, prefix, key, length);
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
    pending = 0;
    next = 0;
    skippedPositions = 0;
    nicknameKeys = List.of();
    derivedKeys = List.of();
    derivedKey = 0;
    derivedForm = 0;
  }
}
