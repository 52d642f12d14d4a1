package io.namesearch.search;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;

/**
 * The index format stamp: keys in every commit's user data that say which format wrote it and with
 * which name rules ({@link io.namesearch.engine.NameRules#fingerprint()}). An index with documents
 * and another stamp (or none) is refused when opened, never rewritten: its name keys are not the
 * ones this version makes, and a search of it would silently miss spellings. The stamp file of a
 * folder ({@link IndexFolder}) carries the same format.
 */
final class IndexFormat {

  /** Commit user-data key recording the index format, checked when an index is opened. */
  static final String KEY = "namesearch.format";

  /** Commit user-data key recording the fingerprint of the name rules that made the keys. */
  static final String RULES_KEY = "namesearch.rules";

  /** The index format this version writes and reads. */
  static final String VERSION = "1";

  private IndexFormat() {}

  /**
   * Refuses an index with documents whose latest commit carries another format or other name rules,
   * or none ({@link StaleIndexException}); {@code where} names the index in the message.
   */
  static void check(Directory dir, String rules, String where) throws IOException {
    Map<String, String> data = checkFormat(dir, where);
    String built = data.get(RULES_KEY);
    if (data.isEmpty() || rules.equals(built)) {
      return;
    }
    throw new StaleIndexException(where, java.util.Optional.ofNullable(built), rules);
  }

  /**
   * Refuses an index with documents whose latest commit carries another format, or none; returns
   * that commit's user data (empty when the index has no commit or no documents).
   */
  static Map<String, String> checkFormat(Directory dir, String where) throws IOException {
    if (!DirectoryReader.indexExists(dir)) {
      return Map.of();
    }
    SegmentInfos infos = SegmentInfos.readLatestCommit(dir);
    if (infos.totalMaxDoc() == 0) {
      return Map.of();
    }
    Map<String, String> data = infos.getUserData();
    String format = data.get(KEY);
    if (!VERSION.equals(format)) {
      throw new IOException(
          "index "
              + where
              + " was written by another program or version (format "
              + (format == null ? "unknown" : format)
              + ", expected "
              + VERSION
              + ")");
    }
    return data;
  }

  /** Makes every later commit of the writer carry this format and these name rules. */
  static void stamp(IndexWriter writer, String rules) {
    writer.setLiveCommitData(Map.of(KEY, VERSION, RULES_KEY, rules).entrySet());
  }

  /** Whether commit user data carries this format. */
  static boolean isCurrent(Map<String, String> userData) {
    return VERSION.equals(userData.get(KEY));
  }
}
