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
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The built-in demo corpus: the seed articles bundled into the command's jar.
 *
 * <p>Indexing them is a fifth of a search's start-up, so the {@code search} launcher names a folder
 * of its own ({@value #CACHE_PROPERTY}, under {@code search-cli/target/cds}, named after the jar)
 * where the first run keeps their index; later runs open it read-only. The folder is written once,
 * in full, under a temporary name and then renamed, so that a run never sees half an index. A
 * cached index that cannot be opened (a damaged file) is written again once; when that fails too,
 * or the folder is not writable, the seeds are indexed in memory as without the property.
 */
final class SeedCorpus {

  static final String RESOURCE_DIR = "io/namesearch/cli/seeds";

  /** The system property that names the folder of the cached seed index. */
  static final String CACHE_PROPERTY = "namesearch.seed.cache";

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
   * The seed corpus's index: the cached one of {@value #CACHE_PROPERTY}, read-only, written first
   * when it is missing; in memory when the property is not set or the cache cannot be used.
   */
  static NameIndex open() throws IOException {
    String cache = System.getProperty(CACHE_PROPERTY, "");
    if (!cache.isEmpty()) {
      Path dir = Path.of(cache);
      for (int attempt = 0; attempt < 2; attempt++) {
        try {
          if (!Files.isDirectory(dir)) {
            write(dir);
          }
          return NameIndex.builder().directory(dir).readOnly().build();
        } catch (IOException | RuntimeException e) {
          // damaged or of other rules: the launcher's own folder, so written again once
          if (attempt > 0 || !dir.getFileName().toString().startsWith("seeds-")) {
            break;
          }
          try {
            deleteTree(dir);
          } catch (IOException notDeleted) {
            break;
          }
        }
      }
      // not writable, or unusable: index in memory, as without a cache
    }
    NameIndex idx = NameIndex.builder().build();
    try {
      load(idx);
    } catch (IOException | RuntimeException e) {
      idx.close();
      throw e;
    }
    return idx;
  }

  /**
   * Writes the seed index into a new sibling folder of {@code dir} and renames it to {@code dir}.
   */
  private static void write(Path dir) throws IOException {
    Path parent = dir.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path tmp = Files.createTempDirectory(parent, dir.getFileName() + ".tmp");
    try {
      try (NameIndex idx = NameIndex.builder().directory(tmp).build()) {
        load(idx);
      }
      try {
        Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        // another run renamed its copy first (or the folder exists empty): keep that one
      }
    } finally {
      deleteTree(tmp);
    }
  }

  /** Deletes a folder this class created, when it is still there. */
  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
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
