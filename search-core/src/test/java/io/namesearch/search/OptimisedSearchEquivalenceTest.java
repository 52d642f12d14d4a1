package io.namesearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The optimised search ({@link NameIndex#search} with its pruning query, its own term lookups and
 * the collector's threshold) returns what a plain evaluation returns: every matching document
 * scored by Lucene's {@code BooleanQuery} of {@code DisjunctionMaxQuery} clauses, without the query
 * cache, sorted by score, then length, then id, the first {@code limit} kept; and the total is
 * exact up to the threshold, a lower bound of at least the threshold above it. Random documents of
 * name spellings (variants, case forms, typos, Cyrillic) over several segments, random queries,
 * limits and thresholds.
 */
class OptimisedSearchEquivalenceTest {

  private static final String[] WORDS = {
    "Baltrukov",
    "Baltrukow",
    "Baltrukoff",
    "Baltrukova",
    "Балтруков",
    "Балтрукову",
    "Baltrukv",
    "Dmitry",
    "Dmitri",
    "Dmitrij",
    "Дмитрий",
    "Дмитрию",
    "Khodorkovsky",
    "Chodorkowski",
    "Hodorkovszkij",
    "Jodorkovski",
    "Khordorkovsky",
    "Palyuga",
    "Paljuga",
    "Палюга",
    "Sergey",
    "Moskva",
    "Moscow",
    "Москва",
    "Novye",
    "Burasy",
    "Nov.Burasy",
    "Ivanov",
    "Ivanova",
    "Petrov",
    "the",
    "said",
    "council",
    "on",
    "Tuesday",
    "vote",
    "Mikhail",
    "Михаил",
    "Mihail",
    "Kazan",
  };

  @Test
  void sameTopHitsScoresAndTotalsAsPlainEvaluation(@TempDir Path dir) throws IOException {
    Random random = new Random(20261202);
    try (NameIndex index = NameIndex.builder().directory(dir).build()) {
      int docs = 1000 + random.nextInt(300);
      for (int d = 0; d < docs; d++) {
        Document.Builder b =
            Document.builder(
                String.format(java.util.Locale.ROOT, "d%05d", random.nextInt(100_000)));
        b.title(text(random, 1 + random.nextInt(4)));
        if (random.nextInt(3) > 0) {
          b.body(text(random, random.nextInt(14)));
        }
        index.add(b.build());
        if (random.nextInt(200) == 0) {
          index.commit(); // several segments
        }
      }
      index.commit();
      try (Directory d = FSDirectory.open(dir);
          DirectoryReader reader = DirectoryReader.open(d)) {
        assertTrue(reader.leaves().size() > 1, "several segments");
        IndexSearcher plain = new IndexSearcher(reader);
        plain.setQueryCache(null);
        int checked = 0;
        for (int q = 0; q < 150; q++) {
          String text = text(random, 1 + random.nextInt(3));
          int limit = 1 + random.nextInt(30);
          int threshold = new int[] {1, 5, 40, 1000}[random.nextInt(4)];
          SearchOptions options =
              SearchOptions.builder()
                  .limit(limit)
                  .totalHitsThreshold(threshold)
                  .mode(QueryMode.WORDS)
                  .fetch(SearchOptions.Fetch.ID)
                  .build();
          SearchResult result = index.search(text, options);
          Query tiered = NameQuery.build(text, options, List.of(IndexFields.TEXT_FIELDS), reader);
          Query reference = TieredNameQueryTest.reference(((TieredNameQuery) tiered).groups());
          List<Ranked> expected = ranked(plain, reader, reference);
          String label = text + " limit " + limit + " threshold " + threshold;
          int n = Math.min(limit, expected.size());
          assertEquals(n, result.hits().size(), label);
          for (int i = 0; i < n; i++) {
            assertEquals(expected.get(i).id, result.hits().get(i).id(), label + " rank " + i);
            assertEquals(
                expected.get(i).score, result.hits().get(i).score(), 0f, label + " rank " + i);
          }
          long count = expected.size();
          int counted = Math.max(limit, threshold); // NameIndex counts at least its window
          if (count <= counted) {
            assertTrue(result.totalHitsExact(), label);
          }
          if (result.totalHitsExact()) {
            assertEquals(count, result.totalHits(), label);
          } else {
            assertTrue(result.totalHits() <= count && result.totalHits() >= counted, label);
          }
          checked += n;
        }
        assertTrue(checked > 500, "hits compared: " + checked);
      }
    }
  }

  private record Ranked(String id, float score, int length) {}

  /** Every matching document, in the total order of a search by score. */
  private static List<Ranked> ranked(IndexSearcher s, DirectoryReader reader, Query q)
      throws IOException {
    int max = Math.max(1, reader.maxDoc());
    ScoreDoc[] all = s.search(q, new TopScoreDocCollectorManager(max, Integer.MAX_VALUE)).scoreDocs;
    List<Ranked> out = new ArrayList<>(all.length);
    List<LeafReaderContext> leaves = reader.leaves();
    for (ScoreDoc sd : all) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
      String id = s.storedFields().document(sd.doc).get(IndexFields.ID);
      out.add(new Ranked(id, sd.score, ShorterFirst.length(leaf, sd.doc - leaf.docBase)));
    }
    out.sort(
        Comparator.comparing((Ranked r) -> -r.score)
            .thenComparingInt(r -> r.length)
            .thenComparing(r -> r.id));
    return out;
  }

  private static String text(Random random, int words) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      // skewed: the first words (the name spellings) are the frequent ones
      b.append(WORDS[(int) (WORDS.length * Math.pow(random.nextDouble(), 1.5))]).append(' ');
    }
    return b.toString().strip();
  }
}
