package io.namesearch.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Locates the evaluation data ({@code shared/data}) by walking up from the working directory. */
final class SharedData {

  private SharedData() {}

  static Optional<Path> dir() {
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

  static Optional<Path> file(String name) {
    return dir().map(d -> d.resolve(name)).filter(Files::exists);
  }
}
