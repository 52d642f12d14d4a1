package io.namesearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.namesearch.analysis.RussianNameAnalyzer;
import io.namesearch.engine.MatchTier;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * {@link NameQuery} on a plain Lucene index with other field names finds and scores exactly what
 * {@link NameIndex} finds on the same documents, and names the tier in its explanations.
 */
class NameQueryTest {

  private static final String[][] DOCS = {
    {"a", "Interview", "Mikhail Khodorkovsky spoke in London."},
    {"b", "Interview", "Michail Chodorkowski sprach in Berlin."},
    {"c", "Интервью", "Михаил Ходорковский выступил в Лондоне."},
    {"d", "Interview", "Marina Khodorkovskaya spoke in London."},
    {"e", "Interview", "Pavel Khodorkov spoke in London."},
    {"f", "Interview", "Mikhail Khordorkovsky spoke in London."},
    {"g", "Khodorkovsky", "Mikhail Gorbachev spoke in Moscow."},
    {"h", "Troitsk", "Dmitry Baltrukov visited Troitskaya street in Novye Burasy."},
  };

  private static final String[] QUERIES = {
    "Khodorkovsky",
    "Misha Khodorkovsky",
    "Ходорковский",
    "Troitsa",
    "Baltrukow",
    "Dima",
    "Nov.Burasy",
    "Khodorkovskaya",
    "Gorbachov",
    "Mikhail",
  };

