package io.namesearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.namesearch.search.NameIndex;
import io.namesearch.search.SearchOptions;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A tiny smoke test run by {@code mvn verify}; the real benchmarks run from {@code
 * ./benchmarks/run}.
 */
class SmokeTest {

  @Test
  void generatorIsDeterministic() {
    CorpusGenerator a = new CorpusGenerator();
    CorpusGenerator b = new CorpusGenerator();
    for (int i : new int[] {0, 1, 999, 123_456}) {
      assertEquals(a.doc(i), b.doc(i));
    }
    assertFalse(a.doc(1).equals(a.doc(2)));
  }

  @Test
  void romanizerSchemes() {
    assertEquals("Kuznetsov", Romanizer.ENGLISH.romanize("Кузнецов"));
    assertEquals("Kusnezow", Romanizer.GERMAN.romanize("Кузнецов"));
    assertEquals("Szczerbakow", Romanizer.POLISH.romanize("Щербаков"));
    assertEquals("Joukovski", Romanizer.FRENCH.romanize("Жуковский"));
    assertEquals("Zajcev", Romanizer.SCHOLARLY.romanize("Зайцев"));
    assertEquals("Dzerzhinsky", Romanizer.WIKIPEDIA.romanize("Дзержинский"));
  }

  @Test
  void tasksCoverEveryCategory() {
    Set<String> categories =
        Tasks.load().stream().map(Tasks.Task::category).collect(Collectors.toSet());
    assertEquals(Set.copyOf(Report.CATEGORIES), categories);
  }

  @Test
  void typoRateIsAboutTwoPercent() {
    CorpusGenerator g = new CorpusGenerator();
    long mentions = 0;
    long typos = 0;
    for (int i = 0; i < 5000; i++) {
      for (CorpusGenerator.Mention m : g.doc(i).mentions()) {
        mentions++;
        typos += m.typo() ? 1 : 0;
      }
    }
    double rate = typos / (double) mentions;
    assertTrue(rate > 0.01 && rate < 0.025, "typo share of all mentions " + rate);
  }

  @Test
  void oursFindsInsertedSpellingsOnATinyCorpus() throws Exception {
    CorpusGenerator g = new CorpusGenerator();
    try (NameIndex index = NameIndex.builder().build()) {
      for (int i = 0; i < 300; i++) {
        index.add(Systems.oursDoc(g.doc(i)));
      }
      index.commit();
      long docsWithEntity =
          java.util.stream.IntStream.range(0, 300)
              .filter(
                  i -> g.doc(i).mentions().stream().anyMatch(m -> m.entity().equals("Кузнецов")))
              .count();
      SearchOptions ids =
          SearchOptions.builder()
              .limit(1)
              .fetch(SearchOptions.Fetch.ID)
              .totalHitsThreshold(Integer.MAX_VALUE)
              .build();
      long hits = index.search("Kusnezow", ids).totalHits();
      assertTrue(docsWithEntity > 10);
      assertTrue(
          hits >= docsWithEntity * 0.75 && hits <= docsWithEntity * 1.25 + 2,
          hits + " hits for " + docsWithEntity + " documents");
      assertEquals(List.of(), index.search("Zhmurkevich", ids).hits());
    }
  }
}
