package io.namesearch.engine;

/**
 * Bounds the typo tier: how many edits a canonical key of a given length may differ by, and how
 * many leading characters must agree. One policy serves the query builder and the explanation, so
 * the two never disagree.
 *
 * @param oneEditMinLength shortest key that may match with one edit
 * @param twoEditsMinLength shortest key that may match with two edits
 * @param prefixLength leading key characters that must be identical
 */
public record FuzzyPolicy(int oneEditMinLength, int twoEditsMinLength, int prefixLength) {

  /**
   * The default policy: one edit from 5 characters, two from 12, first character fixed. Variant
   * keys already absorb spelling differences between schemes and languages, so the typo tier only
   * needs to catch real typos; two edits are kept for long names, where they are rare by chance.
   */
  public static final FuzzyPolicy DEFAULT = new FuzzyPolicy(5, 12, 1);

  /** Validates the bounds. */
  public FuzzyPolicy {
    if (oneEditMinLength < 1 || twoEditsMinLength < oneEditMinLength || prefixLength < 0) {
      throw new IllegalArgumentException(
          "invalid fuzzy policy: oneEditMinLength="
              + oneEditMinLength
              + ", twoEditsMinLength="
              + twoEditsMinLength
              + ", prefixLength="
              + prefixLength);
    }
  }

  /**
   * The least family key length for a typo on the joined key of two document words written as one:
   * two words make a long key, and a shorter family key would reach pairs of short common words one
   * edit away ({@code that some} from {@code Tyazhin}).
   */
  public static final int JOINED_MIN_LENGTH = 7;

  /**
   * The edits a typo may make in the joined key of two document words, whose family key has {@code
   * familyKeyLength} characters: none below {@link #JOINED_MIN_LENGTH}.
   */
  public int joinedMaxEdits(int familyKeyLength) {
    return familyKeyLength >= JOINED_MIN_LENGTH ? familyMaxEdits(familyKeyLength) : 0;
  }

  /**
   * Maximum edits (0 or 1) allowed for a family key of {@code keyLength} characters: one edit from
   * the one-edit length. The family key is already loose (endings removed, vowels neutral), so two
   * edits there would reach unrelated names.
   */
  public int familyMaxEdits(int keyLength) {
    return Math.min(1, maxEdits(keyLength));
  }

  /** Maximum edits (0, 1 or 2) allowed for a key of {@code keyLength} characters. */
  public int maxEdits(int keyLength) {
    if (keyLength >= twoEditsMinLength) {
      return 2;
    }
    return keyLength >= oneEditMinLength ? 1 : 0;
  }
}
