package io.namesearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Paging a full-name query: in person mode (the default), whose order is the person ranking's, and
 * in words mode; by cursor (every page) and by offset (every seventh), with filters and date sort.
 * Paging through 1,000 hits 10 at a time gets exactly the hits of one big search, in order.
 */
class PersonPagingTest {

  private static final String QUERY = "Dmitry Baltrukov";

  /** How the documents name someone: the person, by initial, surname only, a namesake, ... */
  private static final String[] MENTIONS = {
    "Dmitry Baltrukov",
    "Dmitri Baltrukow",
    "Дмитрий Балтруков",
    "D. Baltrukov",
    "Baltrukov",
    "Mr Baltrukova",
    "Sergey Baltrukov",
    "S. Baltrukov",
    "Dmitry Ivanov",
    "Baltrukov Dmitry Petrovich"
  };

  /** 1,300 documents, most naming Baltrukov or a Dmitry, over several segments. */
  private static NameIndex index() throws IOException {
    NameIndex index = NameIndex.builder().build();
    Random random = new Random(7);
    for (int i = 0; i < 1300; i++) {
      StringBuilder body = new StringBuilder("The deputy ");
      body.append(i % 10 == 9 ? "Ivan Petrov" : MENTIONS[random.nextInt(MENTIONS.length)]);
      body.append(" spoke");
      for (int w = random.nextInt(5); w > 0; w--) {
        body.append(random.nextBoolean() ? " again" : " and Baltrukov agreed");
      }
      Document.Builder d =
          Document.builder(String.format(Locale.ROOT, "p%04d", (i * 7919) % 1300))
              .title(random.nextInt(4) == 0 ? "Baltrukov" : "News")
              .body(body.toString())
              .metadata("desk", i % 3 == 0 ? "politics" : "world");
      if (i % 5 != 0) {
        d.date(LocalDate.of(2021, 3, 1).plusDays(random.nextInt(40)));
      }
      index.add(d.build());
      if (i % 211 == 0) {
        index.commit();
      }
    }
    index.commit();
    return index;
  }

  private static List<String> ids(SearchResult r) {
    return r.hits().stream().map(Hit::id).toList();
  }

  /** Pages of 10 through the first {@code n} hits, by cursor and by offset, against one search. */
  private static void pagesAreTheBigSearch(NameIndex index, SearchOptions base, int n, String what)
      throws IOException {
    SearchResult all = index.search(QUERY, base.toBuilder().limit(n).build());
    assertEquals(n, all.hits().size(), what + ": hits of the big search");
    assertEquals(n, new HashSet<>(ids(all)).size(), what + ": every hit once");
    List<String> byCursor = new ArrayList<>();
    Hit last = null;
    for (int page = 0; page < n / 10; page++) {
      SearchOptions.Builder b = base.toBuilder().limit(10);
      if (last != null) {
        b.searchAfter(last);
      }
      SearchResult r = index.search(QUERY, b.build());
      assertEquals(10, r.hits().size(), what + ": page " + page);
      byCursor.addAll(ids(r));
      last = r.hits().get(9);
      if (page % 7 == 0) {
        assertEquals(
            ids(all).subList(page * 10, page * 10 + 10),
            ids(index.search(QUERY, base.toBuilder().limit(10).offset(page * 10).build())),
            what + ": page " + page + " by offset");
      }
    }
    assertEquals(ids(all), byCursor, what + ": by cursor");
    // the scores of the pages are those of the big search (the person ranking's, in person mode)
    SearchResult second = index.search(QUERY, base.toBuilder().limit(10).offset(10).build());
    for (int i = 0; i < 10; i++) {
      assertEquals(all.hits().get(10 + i).score(), second.hits().get(i).score(), what);
    }
  }

