package io.namesearch.cli;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Fields;

/** The query parameters of the server's API, checked: each bad one is an {@link ApiException}. */
final class ApiParams {

  private ApiParams() {}

  static Fields queryParameters(Request request) {
    try {
      return Request.extractQueryParameters(request, StandardCharsets.UTF_8);
    } catch (RuntimeException e) {
      throw new ApiException(400, "the query string is not valid percent-encoded UTF-8");
    }
  }

  static void checkParams(Fields params, Set<String> allowed) {
    checkParams(params, allowed, Set.of());
  }

  static void checkParams(Fields params, Set<String> allowed, Set<String> repeatable) {
    for (String name : params.getNames()) {
      if (!allowed.contains(name)) {
        String known =
            allowed.isEmpty() ? "none" : String.join(", ", allowed.stream().sorted().toList());
        throw new ApiException(
            400,
            "unknown parameter: "
                + HitPrinter.flatten(truncate(name, 50))
                + " (known: "
                + known
                + ")");
      }
      List<String> values = params.getValues(name);
      if (values.size() > 1 && !repeatable.contains(name)) {
        throw new ApiException(400, "parameter " + name + " is given " + values.size() + " times");
      }
    }
  }

  static String required(Fields params, String name) {
    String v = params.getValue(name);
    if (v == null) {
      throw new ApiException(400, "missing parameter: " + name);
    }
    return v;
  }

  static int intParam(Fields params, String name, int def, int min, int max) {
    String v = params.getValue(name);
    if (v == null || v.isEmpty()) {
      return def;
    }
    int n;
    try {
      n = Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      n = Integer.MIN_VALUE;
    }
    if (n < min || n > max) {
      throw new ApiException(
          400,
          name
              + " must be a whole number from "
              + min
              + " to "
              + max
              + ", not "
              + quote(truncate(v, 30)));
    }
    return n;
  }

  static io.namesearch.engine.MatchTier tier(String label) {
    try {
      return SearchFilterOptions.tier("min_tier", label);
    } catch (CliException e) {
      throw new ApiException(400, oneLine(e.getMessage()));
    }
  }

  static io.namesearch.search.SearchOptions.SortOrder sortOrder(String value) {
    try {
      return SearchFilterOptions.sortOrder("sort", value);
    } catch (CliException e) {
      throw new ApiException(400, oneLine(e.getMessage()));
    }
  }

  static java.util.Optional<java.time.LocalDate> date(Fields params, String name) {
    String v = params.getValue(name);
    if (v == null || v.isEmpty()) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(java.time.LocalDate.parse(v));
    } catch (java.time.format.DateTimeParseException e) {
      throw new ApiException(
          400, name + " must be a date as YYYY-MM-DD, not " + quote(truncate(v, 30)));
    }
  }

  static String oneLine(String s) {
    if (s == null || s.isBlank()) {
      return "error";
    }
    return truncate(HitPrinter.flatten(s.strip().lines().findFirst().orElse("error")), 500);
  }

  static String truncate(String s, int max) {
    if (s == null) {
      return "";
    }
    return s.length() > max ? s.substring(0, max) + "..." : s;
  }

  static String quote(String s) {
    return "'" + HitPrinter.flatten(s) + "'";
  }
}
