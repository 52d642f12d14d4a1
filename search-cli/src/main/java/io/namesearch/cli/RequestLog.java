package io.namesearch.cli;

import java.io.PrintWriter;
import java.time.Instant;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.NanoTime;

/** The server's log: one line per request, and one per event, each flattened to one line. */
final class RequestLog {

  private final PrintWriter log;

  RequestLog(PrintWriter log) {
    this.log = log;
  }

  /** Logs a request: time, client, method, path and query, status, duration. */
  void log(Request request, Response response) {
    long micros = NanoTime.since(request.getBeginNanoTime()) / 1_000;
    String line =
        Instant.ofEpochMilli(Request.getTimeStamp(request))
            + " "
            + Request.getRemoteAddr(request)
            + " "
            + request.getMethod()
            + " "
            + ApiParams.truncate(request.getHttpURI().getPathQuery(), 300)
            + " "
            + response.getStatus()
            + " "
            + String.format(java.util.Locale.ROOT, "%.1fms", micros / 1000.0);
    line(line);
  }

  /** Logs one line. */
  void line(String line) {
    synchronized (log) {
      log.println(HitPrinter.flatten(line));
      log.flush();
    }
  }
}
