package io.namesearch.cli;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/** Jetty's own errors (bad requests, 413 past the size limit, 414, 431, 500) as JSON too. */
final class JsonErrorHandler extends ErrorHandler {

  private final int maxRequestBytes;

  JsonErrorHandler(int maxRequestBytes) {
    this.maxRequestBytes = maxRequestBytes;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus();
    Object attr = request.getAttribute(ERROR_STATUS);
    if (attr instanceof Integer i) {
      status = i;
    }
    Object msg = request.getAttribute(ERROR_MESSAGE);
    ApiResponses.sendJson(
        response, callback, status, ApiResponses.errorJson(status, messageFor(status, msg)));
    return true;
  }

  @Override
  @SuppressWarnings("removal") // Jetty 12.1 still calls it for requests it cannot parse
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, ApiResponses.JSON);
    return ByteBuffer.wrap(
        ApiResponses.errorJson(status, messageFor(status, reason))
            .getBytes(StandardCharsets.UTF_8));
  }

  private String messageFor(int status, Object jettyMessage) {
    return switch (status) {
      case 413 -> "request is larger than the limit of " + maxRequestBytes + " bytes";
      case 414 -> "request URI is longer than the limit of " + maxRequestBytes + " bytes";
      case 431 -> "request headers are larger than the limit of " + maxRequestBytes + " bytes";
      case 500 -> "internal error; the server log has the details";
      default -> {
        String reason = HttpStatus.getMessage(status).toLowerCase(java.util.Locale.ROOT);
        if (jettyMessage instanceof String s && !s.isBlank() && status < 500) {
          reason = reason + ": " + ApiParams.truncate(s, 200);
        }
        yield reason;
      }
    };
  }
}
