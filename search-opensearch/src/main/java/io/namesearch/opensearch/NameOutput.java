package io.namesearch.opensearch;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Which tokens the {@code russian_name} filter and analyzers emit for each word. */
public enum NameOutput {

  /**
   * For indexing: the word itself, then its variant keys ({@code ~key}) and its family key ({@code
   * ^key}) stacked at the same position. Exactly what the library's {@code RussianNameFilter}
   * emits.
   */
  ALL,

  /** For the variant (and typo) query: only the word's variant keys, {@code ~key}. */
  VARIANT,

  /**
   * For the family query: the word's family key both as a family key and as a variant key ({@code
   * ^key} and {@code ~key}), so that it matches the other forms of the name and its base form, then
   * the variant keys, so that it also matches every word the variant query matches. A word without
   * a family key of its own uses its first variant key.
   */
  FAMILY,

  /**
   * For the derived query: the word's derived keys (the library's {@code NameEngine.derived}: its
   * family keys with an -sk- suffix of the rules added, or removed when they end in one), each both
   * as a family key and as a variant key ({@code ^key} and {@code ~key}), so that it matches the
   * other forms of the derived name and its base form, as the library's derived tier (Tyazhin ~
   * Tyazhinsky, Troitsa ~ Troitsk, Ivanov ~ Ivanovsky). The word's own keys are left out (a derived
   * key that is one of its variant keys is emitted as {@code ^key} only), and a word without
   * derived keys emits nothing.
   */
  DERIVED,

  /**
   * For the nickname query: the variant keys ({@code ~key}) of the word's first-name equivalents
   * and diminutives (Aleksandr: Sasha, Shura, Oleksandr...), as the library's nickname tier; the
   * word's own keys are left out, and a word that is not a known first name emits nothing. The
   * library's nickname tier is off by default: this output is used only by a query clause that asks
   * for it.
   */
  NICKNAME,

  /**
   * For the typo (fuzzy) query: the word's first variant key only, {@code ~key}, as the library's
   * typo tier. One term per word, so that OpenSearch applies {@code fuzziness} to it (it does not
   * to stacked terms).
   */
  TYPO;

  /** The setting value, e.g. {@code "variant"}. */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a setting value; throws with the allowed values on anything else. */
  public static NameOutput parse(String value) {
    for (NameOutput o : values()) {
      if (o.value().equals(value)) {
        return o;
      }
    }
    throw new IllegalArgumentException(
        "["
            + NameOptions.OUTPUT
            + "] must be one of "
            + Arrays.stream(values()).map(NameOutput::value).collect(Collectors.joining(", "))
            + ", not ["
            + value
            + "]");
  }
}
