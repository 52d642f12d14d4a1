package io.namesearch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.namesearch.search.NameIndex;
import io.namesearch.search.SearchOptions;
import io.namesearch.search.SearchResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.NanoTime;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The HTTP server of {@code search serve}: a JSON API and a web page over one read-only {@link
 * NameIndex}, on Jetty.
 *
 * <p>Routes: {@code GET /} (the page and its two files), {@code /api/search}, {@code
 * /api/variants}, {@code /api/match} and {@code /health}. Every error is a JSON object {@code
 * {"status": N, "error": "one line"}}; no response carries a stack trace.
 */
@SuppressWarnings("try") // close() waits for the search threads, so it may be interrupted
final class SearchServer implements AutoCloseable {

  /** The limits and timings of a server. */
  record Config(
      String bind,
      int port,
      int maxSearches,
      int maxQueued,
      Duration timeout,
      Duration refreshEvery,
      int maxRequestBytes,
      int maxLimit) {

    /** The defaults: loopback, port 8080, 8 searches at once and 64 waiting, 10 s per request. */
    static Config defaults() {
      return new Config(
          "127.0.0.1",
          8080,
          8,
          64,
          Duration.ofSeconds(10),
          Duration.ofSeconds(1),
          32 * 1024,
          1000);
    }

    Config withAddress(String bind, int port) {
      return new Config(
          bind, port, maxSearches, maxQueued, timeout, refreshEvery, maxRequestBytes, maxLimit);
    }

    Config withSearchLimits(int maxSearches, int maxQueued, Duration timeout) {
      return new Config(
          bind, port, maxSearches, maxQueued, timeout, refreshEvery, maxRequestBytes, maxLimit);
    }

    Config withRefreshEvery(Duration refreshEvery) {
      return new Config(
          bind, port, maxSearches, maxQueued, timeout, refreshEvery, maxRequestBytes, maxLimit);
    }
  }

  /** The largest number of snippets per hit a request may ask for. */
  static final int MAX_SNIPPETS = 10;

  private static final String JSON = "application/json; charset=utf-8";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The page's files, served from the jar: request path to resource name. */
  private static final Map<String, String> STATIC =
      Map.of(
          "/", "index.html",
          "/index.html", "index.html",
          "/app.js", "app.js",
          "/app.css", "app.css");

  private static final Set<String> SEARCH_PARAMS =
      Set.of("q", "limit", "offset", "snippets", "min_tier", "since", "until", "where");

  /** The largest offset a request may ask for (deeper pages need a cursor, not served yet). */
  static final int MAX_OFFSET = SearchOptions.MAX_OFFSET;

