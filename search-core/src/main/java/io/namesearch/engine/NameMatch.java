package io.namesearch.engine;

import java.util.List;

/**
 * The result of {@link NameMatcher#match}: how far two names are one person's.
 *
 * @param score the calibrated similarity in [0, 1] (see {@link NameMatcher} for what the values
 *     mean)
 * @param match whether the score reaches the matcher's threshold
 * @param alignment each aligned part of {@code a} with its part of {@code b}, in the order of
 *     {@code a}
 * @param unmatchedA the parts of {@code a} aligned with nothing, as written
 * @param unmatchedB the parts of {@code b} aligned with nothing, as written
 * @param ignored the titles and suffixes of either name that carry no identity (Mr, г-н, Jr)
 * @param genderConflict whether an aligned pair is one name in two genders (Ivanov, Ivanova)
 * @param explanation one line saying why
 */
public record NameMatch(
    double score,
    boolean match,
    List<PartMatch> alignment,
    List<String> unmatchedA,
    List<String> unmatchedB,
    List<String> ignored,
    boolean genderConflict,
    String explanation) {

  /** Copies the lists. */
  public NameMatch {
    alignment = List.copyOf(alignment);
    unmatchedA = List.copyOf(unmatchedA);
    unmatchedB = List.copyOf(unmatchedB);
    ignored = List.copyOf(ignored);
    if (explanation == null) {
      throw new NullPointerException("explanation");
    }
  }
}
