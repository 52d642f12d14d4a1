package io.namesearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.namesearch.engine.MatchTier;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class VariantsTest {

  private static final String[] SPELLINGS = {
    "Baltrukov",
    "BALTRUKOV",
    "Baltrukow",
    "Baltrukova",
    "Baltrukovs",
    "Baltrukoff",
    "Baltrukovu",
    "Baltrkov",
    "Балтруков",
    "Балтрукову",
    "Baltrukovsky",
    "Ivanov"
  };

  @Test
  void spellingsWithTierDocumentsAndExample() throws IOException {
    try (NameIndex index = NameIndex.builder().build()) {
      index.add(Document.builder("a").title("Baltrukov").body("Dmitry Baltrukov spoke").build());
      index.add(Document.builder("b").body("Baltrukov again").build());
      index.add(Document.builder("c").body("Dmitri Baltrukow spoke").build());
      index.commit();
      index.add(Document.builder("d").body("Baltrukova and Baltrkov").build());
      index.add(Document.builder("e").body("nobody").build());
      index.commit();
      List<Variant> v = index.variants("Baltrukov");
      assertEquals(
          List.of(
              new Variant("Baltrukov", "Baltrukov", MatchTier.EXACT, 2, "a"),
              new Variant("Baltrukov", "Baltrukow", MatchTier.VARIANT, 1, "c"),
              new Variant("Baltrukov", "Baltrukova", MatchTier.FAMILY, 1, "d"),
              new Variant("Baltrukov", "Baltrkov", MatchTier.FUZZY, 1, "d")),
          v);
      index.delete("a");
      index.commit();
      assertEquals(1, index.variants("Baltrukov").get(0).documents());
      assertEquals("b", index.variants("Baltrukov").get(0).exampleId());
      assertEquals(List.of(), index.variants("Khodorkovsky"));
      assertThrows(IllegalArgumentException.class, () -> index.variants(" "));
    }
  }

  /**
   * Exact: every spelling the name query matches is listed, with the number of documents that
   * contain it, counted here from the documents' text.
   */
  @Test
  void variantsAreExactAgainstTheDocuments() throws IOException {
    Random random = new Random(7);
    List<Document> docs = new ArrayList<>();
    try (NameIndex index = NameIndex.builder().build()) {
      for (int i = 0; i < 600; i++) {
        String body =
            "Report: "
                + SPELLINGS[random.nextInt(SPELLINGS.length)]
                + " met "
                + SPELLINGS[random.nextInt(SPELLINGS.length)]
                + " today";
        Document d = Document.builder("d" + i).body(body).build();
        docs.add(d);
        index.add(d);
        if (i % 97 == 0) {
          index.commit();
        }
      }
      index.commit();
      List<Variant> variants = index.variants("Baltrukov");
      Map<String, Variant> byForm = new HashMap<>();
      for (Variant v : variants) {
        byForm.put(v.form().toLowerCase(Locale.ROOT), v);
      }
      // every document word the search matches is a listed spelling, at the same tier
      SearchResult all =
          index.search("Baltrukov", SearchOptions.builder().limit(1000).snippets(0).build());
      Set<String> matched = new HashSet<>();
      for (Hit h : all.hits()) {
        for (WordMatch m : h.matches()) {
          String w = m.documentWord().toLowerCase(Locale.ROOT);
          matched.add(w);
          assertTrue(byForm.containsKey(w), "missing spelling " + w + " in " + variants);
        }
      }
      assertEquals(matched, byForm.keySet());
      // and the counts are the documents that contain the word
      for (Variant v : variants) {
        Pattern p =
            Pattern.compile(
                "(?<![\\p{L}])" + Pattern.quote(v.form()) + "(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        long expected = docs.stream().filter(d -> p.matcher(d.body()).find()).count();
        assertEquals(expected, v.documents(), v.toString());
      }
      // grouped by tier, then by frequency
      for (int i = 1; i < variants.size(); i++) {
        Variant a = variants.get(i - 1);
        Variant b = variants.get(i);
        assertTrue(
            a.tier().compareTo(b.tier()) < 0
                || (a.tier() == b.tier() && a.documents() >= b.documents()),
            a + " before " + b);
      }
    }
  }

  @Test
  void allNamesWithMoreThanOneSpelling() throws IOException {
    try (NameIndex index = NameIndex.builder().build()) {
      index.add(Document.builder("a").body("Khodorkovsky met Baltrukov. It is late").build());
      index.add(Document.builder("b").body("Chodorkowski met Baltrukov; its end").build());
      index.add(Document.builder("c").body("Khodorkovsky and Baltrukow").build());
      index.add(Document.builder("d").body("Khodorkovsky alone").build());
      index.commit();
      List<VariantGroup> groups = index.allVariants(1);
      assertEquals(
          List.of("Khodorkovsky", "Baltrukov"), groups.stream().map(VariantGroup::name).toList());
      assertEquals(4, groups.get(0).documents());
      assertEquals(3, groups.get(1).documents());
      assertEquals(
          List.of("Khodorkovsky", "Chodorkowski"),
          groups.get(0).forms().stream().map(Variant::form).toList());
      // with at least 2 documents per spelling no name keeps two spellings
      assertEquals(List.of(), index.allVariants(2));
      assertThrows(IllegalArgumentException.class, () -> index.allVariants(0));
    }
  }
}
