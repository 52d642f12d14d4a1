package io.namesearch.search;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Decides whether a folder is an index of this library before Lucene touches it.
 *
 * <p>A folder is an index only when it holds the stamp file this library writes ({@link #STAMP})
 * and a Lucene commit. An empty folder (or a missing one) becomes a new index: the stamp is written
 * first, then Lucene's first commit. Any other non-empty folder is refused whatever its file names,
 * and nothing is written into it: no lock, no file. Lucene's own rules alone are not enough, as
 * IndexWriter deletes every file whose name merely looks like one of its own ({@code _notes.md},
 * {@code segments.txt}).
 */
final class IndexFolder {

  /** The stamp file's name: not a name Lucene's file deleter ever considers. */
  static final String STAMP = "namesearch-index.properties";

  /** The stamp's content; the first line identifies it. */
  static final String STAMP_TEXT =
      "# This folder is a namesearch index (search-core). Do not put other files in it.\n"
          + "format="
          + IndexFormat.VERSION
          + "\n";

  private static final Pattern SEGMENTS = Pattern.compile("segments_[0-9a-z]+");
  private static final Pattern PENDING = Pattern.compile("pending_segments_[0-9a-z]+");

  private IndexFolder() {}

  /**
   * Opens the folder as a Lucene directory after checking that it is (or may become) an index.
   *
   * @param create whether a missing or empty folder may become a new index (stamped here)
   */
  static Directory open(Path dir, boolean create) throws IOException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new IOException("index path is not a directory: " + dir);
    }
    if (!Files.isDirectory(dir)) {
      if (!create) {
        throw new IOException("no index at " + dir);
      }
      Files.createDirectories(dir);
    }
    List<String> entries;
    try (Stream<Path> s = Files.list(dir)) {
      entries = s.map(p -> p.getFileName().toString()).sorted().toList();
    }
    boolean stamped = entries.contains(STAMP);
    if (stamped) {
      checkStamp(dir.resolve(STAMP));
      boolean committed = entries.stream().anyMatch(e -> SEGMENTS.matcher(e).matches());
      if (!committed) {
        // A writer stopped before its first commit leaves at most its lock and a pending commit.
        for (String e : entries) {
          if (!e.equals(STAMP)
              && !e.equals(IndexWriter.WRITE_LOCK_NAME)
              && !PENDING.matcher(e).matches()) {
            throw notAnIndex(dir);
          }
        }
        if (!create) {
          throw new IOException("no index at " + dir + " (it was created but never committed)");
        }
      }
      return FSDirectory.open(dir);
    }
    if (entries.isEmpty()) {
      if (!create) {
        throw new IOException("no index at " + dir);
      }
      writeStamp(dir);
      return FSDirectory.open(dir);
    }
    // No stamp: an index this library wrote before it stamped folders is accepted when every file
    // in it is one the latest commit references (or the lock), and the commit carries the
    // library's format key. Anything else is someone's data.
    if (!isUnstampedIndex(dir, entries)) {
      throw notAnIndex(dir);
    }
    if (create) {
      writeStamp(dir);
    }
    return FSDirectory.open(dir);
  }

  private static IOException notAnIndex(Path dir) {
    return new IOException(
        "directory is not empty and holds no index; refusing to overwrite it: " + dir);
  }

  private static boolean isUnstampedIndex(Path dir, List<String> entries) {
    String latest = null;
    long gen = -1;
    for (String e : entries) {
      if (SEGMENTS.matcher(e).matches()) {
        long g;
        try {
          g = Long.parseLong(e.substring("segments_".length()), Character.MAX_RADIX);
        } catch (NumberFormatException nfe) {
          return false;
        }
        if (g > gen) {
          gen = g;
          latest = e;
        }
      }
    }
    if (latest == null) {
      return false;
    }
    for (String e : entries) {
      if (!Files.isRegularFile(dir.resolve(e), LinkOption.NOFOLLOW_LINKS)) {
        return false;
      }
    }
    try (Directory d = FSDirectory.open(dir)) {
      SegmentInfos infos = SegmentInfos.readCommit(d, latest);
      if (!IndexFormat.isCurrent(infos.getUserData())) {
        return false;
      }
      Set<String> known = new HashSet<>(infos.files(true));
      known.add(IndexWriter.WRITE_LOCK_NAME);
      for (String e : entries) {
        if (!known.contains(e) && !SEGMENTS.matcher(e).matches()) {
          return false;
        }
      }
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static void checkStamp(Path stamp) throws IOException {
    byte[] head;
    try (var in = Files.newInputStream(stamp, LinkOption.NOFOLLOW_LINKS)) {
      head = in.readNBytes(4096);
    }
    String text = new String(head, StandardCharsets.UTF_8);
    if (!Files.isRegularFile(stamp, LinkOption.NOFOLLOW_LINKS)
        || !text.startsWith(STAMP_TEXT.substring(0, STAMP_TEXT.indexOf('\n')))) {
      throw new IOException(
          "directory holds a file named "
              + STAMP
              + " that this library did not write; "
              + "refusing to use it: "
              + stamp.getParent());
    }
  }

  private static void writeStamp(Path dir) throws IOException {
    Path stamp = dir.resolve(STAMP);
    try (FileChannel ch =
        FileChannel.open(stamp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ch.write(ByteBuffer.wrap(STAMP_TEXT.getBytes(StandardCharsets.UTF_8)));
      ch.force(true);
    }
  }
}
