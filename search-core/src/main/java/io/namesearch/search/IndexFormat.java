package io.namesearch.search;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;

/**
 * The index format stamp: a key in every commit's user data that says which format wrote it. An
 * index with documents and another stamp (or none) is refused when opened, never rewritten. The
 * stamp file of a folder ({@link IndexFolder}) carries the same format.
 */
final class IndexFormat {

  /** Commit user-data key recording the index format, checked when an index is opened. */
  static final String KEY = "namesearch.format";

  /** The index format this version writes and reads. */
  static final String VERSION = "1";

  private IndexFormat() {}

  /** Refuses an index with documents whose latest commit carries another format, or none. */
  static void check(Directory dir) throws IOException {
    if (!DirectoryReader.indexExists(dir)) {
      return;
    }
    SegmentInfos infos = SegmentInfos.readLatestCommit(dir);
    String format = infos.getUserData().get(KEY);
    if (infos.totalMaxDoc() > 0 && !VERSION.equals(format)) {
      throw new IOException(
          "index was written by another program or version (format "
              + (format == null ? "unknown" : format)
              + ", expected "
              + VERSION
              + ")");
    }
  }

  /** Makes every later commit of the writer carry this format. */
  static void stamp(IndexWriter writer) {
    writer.setLiveCommitData(Map.of(KEY, VERSION).entrySet());
  }

  /** Whether commit user data carries this format. */
  static boolean isCurrent(Map<String, String> userData) {
    return VERSION.equals(userData.get(KEY));
  }
}
