package io.namesearch.cli;

import io.namesearch.search.NameIndex;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code search serve}: the web page and JSON API over an index, until stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Serves a web page and a JSON HTTP API for searching, until stopped.",
      "Serves the seed corpus without --index. The index is opened read-only; commits",
      "of a 'search index' running at the same time become searchable within a second.",
      "Logs one line per request. Stops gracefully on Ctrl-C or SIGTERM.",
      ""
    },
    footer = {
      "",
      "API (GET): /api/search?q=NAME [&limit=N&offset=N&snippets=N&min_tier=TIER",
      "           &since=YYYY-MM-DD&until=YYYY-MM-DD&where=KEY=VALUE]",
      "           /api/match?a=NAME&b=NAME   /api/variants?q=NAME   /health",
      "Errors are JSON {\"status\": N, \"error\": \"...\"} with the HTTP status.",
      "",
      "Examples:",
      "  search serve",
      "  search serve --index ~/news-index --port 9000"
    })
final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = {"-i", "--index"},
      paramLabel = "DIR",
      description = "Serve the index in DIR (built with 'search index') instead of the seeds.")
  Path index;

  @Option(
      names = {"-p", "--port"},
      paramLabel = "PORT",
      defaultValue = "8080",
      description = "The TCP port (default ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      defaultValue = "127.0.0.1",
      description =
          "The address to listen on (default ${DEFAULT-VALUE}, this machine only;"
              + " 0.0.0.0 for every network).")
  String bind;

  @Option(
      names = "--max-searches",
      paramLabel = "N",
      defaultValue = "8",
      description =
          "Searches that run at once (default ${DEFAULT-VALUE}); up to 64 more wait their turn,"
              + " and past that a request gets 503.")
  int maxSearches;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "10",
      description = "Longest time a search may wait and run (default ${DEFAULT-VALUE}); then 503.")
  int timeoutSeconds;

  /**
   * The {@code search} command, whose inherited {@code --verbose} also prints stack traces here.
   */
  @ParentCommand SearchCommand parent;

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535) {
      throw new ParameterException(spec.commandLine(), "--port must be 0 to 65535, not " + port);
    }
    if (maxSearches < 1 || maxSearches > 256) {
      throw new ParameterException(
          spec.commandLine(), "--max-searches must be 1 to 256, not " + maxSearches);
    }
    if (timeoutSeconds < 1 || timeoutSeconds > 3600) {
      throw new ParameterException(
          spec.commandLine(), "--timeout must be 1 to 3600 seconds, not " + timeoutSeconds);
    }
    try {
      java.net.InetAddress.getByName(bind);
    } catch (java.net.UnknownHostException e) {
      throw new ParameterException(spec.commandLine(), "--bind: no such address: " + bind);
    }
    PrintWriter out = spec.commandLine().getOut();
    SearchServer.Config defaults = SearchServer.Config.defaults();
    SearchServer.Config config =
        defaults
            .withAddress(bind, port)
            .withSearchLimits(
                maxSearches, defaults.maxQueued(), Duration.ofSeconds(timeoutSeconds));
    NameIndex idx = Indexes.open(index);
    SearchServer server;
    try {
      server =
          new SearchServer(
              idx,
              index == null ? "seed corpus" : index.toString(),
              config,
              out,
              parent != null && parent.verbose);
      try {
        server.start();
      } catch (Exception e) {
        server.close();
        throw new CliException("cannot listen on " + bind + ":" + port + ": " + why(e), e);
      }
    } catch (Exception e) {
      idx.close();
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              try {
                out.println("search serve: stopping (finishing running requests)");
                out.flush();
                server.close();
                idx.close();
                out.println("search serve: stopped");
                out.flush();
              } catch (Exception e) {
                spec.commandLine().getErr().println("search serve: " + Main.describe(e));
              } finally {
                stopped.countDown();
              }
            },
            "serve-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    out.println(
        "Serving "
            + idx.count()
            + " documents of the "
            + (index == null ? "seed corpus" : "index " + index)
            + " at "
            + server.url()
            + " (Ctrl-C to stop)");
    out.flush();
    server.join();
    stopped.await();
    return ExitCodes.OK;
  }

  /** Why the server could not listen, in words: "address already in use", not a class name. */
  private static String why(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.net.BindException b && b.getMessage() != null) {
        return b.getMessage().toLowerCase(java.util.Locale.ROOT);
      }
      if (t instanceof java.nio.channels.UnresolvedAddressException) {
        return "no such address";
      }
      if (t instanceof SecurityException) {
        return "not allowed";
      }
    }
    return Main.describe(e);
  }
}
