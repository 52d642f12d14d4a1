package io.namesearch.cli;

import io.namesearch.search.NameIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the index a command names: read-only, or the seed corpus when none is named. */
final class Indexes {

  private Indexes() {}

  /**
   * The index in {@code index} (read-only), or the seed corpus when it is null ({@link
   * SeedCorpus#open()}).
   */
  static NameIndex open(Path index) throws IOException {
    if (index == null) {
      return SeedCorpus.open();
    }
    if (!Files.exists(index)) {
      throw new CliException(
          "no index at "
              + index
              + " (create one with: search index --index "
              + index
              + " PATH...)");
    }
    if (!Files.isDirectory(index)) {
      throw new CliException("index path is not a directory: " + index);
    }
    return NameIndex.builder().directory(index).readOnly().build();
  }
}
