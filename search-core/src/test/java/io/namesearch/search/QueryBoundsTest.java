package io.namesearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Lucene-syntax and plain queries do bounded work and fail with one line, never an Error. */
class QueryBoundsTest {

  private static final SearchOptions LUCENE =
      SearchOptions.builder().syntax(QuerySyntax.LUCENE).build();

  private static IllegalArgumentException refused(NameIndex index, String q, SearchOptions o) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> index.search(q, o));
    assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    return e;
  }

  @Test
  void deeplyNestedLuceneQueriesAreRefusedNotAStackOverflow() throws IOException {
    try (NameIndex index = NameIndex.builder().build()) {
      index.add(Document.builder("a").body("a Baltrukov").build());
      index.commit();
      String regexp = "/" + "(".repeat(600) + "a" + ")".repeat(600) + "/";
      assertTrue(refused(index, regexp, LUCENE).getMessage().contains("nested 600 levels"));
      String groups = "(".repeat(600) + "Baltrukov" + ")".repeat(600);
      assertTrue(refused(index, groups, LUCENE).getMessage().contains("the limit is 32"));
      // within the limit, nesting works
      String ok = "(".repeat(NameIndex.MAX_LUCENE_NESTING) + "Baltrukov" + ")".repeat(32);
      assertEquals(1, index.search(ok, LUCENE).hits().size());
    }
  }

  /** 'q*' over a document of many distinct words made a postings enum per term, per hit. */
  @Test
  void prefixQueriesExpandToABoundedNumberOfTerms() throws IOException {
    try (NameIndex index = NameIndex.builder().build()) {
      StringBuilder body = new StringBuilder();
      for (int i = 0; i < 3000; i++) {
        body.append("q").append(Integer.toString(i, 26).replace('0', 'x')).append("zz ");
      }
      index.add(Document.builder("many").body(body.toString()).build());
      index.add(Document.builder("few").body("qualm quiet").build());
      index.commit();
      IllegalArgumentException e = refused(index, "q*", LUCENE);
      assertTrue(e.getMessage().contains("too many terms"), e.getMessage());
      assertEquals(1, index.search("qual*", LUCENE).hits().size());
    }
  }

  @Test
  void aLongSingleWordSaysItIsSplit() throws IOException {
    try (NameIndex index = NameIndex.builder().build()) {
      index.add(Document.builder("a").body("Baltrukov").build());
      index.commit();
      IllegalArgumentException e = refused(index, "a".repeat(4096), SearchOptions.defaults());
      assertTrue(
          e.getMessage().contains("query has 17 words (a word over 255 characters is split"),
          e.getMessage());
      // 16 pieces are still a query
      index.search("b".repeat(16 * 255), SearchOptions.defaults());
      assertTrue(
          refused(index, "a ".repeat(17), SearchOptions.defaults())
              .getMessage()
              .toLowerCase(Locale.ROOT)
              .endsWith("query has 17 words; the limit is 16"));
    }
  }
}
