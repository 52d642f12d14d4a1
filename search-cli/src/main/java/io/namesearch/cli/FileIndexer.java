package io.namesearch.cli;

import io.namesearch.search.BulkIndexer;
import io.namesearch.search.Document;
import io.namesearch.search.NameIndex;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Indexes {@code .txt} and {@code .md} files and folders into a {@link NameIndex}, by path:
 * unchanged files are skipped, changed files replaced, and files that disappeared from an indexed
 * folder are removed.
 */
final class FileIndexer {

  /** The largest file indexed; larger files are skipped with an error. */
  static final long MAX_FILE_BYTES = 64L << 20;

  static final String META_MTIME = "mtime";
  static final String META_SIZE = "size";

  /** What one run did. */
  record Summary(int added, int updated, int unchanged, int removed, List<String> errors) {}

  private final NameIndex index;
  private final boolean followLinks;
  private final Consumer<int[]> progress;

  FileIndexer(NameIndex index, boolean followLinks, Consumer<int[]> progress) {
    this.index = index;
    this.followLinks = followLinks;
    this.progress = progress;
  }

  /** Whether the file name has an indexed extension. */
  static boolean indexable(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".txt") || lower.endsWith(".md");
  }

  Summary run(List<Path> roots) throws IOException {
    List<Path> absRoots = new ArrayList<>();
    for (Path r : roots) {
      Path abs = r.toAbsolutePath().normalize();
      if (!Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
        throw new CliException("no such file or directory: " + r);
      }
      if (!Files.isDirectory(abs) && !indexable(abs)) {
        throw new CliException("not a .txt or .md file: " + r);
      }
      absRoots.add(abs);
    }
    List<String> errors = new ArrayList<>();
    TreeSet<Path> files = new TreeSet<>();
    for (Path root : absRoots) {
      collect(root, files, errors);
    }
    Set<String> seen = new HashSet<>();
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int done = 0;
    // Files are read here and analysed on the bulk indexer's threads.
    BulkIndexer bulk = index.bulk().build();
    try {
      for (Path file : files) {
        String id = file.toString();
        seen.add(id);
        Document doc = null;
        try {
          BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
          String mtime = Long.toString(attrs.lastModifiedTime().toMillis());
          String size = Long.toString(attrs.size());
          var existing = index.get(id);
          if (existing.isPresent()
              && mtime.equals(existing.get().metadata().get(META_MTIME))
              && size.equals(existing.get().metadata().get(META_SIZE))) {
            unchanged++;
          } else {
            FileMetadata.Parsed meta =
                FileMetadata.parse(
                    id,
                    read(file, attrs.size()),
                    file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"),
                    attrs.lastModifiedTime());
            // a front matter title is the title; the text below it is all body
            Document.Builder b =
                meta.title().isPresent()
                    ? Document.builder(id).title(meta.title().get()).body(meta.text())
                    : TextDocuments.parse(id, meta.text());
            meta.metadata().forEach(b::metadata);
            doc =
                b.date(meta.date())
                    .source(id)
                    .metadata(META_MTIME, mtime)
                    .metadata(META_SIZE, size)
                    .build();
            if (existing.isPresent()) {
              updated++;
            } else {
              added++;
            }
          }
        } catch (CliException e) {
          errors.add(e.getMessage());
        } catch (IOException e) {
          errors.add(file + ": " + Main.describe(e));
        }
        if (doc != null) {
          bulk.add(doc); // a failure to write the index ends the run
        }
        done++;
        progress.accept(new int[] {done, files.size()});
      }
    } finally {
      bulk.close(); // waits for every document, commits
    }
    int removed = removeVanished(absRoots, seen);
    index.commit();
    return new Summary(added, updated, unchanged, removed, List.copyOf(errors));
  }

  private void collect(Path root, Set<Path> files, List<String> errors) throws IOException {
    if (!Files.isDirectory(root)) {
      files.add(root);
      return;
    }
    Set<FileVisitOption> options =
        followLinks ? EnumSet.of(FileVisitOption.FOLLOW_LINKS) : EnumSet.noneOf(FileVisitOption.class);
    Files.walkFileTree(
        root,
        options,
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile() && indexable(file)) {
              files.add(file.toAbsolutePath().normalize());
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            errors.add(file + ": " + Main.describe(e));
            return FileVisitResult.CONTINUE;
          }
        });
  }

  /** Deletes indexed files under the roots that no longer exist (or are no longer indexable). */
  private int removeVanished(List<Path> roots, Set<String> seen) throws IOException {
    List<String> gone = new ArrayList<>();
    index.forEach(
        doc -> {
          String id = doc.id();
          if (seen.contains(id) || !doc.metadata().containsKey(META_MTIME)) {
            return;
          }
          Path p = Path.of(id);
          for (Path root : roots) {
            if (p.startsWith(root) && !Files.isRegularFile(p)) {
              gone.add(id);
              return;
            }
          }
        });
    for (String id : gone) {
      index.delete(id);
    }
    return gone.size();
  }

  /** Reads a file as strict UTF-8, refusing binary files, invalid UTF-8 and oversized files. */
  static String read(Path file, long size) throws IOException {
    if (size > MAX_FILE_BYTES) {
      throw new CliException(
          file + ": file is " + (size >> 20) + " MiB; the limit is " + (MAX_FILE_BYTES >> 20) + " MiB");
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
    }
    if (bytes.length > MAX_FILE_BYTES) {
      throw new CliException(file + ": file is larger than " + (MAX_FILE_BYTES >> 20) + " MiB");
    }
    for (byte b : bytes) {
      if (b == 0) {
        throw new CliException(file + ": binary file (contains NUL bytes), skipped");
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new CliException(file + ": not valid UTF-8 text, skipped");
    }
  }
}
