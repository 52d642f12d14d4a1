package io.namesearch.search;

import io.namesearch.engine.MatchTier;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The checks and defensive copies of {@link SearchOptions}' fields: each bad value refused with a
 * one-line message that names the field, the allowed range and the value given.
 */
final class SearchOptionsChecks {

  private SearchOptionsChecks() {}

  /** Refuses {@code value} outside {@code min..max}. */
  static void range(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          max == Integer.MAX_VALUE
              ? name + " must be at least " + min + ", not " + value
              : name + " must be between " + min + " and " + max + ", not " + value);
    }
  }

  /** The tiers, with {@link MatchTier#EXACT} always included. */
  static Set<MatchTier> tiers(Set<MatchTier> tiers) {
    EnumSet<MatchTier> t = EnumSet.of(MatchTier.EXACT);
    t.addAll(tiers);
    return Set.copyOf(t);
  }

  /** An unmodifiable copy of the filters, refusing blank keys and keys without values. */
  static Map<String, Set<String>> where(Map<String, Set<String>> where) {
    Map<String, Set<String>> w = new LinkedHashMap<>();
    where.forEach(
        (k, v) -> {
          if (k.isBlank()) {
            throw new IllegalArgumentException("filter key must not be blank");
          }
          if (v.isEmpty()) {
            throw new IllegalArgumentException("filter on " + k + " has no values");
          }
          w.put(k, Set.copyOf(v));
        });
    return Collections.unmodifiableMap(w);
  }

  /** Refuses a date range that ends before it starts. */
  static void dates(Optional<LocalDate> since, Optional<LocalDate> until) {
    java.util.Objects.requireNonNull(since, "since");
    java.util.Objects.requireNonNull(until, "until");
    if (since.isPresent() && until.isPresent() && since.get().isAfter(until.get())) {
      throw new IllegalArgumentException(
          "since (" + since.get() + ") is after until (" + until.get() + ")");
    }
  }

  /** Refuses a minimum score outside 0 to 1 (or NaN). */
  static void minScore(double minScore) {
    if (!(minScore >= 0 && minScore <= 1)) {
      throw new IllegalArgumentException("minScore must be between 0 and 1, not " + minScore);
    }
  }

  /** The count-by keys without duplicates, refusing blank ones. */
  static List<String> countBy(List<String> countBy) {
    List<String> keys = List.copyOf(new LinkedHashSet<>(countBy));
    for (String k : keys) {
      if (k.isBlank()) {
        throw new IllegalArgumentException("count-by key must not be blank");
      }
    }
    return keys;
  }
}
