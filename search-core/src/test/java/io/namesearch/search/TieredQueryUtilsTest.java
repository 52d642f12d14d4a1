package io.namesearch.search;

import io.namesearch.analysis.RussianNameAnalyzer;
import io.namesearch.engine.MatchTier;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.Directory;
import org.apache.lucene.tests.index.RandomIndexWriter;
import org.apache.lucene.tests.search.CheckHits;
import org.apache.lucene.tests.search.QueryUtils;
import org.apache.lucene.tests.util.LuceneTestCase;

/**
 * The tiered name query under Lucene's own query checks ({@link QueryUtils#check}: equals and
 * hashCode, explanations that agree with scores, advancing and bulk scoring, readers wrapped with
 * empty segments and deletions), over a randomly written index, for queries that reach every tier,
 * joined words included.
 */
public class TieredQueryUtilsTest extends LuceneTestCase {

  private static final String[] DOCS = {
    "Mikhail Khodorkovsky spoke in London.",
    "Михаил Ходорковский выступил в Лондоне.",
    "Michail Chodorkowski sprach in Berlin.",
    "Jodorkovski and Hodorkovszkij, again.",
    "Khordorkovsky, a typo of the name.",
    "Pavel Khodorkov spoke in London.",
    "Dmitry Baltrukov and Dmitri Baltrukow met Балтрукову.",
    "Anna Baltrukova wrote to Dima.",
    "Yuzhno-Sakhalinsk, Yuzhnosakhalinsk and Южно-Сахалинск.",
    "Krasny Luch and Krasnyluch are one town.",
    "Tyazhin, Tyazhinsky and Тяжинский район.",
    "Troitsa and Troitsk are not the same place.",
    "Nothing to see here at all.",
    "Sasha and Aleksandr are one first name.",
  };

  private static final List<String> QUERIES =
      List.of(
          "Khodorkovsky",
          "Dmitry Baltrukov",
          "Yuzhno-Sakhalinsk",
          "Krasnyluch",
          "Tyazhin",
          "Troitsa Ходорковский",
          "Aleksandr",
          "Nothing");

  public void testQueryUtilsCheck() throws IOException {
    try (Directory dir = newDirectory();
        RandomIndexWriter w =
            new RandomIndexWriter(random(), dir, newIndexWriterConfig(new RussianNameAnalyzer()))) {
      for (int i = 0; i < 3 * DOCS.length; i++) {
        org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
        doc.add(new TextField(IndexFields.BODY, DOCS[i % DOCS.length], Field.Store.NO));
        if (i % 3 == 1) {
          doc.add(new TextField(IndexFields.TITLE, DOCS[(i + 5) % DOCS.length], Field.Store.NO));
        }
        w.addDocument(doc);
      }
      try (IndexReader reader = w.getReader()) {
        IndexSearcher searcher = newSearcher(reader);
        SearchOptions nicknames =
            SearchOptions.builder().tiers(EnumSet.allOf(MatchTier.class)).build();
        for (SearchOptions options : List.of(SearchOptions.defaults(), nicknames)) {
          for (String text : QUERIES) {
            Query q =
                NameQuery.build(
                    text, options, List.of(IndexFields.TITLE, IndexFields.BODY), reader);
            QueryUtils.check(random(), q, searcher);
            CheckHits.checkMatches(q, searcher);
          }
        }
      }
    }
  }
}
