package io.namesearch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.namesearch.search.NameIndex;
import io.namesearch.search.SearchOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
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
          "127.0.0.1", 8080, 8, 64, Duration.ofSeconds(10), Duration.ofSeconds(1), 32 * 1024, 1000);
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

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The largest offset a request may ask for (deeper pages go by cursor: {@code after}). */
  static final int MAX_OFFSET = SearchOptions.MAX_OFFSET;

  private final NameIndex index;
  private final String indexLabel;
  private final Config config;
  private final PrintWriter log;
  private final boolean verbose;
  private final Server server;
  private final ServerConnector connector;
  private final SearchLimiter limiter;
  private final ScheduledExecutorService refresher =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "index-refresh");
            t.setDaemon(true);
            return t;
          });
  private final WebFiles files;
  private final ApiEndpoints endpoints;
  private final RequestLog requests;
  private final AtomicBoolean refreshFailed = new AtomicBoolean();
  private final AtomicBoolean closed = new AtomicBoolean();

  /** Runs inside each search before the index is asked; tests use it to hold a search. */
  volatile Runnable searchHook = () -> {};

  /** Runs one search within the server's limits ({@link SearchLimiter}), after the hook. */
  <T> T limited(java.util.concurrent.Callable<T> work) throws Exception {
    return limiter.limited(
        () -> {
          searchHook.run();
          return work.call();
        });
  }

  SearchServer(NameIndex index, String indexLabel, Config config, PrintWriter log, boolean verbose)
      throws IOException {
    this.index = index;
    this.indexLabel = indexLabel;
    this.config = config;
    this.log = log;
    this.verbose = verbose;
    this.limiter = new SearchLimiter(config);
    this.endpoints = new ApiEndpoints(this, index, config.maxLimit());
    this.requests = new RequestLog(log);
    this.files = WebFiles.load();

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
    server.setErrorHandler(new JsonErrorHandler(config.maxRequestBytes()));
    server.setRequestLog(requests::log);
    server.setStopTimeout(5_000);
    server.setStopAtShutdown(
        false); // ServeCommand's shutdown hook stops the server, then the index
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
      limiter.close();
    }
  }

  private void refresh() {
    try {
      index.refresh();
      if (refreshFailed.compareAndSet(true, false)) {
        requests.line("index refresh works again");
      }
    } catch (IOException | RuntimeException e) {
      if (refreshFailed.compareAndSet(false, true)) {
        requests.line("index refresh failed (serving the last good view): " + Main.describe(e));
      }
    }
  }

  // ---- routing

  private final class Routes extends Handler.Abstract {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      try {
        route(request, response, callback);
      } catch (ApiException e) {
        ApiResponses.sendError(response, callback, e.status, e.getMessage());
      } catch (Throwable e) { // never a stack trace in a response; one line in the log
        requests.line(
            "internal error on " + request.getHttpURI().getPathQuery() + ": " + Main.describe(e));
        if (verbose) {
          synchronized (log) {
            e.printStackTrace(log);
            log.flush();
          }
        }
        ApiResponses.sendError(
            response, callback, 500, "internal error; the server log has the details");
      }
      return true;
    }
  }

  private void route(Request request, Response response, Callback callback) throws Exception {
    String path = Request.getPathInContext(request);
    String method = request.getMethod();
    boolean known =
        WebFiles.PATHS.containsKey(path)
            || path.equals("/health")
            || path.equals("/api/search")
            || path.equals("/api/variants")
            || path.equals("/api/match");
    if (!known) {
      throw new ApiException(
          404, "no such page: " + HitPrinter.flatten(ApiParams.truncate(path, 200)));
    }
    if (!method.equals("GET") && !method.equals("HEAD")) {
      response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
      throw new ApiException(
          405, "method " + ApiParams.truncate(method, 20) + " is not allowed; use GET");
    }
    String file = WebFiles.PATHS.get(path);
    if (file != null) {
      files.send(response, callback, file);
      return;
    }
    Fields params = ApiParams.queryParameters(request);
    switch (path) {
      case "/health" -> {
        ApiParams.checkParams(params, Set.of());
        ObjectNode o = MAPPER.createObjectNode();
        o.put("status", "ok");
        o.put("documents", index.count());
        o.put("index", indexLabel);
        ApiResponses.sendJson(response, callback, 200, o.toString());
      }
      case "/api/search" -> endpoints.search(params, response, callback);
      case "/api/variants" -> endpoints.variants(params, response, callback);
      case "/api/match" -> {
        ApiParams.checkParams(params, Set.of("a", "b"));
        endpoints.match(
            ApiParams.required(params, "a"), ApiParams.required(params, "b"), response, callback);
      }
      default -> throw new ApiException(404, "no such page: " + path);
    }
  }

  // ---- responses

  // ---- text

}
