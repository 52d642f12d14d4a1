package io.namesearch.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opensearch.common.xcontent.XContentFactory;
import org.opensearch.common.xcontent.XContentHelper;
import org.opensearch.core.common.bytes.BytesArray;
import org.opensearch.core.common.bytes.BytesReference;
import org.opensearch.core.xcontent.MediaTypeRegistry;
import org.opensearch.core.xcontent.XContentBuilder;

/**
 * The README's snippets, read from search-opensearch/README.md itself, so that the tests run
 * exactly what a user copies: a snippet is the fenced block after a line {@code <!-- snippet: NAME
 * ... -->}, and a request body is the here-document ({@code <<'JSON'} ... {@code JSON}) in it.
 * {@code smoke-test} runs the same blocks against a real OpenSearch node.
 */
final class NameQueries {

  private NameQueries() {}

  /** The analyzer of the nickname clause (the tier that is off by default in the library). */
  static final String NICKNAME_ANALYZER = RussianNamePlugin.NICKNAME_ANALYZER;

  /** The analyzer of the derived clause. */
  static final String DERIVED_ANALYZER = RussianNamePlugin.DERIVED_ANALYZER;

  private static String readme() {
    Path path = Path.of(System.getProperty("readme", "README.md"));
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lines of the fenced block after the snippet marker {@code name}. */
  static List<String> snippet(String name) {
    List<String> lines = readme().lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.equals("<!-- snippet: " + name + " -->")
          || line.startsWith("<!-- snippet: " + name + " ")) {
        int start = i + 1;
        while (!lines.get(start).startsWith("```")) {
          start++;
        }
        int end = start + 1;
        while (!lines.get(end).startsWith("```")) {
          end++;
        }
        return lines.subList(start + 1, end);
      }
    }
    throw new IllegalStateException("README.md has no snippet " + name);
  }

  /** The request body of a snippet: its here-document. */
  static String body(String name) {
    List<String> lines = snippet(name);
    int start = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).endsWith("<<'JSON'")) {
        start = i + 1;
      } else if (start >= 0 && lines.get(i).equals("JSON")) {
        return String.join("\n", lines.subList(start, i)) + "\n";
      }
    }
    throw new IllegalStateException("snippet " + name + " has no <<'JSON' here-document");
  }

  /** The README's create-index body for the six-clause recipe (boolean similarity). */
  static String createIndexBody() {
    return body("recipe-create-index");
  }

  /** The README's create-index body for the {@code russian_name} query. */
  static String queryIndexBody() {
    return body("create-index");
  }

  /** The README's search URL (path and parameters) of the {@code russian_name} query. */
  static String queryUrl() {
    for (String line : snippet("search")) {
      int at = line.indexOf("'localhost:9200/");
      if (at >= 0) {
        return line.substring(at + "'localhost:9200".length(), line.indexOf('\'', at + 1));
      }
    }
    throw new IllegalStateException("snippet search has no localhost:9200 URL");
  }

  /**
   * The README's {@code russian_name} search body with {@code text} as the query, and {@code
   * "nicknames": true} when asked.
   */
  @SuppressWarnings("unchecked")
  static String querySearch(String text, boolean nicknames) {
    Map<String, Object> body = parse(body("search"));
    Map<String, Object> q =
        (Map<String, Object>) ((Map<String, Object>) body.get("query")).get("russian_name");
    q.put("query", text);
    if (nicknames) {
      q.put("nicknames", true);
    }
    return json(body);
  }

  /** The README's documents, as a bulk (NDJSON) body. */
  static String documentsBody() {
    return body("index-documents");
  }

  /**
   * The README's search body with {@code text} in every {@code query} value; without the nickname
   * clause when {@code nicknames} is false (the library's default tiers).
   */
  static String search(String text, boolean nicknames) {
    return search(text, nicknames, true);
  }

  /**
   * The README's search body with {@code text} in every {@code query} value; without the nickname
   * clause when {@code nicknames} is false, without the derived clause when {@code derived} is
   * false.
   */
  static String search(String text, boolean nicknames, boolean derived) {
    Map<String, Object> body = parse(body("recipe-search"));
    List<Object> should = should(body);
    List<Object> kept = new ArrayList<>();
    for (Object clause : should) {
      Map<String, Object> multiMatch = multiMatch(clause);
      multiMatch.put("query", text);
      Object analyzer = multiMatch.get("analyzer");
      if ((nicknames || !NICKNAME_ANALYZER.equals(analyzer))
          && (derived || !DERIVED_ANALYZER.equals(analyzer))) {
        kept.add(clause);
      }
    }
    should.clear();
    should.addAll(kept);
    return json(body);
  }

  /** The fields the README's query searches. */
  @SuppressWarnings("unchecked")
  static List<String> fields() {
    return (List<String>) multiMatch(should(parse(body("recipe-search"))).get(0)).get("fields");
  }

  /** The analyzers of the README's query clauses, in order. */
  static List<String> analyzers() {
    return should(parse(body("recipe-search"))).stream()
        .map(c -> (String) multiMatch(c).get("analyzer"))
        .toList();
  }

  @SuppressWarnings("unchecked")
  private static List<Object> should(Map<String, Object> body) {
    Map<String, Object> query = (Map<String, Object>) body.get("query");
    Map<String, Object> bool = (Map<String, Object>) query.get("bool");
    return (List<Object>) bool.get("should");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> multiMatch(Object clause) {
    return (Map<String, Object>) ((Map<String, Object>) clause).get("multi_match");
  }

  static Map<String, Object> parse(String json) {
    return XContentHelper.convertToMap(new BytesArray(json), true, MediaTypeRegistry.JSON).v2();
  }

  static String json(Map<String, Object> map) {
    try (XContentBuilder b = XContentFactory.jsonBuilder()) {
      b.map(map);
      return BytesReference.bytes(b).utf8ToString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
