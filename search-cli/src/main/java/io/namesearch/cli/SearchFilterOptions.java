package io.namesearch.cli;

import io.namesearch.engine.MatchTier;
import io.namesearch.search.SearchOptions;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The paging, order, filter and count options of {@code search QUERY}: which hits of the whole
 * result are returned, and what is counted over it.
 */
final class SearchFilterOptions {

  @Option(
      names = "--offset",
      paramLabel = "N",
      defaultValue = "0",
      description = "Skip the first N hits (0 to 100000): the next page of --limit hits.")
  int offset;

  @Option(
      names = "--after",
      paramLabel = "CURSOR",
      description =
          "Start after the hit with this cursor (the \"cursor\" of a --json hit): "
              + "pages at any depth.")
  String after;

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      defaultValue = "score",
      description =
          "Order of the hits: score (default), date (newest first) or date-asc; "
              + "ties by score, then shortest first, then id.")
  String sort;

  @Option(
      names = "--since",
      paramLabel = "DATE",
      description = "Only documents dated on or after DATE (YYYY-MM-DD).")
  String since;

  @Option(
      names = "--until",
      paramLabel = "DATE",
      description = "Only documents dated on or before DATE (YYYY-MM-DD).")
  String until;

  @Option(
      names = "--where",
      paramLabel = "KEY=VALUE",
      description =
          "Only documents whose metadata KEY is VALUE (exact); repeat a key for any of "
              + "several values, other keys must all match.")
  List<String> where = new ArrayList<>();

  @Option(
      names = "--min-tier",
      paramLabel = "TIER",
      description =
          "Only hits whose every matched word is at TIER or stronger: "
              + "exact, variant, family, derived, nickname, typo.")
  String minTier;

  @Option(
      names = "--min-score",
      paramLabel = "X",
      description =
          "Only hits with a normalised score of at least X (0 to 1; 1 is every word exact).")
  Double minScore;

  @Option(
      names = "--count-by",
      paramLabel = "tier|KEY",
      description =
          "Count all matching documents per tier, or per value of metadata KEY (repeatable).")
  List<String> countBy = new ArrayList<>();

  /** Adds these options to the search options, or throws a usage error. */
  void apply(SearchOptions.Builder b, CommandLine cl) {
    if (offset < 0 || offset > SearchOptions.MAX_OFFSET) {
      throw usage(
          cl, "--offset must be between 0 and " + SearchOptions.MAX_OFFSET + ", not " + offset);
    }
    b.offset(offset).sort(sortOrder(cl, sort));
    if (after != null) {
      b.after(after);
    }
    if (since != null) {
      b.since(day(cl, "--since", since));
    }
    if (until != null) {
      b.until(day(cl, "--until", until));
    }
    Map<String, List<String>> filters = new LinkedHashMap<>();
    for (String w : where) {
      int eq = w.indexOf('=');
      if (eq <= 0) {
        throw usage(cl, "--where must be KEY=VALUE, not '" + HitPrinter.flatten(w) + "'");
      }
      filters.computeIfAbsent(w.substring(0, eq), k -> new ArrayList<>()).add(w.substring(eq + 1));
    }
    filters.forEach(b::where);
    if (minTier != null) {
      b.minTier(tier("--min-tier", minTier));
    }
    if (minScore != null) {
      if (!(minScore >= 0 && minScore <= 1)) {
        throw usage(cl, "--min-score must be between 0 and 1, not " + minScore);
      }
      b.minScore(minScore);
    }
    for (String c : countBy) {
      if (c.equals("tier")) {
        b.countTiers(true);
      } else if (c.isBlank()) {
        throw usage(cl, "--count-by needs 'tier' or a metadata key");
      } else {
        b.countBy(c);
      }
    }
  }

  private static ParameterException usage(CommandLine cl, String message) {
    return new ParameterException(cl, message);
  }

  private static LocalDate day(CommandLine cl, String option, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw usage(
          cl, option + " must be a date (YYYY-MM-DD), not '" + HitPrinter.flatten(value) + "'");
    }
  }

  private static SearchOptions.SortOrder sortOrder(CommandLine cl, String value) {
    try {
      return sortOrder("--sort", value);
    } catch (CliException e) {
      throw usage(cl, e.getMessage());
    }
  }

  /** A sort order by its name (score, date, date-asc), for the option or parameter named. */
  static SearchOptions.SortOrder sortOrder(String option, String value) {
    return switch (value) {
      case "score" -> SearchOptions.SortOrder.SCORE;
      case "date" -> SearchOptions.SortOrder.DATE_DESC;
      case "date-asc" -> SearchOptions.SortOrder.DATE_ASC;
      default ->
          throw new CliException(
              option + " must be score, date or date-asc, not '" + HitPrinter.flatten(value) + "'");
    };
  }

  /** A tier by its label (exact, variant, family, derived, nickname, typo). */
  static MatchTier tier(String option, String label) {
    for (MatchTier t : MatchTier.values()) {
      if (t.label().equals(label)) {
        return t;
      }
    }
    throw new CliException(
        option
            + " must be exact, variant, family, derived, nickname or typo, not '"
            + HitPrinter.flatten(label)
            + "'");
  }
}
