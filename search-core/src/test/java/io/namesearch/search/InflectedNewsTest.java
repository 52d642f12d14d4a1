package io.namesearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.namesearch.engine.MatchTier;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A Cyrillic news paragraph in which every name is declined: the Latin nominative of each name
 * finds the paragraph, highlights the inflected word, and explains the match at the family tier.
 */
class InflectedNewsTest {

  static final String PARAGRAPH =
      "Вчера в Москве Дмитрию Балтрукову вручили повестку. Адвокат Балтрукова заявил, что "
          + "встречался с Михаилом Ходорковским и Юлией Навальной, а позже созвонился с Сергеем "
          + "Лавровым. По словам Владимировича, письмо Ходорковского передали Александру "
          + "Солженицыну ещё в Смольнинском. Жители Смоленска и Твери обсуждали Анну "
          + "Политковскую и Ельцина.";

  /** A query word, the word of the paragraph it must find, and that word's tier. */
  @ParameterizedTest
  @CsvSource({
    "Moskva, Москве",
    "Dmitry, Дмитрию",
    "Baltrukov, Балтрукову",
    "Mikhail, Михаилом",
    "Khodorkovsky, Ходорковским",
    "Yulia, Юлией",
    "Navalnaya, Навальной",
    "Sergey, Сергеем",
    "Lavrov, Лавровым",
    "Vladimirovich, Владимировича",
    "Aleksandr, Александру",
    "Solzhenitsyn, Солженицыну",
    "Smolninskoye, Смольнинском",
    "Smolensk, Смоленска",
    "Tver, Твери",
    "Anna, Анну",
    "Politkovskaya, Политковскую",
    "Yeltsin, Ельцина",
  })
  void latinNominativeFindsInflectedForm(String query, String inflected) throws IOException {
    try (NameIndex index = NameIndex.builder().build()) {
      index.add(Document.builder("news").title("Новости").body(PARAGRAPH).build());
      index.add(Document.builder("other").title("Other").body("Nothing related here.").build());
      index.commit();
      SearchResult r = index.search(query);
      assertEquals(List.of("news"), r.hits().stream().map(Hit::id).toList(), query);
      Hit hit = r.hits().get(0);
      assertTrue(
          hit.matches().contains(new WordMatch(query, inflected, MatchTier.FAMILY, "body")),
          query + ": " + hit.matches());
      String marked = hit.snippets().get(0).marked("[", "]");
      assertTrue(marked.contains("[" + inflected + "]"), marked);
    }
  }

  @Test
  void paragraphHasAtLeastTenDeclinedNames() {
    long names = PARAGRAPH.chars().filter(Character::isUpperCase).count();
    assertTrue(names >= 10, "declined names: " + names);
  }

  @Test
  void familyTierCanBeSwitchedOff() throws IOException {
    try (NameIndex index = NameIndex.builder().build()) {
      index.add(Document.builder("news").title("Новости").body(PARAGRAPH).build());
      index.commit();
      Set<MatchTier> noFamily = EnumSet.of(MatchTier.EXACT, MatchTier.VARIANT);
      SearchResult r = index.search("Lavrov", SearchOptions.builder().tiers(noFamily).build());
      assertFalse(
          r.hits().stream()
              .flatMap(h -> h.matches().stream())
              .anyMatch(m -> m.tier() == MatchTier.FAMILY),
          r.toString());
      assertTrue(r.hits().isEmpty(), "Лавровым is only a family match: " + r);
    }
  }
}