  @Test
  void scoresAsNameIndex() throws IOException {
    try (Directory dir = new ByteBuffersDirectory();
        NameIndex index = NameIndex.builder().build()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new RussianNameAnalyzer()))) {
        for (String[] d : DOCS) {
          var doc = new org.apache.lucene.document.Document();
          doc.add(new StringField("_id", d[0], Field.Store.YES));
          doc.add(new TextField("headline", d[1], Field.Store.NO));
          doc.add(new TextField("text", d[2], Field.Store.NO));
          w.addDocument(doc);
          index.add(Document.builder(d[0]).title(d[1]).body(d[2]).build());
        }
      }
      index.commit();
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        for (boolean nicknames : new boolean[] {false, true}) {
          SearchOptions options =
              SearchOptions.builder()
                  .limit(100)
                  .mode(QueryMode.WORDS)
                  .tier(MatchTier.NICKNAME, nicknames)
                  .build();
          for (String q : QUERIES) {
            Map<String, Float> expected = new TreeMap<>();
            for (Hit hit : index.search(q, options).hits()) {
              expected.put(hit.id(), hit.score());
            }
            Query query = NameQuery.build(q, options, List.of("headline", "text"), reader);
            TopDocs top = searcher.search(query, 100);
            Map<String, Float> actual = new TreeMap<>();
            for (ScoreDoc sd : top.scoreDocs) {
              actual.put(searcher.storedFields().document(sd.doc).get("_id"), sd.score);
            }
            assertEquals(expected, actual, q + " nicknames=" + nicknames);
          }
        }
        Query query =
            NameQuery.build("Khodorkovsky", SearchOptions.defaults(), List.of("text"), reader);
        TopDocs top = searcher.search(query, 10);
        assertTrue(top.scoreDocs.length > 3);
        StringBuilder all = new StringBuilder();
        for (ScoreDoc sd : top.scoreDocs) {
          Explanation e = searcher.explain(query, sd.doc);
          assertEquals(sd.score, e.getValue().floatValue(), 1e-6f);
          all.append(e);
        }
        for (String tier : List.of("exact tier", "variant tier", "family tier", "typo tier")) {
          assertTrue(all.toString().contains(tier), tier + " in " + all);
        }
      }
    }
  }

  private static final String[][] PEOPLE = {
    {"namesake", "Sergey Baltrukov, his brother, runs a shop in Tomsk."},
    {"surname", "Baltrukov declined to comment."},
    {"initial", "The letter was signed by D. A. Baltrukov."},
    {"reversed", "Балтруков Дмитрий Анатольевич, директор школы."},
    {"full", "Dmitri Baltrukow spoke in Tomsk on Monday."},
    {"apart", "Dmitry met the Baltrukov family in Tomsk."},
    {"none", "Dmitry Ivanov spoke in Tomsk."},
  };

  /**
   * {@link NameQuery#person}: the first pass re-ranked gives NameIndex's person order, with the
   * words scores plus the kind's rank times the span of {@link PersonRanking#top()}; its
   * explanation gives the score; empty for words mode and for a text that is no personal name.
   */
  @Test
  void personRanksAsNameIndex() throws IOException {
    try (Directory dir = new ByteBuffersDirectory();
        NameIndex index = NameIndex.builder().build()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new RussianNameAnalyzer()))) {
        for (String[] d : PEOPLE) {
          var doc = new org.apache.lucene.document.Document();
          doc.add(new StringField("_id", d[0], Field.Store.YES));
          doc.add(new TextField("text", d[1], Field.Store.YES));
          w.addDocument(doc);
          index.add(Document.builder(d[0]).body(d[1]).build());
        }
      }
      index.commit();
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        List<String> fields = List.of("text");
        SearchOptions options = SearchOptions.builder().limit(100).build();
        String q = "Dmitry Baltrukov";
        List<String> expected = index.search(q, options).hits().stream().map(Hit::id).toList();
        PersonRanking person =
            NameQuery.person(q, options, fields, reader, NameQuery.Statistics.of(reader))
                .orElseThrow();
        TopDocs top = searcher.search(person.query(), PersonRanking.window(100));
        Map<Integer, Float> words = new java.util.HashMap<>();
        for (ScoreDoc sd : top.scoreDocs) {
          words.put(sd.doc, sd.score);
        }
        PersonRanking.Texts texts =
            (doc, field) ->
                java.util.Optional.ofNullable(searcher.storedFields().document(doc).get(field));
        person.rescore(searcher, top.scoreDocs, 100, texts);
        List<String> actual = new java.util.ArrayList<>();
        float span = person.top() * 1.01f + 1f;
        for (ScoreDoc sd : top.scoreDocs) {
          actual.add(searcher.storedFields().document(sd.doc).get("_id"));
          float rank = (sd.score - words.get(sd.doc)) / span;
          assertEquals(Math.round(rank), rank, 1e-3, "rank of " + actual.getLast());
          Explanation e =
              person.explain(searcher, sd.doc, searcher.explain(person.query(), sd.doc), texts);
          assertEquals(sd.score, e.getValue().floatValue(), 1e-5f);
        }
        assertEquals(expected, actual);
        // full names, the initial, the surname alone, the namesake, no surname
        assertEquals(
            java.util.Set.of("full", "reversed"), java.util.Set.copyOf(actual.subList(0, 2)));
        assertEquals("initial", actual.get(2));
        assertEquals(
            java.util.Set.of("apart", "surname"), java.util.Set.copyOf(actual.subList(3, 5)));
        assertEquals(List.of("namesake", "none"), actual.subList(5, 7));
        for (float w : words.values()) {
          assertTrue(w <= person.top(), w + " <= " + person.top());
        }
        assertTrue(
            NameQuery.person(
                    q,
                    SearchOptions.builder().mode(QueryMode.WORDS).build(),
                    fields,
                    reader,
                    NameQuery.Statistics.of(reader))
                .isEmpty());
        assertTrue(
            NameQuery.person("Baltrukov", options, fields, reader, NameQuery.Statistics.of(reader))
                .isEmpty());
      }
    }
  }

  @Test
  void refusesBadText() throws IOException {
    try (Directory dir = new ByteBuffersDirectory()) {
      new IndexWriter(dir, new IndexWriterConfig(new RussianNameAnalyzer())).close();
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        SearchOptions o = SearchOptions.defaults();
        List<String> f = List.of("body");
        assertEquals(
            "query is empty",
            assertThrows(IllegalArgumentException.class, () -> NameQuery.build(" ", o, f, reader))
                .getMessage());
        assertEquals(
            "query has no letters or digits to search for",
            assertThrows(IllegalArgumentException.class, () -> NameQuery.check("?!")).getMessage());
        assertEquals(
            "no fields to search",
            assertThrows(
                    IllegalArgumentException.class,
                    () -> NameQuery.build("Ivan", o, List.of(), reader))
                .getMessage());
        assertEquals(
            "query has 17 words; the limit is 16",
            assertThrows(
                    IllegalArgumentException.class,
                    () -> NameQuery.check("a b c d e f g h i j k l m n o p q"))
                .getMessage());
      }
    }
  }
}
