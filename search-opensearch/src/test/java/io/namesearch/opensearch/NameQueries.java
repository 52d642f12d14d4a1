package io.namesearch.opensearch;

/**
 * The tiered name query of the README, as JSON: one {@code multi_match} per tier over the same
 * fields, each with the analyzer of its tier. The boosts add up to the library's tier weights,
 * because a word that matches a stronger tier also matches every weaker one (an exact word has
 * the same variant key, the same family key, and is a typo of itself at distance 0): exact 0.2 +
 * 0.3 + 0.3 + 0.2 = 1.0, variant 0.8, family 0.5, typo 0.2.
 */
final class NameQueries {

  private NameQueries() {}

  /** The query JSON for {@code text} over {@code fields}, exactly as the README shows it. */
  static String tiered(String text, String... fields) {
    String q = json(text);
    StringBuilder f = new StringBuilder("[");
    for (int i = 0; i < fields.length; i++) {
      f.append(i > 0 ? ", " : "").append(json(fields[i]));
    }
    f.append(']');
    return """
        {
          "bool": {
            "should": [
              { "multi_match": { "query": %1$s, "fields": %2$s,
                  "analyzer": "standard", "boost": 0.2 } },
              { "multi_match": { "query": %1$s, "fields": %2$s,
                  "analyzer": "russian_name_variant", "boost": 0.3 } },
              { "multi_match": { "query": %1$s, "fields": %2$s,
                  "analyzer": "russian_name_family", "boost": 0.3 } },
              { "multi_match": { "query": %1$s, "fields": %2$s,
                  "analyzer": "russian_name_typo", "boost": 0.2,
                  "fuzziness": "AUTO:6,13", "prefix_length": 2, "fuzzy_rewrite": "constant_score" } }
            ]
          }
        }
        """
        .formatted(q, f);
  }

  private static String json(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        default -> {
          if (c < 0x20) {
            b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
