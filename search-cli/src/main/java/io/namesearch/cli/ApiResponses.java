package io.namesearch.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** The server's JSON responses and security headers; an error is {@code {"status", "error"}}. */
final class ApiResponses {

  static final String JSON = "application/json; charset=utf-8";

  private ApiResponses() {}

  static void securityHeaders(HttpFields.Mutable h) {
    // The documents are untrusted: even if a text slipped into the page as markup, no script
    // but the page's own file could run, and nothing could be loaded from elsewhere.
    h.put(
        "Content-Security-Policy",
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
    h.put("X-Content-Type-Options", "nosniff");
    h.put("Referrer-Policy", "no-referrer");
  }

  static void sendJson(Response response, Callback callback, int status, String json) {
    HttpFields.Mutable h = response.getHeaders();
    h.put(HttpHeader.CONTENT_TYPE, JSON);
    h.put(HttpHeader.CACHE_CONTROL, "no-store");
    h.put("X-Content-Type-Options", "nosniff");
    response.setStatus(status);
    response.write(true, ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8)), callback);
  }

  static void sendError(Response response, Callback callback, int status, String message) {
    if (response.isCommitted()) {
      callback.failed(new IOException(message));
      return;
    }
    sendJson(response, callback, status, errorJson(status, message));
  }

  static String errorJson(int status, String message) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("status", status);
    o.put("error", ApiParams.oneLine(message));
    return o.toString();
  }
}
