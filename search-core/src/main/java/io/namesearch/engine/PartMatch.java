package io.namesearch.engine;

/**
 * One part of name {@code a} aligned with one part of name {@code b} by {@link NameMatcher}.
 *
 * @param a the part of the first name, as written
 * @param b the part of the second name, as written
 * @param tier how the two parts match
 * @param score the similarity of the two parts, in (0, 1]
 */
public record PartMatch(String a, String b, Tier tier, double score) {

  /** How two parts of two names match, strongest first. */
  public enum Tier {
    /** The same word, ignoring case. */
    EXACT("exact", 1.0),
    /** Another spelling of the same form: a transliteration scheme, another language. */
    VARIANT("variant", 0.98),
    /** Another form of the same name: a case ending, a gender form, Belarusian or Ukrainian. */
    FAMILY("family", 0.95),
    /**
     * The same first name in Russian, Ukrainian or Belarusian (Olena ~ Elena, Volha ~ Olga, Mikalai
     * ~ Nikolai), from the equivalents table: always on.
     */
    LANGUAGE("language form", 0.93),
    /** A first-name equivalent or diminutive (Dmitry ~ Dima), only with nicknames on. */
    NICKNAME("nickname", 0.9),
    /** A probable typo, as the index's typo tier finds it. */
    TYPO("typo", 0.86),
    /** An initial and a name that starts with it (A. ~ Aleksandr), or two equal initials. */
    INITIAL("initial", 0.85),
    /**
     * Stems one edit apart anywhere, the first letter too (Uladzimir ~ Vladimir, Mikalay ~ Nikolay,
     * Yauhen ~ Yevgeny): the cross-language forms of first names and patronymics and typos the
     * index's typo tier does not reach.
     */
    NEAR("near", 0.72),
    /** A name derived from the other by a suffix (Ivanov ~ Ivanovsky): often another name. */
    DERIVED("derived", 0.6);

    private final String label;
    private final double score;

    Tier(String label, double score) {
      this.label = label;
      this.score = score;
    }

    /** A short lower-case label, such as {@code "variant"}. */
    public String label() {
      return label;
    }

    /** The similarity this tier gives two parts. */
    public double score() {
      return score;
    }
  }

  /** Validates the fields. */
  public PartMatch {
    if (a == null || b == null || tier == null) {
      throw new NullPointerException("a, b and tier must not be null");
    }
  }
}
