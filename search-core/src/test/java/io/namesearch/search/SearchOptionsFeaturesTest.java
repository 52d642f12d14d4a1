package io.namesearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.namesearch.engine.MatchTier;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Paging, filters, date sort, thresholds and counts of {@link NameIndex#search}. */
class SearchOptionsFeaturesTest {

  private static final String[] SPELLINGS = {
    "Baltrukov",
    "Baltrukow",
    "Baltrukova",
    "Baltrukovs",
    "Baltrukoff",
    "Baltrukovu",
    "Baltrakov",
    "Балтруков"
  };

  private static List<String> ids(SearchResult r) {
    return r.hits().stream().map(Hit::id).toList();
  }

  /** 1,000 matching documents (and some that do not), many tied, over several segments. */
  private static NameIndex bigIndex() throws IOException {
    NameIndex index = NameIndex.builder().build();
    Random random = new Random(42);
    for (int i = 0; i < 1100; i++) {
      String name = i < 1000 ? SPELLINGS[random.nextInt(SPELLINGS.length)] : "Ivanov";
      StringBuilder body = new StringBuilder("The deputy ").append(name).append(" spoke");
      for (int w = random.nextInt(4); w > 0; w--) {
        body.append(" again");
      }
      Document.Builder d =
          Document.builder(String.format(Locale.ROOT, "d%04d", (i * 7919) % 1100))
              .title("News")
              .body(body.toString())
              .metadata("desk", i % 3 == 0 ? "politics" : "world");
      if (i % 5 != 0) {
        d.date(LocalDate.of(2020, 1, 1).plusDays(random.nextInt(30)));
      }
      index.add(d.build());
      if (i % 137 == 0) {
        index.commit(); // several segments
      }
    }
    index.commit();
    return index;
  }

  @Test
  void tiedHitsKeepTheirOrderWhateverTheLimit() throws IOException {
    // issue 12: a long and a short document that tie gave [long] at limit 1, [short, long] at 2
    try (NameIndex index = NameIndex.builder().build()) {
      index.add(
          Document.builder("long")
              .body("Baltrukov said many more words here than the other one did")
              .build());
      index.add(Document.builder("short").body("Baltrukov said").build());
      index.commit();
      SearchOptions.Builder b = SearchOptions.builder();
      assertEquals(List.of("short"), ids(index.search("Baltrukov", b.limit(1).build())));
      assertEquals(List.of("short", "long"), ids(index.search("Baltrukov", b.limit(2).build())));
    }
  }

  @Test
  void equalLengthTiesAreOrderedById() throws IOException {
    try (NameIndex index = NameIndex.builder().build()) {
      for (String id : List.of("c", "a", "b")) {
        index.add(Document.builder(id).body("Baltrukov spoke").build());
        index.commit();
      }
      assertEquals(List.of("a"), ids(index.search("Baltrukov", limit(1))));
      assertEquals(List.of("a", "b", "c"), ids(index.search("Baltrukov", limit(3))));
    }
  }

  private static SearchOptions limit(int n) {
    return SearchOptions.builder().limit(n).build();
  }

  @Test
  void pagingWithCursorAndOffsetGivesTheBigSearch() throws IOException {
    try (NameIndex index = bigIndex()) {
      for (SearchOptions.SortOrder sort : SearchOptions.SortOrder.values()) {
        SearchOptions base = SearchOptions.builder().sort(sort).highlight(false).build();
        SearchResult all = index.search("Baltrukov", base.toBuilder().limit(1000).build());
        assertEquals(1000, all.hits().size(), sort.name());
        List<String> byCursor = new ArrayList<>();
        List<String> byOffset = new ArrayList<>();
        Hit last = null;
        for (int page = 0; page < 100; page++) {
          SearchOptions.Builder b = base.toBuilder().limit(10);
          if (last != null) {
            b.searchAfter(last);
          }
          SearchResult r = index.search("Baltrukov", b.build());
          assertEquals(10, r.hits().size());
          byCursor.addAll(ids(r));
          last = r.hits().get(9);
          if (sort == SearchOptions.SortOrder.SCORE || page % 10 == 0) {
            byOffset.addAll(
                ids(
                    index.search(
                        "Baltrukov", base.toBuilder().limit(10).offset(page * 10).build())));
          }
        }
        assertEquals(ids(all), byCursor, sort.name());
        if (sort == SearchOptions.SortOrder.SCORE) {
          assertEquals(ids(all), byOffset, sort.name());
        } else {
          for (int page = 0; page < 10; page++) {
            assertEquals(
                ids(all).subList(page * 100, page * 100 + 10),
                byOffset.subList(page * 10, page * 10 + 10),
                sort.name());
          }
        }
        SearchResult after = index.search("Baltrukov", base.toBuilder().searchAfter(last).build());
        assertEquals(List.of(), after.hits());
        // the page order is the name query's ranking, with raw scores unchanged
        List<Hit> hits = all.hits();
        for (int i = 1; i < hits.size() && sort == SearchOptions.SortOrder.SCORE; i++) {
          assertTrue(hits.get(i - 1).score() >= hits.get(i).score());
        }
      }
    }
  }

  @Test
  void badCursorsAreRefused() throws IOException {
    try (NameIndex index = bigIndex()) {
      Hit hit = index.search("Baltrukov").hits().get(0);
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  index.search(
                      "Baltrukov",
                      SearchOptions.builder()
                          .searchAfter(hit)
                          .sort(SearchOptions.SortOrder.DATE_DESC)
                          .build()));
      assertEquals("cursor is from a search sorted by score, not date_desc", e.getMessage());
      e =
          assertThrows(
              IllegalArgumentException.class,
              () -> index.search("Baltrukov", SearchOptions.builder().after("nonsense!").build()));
      assertEquals("invalid cursor: not one a search returned", e.getMessage());
      assertThrows(
          IllegalArgumentException.class, () -> SearchOptions.builder().offset(-1).build());
      assertThrows(
          IllegalArgumentException.class,
          () -> SearchOptions.builder().offset(SearchOptions.MAX_OFFSET + 1).build());
    }
  }

  @Test
  void filtersKeepScoresAndOrder() throws IOException {
    try (NameIndex index = bigIndex()) {
      SearchOptions all = SearchOptions.builder().limit(1000).highlight(false).build();
      Map<String, Float> scores = new HashMap<>();
      List<String> expected = new ArrayList<>();
      for (Hit h : index.search("Baltrukov", all).hits()) {
        scores.put(h.id(), h.score());
        LocalDate day = h.document().date().orElse(null);
        if (h.document().metadata().get("desk").equals("politics")
            && day != null
            && !day.isBefore(LocalDate.of(2020, 1, 10))
            && !day.isAfter(LocalDate.of(2020, 1, 20))) {
          expected.add(h.id());
        }
      }
      SearchResult r =
          index.search(
              "Baltrukov",
              all.toBuilder()
                  .where("desk", "politics")
                  .since(LocalDate.of(2020, 1, 10))
                  .until(LocalDate.of(2020, 1, 20))
                  .build());
      assertFalse(expected.isEmpty());
      assertEquals(expected, ids(r));
      assertEquals(expected.size(), r.totalHits());
      for (Hit h : r.hits()) {
        assertEquals(scores.get(h.id()), h.score(), h.id());
      }
      // one of several values; an unknown key or value matches nothing
      assertEquals(
          1000,
          index
              .search("Baltrukov", all.toBuilder().where("desk", "politics", "world").build())
              .totalHits());
      assertEquals(
          0, index.search("Baltrukov", all.toBuilder().where("desk", "sport").build()).totalHits());
      assertEquals(
          0, index.search("Baltrukov", all.toBuilder().where("nokey", "x").build()).totalHits());
      assertThrows(
          IllegalArgumentException.class,
          () ->
              SearchOptions.builder()
                  .since(LocalDate.of(2021, 1, 1))
                  .until(LocalDate.of(2020, 1, 1))
                  .build());
    }
  }

  @Test
  void dateSortPutsUndatedLastAndBreaksTiesByScore() throws IOException {
    try (NameIndex index = bigIndex()) {
      for (SearchOptions.SortOrder sort :
          List.of(SearchOptions.SortOrder.DATE_DESC, SearchOptions.SortOrder.DATE_ASC)) {
        List<Hit> hits =
            index
                .search(
                    "Baltrukov",
                    SearchOptions.builder().limit(1000).highlight(false).sort(sort).build())
                .hits();
        for (int i = 1; i < hits.size(); i++) {
          var a = hits.get(i - 1).document().date();
          var b = hits.get(i).document().date();
          if (a.isEmpty()) {
            assertTrue(b.isEmpty(), "undated documents come last");
          } else if (b.isPresent() && a.get().equals(b.get())) {
            assertTrue(hits.get(i - 1).score() >= hits.get(i).score());
          } else if (b.isPresent()) {
            assertEquals(
                sort == SearchOptions.SortOrder.DATE_DESC, a.get().isAfter(b.get()), a + " " + b);
          }
        }
        assertTrue(hits.get(hits.size() - 1).document().date().isEmpty());
      }
    }
  }

  private static NameIndex tierIndex() throws IOException {
    NameIndex index = NameIndex.builder().build();
    index.add(Document.builder("exact").body("Dmitry Baltrukov spoke").build());
    index.add(Document.builder("variant").body("Dmitri Baltrukow spoke").build());
    index.add(Document.builder("family").body("Dmitry Baltrukova spoke").build());
    index.add(Document.builder("typo").body("Dmitry Baltrkov spoke").build());
    index.add(Document.builder("none").body("Nobody spoke").build());
    index.commit();
    return index;
  }

  @Test
  void minTierKeepsHitsWhoseEveryWordIsStrongEnough() throws IOException {
    try (NameIndex index = tierIndex()) {
      SearchOptions.Builder b = SearchOptions.builder().limit(10);
      assertEquals(4, index.search("Dmitry Baltrukov", b.build()).totalHits());
      assertEquals(
          List.of("exact"),
          ids(index.search("Dmitry Baltrukov", b.minTier(MatchTier.EXACT).build())));
      assertEquals(
          List.of("exact", "variant"),
          ids(index.search("Dmitry Baltrukov", b.minTier(MatchTier.VARIANT).build())));
      assertEquals(
          List.of("exact", "variant", "family"),
          ids(index.search("Dmitry Baltrukov", b.minTier(MatchTier.FAMILY).build())));
      // scores are those of the search without the threshold
      Map<String, Float> scores = new HashMap<>();
      index.search("Dmitry Baltrukov").hits().forEach(h -> scores.put(h.id(), h.score()));
      for (Hit h : index.search("Dmitry Baltrukov", b.build()).hits()) {
        assertEquals(scores.get(h.id()), h.score());
      }
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  index.search(
                      "Baltrukov",
                      SearchOptions.builder()
                          .syntax(QuerySyntax.LUCENE)
                          .minTier(MatchTier.EXACT)
                          .build()));
      assertTrue(e.getMessage().contains("plain-text"), e.getMessage());
    }
  }

  @Test
  void normalizedScoreIsOneForExactAndComparableAcrossQueries() throws IOException {
    try (NameIndex index = tierIndex()) {
      for (String q : List.of("Baltrukov", "Dmitry Baltrukov", "Baltrkov")) {
        for (Hit h : index.search(q).hits()) {
          assertTrue(h.normalizedScore() >= 0 && h.normalizedScore() <= 1, q + " " + h);
        }
      }
      Hit exact = index.search("Dmitry Baltrukov").hits().get(0);
      assertEquals("exact", exact.id());
      assertEquals(1.0, exact.normalizedScore());
      assertEquals(1.0, index.search("Baltrukova").hits().get(0).normalizedScore());
      double variant = score(index, "Dmitry Baltrukov", "variant");
      double typo = score(index, "Dmitry Baltrukov", "typo");
      assertTrue(variant < 1.0 && typo < variant, variant + " " + typo);
      // a threshold keeps the hits at or above it
      SearchResult r =
          index.search("Dmitry Baltrukov", SearchOptions.builder().minScore(variant).build());
      assertEquals(List.of("exact", "variant"), ids(r).subList(0, 2));
      for (Hit h : r.hits()) {
        assertTrue(h.normalizedScore() >= variant);
      }
      assertFalse(ids(r).contains("typo"));
      assertEquals(
          List.of("exact"),
          ids(index.search("Dmitry Baltrukov", SearchOptions.builder().minScore(1.0).build())));
    }
  }

  private static double score(NameIndex index, String q, String id) throws IOException {
    return index.search(q).hits().stream()
        .filter(h -> h.id().equals(id))
        .findFirst()
        .orElseThrow()
        .normalizedScore();
  }

  @Test
  void countsPerTierAndPerValue() throws IOException {
    try (NameIndex index = tierIndex()) {
      SearchResult r =
          index.search(
              "Dmitry Baltrukov", SearchOptions.builder().limit(1).countTiers(true).build());
      assertEquals(1, r.hits().size());
      assertEquals(
          Map.of(
              MatchTier.EXACT,
              1L,
              MatchTier.VARIANT,
              1L,
              MatchTier.FAMILY,
              1L,
              MatchTier.FUZZY,
              1L),
          r.tierCounts());
      assertEquals(Map.of(), index.search("Dmitry Baltrukov").tierCounts());
    }
    try (NameIndex index = bigIndex()) {
      SearchResult r =
          index.search(
              "Baltrukov",
              SearchOptions.builder().limit(1).countTiers(true).countBy("desk").build());
      assertEquals(1000, r.totalHits());
      assertTrue(r.totalHitsExact());
      assertEquals(1000L, r.tierCounts().values().stream().mapToLong(Long::longValue).sum());
      Map<String, Long> desks = r.valueCounts().get("desk");
      assertEquals(List.of("world", "politics"), List.copyOf(desks.keySet()));
      assertEquals(1000L, desks.values().stream().mapToLong(Long::longValue).sum());
      // counts agree with minTier: the documents kept at a tier are those counted at it or above
      long atLeastVariant =
          r.tierCounts().getOrDefault(MatchTier.EXACT, 0L)
              + r.tierCounts().getOrDefault(MatchTier.VARIANT, 0L);
      assertEquals(
          atLeastVariant,
          index
              .search("Baltrukov", SearchOptions.builder().minTier(MatchTier.VARIANT).build())
              .totalHits());
    }
  }
}
