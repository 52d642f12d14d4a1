package io.namesearch.cli;

import io.namesearch.search.BulkIndexer;
import io.namesearch.search.Document;
import io.namesearch.search.NameIndex;
import java.io.IOException;
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
  static final long MAX_FILE_BYTES = 16L << 20;

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

  /**
   * Checks the paths a user named and returns them absolute, before any index is opened: an empty
   * path, a missing path, and anything that is not a regular file or a folder (a FIFO, a device)
   * are refused. A path that is a symbolic link is followed (its target is indexed); {@code
   * --follow-links} is about links found inside folders.
   */
  static List<Path> roots(List<Path> roots) throws IOException {
    List<Path> absRoots = new ArrayList<>();
    for (Path r : roots) {
      if (r.toString().isEmpty()) {
        throw new CliException("empty path: give a file or folder to index");
      }
      Path abs = r.toAbsolutePath().normalize();
      if (!Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
        throw new CliException("no such file or directory: " + FilePaths.display(r));
      }
      if (Files.isSymbolicLink(abs)) {
        try {
          abs = abs.toRealPath();
        } catch (java.nio.file.FileSystemException e) {
          throw new CliException(
              FilePaths.display(r) + ": cannot follow the symbolic link: " + linkProblem(e), e);
        }
      }
      BasicFileAttributes attrs = Files.readAttributes(abs, BasicFileAttributes.class);
      if (!attrs.isDirectory() && !attrs.isRegularFile()) {
        throw new CliException(
            "not a regular file or folder (a pipe, socket or device?): " + FilePaths.display(r));
      }
      if (!attrs.isDirectory() && !indexable(abs)) {
        throw new CliException("not a .txt or .md file: " + FilePaths.display(r));
      }
      absRoots.add(abs);
    }
    return absRoots;
  }

  private static String linkProblem(java.nio.file.FileSystemException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "its target does not exist";
    }
    String reason = e.getReason();
    if (reason != null && reason.contains("Too many levels of symbolic links")) {
      return "symbolic link loop";
    }
    return reason == null ? e.getClass().getSimpleName() : reason;
  }

  Summary run(List<Path> roots) throws IOException {
    List<Path> absRoots = roots(roots);
    List<String> errors = new ArrayList<>();
    TreeSet<Path> files = new TreeSet<>();
    List<Path> unreadable = new ArrayList<>();
    for (Path root : absRoots) {
      collect(root, files, errors, unreadable);
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
        String id = FilePaths.id(file);
        seen.add(id);
        Document doc = null;
        try {
          BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
          if (!attrs.isRegularFile()) {
            throw new CliException(
                FilePaths.display(file)
                    + ": not a regular file (a pipe, socket or device?), skipped");
          }
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
                    TextFiles.read(file, attrs.size()),
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
                    .source(id.startsWith("/") ? id : FilePaths.display(file))
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
          errors.add(FilePaths.display(file) + ": " + Main.describe(e));
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
    int removed = removeVanished(absRoots, seen, unreadable, errors);
    index.commit();
    return new Summary(added, updated, unchanged, removed, List.copyOf(errors));
  }

  private void collect(Path root, Set<Path> files, List<String> errors, List<Path> unreadable)
      throws IOException {
    if (!Files.isDirectory(root)) {
      files.add(root);
      return;
    }
    Set<FileVisitOption> options =
        followLinks
            ? EnumSet.of(FileVisitOption.FOLLOW_LINKS)
            : EnumSet.noneOf(FileVisitOption.class);
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
            if (e instanceof java.nio.file.FileSystemLoopException) {
              errors.add(
                  FilePaths.display(file)
                      + ": symbolic link loop (a link to a folder that contains it), skipped");
              return FileVisitResult.CONTINUE;
            }
            // Cannot read is not deleted: what was indexed from here stays in the index.
            unreadable.add(file.toAbsolutePath().normalize());
            errors.add(
                FilePaths.display(file)
                    + ": "
                    + Main.describe(e)
                    + "; its indexed documents are kept");
            return FileVisitResult.CONTINUE;
          }
        });
  }

  /**
   * Deletes indexed files under the roots that no longer exist (or are no longer indexable). A file
   * whose folder could not be read, or whose existence cannot be checked, is kept.
   */
  private int removeVanished(
      List<Path> roots, Set<String> seen, List<Path> unreadable, List<String> errors)
      throws IOException {
    List<String> gone = new ArrayList<>();
    index.forEach(
        doc -> {
          String id = doc.id();
          if (seen.contains(id) || !doc.metadata().containsKey(META_MTIME)) {
            return;
          }
          Path p;
          try {
            p = FilePaths.path(id);
          } catch (RuntimeException e) {
            return; // not an id this command wrote
          }
          if (roots.stream().noneMatch(p::startsWith)
              || unreadable.stream().anyMatch(p::startsWith)) {
            return;
          }
          try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            if (!a.isRegularFile() || !indexable(p)) {
              gone.add(id);
            }
          } catch (java.nio.file.NoSuchFileException | java.nio.file.NotDirectoryException e) {
            gone.add(id);
          } catch (java.nio.file.FileSystemException e) {
            if ("Not a directory".equals(e.getReason())) {
              gone.add(id); // a folder on its path was replaced by a file
            } else {
              errors.add(FilePaths.display(p) + ": " + Main.describe(e) + "; kept in the index");
            }
          } catch (IOException e) {
            errors.add(FilePaths.display(p) + ": " + Main.describe(e) + "; kept in the index");
          }
        });
    for (String id : gone) {
      index.delete(id);
    }
    return gone.size();
  }
}
