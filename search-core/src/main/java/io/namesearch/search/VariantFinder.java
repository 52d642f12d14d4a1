package io.namesearch.search;

import io.namesearch.engine.MatchTier;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * Finds the spellings of a name that occur in the index, exactly. The tiered query's clauses name
 * key terms (and typo automata over key terms); a per-segment map from each key term to the
 * document words that carry it turns them into spellings, and the words' postings give the exact
 * document counts. The map is built once per segment, from the segment's terms dictionary (each
 * distinct word analysed alone, as the index analyser saw it: keys do not depend on neighbours,
 * except for joined words, which are left out), and dropped with the segment; the index itself is
 * unchanged.
 */
final class VariantFinder {

  private final SegmentForms.Cache segments;

  VariantFinder(Analyzer analyzer) {
    this.segments = new SegmentForms.Cache(analyzer);
  }

  /** The spellings of each query word, by tier, then documents (most first), then spelling. */
  List<Variant> variants(
      IndexSearcher searcher, List<QueryWord> words, List<Map<MatchTier, Query>> tierQueries)
      throws IOException {
    IndexReader reader = searcher.getIndexReader();
    List<Variant> out = new ArrayList<>();
    for (int w = 0; w < words.size(); w++) {
      Map<String, MatchTier> tierOf = new LinkedHashMap<>();
      for (Map.Entry<MatchTier, Query> e : tierQueries.get(w).entrySet()) {
        Set<String> found = new HashSet<>();
        for (Query clause : clauses(e.getValue())) {
          for (LeafReaderContext leaf : reader.leaves()) {
            collect(leaf, clause, found);
          }
        }
        for (String f : found) {
          tierOf.putIfAbsent(f, e.getKey());
        }
      }
      List<Variant> forWord = new ArrayList<>();
      for (Map.Entry<String, MatchTier> e : tierOf.entrySet()) {
        Variant v = count(searcher, words.get(w).text(), e.getKey(), e.getValue());
        if (v != null) {
          forWord.add(v);
        }
      }
      forWord.sort(
          Comparator.comparing(Variant::tier)
              .thenComparing(Comparator.comparingLong(Variant::documents).reversed())
              .thenComparing(Variant::form));
      out.addAll(forWord);
    }
    return out;
  }

  /** The term and typo queries of one tier's query. */
  private static List<Query> clauses(Query q) {
    List<Query> out = new ArrayList<>();
    if (q instanceof ConstantScoreQuery c) {
      out.addAll(clauses(c.getQuery()));
    } else if (q instanceof BooleanQuery b) {
      for (BooleanClause c : b.clauses()) {
        out.addAll(clauses(c.query()));
      }
    } else {
      out.add(q);
    }
    return out;
  }

  private void collect(LeafReaderContext leaf, Query clause, Set<String> found) throws IOException {
    SegmentForms forms = segments.forms(leaf);
    if (clause instanceof TermQuery tq) {
      addTerm(leaf, forms, tq.getTerm().field(), tq.getTerm().bytes(), found);
    } else if (clause instanceof TermInSetQuery tis) {
      BytesRefIterator it = tis.getBytesRefIterator();
      for (BytesRef t = it.next(); t != null; t = it.next()) {
        addTerm(leaf, forms, tis.getField(), t, found);
      }
    } else if (clause instanceof TypoQuery typo) {
      Terms terms = leaf.reader().terms(typo.getField());
      if (terms == null) {
        return;
      }
      TermsEnum te = typo.compiled().getTermsEnum(terms);
      for (BytesRef t = te.next(); t != null; t = te.next()) {
        addTerm(leaf, forms, typo.getField(), t, found);
      }
    } else {
      throw new IllegalStateException("unexpected clause in a tier query: " + clause);
    }
  }

  private static void addTerm(
      LeafReaderContext leaf, SegmentForms forms, String field, BytesRef term, Set<String> found)
      throws IOException {
    if (term.length == 0) {
      return;
    }
    if (SegmentForms.isKey(term.bytes[term.offset])) {
      String[] words = forms.byKey.get(term.utf8ToString());
      if (words != null) {
        found.addAll(List.of(words));
      }
      return;
    }
    Terms terms = leaf.reader().terms(field);
    if (terms != null && terms.iterator().seekExact(term)) {
      found.add(term.utf8ToString());
    }
  }

