package io.namesearch.engine;

/**
 * How a document word matched a query word, strongest first. Ranking orders hits by tier: a
 * stronger tier always outranks a weaker one for the same query word.
 */
public enum MatchTier {
  /** The same surface form, ignoring case. */
  EXACT("exact"),
  /** Another spelling of the same form: a transliteration scheme, another language, noise. */
  VARIANT("variant"),
  /** Another form of the same name: a gender form, a case ending, an adjective form. */
  FAMILY("family"),
  /**
   * A name derived from the other by a suffix, such as the -sk- adjective or town of a name
   * (Tyazhin ~ Tyazhinsky, Troitsa ~ Troitsk, Ivanov ~ Ivanovsky): related, but often another
   * place or person, so it ranks below the family tier.
   */
  DERIVED("derived"),
  /** A first-name equivalent or diminutive (Dmitry ~ Dima), only when nicknames are on. */
  NICKNAME("nickname"),
  /** A bounded edit-distance match on the canonical form: a probable typo. */
  FUZZY("typo");

  private final String label;

  MatchTier(String label) {
    this.label = label;
  }

  /** A short lower-case label for display, such as {@code "variant"} or {@code "typo"}. */
  public String label() {
    return label;
  }
}
