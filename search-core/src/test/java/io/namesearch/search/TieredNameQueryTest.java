package io.namesearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * {@link TieredNameQuery} must rank and score exactly as the {@code BooleanQuery} of {@code
 * DisjunctionMaxQuery} clauses it stands for, with and without pruning (a small total-hits
 * threshold lets the collector raise the minimum competitive score), over several segments.
 */
class TieredNameQueryTest {

  private static final String[] FIELDS = {"f", "g"};

  @Test
  void scoresAndRanksAsBooleanOfDisjunctionMax() throws IOException {
    Random random = new Random(20260101);
    for (int round = 0; round < 8; round++) {
      int vocabulary = 4 + random.nextInt(12);
      try (Directory dir = new ByteBuffersDirectory()) {
        IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer());
        config.setMaxBufferedDocs(50 + random.nextInt(200)); // several segments
        try (IndexWriter w = new IndexWriter(dir, config)) {
          int docs = 200 + random.nextInt(1000);
          for (int d = 0; d < docs; d++) {
            Document doc = new Document();
            for (String field : FIELDS) {
              StringBuilder text = new StringBuilder();
              int words = random.nextInt(6);
              for (int i = 0; i < words; i++) {
                // Skewed: low term numbers are frequent.
                int t = (int) (vocabulary * Math.pow(random.nextDouble(), 2));
                text.append('t').append(t).append(' ');
              }
              doc.add(new TextField(field, text.toString(), Field.Store.NO));
            }
            w.addDocument(doc);
          }
        }
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
          IndexSearcher searcher = new IndexSearcher(reader);
          for (int q = 0; q < 10; q++) {
            List<TieredNameQuery.Group> groups = randomGroups(random, vocabulary);
            Query tiered = new TieredNameQuery(groups);
            Query reference = reference(groups);
            int k = 1 + random.nextInt(20);
            // Exact counting: no pruning on either side.
            assertSame(
                search(searcher, reference, k, Integer.MAX_VALUE),
                search(searcher, tiered, k, Integer.MAX_VALUE),
                tiered);
            // Pruning after a few hits: the top k must not change.
            int threshold = k + random.nextInt(10);
            TopDocs pruned = search(searcher, tiered, k, threshold);
            assertSame(search(searcher, reference, k, Integer.MAX_VALUE), pruned, tiered);
            assertEquals(searcher.count(reference), searcher.count(tiered));
            for (ScoreDoc sd : pruned.scoreDocs) {
              Explanation e = searcher.explain(tiered, sd.doc);
              assertTrue(e.isMatch());
              assertEquals(sd.score, e.getValue().floatValue(), 0f, e.toString());
            }
          }
        }
      }
    }
  }

  private static TopDocs search(IndexSearcher s, Query q, int k, int threshold) throws IOException {
    return s.search(q, new TopScoreDocCollectorManager(k, threshold));
  }

  private static void assertSame(TopDocs expected, TopDocs actual, Query q) {
    assertEquals(expected.scoreDocs.length, actual.scoreDocs.length, q.toString());
    for (int i = 0; i < expected.scoreDocs.length; i++) {
      assertEquals(expected.scoreDocs[i].doc, actual.scoreDocs[i].doc, q + " rank " + i);
      assertEquals(expected.scoreDocs[i].score, actual.scoreDocs[i].score, 0f, q + " rank " + i);
    }
  }

  private static List<TieredNameQuery.Group> randomGroups(Random random, int vocabulary) {
    List<TieredNameQuery.Group> groups = new ArrayList<>();
    int n = 1 + random.nextInt(3);
    float[] tiers = {1.0f, 0.8f, 0.5f, 0.35f, 0.2f};
    for (int g = 0; g < n; g++) {
      float weight = 0.1f + 5 * random.nextFloat();
      List<TieredNameQuery.Clause> clauses = new ArrayList<>();
      int c = 1 + random.nextInt(8);
      for (int i = 0; i < c; i++) {
        String field = FIELDS[random.nextInt(FIELDS.length)];
        Term term = new Term(field, "t" + random.nextInt(vocabulary + 2)); // some absent
        // Now and then a typo clause: many terms, and a cost known only once it is searched.
        Query q = random.nextInt(5) == 0 ? new TypoQuery(term, 1, 1) : new TermQuery(term);
        clauses.add(new TieredNameQuery.Clause(q, tiers[random.nextInt(tiers.length)] * weight));
      }
      groups.add(new TieredNameQuery.Group(clauses, random.nextBoolean() ? 0.01f : 0f));
    }
    return groups;
  }

  /** The plain query the tiered query stands for. */
  static Query reference(List<TieredNameQuery.Group> groups) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (TieredNameQuery.Group g : groups) {
      List<Query> alternatives = new ArrayList<>();
      for (TieredNameQuery.Clause c : g.clauses()) {
        alternatives.add(new BoostQuery(new ConstantScoreQuery(c.query()), c.score()));
      }
      b.add(new DisjunctionMaxQuery(alternatives, g.tieBreaker()), BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }
}