  private final NameIndex index;
  private final String indexLabel;
  private final Config config;
  private final PrintWriter log;
  private final boolean verbose;
  private final Server server;
  private final ServerConnector connector;
  private final Semaphore searchPermits;
  private final java.util.concurrent.atomic.AtomicInteger waiting =
      new java.util.concurrent.atomic.AtomicInteger();
  private final ExecutorService searchThreads = Executors.newVirtualThreadPerTaskExecutor();
  private final ScheduledExecutorService refresher =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "index-refresh");
            t.setDaemon(true);
            return t;
          });
  private final Map<String, byte[]> files = new LinkedHashMap<>();
  private final io.namesearch.engine.NameMatcher matcher = io.namesearch.engine.NameMatcher.defaults();
  private final AtomicBoolean refreshFailed = new AtomicBoolean();
  private final AtomicBoolean closed = new AtomicBoolean();

  /** Runs inside each search before the index is asked; tests use it to hold a search. */
  volatile Runnable searchHook = () -> {};

  SearchServer(NameIndex index, String indexLabel, Config config, PrintWriter log, boolean verbose)
      throws IOException {
    this.index = index;
    this.indexLabel = indexLabel;
    this.config = config;
    this.log = log;
    this.verbose = verbose;
    this.searchPermits = new Semaphore(config.maxSearches(), true);
    for (String name : Set.copyOf(STATIC.values())) {
      try (InputStream in = SearchServer.class.getResourceAsStream("web/" + name)) {
        if (in == null) {
          throw new IOException("the web page is missing from this build: web/" + name);
        }
        files.put(name, in.readAllBytes());
      }
    }

    QueuedThreadPool threads = new QueuedThreadPool(64, 4);
    threads.setName("serve");
    server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    http.setRequestHeaderSize(config.maxRequestBytes());
    connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(config.bind());
    connector.setPort(config.port());
    connector.setIdleTimeout(config.timeout().toMillis() + 20_000);
    server.addConnector(connector);

    GracefulHandler graceful = new GracefulHandler();
    SizeLimitHandler sizeLimit = new SizeLimitHandler(config.maxRequestBytes(), -1);
    graceful.setHandler(sizeLimit);
    sizeLimit.setHandler(new Routes());
    server.setHandler(graceful);
    server.setErrorHandler(new JsonErrorHandler());
    server.setRequestLog(this::logRequest);
    server.setStopTimeout(5_000);
    server.setStopAtShutdown(false); // ServeCommand's shutdown hook stops the server, then the index
  }

  /** Starts serving, and refreshing the index so that new commits become searchable. */
  void start() throws Exception {
    server.start();
    long every = config.refreshEvery().toMillis();
    refresher.scheduleWithFixedDelay(this::refresh, every, every, TimeUnit.MILLISECONDS);
  }

  /** The port the server listens on (the chosen one when the configured port was 0). */
  int port() {
    return connector.getLocalPort();
  }

  /** The address to open in a browser. */
  String url() {
    String host = config.bind();
    if (host.contains(":")) {
      host = "[" + host + "]";
    } else if (host.equals("0.0.0.0")) {
      host = "127.0.0.1";
    }
    return "http://" + host + ":" + port() + "/";
  }

  /** Blocks until the server has stopped. */
  void join() throws InterruptedException {
    server.join();
  }

  /**
   * Stops gracefully: refuses new requests, lets running ones finish (up to 5 s), then stops. The
   * index is left for the caller to close.
   */
  @Override
  public void close() throws Exception {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    refresher.shutdownNow();
    try {
      server.stop();
    } finally {
      searchThreads.shutdown();
      searchThreads.awaitTermination(config.timeout().toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private void refresh() {
    try {
      index.refresh();
      if (refreshFailed.compareAndSet(true, false)) {
        logLine("index refresh works again");
      }
    } catch (IOException | RuntimeException e) {
      if (refreshFailed.compareAndSet(false, true)) {
        logLine("index refresh failed (serving the last good view): " + Main.describe(e));
      }
    }
  }

  // ---- routing

  /** A user error: its message goes back as one line with the status. */
  static final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;

    ApiException(int status, String message) {
      super(message, null, false, false);
      this.status = status;
    }
  }

  private final class Routes extends Handler.Abstract {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      try {
        route(request, response, callback);
      } catch (ApiException e) {
        sendError(response, callback, e.status, e.getMessage());
      } catch (Throwable e) { // never a stack trace in a response; one line in the log
        logLine("internal error on " + request.getHttpURI().getPathQuery() + ": " + Main.describe(e));
        if (verbose) {
          synchronized (log) {
            e.printStackTrace(log);
            log.flush();
          }
        }
        sendError(response, callback, 500, "internal error; the server log has the details");
      }
      return true;
    }
  }

  private void route(Request request, Response response, Callback callback) throws Exception {
    String path = Request.getPathInContext(request);
    String method = request.getMethod();
    boolean known =
        STATIC.containsKey(path)
            || path.equals("/health")
            || path.equals("/api/search")
            || path.equals("/api/variants")
            || path.equals("/api/match");
    if (!known) {
      throw new ApiException(404, "no such page: " + HitPrinter.flatten(truncate(path, 200)));
    }
    if (!method.equals("GET") && !method.equals("HEAD")) {
      response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
      throw new ApiException(405, "method " + truncate(method, 20) + " is not allowed; use GET");
    }
    String file = STATIC.get(path);
    if (file != null) {
      sendFile(response, callback, file);
      return;
    }
    Fields params = queryParameters(request);
    switch (path) {
      case "/health" -> {
        checkParams(params, Set.of());
        ObjectNode o = MAPPER.createObjectNode();
        o.put("status", "ok");
        o.put("documents", index.count());
        o.put("index", indexLabel);
        sendJson(response, callback, 200, o.toString());
      }
      case "/api/search" -> search(params, response, callback);
      case "/api/variants" -> {
        checkParams(params, Set.of("q"));
        String q = required(params, "q");
        List<io.namesearch.search.Variant> variants = limited(() -> index.variants(q));
        StringBuilder body = new StringBuilder();
        ObjectNode head = MAPPER.createObjectNode();
        head.put("query", q);
        String h = head.toString();
        body.append(h, 0, h.length() - 1).append(",\"variants\":[");
        for (int i = 0; i < variants.size(); i++) {
          body.append(i == 0 ? "" : ",").append(VariantsCommand.json(variants.get(i)).toString());
        }
        body.append("]}");
        sendJson(response, callback, 200, body.toString());
      }
      case "/api/match" -> {
        checkParams(params, Set.of("a", "b"));
        match(required(params, "a"), required(params, "b"), response, callback);
      }
      default -> throw new ApiException(404, "no such page: " + path);
    }
  }

  private void search(Fields params, Response response, Callback callback) throws Exception {
    checkParams(params, SEARCH_PARAMS, Set.of("where"));
    String q = required(params, "q");
    int limit = intParam(params, "limit", 10, 1, config.maxLimit());
    int offset = intParam(params, "offset", 0, 0, MAX_OFFSET);
    int snippets = intParam(params, "snippets", 1, 0, MAX_SNIPPETS);
    SearchOptions.Builder b =
        SearchOptions.builder().limit(limit).offset(offset).snippets(snippets);
    String tier = params.getValue("min_tier");
    if (tier != null && !tier.isEmpty()) {
      b.minTier(tier(tier));
    }
    date(params, "since").ifPresent(b::since);
    date(params, "until").ifPresent(b::until);
    Map<String, List<String>> where = new LinkedHashMap<>();
    for (String w : params.getValuesOrEmpty("where")) {
      if (w.isEmpty()) {
        continue;
      }
      int eq = w.indexOf('=');
      if (eq < 1) {
        throw new ApiException(400, "where must be KEY=VALUE, not " + quote(truncate(w, 30)));
      }
      where.computeIfAbsent(w.substring(0, eq), k -> new java.util.ArrayList<>()).add(w.substring(eq + 1));
    }
    where.forEach(b::where);
    SearchOptions options;
    try {
      options = b.build();
    } catch (IllegalArgumentException e) {
      throw new ApiException(400, oneLine(e.getMessage()));
    }
    SearchResult result = limited(() -> index.search(q, options));
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
    sendJson(response, callback, 200, body.toString());
  }

  /**
   * Runs one search within the limits: at most {@code maxSearches} run at once and {@code
   * maxQueued} wait for a turn (past that, 503 at once); waiting and searching together take at
   * most {@code timeout} (then 503).
   */
  private <T> T limited(java.util.concurrent.Callable<T> work) throws Exception {
    long deadline = System.nanoTime() + config.timeout().toNanos();
    if (!searchPermits.tryAcquire()) {
      if (waiting.incrementAndGet() > config.maxQueued()) {
        waiting.decrementAndGet();
        throw new ApiException(
            503,
            "server busy: "
                + config.maxSearches()
                + " searches are running and "
                + config.maxQueued()
                + " waiting, the limits; try again shortly");
      }
      boolean acquired;
      try {
        acquired = searchPermits.tryAcquire(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      } finally {
        waiting.decrementAndGet();
      }
      if (!acquired) {
        throw new ApiException(
            503,
            "server busy: no search could start within the limit of "
                + config.timeout().toMillis()
                + " ms");
      }
    }
    Future<T> future;
    try {
      future =
          searchThreads.submit(
              () -> {
                try {
                  searchHook.run();
                  return work.call();
                } finally {
                  searchPermits.release(); // a search that outlives its request still counts
                }
              });
    } catch (RuntimeException e) {
      searchPermits.release();
      throw new ApiException(503, "server is shutting down");
    }
    try {
      return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw new ApiException(
          503, "search took longer than the limit of " + config.timeout().toMillis() + " ms");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IllegalArgumentException) {
        throw new ApiException(400, oneLine(cause.getMessage()));
      }
      if (cause instanceof org.apache.lucene.store.AlreadyClosedException) {
        throw new ApiException(503, "server is shutting down");
      }
      throw cause instanceof Exception ex ? ex : new RuntimeException(cause);
    }
  }

  // ---- parameters

  private static Fields queryParameters(Request request) {
    try {
      return Request.extractQueryParameters(request, StandardCharsets.UTF_8);
    } catch (RuntimeException e) {
      throw new ApiException(400, "the query string is not valid percent-encoded UTF-8");
    }
  }

  private static void checkParams(Fields params, Set<String> allowed) {
    checkParams(params, allowed, Set.of());
  }

  private static void checkParams(Fields params, Set<String> allowed, Set<String> repeatable) {
    for (String name : params.getNames()) {
      if (!allowed.contains(name)) {
        String known = allowed.isEmpty() ? "none" : String.join(", ", allowed.stream().sorted().toList());
        throw new ApiException(
            400, "unknown parameter: " + HitPrinter.flatten(truncate(name, 50)) + " (known: " + known + ")");
      }
      List<String> values = params.getValues(name);
      if (values.size() > 1 && !repeatable.contains(name)) {
        throw new ApiException(400, "parameter " + name + " is given " + values.size() + " times");
      }
    }
  }

  private static String required(Fields params, String name) {
    String v = params.getValue(name);
    if (v == null) {
      throw new ApiException(400, "missing parameter: " + name);
    }
    return v;
  }

  private static int intParam(Fields params, String name, int def, int min, int max) {
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

  private static io.namesearch.engine.MatchTier tier(String label) {
    try {
      return SearchCommand.tier("min_tier", label);
    } catch (CliException e) {
      throw new ApiException(400, oneLine(e.getMessage()));
    }
  }

  private static java.util.Optional<java.time.LocalDate> date(Fields params, String name) {
    String v = params.getValue(name);
    if (v == null || v.isEmpty()) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(java.time.LocalDate.parse(v));
    } catch (java.time.format.DateTimeParseException e) {
      throw new ApiException(400, name + " must be a date as YYYY-MM-DD, not " + quote(truncate(v, 30)));
    }
  }

  /** {@code /api/match}: how far two names are one person's, by {@code NameMatcher}, as {@code search match --json}. */
  private void match(String a, String b, Response response, Callback callback) {
    io.namesearch.engine.NameMatch m;
    try {
      m = matcher.match(a, b);
    } catch (IllegalArgumentException e) {
      throw new ApiException(400, oneLine(e.getMessage()));
    }
    // The object `search match --json` prints: one format for the CLI and the API.
    String json;
    try {
      json = MatchCommand.toJson(MAPPER, m, matcher.threshold());
    } catch (Exception e) {
      throw new IllegalStateException("cannot write the match as JSON", e);
    }
    sendJson(response, callback, 200, json);
  }


  // ---- responses

  private void sendFile(Response response, Callback callback, String name) {
    String type =
        name.endsWith(".html")
            ? "text/html; charset=utf-8"
            : name.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8";
    HttpFields.Mutable h = response.getHeaders();
    h.put(HttpHeader.CONTENT_TYPE, type);
    h.put(HttpHeader.CACHE_CONTROL, "no-cache");
    securityHeaders(h);
    response.setStatus(200);
    response.write(true, ByteBuffer.wrap(files.get(name)), callback);
  }

  private static void securityHeaders(HttpFields.Mutable h) {
    // The documents are untrusted: even if a text slipped into the page as markup, no script
    // but the page's own file could run, and nothing could be loaded from elsewhere.
    h.put(
        "Content-Security-Policy",
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
    h.put("X-Content-Type-Options", "nosniff");
    h.put("Referrer-Policy", "no-referrer");
  }

  private static void sendJson(Response response, Callback callback, int status, String json) {
    HttpFields.Mutable h = response.getHeaders();
    h.put(HttpHeader.CONTENT_TYPE, JSON);
    h.put(HttpHeader.CACHE_CONTROL, "no-store");
    h.put("X-Content-Type-Options", "nosniff");
    response.setStatus(status);
    response.write(true, ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8)), callback);
  }

  private static void sendError(Response response, Callback callback, int status, String message) {
    if (response.isCommitted()) {
      callback.failed(new IOException(message));
      return;
    }
    sendJson(response, callback, status, errorJson(status, message));
  }

  static String errorJson(int status, String message) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("status", status);
    o.put("error", oneLine(message));
    return o.toString();
  }

  /** Jetty's own errors (bad requests, 413 past the size limit, 414, 431, 500) as JSON too. */
  private final class JsonErrorHandler extends ErrorHandler {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      int status = response.getStatus();
      Object attr = request.getAttribute(ERROR_STATUS);
      if (attr instanceof Integer i) {
        status = i;
      }
      Object msg = request.getAttribute(ERROR_MESSAGE);
      sendJson(response, callback, status, errorJson(status, messageFor(status, msg)));
      return true;
    }

    @Override
    @SuppressWarnings("removal") // Jetty 12.1 still calls it for requests it cannot parse
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
      fields.put(HttpHeader.CONTENT_TYPE, JSON);
      return ByteBuffer.wrap(
          errorJson(status, messageFor(status, reason)).getBytes(StandardCharsets.UTF_8));
    }
  }

  private String messageFor(int status, Object jettyMessage) {
    return switch (status) {
      case 413 -> "request is larger than the limit of " + config.maxRequestBytes() + " bytes";
      case 414 -> "request URI is longer than the limit of " + config.maxRequestBytes() + " bytes";
      case 431 ->
          "request headers are larger than the limit of " + config.maxRequestBytes() + " bytes";
      case 500 -> "internal error; the server log has the details";
      default -> {
        String reason = HttpStatus.getMessage(status).toLowerCase(java.util.Locale.ROOT);
        if (jettyMessage instanceof String s && !s.isBlank() && status < 500) {
          reason = reason + ": " + truncate(s, 200);
        }
        yield reason;
      }
    };
  }

  // ---- logging

  private void logRequest(Request request, Response response) {
    long micros = NanoTime.since(request.getBeginNanoTime()) / 1_000;
    String line =
        Instant.ofEpochMilli(Request.getTimeStamp(request))
            + " "
            + Request.getRemoteAddr(request)
            + " "
            + request.getMethod()
            + " "
            + truncate(request.getHttpURI().getPathQuery(), 300)
            + " "
            + response.getStatus()
            + " "
            + String.format(java.util.Locale.ROOT, "%.1fms", micros / 1000.0);
    logLine(line);
  }

  private void logLine(String line) {
    synchronized (log) {
      log.println(HitPrinter.flatten(line));
      log.flush();
    }
  }

  // ---- text

  private static String oneLine(String s) {
    if (s == null || s.isBlank()) {
      return "error";
    }
    return truncate(HitPrinter.flatten(s.strip().lines().findFirst().orElse("error")), 500);
  }

  private static String truncate(String s, int max) {
    if (s == null) {
      return "";
    }
    return s.length() > max ? s.substring(0, max) + "..." : s;
  }

  private static String quote(String s) {
    return "'" + HitPrinter.flatten(s) + "'";
  }
}
