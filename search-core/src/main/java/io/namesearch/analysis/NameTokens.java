package io.namesearch.analysis;

import io.namesearch.engine.MatchTier;
import java.util.Optional;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The term and type conventions of the tokens {@link RussianNameFilter} stacks on each word.
 *
 * <p>The surface word keeps its own text and type. Each variant key is indexed as {@link
 * #VARIANT_PREFIX} + key with type {@link #TYPE_VARIANT}; the family key as {@link #FAMILY_PREFIX}
 * + key with type {@link #TYPE_FAMILY}. The prefixes keep the three tiers apart in one field, so a
 * query can weight them separately, while all share the word's position and offsets (so a
 * highlighter marks the real word).
 */
public final class NameTokens {

  /** Marks a variant key term. Never produced by a tokenizer that splits on punctuation. */
  public static final char VARIANT_PREFIX = '~';

  /** Marks a family key term. */
  public static final char FAMILY_PREFIX = '^';

  /**
   * Marks the family key of two adjacent words written as one (a compound name): a family term of
   * its own, which the family tier reaches, and the typo tier only from a family key of {@link
   * io.namesearch.engine.FuzzyPolicy#JOINED_MIN_LENGTH} letters (a shorter one would find pairs of
   * short common words one edit from a short name: {@code that some} from {@code Tyazhin}).
   */
  public static final char JOINED_PREFIX = '+';

  /** Token type of a variant key. */
  public static final String TYPE_VARIANT = "<NAME_VARIANT>";

  /** Token type of a family key. */
  public static final String TYPE_FAMILY = "<NAME_FAMILY>";

  /**
   * Token type of the family key of a word joined to the word before it ({@link #JOINED_PREFIX}).
   */
  public static final String TYPE_JOINED_FAMILY = "<NAME_JOINED_FAMILY>";

  private NameTokens() {}

  /** Sets {@code term} to {@code prefix} followed by the first {@code length} chars of key. */
  public static void setKeyTerm(CharTermAttribute term, char prefix, char[] key, int length) {
    char[] buf = term.resizeBuffer(length + 1);
    buf[0] = prefix;
    System.arraycopy(key, 0, buf, 1, length);
    term.setLength(length + 1);
  }

  /** The tier a term of the index stands for: exact, variant or family. */
  public static MatchTier tierOf(CharSequence term) {
    if (term.length() > 0) {
      char c = term.charAt(0);
      if (c == VARIANT_PREFIX) {
        return MatchTier.VARIANT;
      }
      if (c == FAMILY_PREFIX || c == JOINED_PREFIX) {
        return MatchTier.FAMILY;
      }
    }
    return MatchTier.EXACT;
  }

  /** The tier a token type stands for, or empty for a type this filter does not emit. */
  public static Optional<MatchTier> tierOfType(String type) {
    return switch (type) {
      case TYPE_VARIANT -> Optional.of(MatchTier.VARIANT);
      case TYPE_FAMILY, TYPE_JOINED_FAMILY -> Optional.of(MatchTier.FAMILY);
      default -> Optional.empty();
    };
  }
}
