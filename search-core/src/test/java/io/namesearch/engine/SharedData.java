package io.namesearch.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates the evaluation data: {@code shared/data} beside the clone, that is {@code ../shared/data}
 * from the repository's root (the nearest folder above the working directory that holds {@code
 * .git}). Only there: a {@code shared} folder higher up belongs to someone else.
 *
 * <p>A fresh clone has no {@code ../shared}: a test that needs it is skipped, and says so on the
 * build output (a line starting {@code SKIPPED (needs ../shared/data)}). On CI ({@code CI=true}, as
 * {@code .ci/run} sets), where the data is present, a missing file fails the test instead, so that
 * no test is skipped there unnoticed.
 */
public final class SharedData {

  private SharedData() {}

  public static Optional<Path> dir() {
    for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        p != null;
        p = p.getParent()) {
      if (Files.exists(p.resolve(".git"))) {
        Path beside = p.resolveSibling("shared").resolve("data");
        return Files.isDirectory(beside) ? Optional.of(beside) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  public static Optional<Path> file(String name) {
    return dir().map(d -> d.resolve(name)).filter(Files::exists);
  }

  /** Whether this is a CI run, where every test must run. */
  public static boolean ci() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  /**
   * The file of the evaluation data, or: the calling test is skipped with a stated reason (printed
   * on the build output), or fails when {@link #ci()}.
   */
  public static Path require(String name) {
    Optional<Path> f = file(name);
    if (f.isPresent()) {
      return f.get();
    }
    String test = caller();
    String reason = "../shared/data/" + name + " not found (a fresh clone has no ../shared)";
    if (ci()) {
      Assertions.fail("CI=true, so no test may be skipped: " + test + " needs " + reason);
    }
    System.out.println("SKIPPED (needs ../shared/data): " + test + ": " + reason);
    System.out.flush();
    Assumptions.abort(reason);
    throw new AssertionError("unreachable");
  }

  private static String caller() {
    return StackWalker.getInstance()
        .walk(
            s ->
                s.filter(f -> !f.getClassName().equals(SharedData.class.getName()))
                    .filter(f -> f.getClassName().startsWith("io.namesearch"))
                    .reduce((a, b) -> b) // the outermost frame of the project: the test method
                    .map(
                        f ->
                            f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1)
                                + "."
                                + f.getMethodName())
                    .orElse("a test"));
  }
}
