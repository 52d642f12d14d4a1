package io.namesearch.engine;

/**
 * How a document word matched a query word, strongest first, with the weight the tiered query gives
 * a match at the tier. Ranking orders hits by tier: for the same query word a stronger tier always
 * outranks a weaker one, whatever the term frequencies, because each tier is a constant score (the
 * weight times the word's rarity) and the weights fall from tier to tier by more than the {@link
 * #TIE_BREAKER} can add. The README's tier table and the OpenSearch plugin README's boosts are
 * checked against these weights ({@code TierDocsTest}).
 */
public enum MatchTier {
  /** The same surface form, ignoring case. */
  EXACT("exact", 1.0f),
  /** Another spelling of the same form: a transliteration scheme, another language, noise. */
  VARIANT("variant", 0.8f),
  /** Another form of the same name: a gender form, a case ending, an adjective form. */
  FAMILY("family", 0.5f),
  /**
   * A name derived from the other by a suffix, such as the -sk- adjective or town of a name
   * (Tyazhin ~ Tyazhinsky, Troitsa ~ Troitsk, Ivanov ~ Ivanovsky): related, but often another place
   * or person, so it ranks below the family tier.
   */
  DERIVED("derived", 0.4f),
  /** A first-name equivalent or diminutive (Dmitry ~ Dima), only when nicknames are on. */
  NICKNAME("nickname", 0.35f),
  /** A bounded edit-distance match on the canonical form: a probable typo. */
  FUZZY("typo", 0.2f);

  /**
   * Dis-max tie-breaker of a query word's tiers: within a tier, a document word that also matches
   * weaker tiers (a family match that is also a typo of the first key, say) ranks first. Small
   * enough never to lift a match above a stronger tier.
   */
  public static final float TIE_BREAKER = 0.01f;

  private final String label;
  private final float weight;

  MatchTier(String label, float weight) {
    this.label = label;
    this.weight = weight;
  }

  /**
   * The constant score of a match at this tier, before it is scaled by the query word's rarity:
   * exact 1.0, variant 0.8, family 0.5, derived 0.4, nickname 0.35, typo 0.2.
   */
  public float weight() {
    return weight;
  }

  /** A short lower-case label for display, such as {@code "variant"} or {@code "typo"}. */
  public String label() {
    return label;
  }
}
