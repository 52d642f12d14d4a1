package io.namesearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every test class of every module is one Surefire runs: its name matches one of the parent
 * pom's includes (NameEngineProperties was never run under Surefire's default patterns).
 */
class TestRunsEveryClassTest {

  private static final Pattern INCLUDED =
      Pattern.compile("(Test.*|.*Test|.*Tests|.*TestCase|.*Properties)\\.java");

  private static final Pattern HAS_TESTS =
      Pattern.compile("@(Test|ParameterizedTest|RepeatedTest|TestFactory|Property|Example)\\b"
          + "|extends (BaseTokenStreamTestCase|LuceneTestCase|OpenSearch\\w*TestCase)");

  @Test
  void everyClassWithTestsMatchesSurefiresIncludes() throws IOException {
    Path root = Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent();
    assertTrue(Files.isRegularFile(root.resolve("pom.xml")), "run from a module of " + root);
    String pom = Files.readString(root.resolve("pom.xml"), StandardCharsets.UTF_8);
    for (String include :
        List.of("**/Test*.java", "**/*Test.java", "**/*Tests.java", "**/*TestCase.java", "**/*Properties.java")) {
      assertTrue(pom.contains("<include>" + include + "</include>"), "parent pom includes " + include);
    }
    List<String> missed;
    try (Stream<Path> files = Files.walk(root)) {
      missed =
          files
              .filter(p -> p.toString().contains("/src/test/java/") && p.toString().endsWith(".java"))
              .filter(p -> !p.toString().contains("/target/"))
              .filter(p -> !INCLUDED.matcher(p.getFileName().toString()).matches())
              .filter(p -> !p.getFileName().toString().endsWith("IT.java")) // failsafe's
              .filter(
                  p -> {
                    try {
                      return HAS_TESTS.matcher(Files.readString(p, StandardCharsets.UTF_8)).find();
                    } catch (IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                  })
              .map(p -> root.relativize(p).toString())
              .sorted()
              .toList();
    }
    assertEquals(List.of(), missed, "test classes Surefire would not run");
  }
}
