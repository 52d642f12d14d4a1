package io.namesearch.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Locates the evaluation data ({@code shared/data}) by walking up from the working directory. */
public final class SharedData {

  private SharedData() {}

  public static Optional<Path> dir() {
    Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    while (p != null) {
      Path candidate = p.resolve("shared").resolve("data");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
      p = p.getParent();
    }
    return Optional.empty();
  }

  public static Optional<Path> file(String name) {
    return dir().map(d -> d.resolve(name)).filter(Files::exists);
  }
}
