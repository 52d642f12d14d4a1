package io.namesearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code search serve} as a real process: it serves, logs each request, and stops on SIGTERM. */
class ServeProcessTest {

  @Test
  @org.junit.jupiter.api.Timeout(value = 180, unit = TimeUnit.SECONDS)
  void servesUntilSigtermThenStopsGracefully(@TempDir Path cwd) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> cmd =
        new ArrayList<>(
            List.of(
                java,
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "serve",
                "--port",
                "0"));
    Path err = cwd.resolve("err.txt");
    Process p =
        new ProcessBuilder(cmd)
            .directory(cwd.toFile())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .start();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String first = out.readLine();
      assertTrue(first != null, "no output; stderr: " + Files.readString(err));
      Matcher m =
          Pattern.compile(
                  "Serving 5 documents of the seed corpus at (http://127\\.0\\.0\\.1:\\d+/) \\(Ctrl-C to stop\\)")
              .matcher(first);
      assertTrue(m.matches(), first);
      HttpClient client = HttpClient.newHttpClient();
      HttpResponse<String> r =
          client.send(
              HttpRequest.newBuilder(URI.create(m.group(1) + "api/search?q=Baltrukov"))
                  .timeout(Duration.ofSeconds(30))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, r.statusCode(), r.body());
      String log = out.readLine();
      assertTrue(
          log.matches("\\S+ 127\\.0\\.0\\.1 GET /api/search\\?q=Baltrukov 200 [0-9.]+ms"), log);
      p.toHandle().destroy(); // SIGTERM, leaving the output stream open to read the last lines
      assertTrue(p.waitFor(30, TimeUnit.SECONDS), "stopped on SIGTERM");
      List<String> rest = out.lines().toList();
      assertEquals(
          List.of("search serve: stopping (finishing running requests)", "search serve: stopped"),
          rest);
      assertEquals("", Files.readString(err).strip(), "nothing on stderr");
    } finally {
      p.destroyForcibly();
    }
  }

  @Test
  void badOptionsAreOneLineExitTwo(@TempDir Path cwd) throws Exception {
    CliProcessTest.assertOneLineError(CliProcessTest.run(cwd, "serve", "--port", "70000"));
    CliProcessTest.assertOneLineError(CliProcessTest.run(cwd, "serve", "--port", "http"));
    CliProcessTest.assertOneLineError(CliProcessTest.run(cwd, "serve", "--max-searches", "0"));
    CliProcessTest.assertOneLineError(
        CliProcessTest.run(cwd, "serve", "--index", cwd.resolve("missing").toString()));
    CliProcessTest.assertOneLineError(
        CliProcessTest.run(cwd, "serve", "--bind", "999.1.1.1", "--port", "0"));
  }
}