  @Test
  void personModePagesAreTheBigSearch() throws IOException {
    try (NameIndex index = index()) {
      SearchOptions base = SearchOptions.builder().highlight(false).build();
      assertEquals(QueryMode.PERSON, base.mode());
      SearchResult top = index.search(QUERY, base.toBuilder().explain(true).build());
      assertTrue(top.hits().get(0).mention().isPresent(), "person mode re-ranks: " + top);
      pagesAreTheBigSearch(index, base, 1000, "person");
    }
  }

  @Test
  void aSmallFirstPageIsTheStartOfABigOne() throws IOException {
    // Whatever the page size, the first pass re-ranks the person window (at least 50 documents):
    // a small first page is the start of a bigger one, scores too. (A first pass of only twice
    // the page, taken when its page was all full names, was tried and dropped: see the README.)
    try (NameIndex index = index()) {
      for (String q : List.of(QUERY, "Baltrukov, Dmitry", "Д. Балтруков", "Ivan Petrov")) {
        List<Hit> big = index.search(q, SearchOptions.builder().limit(25).build()).hits();
        for (int limit = 1; limit <= 12; limit++) {
          List<Hit> page = index.search(q, SearchOptions.builder().limit(limit).build()).hits();
          assertEquals(Math.min(limit, big.size()), page.size(), q + " limit " + limit);
          for (int i = 0; i < page.size(); i++) {
            assertEquals(big.get(i).id(), page.get(i).id(), q + " limit " + limit + " rank " + i);
            assertEquals(big.get(i).score(), page.get(i).score(), 0f, q + " rank " + i);
          }
        }
      }
    }
    // The first pass ties five short co-occurrences (Dmitry Ivanov ... Baltrukov) above the one
    // full name, which is longer: a first pass of twice the page finds no full name, and the
    // window must lift it.
    try (NameIndex index = NameIndex.builder().build()) {
      for (int i = 0; i < 5; i++) {
        index.add(Document.builder("co" + i).body("Dmitry Ivanov met Baltrukov.").build());
      }
      index.add(
          Document.builder("full")
              .body("In a long statement read out on Tuesday, Dmitry Baltrukov refused again.")
              .build());
      index.commit();
      for (int limit = 1; limit <= 3; limit++) {
        List<Hit> page = index.search(QUERY, SearchOptions.builder().limit(limit).build()).hits();
        assertEquals("full", page.get(0).id(), "limit " + limit + ": " + page);
      }
    }
  }

  @Test
  void wordsModeAndFiltersAndDateSortPagesAreTheBigSearch() throws IOException {
    try (NameIndex index = index()) {
      SearchOptions base = SearchOptions.builder().highlight(false).build();
      List<UnaryOperator<SearchOptions.Builder>> variants =
          List.of(
              b -> b.mode(QueryMode.WORDS),
              b -> b.where("desk", "world").since(LocalDate.of(2021, 3, 1)),
              b -> b.sort(SearchOptions.SortOrder.DATE_DESC));
      String[] names = {"words", "where and since", "date desc"};
      int[] sizes = {1000, 500, 1000};
      for (int v = 0; v < variants.size(); v++) {
        pagesAreTheBigSearch(
            index, variants.get(v).apply(base.toBuilder()).build(), sizes[v], names[v]);
      }
    }
  }

  @Test
  void aPersonCursorIsRefusedByAnotherKindOfSearch() throws IOException {
    try (NameIndex index = index()) {
      Hit person = index.search(QUERY).hits().get(0);
      Hit words =
          index.search(QUERY, SearchOptions.builder().mode(QueryMode.WORDS).build()).hits().get(0);
      assertFalse(person.cursor().isEmpty());
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  index.search(
                      QUERY,
                      SearchOptions.builder().mode(QueryMode.WORDS).searchAfter(person).build()));
      assertEquals(
          "cursor is from a search for a person's name, not for these words", e.getMessage());
      e =
          assertThrows(
              IllegalArgumentException.class,
              () -> index.search(QUERY, SearchOptions.builder().searchAfter(words).build()));
      assertEquals("invalid cursor: not one a search returned", e.getMessage());
    }
  }
}
