package io.namesearch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.namesearch.engine.NameMatcher;
import io.namesearch.search.NameIndex;
import io.namesearch.search.SearchOptions;
import io.namesearch.search.SearchResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/** The server's API endpoints: {@code /api/search}, {@code /api/variants}, {@code /api/match}. */
final class ApiEndpoints {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final Set<String> SEARCH_PARAMS =
      Set.of(
          "q",
          "limit",
          "offset",
          "after",
          "sort",
          "snippets",
          "min_tier",
          "since",
          "until",
          "where");

  private final SearchServer server;
  private final NameIndex index;
  private final int maxLimit;
  private final NameMatcher matcher = NameMatcher.defaults();

  ApiEndpoints(SearchServer server, NameIndex index, int maxLimit) {
    this.server = server;
    this.index = index;
    this.maxLimit = maxLimit;
  }

  void search(Fields params, Response response, Callback callback) throws Exception {
    ApiParams.checkParams(params, SEARCH_PARAMS, Set.of("where"));
    String q = ApiParams.required(params, "q");
    int limit = ApiParams.intParam(params, "limit", 10, 1, maxLimit);
    int offset = ApiParams.intParam(params, "offset", 0, 0, SearchServer.MAX_OFFSET);
    int snippets = ApiParams.intParam(params, "snippets", 1, 0, SearchServer.MAX_SNIPPETS);
    SearchOptions.Builder b =
        SearchOptions.builder().limit(limit).offset(offset).snippets(snippets);
    String after = params.getValue("after");
    if (after != null && !after.isEmpty()) {
      b.after(after); // a bad cursor is a 400 from the search, with the library's message
    }
    String sort = params.getValue("sort");
    if (sort != null && !sort.isEmpty()) {
      b.sort(ApiParams.sortOrder(sort));
    }
    String tier = params.getValue("min_tier");
    if (tier != null && !tier.isEmpty()) {
      b.minTier(ApiParams.tier(tier));
    }
    ApiParams.date(params, "since").ifPresent(b::since);
    ApiParams.date(params, "until").ifPresent(b::until);
    Map<String, List<String>> where = new LinkedHashMap<>();
    for (String w : params.getValuesOrEmpty("where")) {
      if (w.isEmpty()) {
        continue;
      }
      int eq = w.indexOf('=');
      if (eq < 1) {
        throw new ApiException(
            400, "where must be KEY=VALUE, not " + ApiParams.quote(ApiParams.truncate(w, 30)));
      }
      where
          .computeIfAbsent(w.substring(0, eq), k -> new java.util.ArrayList<>())
          .add(w.substring(eq + 1));
    }
    where.forEach(b::where);
    SearchOptions options;
    try {
      options = b.build();
    } catch (IllegalArgumentException e) {
      throw new ApiException(400, ApiParams.oneLine(e.getMessage()));
    }
    SearchResult result = server.limited(() -> index.search(q, options));
    StringWriter lines = new StringWriter();
    try (PrintWriter w = new PrintWriter(lines)) {
      // the --json hit format, one object per line, ranked from the offset as `--offset` does
      new HitPrinter(w, false).ranksFrom(offset + 1).printJson(result);
    }
    StringBuilder body = new StringBuilder(lines.getBuffer().length() + 200);
    ObjectNode head = MAPPER.createObjectNode();
    head.put("query", q);
    head.put("limit", limit);
    head.put("offset", offset);
    head.put("total_hits", result.totalHits());
    head.put("total_hits_exact", result.totalHitsExact());
    String h = head.toString();
    body.append(h, 0, h.length() - 1).append(",\"hits\":[");
    boolean first = true;
    for (String line : lines.toString().split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      if (!first) {
        body.append(',');
      }
      body.append(line.strip());
      first = false;
    }
    body.append("]}");
    ApiResponses.sendJson(response, callback, 200, body.toString());
  }

  /** {@code /api/variants}: every spelling of the name in the index, as {@code search variants}. */
  void variants(Fields params, Response response, Callback callback) throws Exception {
    ApiParams.checkParams(params, Set.of("q"));
    String q = ApiParams.required(params, "q");
    List<io.namesearch.search.Variant> variants = server.limited(() -> index.variants(q));
    StringBuilder body = new StringBuilder();
    ObjectNode head = MAPPER.createObjectNode();
    head.put("query", q);
    String h = head.toString();
    body.append(h, 0, h.length() - 1).append(",\"variants\":[");
    for (int i = 0; i < variants.size(); i++) {
      body.append(i == 0 ? "" : ",").append(VariantsCommand.json(variants.get(i)).toString());
    }
    body.append("]}");
    ApiResponses.sendJson(response, callback, 200, body.toString());
  }

  /** {@code /api/match}: how far two names are one person's, as {@code search match --json}. */
  void match(String a, String b, Response response, Callback callback) {
    io.namesearch.engine.NameMatch m;
    try {
      m = matcher.match(a, b);
    } catch (IllegalArgumentException e) {
      throw new ApiException(400, ApiParams.oneLine(e.getMessage()));
    }
    // The object `search match --json` prints: one format for the CLI and the API.
    String json;
    try {
      json = MatchCommand.toJson(MAPPER, m, matcher.threshold());
    } catch (Exception e) {
      throw new IllegalStateException("cannot write the match as JSON", e);
    }
    ApiResponses.sendJson(response, callback, 200, json);
  }
}
