package io.namesearch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** The web page's files, read from the jar once and served as they are. */
final class WebFiles {

  /** The page's files, served from the jar: request path to resource name. */
  static final Map<String, String> PATHS =
      Map.of(
          "/", "index.html",
          "/index.html", "index.html",
          "/app.js", "app.js",
          "/app.css", "app.css");

  private final Map<String, byte[]> files;

  private WebFiles(Map<String, byte[]> files) {
    this.files = files;
  }

  /** The files of the page, from the jar. */
  static WebFiles load() throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String name : Set.copyOf(PATHS.values())) {
      try (InputStream in = SearchServer.class.getResourceAsStream("web/" + name)) {
        if (in == null) {
          throw new IOException("the web page is missing from this build: web/" + name);
        }
        files.put(name, in.readAllBytes());
      }
    }
    return new WebFiles(files);
  }

  /** Sends the file {@code name} with its type and the security headers. */
  void send(Response response, Callback callback, String name) {
    String type =
        name.endsWith(".html")
            ? "text/html; charset=utf-8"
            : name.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8";
    HttpFields.Mutable h = response.getHeaders();
    h.put(HttpHeader.CONTENT_TYPE, type);
    h.put(HttpHeader.CACHE_CONTROL, "no-cache");
    ApiResponses.securityHeaders(h);
    response.setStatus(200);
    response.write(true, ByteBuffer.wrap(files.get(name)), callback);
  }
}
