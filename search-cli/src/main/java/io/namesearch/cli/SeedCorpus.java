package io.namesearch.cli;

import io.namesearch.search.NameIndex;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The built-in demo corpus: the seed articles bundled into the command's jar. */
final class SeedCorpus {

  static final String RESOURCE_DIR = "io/namesearch/cli/seeds";

  private SeedCorpus() {}

  /** The seed file names, sorted. */
  static List<String> names() throws IOException {
    URL url = SeedCorpus.class.getClassLoader().getResource(RESOURCE_DIR);
    if (url == null) {
      throw new CliException("the built-in seed corpus is missing from this build");
    }
    try {
      if (url.getProtocol().equals("jar")) {
        try (FileSystem fs = FileSystems.newFileSystem(url.toURI(), Map.of())) {
          return list(fs.getPath(RESOURCE_DIR));
        }
      }
      return list(Path.of(url.toURI()));
    } catch (URISyntaxException e) {
      throw new IOException("cannot read the seed corpus at " + url, e);
    }
  }

  private static List<String> list(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".txt"))
          .sorted()
          .toList();
    }
  }

  /**
   * Adds every seed article to the index, with its file name as id and {@code seeds/NAME} as
   * source.
   */
  static void load(NameIndex index) throws IOException {
    for (String name : names()) {
      try (InputStream in =
          SeedCorpus.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + "/" + name)) {
        if (in == null) {
          throw new UncheckedIOException(new IOException("missing seed " + name));
        }
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        index.add(TextDocuments.parse(name, text).source("seeds/" + name).build());
      }
    }
    index.commit();
  }
}
