package io.namesearch.search;

import io.namesearch.engine.MatchTier;
import java.util.Objects;

/**
 * One spelling of a name as it occurs in the index ({@link NameIndex#variants(String)}).
 *
 * @param queryWord the word of the name it is a spelling of
 * @param form the spelling, as written in its example document (the index matches it in any letter
 *     case)
 * @param tier how it matches the query word: the strongest tier that reaches it
 * @param documents how many documents contain it (exact: every live document counted once)
 * @param exampleId the id of one document that contains it
 */
public record Variant(
    String queryWord, String form, MatchTier tier, long documents, String exampleId) {

  /** Validates the fields. */
  public Variant {
    Objects.requireNonNull(queryWord, "queryWord");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(exampleId, "exampleId");
    if (documents < 1) {
      throw new IllegalArgumentException("documents must be at least 1: " + documents);
    }
  }
}
