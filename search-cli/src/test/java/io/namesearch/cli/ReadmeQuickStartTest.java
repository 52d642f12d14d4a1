package io.namesearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's quick-start output is exactly what {@code search "Baltrukov"} prints. */
class ReadmeQuickStartTest {

  @Test
  void quickStartOutputMatches(@TempDir Path cwd) throws Exception {
    Path readme =
        Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent().resolve("README.md");
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    int at = text.indexOf("then it prints:\n\n```\n");
    int from = text.indexOf("```\n", at) + 4;
    int to = text.indexOf("```\n", from);
    String expected = text.substring(from, to);
    SearchProcess.Run r = CliProcessTest.run(cwd, "Baltrukov");
    assertEquals(0, r.exit(), r.toString());
    assertEquals(expected, r.out());
  }
}
