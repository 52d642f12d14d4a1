package io.namesearch.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.junit.jupiter.api.Test;

class LuceneBaselineTest {

  private static final List<String> DOCS = List.of("Ivanov, Ivan", "Iwanow, Iwan", "Petrov, Petr");

  @Test
  void standardFindsSharedWordsAndReturnsOrdinals() throws Exception {
    try (LuceneBaseline s = LuceneBaseline.standard(LuceneBaseline.Stacked.SHOULD)) {
      s.index(DOCS);
      assertArrayEquals(new int[] {0}, s.search("IVANOV Ivan", 10));
      assertArrayEquals(new int[0], s.search("Nobody", 10));
      assertArrayEquals(new int[0], s.search("---", 10));
    }
  }

  @Test
  void stackedPhoneticCodesAreOneClausePerWord() throws Exception {
    try (LuceneBaseline should = LuceneBaseline.beiderMorse(LuceneBaseline.Stacked.SHOULD);
        LuceneBaseline synonym = LuceneBaseline.beiderMorse(LuceneBaseline.Stacked.SYNONYM)) {
      should.index(DOCS);
      synonym.index(DOCS);
      Query q = should.query("Iwanow Iwan");
      BooleanQuery outer = assertInstanceOf(BooleanQuery.class, q);
      assertEquals(2, outer.clauses().size());
      for (BooleanClause c : outer.clauses()) {
        assertEquals(BooleanClause.Occur.SHOULD, c.occur());
      }
      Query syn = synonym.query("Iwanow Iwan");
      boolean anySynonym =
          ((BooleanQuery) syn).clauses().stream().anyMatch(c -> c.query() instanceof SynonymQuery);
      assertTrue(anySynonym, syn.toString());
      assertArrayEquals(new int[] {0, 1}, sorted(should.search("Iwanow Iwan", 10)));
    }
  }

  @Test
  void icuTransliteratesCyrillicAndDmFoldsDiacritics() throws Exception {
    try (LuceneBaseline icu = LuceneBaseline.icu(LuceneBaseline.Stacked.SHOULD);
        LuceneBaseline dm = LuceneBaseline.daitchMokotoff(LuceneBaseline.Stacked.SHOULD)) {
      List<String> docs = List.of("Москва", "Moskva", "Tšerkessk");
      icu.index(docs);
      dm.index(docs);
      assertArrayEquals(new int[] {0, 1}, sorted(icu.search("moskva", 10)));
      assertTrue(java.util.Arrays.stream(dm.search("Tscherkessk", 10)).anyMatch(h -> h == 2));
    }
  }

  @Test
  void fuzzyTwoIsOneFuzzyQueryPerWord() throws Exception {
    try (LuceneBaseline fuzzy = LuceneBaseline.fuzzy2(LuceneBaseline.Stacked.SHOULD)) {
      fuzzy.index(DOCS);
      BooleanQuery q = (BooleanQuery) fuzzy.query("Iwanow Iwan");
      FuzzyQuery first = assertInstanceOf(FuzzyQuery.class, q.clauses().get(0).query());
      assertEquals(2, first.getMaxEdits());
      assertEquals(0, first.getPrefixLength());
      assertArrayEquals(new int[] {0, 1}, sorted(fuzzy.search("Iwanov", 10)));
    }
  }

  private static int[] sorted(int[] a) {
    int[] b = a.clone();
    java.util.Arrays.sort(b);
    return b;
  }
}