  /** The documents that contain the word, and one of them; null when none is live. */
  private static Variant count(
      IndexSearcher searcher, String queryWord, String word, MatchTier tier) throws IOException {
    BytesRef t = new BytesRef(word);
    long docs = 0;
    int example = -1;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Bits live = leaf.reader().getLiveDocs();
      FixedBitSet seen = null;
      List<PostingsEnum> postings = new ArrayList<>(2);
      for (String field : IndexFields.TEXT_FIELDS) {
        Terms terms = leaf.reader().terms(field);
        if (terms == null) {
          continue;
        }
        TermsEnum te = terms.iterator();
        if (te.seekExact(t)) {
          postings.add(te.postings(null, PostingsEnum.NONE));
        }
      }
      if (postings.size() > 1) {
        seen = new FixedBitSet(leaf.reader().maxDoc());
      }
      for (PostingsEnum p : postings) {
        for (int d = p.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = p.nextDoc()) {
          if (live != null && !live.get(d)) {
            continue;
          }
          if (seen != null) {
            if (seen.getAndSet(d)) {
              continue;
            }
          }
          docs++;
          if (example < 0) {
            example = leaf.docBase + d;
          }
        }
      }
    }
    if (docs == 0) {
      return null;
    }
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf =
        leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(example, leaves));
    SortedDocValues ids = DocValues.getSorted(leaf.reader(), IndexFields.ID);
    String id =
        ids.advanceExact(example - leaf.docBase)
            ? ids.lookupOrd(ids.ordValue()).utf8ToString()
            : "";
    org.apache.lucene.document.Document stored = searcher.storedFields().document(example);
    String form = word;
    for (String field : IndexFields.TEXT_FIELDS) {
      String text = stored.get(field);
      if (text != null) {
        Matcher m =
            Pattern.compile(
                    "(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(text);
        if (m.find()) {
          form = m.group();
          break;
        }
      }
    }
    return new Variant(queryWord, form, tier, docs, id);
  }

  /**
   * The overview of all names: the words of the index grouped by their first variant key (one group
   * per name as the keys spell it); groups of at least two spellings (each in at least {@code
   * minDocs} documents), every one written with a capital letter in its example document, ranked by
   * the documents of their spellings summed, then by name.
   */
  List<VariantGroup> all(IndexSearcher searcher, int minDocs) throws IOException {
    Map<String, Set<String>> groups = new HashMap<>();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      segments
          .forms(leaf)
          .firstKey
          .forEach((word, key) -> groups.computeIfAbsent(key, k -> new HashSet<>()).add(word));
    }
    List<VariantGroup> out = new ArrayList<>();
    for (Map.Entry<String, Set<String>> g : groups.entrySet()) {
      if (g.getValue().size() < 2) {
        continue;
      }
      List<Variant> forms = new ArrayList<>();
      String key = g.getKey().substring(1);
      for (String word : g.getValue()) {
        Variant v = count(searcher, key, word, MatchTier.VARIANT);
        if (v != null && v.documents() >= minDocs) {
          forms.add(v);
        }
      }
      // a name is written with a capital letter: groups of common words that share keys (its,
      // it's; come, Some at the start of a sentence) are left out
      boolean capitalised =
          forms.stream().allMatch(v -> Character.isUpperCase(v.form().codePointAt(0)));
      if (forms.size() >= 2 && capitalised) {
        forms.sort(
            Comparator.comparingLong(Variant::documents).reversed().thenComparing(Variant::form));
        long total = forms.stream().mapToLong(Variant::documents).sum();
        out.add(new VariantGroup(forms.get(0).form(), key, total, forms));
      }
    }
    out.sort(
        Comparator.comparingLong(VariantGroup::documents)
            .reversed()
            .thenComparing(VariantGroup::name));
    return out;
  }
}
