package io.namesearch.bench;

import io.namesearch.search.NameIndex;
import io.namesearch.search.SearchOptions;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * Hit-count checks: a fast but wrong query fails the benchmark's setup. The expected counts come
 * from {@link CorpusIndex#expected}, computed from the generated text, never from an index.
 */
final class HitChecks {

  /** Ours with ids only and every hit counted: the options that {@link #countAll} searches with. */
  private static final SearchOptions COUNT_ALL =
      SearchOptions.builder()
          .limit(1)
          .fetch(SearchOptions.Fetch.ID)
          .totalHitsThreshold(Integer.MAX_VALUE)
          .build();

  private final Properties expected;
  private final int docs;

  HitChecks(Properties expected, int docs) {
    this.expected = expected;
    this.docs = docs;
  }

  /** The exact number of documents that ours finds for {@code query} (every hit counted). */
  static long countAll(NameIndex index, String query) throws IOException {
    return index.search(query, COUNT_ALL).totalHits();
  }

  long std(Tasks.Task t) {
    return Long.parseLong(require("std|" + t.query()));
  }

  /** The StandardAnalyzer disjunction must return exactly the documents holding its tokens. */
  void standard(Tasks.Task t, long hits) {
    if (hits != std(t)) {
      fail(t, "standard", hits, "exactly " + std(t));
    }
  }

  /**
   * A baseline that analyses a word the same way wherever it occurs (ICU, Beider-Morse, FuzzyQuery)
   * returns at least the documents holding the exact token.
   */
  void superset(Tasks.Task t, String system, long hits) {
    long min = std(t);
    if (hits < min || hits > docs) {
      fail(t, system, hits, "between " + min + " and " + docs);
    }
  }

  /**
   * Ours must find at least 75% of the documents that mention the entity without a typo (it misses
   * some Cyrillic case forms, such as the instrumental {@code -ым} and the adjective endings {@code
   * -ого, -ому, -ом}, and Spanish {@code j} for {@code х}); for a one-word query at most four times
   * its mentions plus 0.2% of the corpus (typo and family neighbours: a town named after a person
   * shares the person's family key, as Dzerzhinsk and Dzerzhinsky do); for an absent name at most
   * 0.1% of the corpus.
   */
  void ours(Tasks.Task t, long hits) {
    if (t.absent()) {
      long max = docs / 1000 + 2;
      if (hits > max) {
        fail(t, "ours", hits, "at most " + max);
      }
      return;
    }
    long clean = Long.parseLong(require("clean|" + t.entity()));
    long all = Long.parseLong(require("all|" + t.entity()));
    long min = (long) Math.floor(clean * 0.75);
    long max = t.query().contains(" ") ? docs : (long) Math.ceil(all * 4 + docs * 0.002) + 2;
    if (hits < min || hits > max || hits == 0) {
      fail(t, "ours", hits, "between " + min + " and " + max + " (entity in " + all + " docs)");
    }
  }

  /**
   * Luceneutil's check: the first verified run records each system's hit count per query in {@code
   * recorded.properties} next to the indexes; every later fork and run must return the same count.
   */
  void recorded(String system, Tasks.Task t, long hits) throws IOException {
    synchronized (CorpusIndex.class) {
      Path file = CorpusIndex.root().resolve(Integer.toString(docs)).resolve("recorded.properties");
      Properties p = new Properties();
      if (Files.exists(file)) {
        try (Reader r = Files.newBufferedReader(file)) {
          p.load(r);
        }
      }
      String key = system + "|" + t.query();
      String old = p.getProperty(key);
      if (old == null) {
        p.setProperty(key, Long.toString(hits));
        Path tmp = file.resolveSibling("recorded.properties.tmp");
        try (Writer w = Files.newBufferedWriter(tmp)) {
          p.store(w, "hit counts recorded by the first verified run");
        }
        Files.move(
            tmp,
            file,
            java.nio.file.StandardCopyOption.REPLACE_EXISTING,
            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      } else if (Long.parseLong(old) != hits) {
        fail(t, system, hits, old + " as recorded by an earlier run in " + file);
      }
    }
  }

  private String require(String key) {
    String v = expected.getProperty(key);
    if (v == null) {
      throw new IllegalStateException(
          "no expected count for " + key + "; delete " + CorpusIndex.root() + " and rerun");
    }
    return v;
  }

  private static void fail(Tasks.Task t, String system, long hits, String want) {
    throw new IllegalStateException(
        String.format(
            Locale.ROOT,
            "hit-count check failed: %s query %s '%s' returned %d hits, expected %s",
            system,
            t.category(),
            t.query(),
            hits,
            want));
  }
}
