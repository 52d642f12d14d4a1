package io.namesearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every module has one test naming scheme and Surefire runs exactly it: the parent pom's include is
 * the property {@code surefire.test.include} ({@code **}{@code /*Test.java}; OpenSearch's {@code
 * *Tests} in search-opensearch). Every class with tests in a module matches its module's pattern
 * (or is a failsafe {@code *IT}), and no helper class does, so no test class is silently skipped
 * (NameEngineProperties once was) and no helper is mistaken for one. A {@code *Measurement} is the
 * one other kind: a slow measurement that prints figures and is run only by name ({@code
 * -Dtest=...}), never in {@code mvn verify}. A class extending a {@code *TestCase} has tests; an
 * abstract {@code *TestCase} (Lucene's idiom for a shared test base) is a helper.
 */
class TestRunsEveryClassTest {

  private static final Pattern INCLUDE =
      Pattern.compile(
          "<surefire\\.test\\.include>\\*\\*/\\*(\\w+)\\.java</surefire\\.test\\.include>");

  private static final Pattern HAS_TESTS =
      Pattern.compile(
          "@(Test|ParameterizedTest|RepeatedTest|TestFactory|Property|Example)\\b"
              + "|extends \\w*TestCase\\b");

  /** An abstract base of test classes (such as NameClusterTestCase): a helper. */
  private static final Pattern ABSTRACT_BASE =
      Pattern.compile("(?m)^(public )?abstract class \\w+TestCase\\b");

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The suffix of a module's test classes: its pom's, else the parent's. */
  private static String suffix(Path pom, String fallback) {
    Matcher m = INCLUDE.matcher(read(pom));
    return m.find() ? m.group(1) : fallback;
  }

  @Test
  void everyClassWithTestsMatchesItsModulesPattern() throws IOException {
    Path root = Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent();
    String parentPom = read(root.resolve("pom.xml"));
    assertTrue(
        parentPom.contains("<include>${surefire.test.include}</include>"),
        "the parent pom's Surefire include is the property");
    String parentSuffix = suffix(root.resolve("pom.xml"), null);
    assertEquals("Test", parentSuffix);
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> modules = Files.list(root)) {
      for (Path module : modules.filter(m -> Files.isRegularFile(m.resolve("pom.xml"))).toList()) {
        Path tests = module.resolve("src/test/java");
        if (!Files.isDirectory(tests)) {
          continue;
        }
        String suffix = suffix(module.resolve("pom.xml"), parentSuffix);
        try (Stream<Path> files = Files.walk(tests)) {
          for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
            String name = p.getFileName().toString().replace(".java", "");
            String source = read(p);
            boolean hasTests =
                HAS_TESTS.matcher(source).find() && !ABSTRACT_BASE.matcher(source).find();
            boolean named =
                name.endsWith(suffix) || name.endsWith("IT") || name.endsWith("Measurement");
            if (hasTests != named) {
              wrong.add(
                  root.relativize(p)
                      + (hasTests ? " has tests but is not *" : " is a helper named *")
                      + suffix);
            }
            checked++;
          }
        }
      }
    }
    assertTrue(checked > 50, "test sources found: " + checked);
    assertEquals(List.of(), wrong);
  }
}
