package io.namesearch.search;

import io.namesearch.engine.MatchTier;
import java.util.Objects;

/**
 * Why a hit matched: a query word, the document word it matched, and the tier of the match.
 *
 * @param queryWord the word as typed in the query
 * @param documentWord the word as written in the document
 * @param tier how they match
 * @param field the field the document word is in
 */
public record WordMatch(String queryWord, String documentWord, MatchTier tier, String field) {

  /** Validates the fields. */
  public WordMatch {
    Objects.requireNonNull(queryWord, "queryWord");
    Objects.requireNonNull(documentWord, "documentWord");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(field, "field");
  }

  /** A short explanation such as {@code Khordorkovsky ≈ Khodorkovsky (typo)}. */
  public String explain() {
    return tier == MatchTier.EXACT
        ? documentWord + " (exact)"
        : documentWord + " ≈ " + queryWord + " (" + tier.label() + ")";
  }
}
