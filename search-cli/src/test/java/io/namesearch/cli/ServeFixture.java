package io.namesearch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.namesearch.search.Document;
import io.namesearch.search.NameIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A real {@code search serve} server on an ephemeral loopback port, for tests. */
final class ServeFixture implements AutoCloseable {

  /** A document whose text is markup and script: the page must show it as text. */
  static final String HOSTILE_ID = "hostile.txt";

  static final String HOSTILE_TITLE = "<script>window.__pwned = 1</script>A letter in <b>bold</b>";

  static final String HOSTILE_BODY =
      "Dmitry Palyuga wrote <script>window['__pwned'] = 2</script> and"
          + " <img src=x onerror=\"window['__pwned'] = 3\"> to the editor.";

  record Reply(int status, String body, java.net.http.HttpHeaders headers) {
    JsonNode json() throws IOException {
      return new ObjectMapper().readTree(body);
    }
  }

  final NameIndex index;
  final SearchServer server;
  final StringWriter log = new StringWriter();
  final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  ServeFixture(NameIndex index, SearchServer.Config config) throws Exception {
    this.index = index;
    this.server =
        new SearchServer(
            index, "test", config.withAddress("127.0.0.1", 0), new PrintWriter(log), false);
    server.start();
  }

  /** The seed corpus plus the hostile document, in memory. */
  static NameIndex seedsAndHostile() throws IOException {
    NameIndex idx = NameIndex.builder().build();
    SeedCorpus.load(idx);
    idx.add(Document.builder(HOSTILE_ID).title(HOSTILE_TITLE).body(HOSTILE_BODY).build());
    idx.commit();
    return idx;
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  Reply get(String pathAndQuery) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).GET());
  }

  Reply send(HttpRequest.Builder b) throws IOException, InterruptedException {
    HttpResponse<String> r =
        client.send(
            b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(r.statusCode(), r.body(), r.headers());
  }

  @Override
  @SuppressWarnings("try") // SearchServer.close() may be interrupted; a test then fails
  public void close() throws java.io.IOException {
    try {
      server.close();
    } catch (java.io.IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new java.io.IOException("closing the server", e);
    } finally {
      index.close();
    }
  }
}
