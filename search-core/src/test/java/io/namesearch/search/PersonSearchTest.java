package io.namesearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.namesearch.engine.NameEngine;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Person search: mentions as units, initials, namesakes, first names alone, and --words. */
class PersonSearchTest {

  private static NameIndex index;

  private static final String[][] DOCS = {
    {"full", "Вчера Дмитрий Александрович Палюга заявил, что не получал повестки."},
    {"case", "Суд оштрафовал Дмитрия Палюгу. Позже Палюга не отвечал на звонки."},
    {"reversed", "A statement signed by PALYUGA, Dmitry was published."},
    {"initial", "According to D. A. Palyuga, the vote never took place."},
    {"bare", "The deputy Palyuga did not answer calls."},
    {"namesake", "Sergey Palyuga said the council would meet. Palyuga added more."},
    {"namesakeInitial", "S. Palyuga told reporters nothing."},
    {"cooccurrence", "Дмитрий Медведев встретился с Сергеем Палюгой в понедельник."},
    {"firstOnly", "Dmitry Ivanov was detained on Tuesday."},
    {"prepositionOnly", "Сегодня с Ивановым встретился Д. Петров."},
  };

  @BeforeAll
  static void build() throws IOException {
    index = NameIndex.builder().build();
    for (String[] d : DOCS) {
      index.add(Document.builder(d[0]).body(d[1]).build());
    }
    index.commit();
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static List<String> ids(String query, QueryMode mode) throws IOException {
    return index.search(query, SearchOptions.builder().limit(20).mode(mode).build()).hits().stream()
        .map(Hit::id)
        .toList();
  }

  private static int rank(List<String> ids, String id) {
    int r = ids.indexOf(id);
    return r < 0 ? Integer.MAX_VALUE : r;
  }

  private static void assertPersonOrder(List<String> ids) {
    String message = ids.toString();
    for (String person : List.of("full", "case", "reversed")) {
      assertTrue(rank(ids, person) < rank(ids, "initial"), person + " above initial: " + message);
    }
    assertTrue(rank(ids, "initial") < rank(ids, "bare"), message);
    for (String other : List.of("namesake", "namesakeInitial", "cooccurrence")) {
      assertTrue(rank(ids, "bare") < rank(ids, other), "bare above " + other + ": " + message);
      assertTrue(rank(ids, other) < rank(ids, "firstOnly"), other + " above firstOnly: " + message);
    }
    assertFalse(ids.contains("prepositionOnly"), "an initial never matches alone: " + message);
  }

  @Test
  void fullNameInAnyOrderScriptAndForm() throws IOException {
    assertPersonOrder(ids("Dmitry Palyuga", QueryMode.PERSON));
    assertPersonOrder(ids("Палюга Дмитрий Александрович", QueryMode.PERSON));
    assertPersonOrder(ids("Paljuga, Dmitrij", QueryMode.PERSON));
  }

  @Test
  void initialOfSeveralLettersAsAnySchemeWritesIt() throws IOException {
    // French writes Ю as iou: Iou. is Yury's initial, and the brother named beside him does not
    // make the document a namesake's
    try (NameIndex idx = NameIndex.builder().build()) {
      idx.add(
          Document.builder("initial")
              .body("According to Iou. Variabenko, the decision was taken. His brother Ievgeni")
              .build());
      idx.add(Document.builder("brother").body("Yevgeniy Varyabenko told reporters.").build());
      idx.add(Document.builder("sister").body("Наталья Варябенко заявила журналистам.").build());
      idx.commit();
      for (String q : List.of("Yury Varyabenko", "Юрий Варябенко", "Varyabenko, Iouri")) {
        List<Hit> hits = idx.search(q, SearchOptions.builder().build()).hits();
        assertEquals("initial", hits.get(0).id(), q + ": " + hits);
        assertEquals(
            PersonMention.Kind.INITIAL,
            hits.get(0).mention().orElseThrow().kind(),
            q + ": " + hits);
      }
    }
  }

  @Test
  void aFullNameThroughASurnameTypoIsReadWhereItCanEnterThePage() throws IOException {
    // The surname's typo clauses are read last, only for documents that can still enter the page:
    // "typoFull" ties with both full names in the first pass and is shorter than "long", so it
    // is the second hit, a full name through its typo (Palyugda) next to the given name.
    try (NameIndex idx = NameIndex.builder().build()) {
      idx.add(Document.builder("short").body("Dmitry Palyuga spoke.").build());
      idx.add(
          Document.builder("typoFull")
              .body("Palyuga said so. Then Dmitry Palyugda spoke.")
              .build());
      idx.add(
          Document.builder("long")
              .body("Dmitry Palyuga spoke to the council on Tuesday at some length.")
              .build());
      idx.commit();
      for (int limit = 1; limit <= 3; limit++) {
        List<Hit> hits =
            idx.search("Dmitry Palyuga", SearchOptions.builder().limit(limit).build()).hits();
        List<String> expected = List.of("short", "typoFull", "long").subList(0, limit);
        assertEquals(expected, hits.stream().map(Hit::id).toList(), "limit " + limit);
        for (Hit h : hits) {
          assertEquals(
              PersonMention.Kind.FULL_NAME, h.mention().orElseThrow().kind(), h.toString());
        }
      }
    }
  }

  @Test
  void wordsModeKeepsTheBagOfWords() throws IOException {
    List<String> words = ids("Dmitry Palyuga", QueryMode.WORDS);
    // without mentions, the co-occurrence (both words) outranks the initial (surname only)
    assertTrue(rank(words, "cooccurrence") < rank(words, "initial"), words.toString());
    SearchResult r =
        index.search("Dmitry Palyuga", SearchOptions.builder().mode(QueryMode.WORDS).build());
    assertTrue(r.hits().stream().allMatch(h -> h.mention().isEmpty()));
  }

  @Test
  void singleWordAndNonNameQueriesAreUnchanged() throws IOException {
    for (String q : List.of("Palyuga", "Palyuga council", "Dmitry 2022")) {
      assertEquals(ids(q, QueryMode.WORDS), ids(q, QueryMode.PERSON), q);
      assertTrue(index.search(q).hits().stream().allMatch(h -> h.mention().isEmpty()), q);
    }
  }

  @Test
  void explanationsNameTheMention() throws IOException {
    SearchResult r = index.search("Dmitry Palyuga");
    assertEquals(
        "Дмитрия Палюгу ≈ Dmitry Palyuga (full name; family, family)",
        mention(r, "case").orElseThrow().explain());
    assertEquals(
        "D. A. Palyuga ≈ Dmitry Palyuga (initial + surname; exact)",
        mention(r, "initial").orElseThrow().explain());
    assertEquals(
        "Sergey Palyuga: another given name", mention(r, "namesake").orElseThrow().explain());
    assertEquals(
        "S. Palyuga: another given name", mention(r, "namesakeInitial").orElseThrow().explain());
    assertEquals(PersonMention.Kind.SURNAME, mention(r, "bare").orElseThrow().kind());
    assertTrue(mention(r, "firstOnly").isEmpty(), "no surname: the word matches explain it");
  }

  private static Optional<PersonMention> mention(SearchResult r, String id) {
    return r.hits().stream().filter(h -> h.id().equals(id)).findFirst().flatMap(Hit::mention);
  }

  @Test
  void queryRoles() throws IOException {
    NameEngine engine = NameEngine.defaults();
    NameQueryBuilder b =
        new NameQueryBuilder(new io.namesearch.analysis.RussianNameAnalyzer(), engine);
    PersonName p = PersonName.of(b.words("Palyuga, Dmitry"), engine).orElseThrow();
    assertEquals(1, p.given());
    assertEquals(0, p.surname());
    p = PersonName.of(b.words("Roman Abramovich"), engine).orElseThrow();
    assertEquals(0, p.given());
    assertEquals(1, p.surname());
    p = PersonName.of(b.words("Палюга Дмитрий Александрович"), engine).orElseThrow();
    assertEquals(1, p.given());
    assertEquals(2, p.patronymic());
    assertEquals(0, p.surname());
    p = PersonName.of(b.words("Д. А. Палюга"), engine).orElseThrow();
    assertTrue(p.givenIsInitial());
    assertEquals(2, p.surname());
    // a surname that ends like a patronymic, before the given name (sanctions lists: Vashkevich,
    // Stankevich, Petrovich): the surname, not a second patronymic
    p = PersonName.of(b.words("VASHKEVICH, Vladimir Vladimirovich"), engine).orElseThrow();
    assertEquals(0, p.surname());
    assertEquals(1, p.given());
    assertEquals(2, p.patronymic());
    p = PersonName.of(b.words("Станкевич Сергей Николаевич"), engine).orElseThrow();
    assertEquals(0, p.surname());
    assertEquals(2, p.patronymic());
    p = PersonName.of(b.words("Vashkevich V. V."), engine).orElseThrow();
    assertEquals(0, p.surname());
    assertTrue(p.givenIsInitial());
    assertEquals(2, p.patronymic());
    // Belarusian and Ukrainian patronymics
    p = PersonName.of(b.words("LUKASHENKA, Dzmitry Aliaksandravich"), engine).orElseThrow();
    assertEquals(0, p.surname());
    assertEquals(2, p.patronymic());
    p = PersonName.of(b.words("Halina Uladzimirauna Lukashenka"), engine).orElseThrow();
    assertEquals(1, p.patronymic());
    assertEquals(2, p.surname());
    p = PersonName.of(b.words("Тетяна Олександрівна Тумiлiна"), engine).orElseThrow();
    assertEquals(1, p.patronymic());
    p = PersonName.of(b.words("Sergey Nikolayevich Stankevich"), engine).orElseThrow();
    assertEquals(0, p.given());
    assertEquals(1, p.patronymic());
    assertEquals(2, p.surname());
    // patronymic-endings.tsv, as the name matcher reads it: the -ич of a first name in -а
    // (Ильич, Ilyich, Кузьмичом) and the case forms of any spelling
    // (Ivanovnoy: a Latin case ending, which the surface patterns of before did not know)
    p = PersonName.of(b.words("Vladimir Ilyich Lenin"), engine).orElseThrow();
    assertEquals(0, p.given());
    assertEquals(1, p.patronymic());
    assertEquals(2, p.surname());
    p = PersonName.of(b.words("Владимир Ильич Ленин"), engine).orElseThrow();
    assertEquals(1, p.patronymic());
    p = PersonName.of(b.words("Anna Ivanovnoy Petrovoy"), engine).orElseThrow();
    assertEquals(1, p.patronymic());
    assertEquals(2, p.surname());
    p = PersonName.of(b.words("Петром Кузьмичом Сидоровым"), engine).orElseThrow();
    assertEquals(1, p.patronymic());
    assertEquals(2, p.surname());
    for (String notAName :
        List.of(
            "Baltrukov conscription",
            "Nizhny Novgorod",
            "Palyuga",
            "Dmitry",
            "Dmitry Palyuga Baltrukov Smolninskoye Moscow")) {
      assertTrue(PersonName.of(b.words(notAName), engine).isEmpty(), notAName);
    }
  }

  @Test
  void initialsReadEveryScript() {
    assertTrue(Initials.overlap(Initials.ofInitial("Д"), Initials.ofName("Dmitry")));
    assertTrue(Initials.overlap(Initials.ofInitial("Ja"), Initials.ofName("Ярослав")));
    assertFalse(Initials.overlap(Initials.ofInitial("Ja"), Initials.ofName("Andrey")));
    assertFalse(Initials.overlap(Initials.ofInitial("Я"), Initials.ofName("Андрей")));
    assertTrue(Initials.overlap(Initials.ofInitial("Zh"), Initials.ofName("Жанна")));
    assertTrue(Initials.overlap(Initials.ofInitial("Ye"), Initials.ofName("Евгений")));
  }
}
