package io.namesearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's embedding example: this test runs the same code, and checks the two agree. */
class ReadmeExampleTest {

  private static final Path THIS_FILE =
      Path.of("src/test/java/io/namesearch/search/ReadmeExampleTest.java");

  @SuppressWarnings("SystemOut")
  static void example(PrintStream out) throws IOException {
    // README:BEGIN
    try (NameIndex index = NameIndex.builder().build()) { // in memory; .directory(path) for disk
      index.add(
          Document.builder("1")
              .title("Deputy called up")
              .body("A deputy, Dmitry Baltrukov, was called up.")
              .build());
      index.commit();
      SearchResult result = index.search("Baltrukow", SearchOptions.defaults());
      for (Hit hit : result.hits()) {
        out.println(hit.title() + ": " + hit.snippets().get(0).marked("[", "]"));
        hit.matches().forEach(m -> out.println("  " + m.explain()));
      }
    }
    // README:END
  }

  @Test
  void exampleRuns() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    example(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.startsWith("Deputy called up: A deputy, Dmitry [Baltrukov], was"), out);
    assertTrue(out.contains("Baltrukov ≈ Baltrukow"), out);
  }

  @Test
  void readmeShowsThisCode() throws IOException {
    Path readme = Path.of("../README.md");
    List<String> inReadme =
        between(Files.readAllLines(readme), "<!-- example:begin -->", "<!-- example:end -->");
    List<String> inTest =
        between(Files.readAllLines(THIS_FILE), "// README:BEGIN", "// README:END");
    assertEquals(
        normalize(
            inTest.stream().map(l -> l.replace("out.println", "System.out.println")).toList()),
        normalize(inReadme.stream().filter(l -> !l.startsWith("```")).toList()));
    assertTrue(inReadme.size() <= 14, "the README example stays short");
  }

  private static List<String> between(List<String> lines, String begin, String end) {
    int from = -1;
    int to = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).trim().equals(begin)) {
        from = i + 1;
      } else if (lines.get(i).trim().equals(end)) {
        to = i;
      }
    }
    assertTrue(from > 0 && to > from, "markers " + begin + " / " + end + " not found");
    return lines.subList(from, to);
  }

  /** The code without its line breaks and indentation: the formatter breaks lines its own way. */
  private static String normalize(List<String> lines) {
    return String.join(" ", lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList())
        .replaceAll("\\(\\s+", "(")
        .replaceAll("\\s+\\.", ".");
  }
}
