package io.namesearch.bench;

import io.namesearch.analysis.RussianNameAnalyzer;
import io.namesearch.eval.BaselineAnalyzers;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The stock Lucene baselines, built from the real Lucene modules as in {@code search eval} ({@code
 * search-eval/.../LuceneBaseline.java}): StandardAnalyzer, ICU transform {@code Any-Latin;
 * Latin-ASCII} plus ICU folding, Beider-Morse (generic, approx, concat, language guessed per word).
 * A baseline document stores title and body and indexes both in one {@code text} field (a plain
 * {@link TextField}: docs, freqs, positions).
 */
final class Systems {

  static final String TEXT = "text";

  static {
    if (IndexSearcher.getMaxClauseCount() < 1 << 16) {
      IndexSearcher.setMaxClauseCount(1 << 16); // Beider-Morse stacks many codes per word
    }
  }

  private Systems() {}

  /** An index flavour: ours (NameIndex) or a baseline analyzer over the {@code text} field. */
  enum Kind {
    OURS,
    STANDARD,
    ICU,
    BM;

    String dirName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    Analyzer analyzer() {
      return switch (this) {
        case OURS -> new RussianNameAnalyzer();
        case STANDARD -> new StandardAnalyzer();
        case ICU -> BaselineAnalyzers.icu();
        case BM -> BaselineAnalyzers.beiderMorse();
      };
    }
  }

  /** The Lucene document of a baseline index. */
  static Document baselineDoc(CorpusGenerator.Doc d) {
    Document doc = new Document();
    doc.add(new StringField("id", d.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField("id", new BytesRef(d.id())));
    doc.add(new StoredField("title", d.title()));
    doc.add(new StoredField("body", d.body()));
    doc.add(new TextField(TEXT, d.title() + "\n" + d.body(), Field.Store.NO));
    return doc;
  }

  /** Our document for {@code NameIndex.add}. */
  static io.namesearch.search.Document oursDoc(CorpusGenerator.Doc d) {
    return io.namesearch.search.Document.builder(d.id()).title(d.title()).body(d.body()).build();
  }

  /** The distinct terms at each position of the analysed text. */
  static List<Set<String>> analyze(Analyzer analyzer, String text) throws IOException {
    return io.namesearch.eval.BaselineAnalyzers.positions(analyzer, TEXT, text);
  }

  /**
   * A baseline query: the disjunction of the analysed words; tokens stacked at one position
   * (phonetic codes) form a nested disjunction; with {@code fuzzyEdits > 0} every term is a {@link
   * FuzzyQuery}. A one-word StandardAnalyzer query is a single {@link TermQuery}.
   */
  static Query query(Analyzer analyzer, String text, int fuzzyEdits) throws IOException {
    List<Set<String>> positions = analyze(analyzer, text);
    if (positions.isEmpty()) {
      return new MatchNoDocsQuery("no terms");
    }
    List<Query> perPosition = new ArrayList<>(positions.size());
    for (Set<String> terms : positions) {
      List<Query> qs = new ArrayList<>(terms.size());
      for (String t : terms) {
        Term term = new Term(TEXT, t);
        qs.add(fuzzyEdits > 0 ? new FuzzyQuery(term, fuzzyEdits) : new TermQuery(term));
      }
      perPosition.add(or(qs));
    }
    return or(perPosition);
  }

  private static Query or(List<Query> qs) {
    if (qs.size() == 1) {
      return qs.get(0);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Query q : qs) {
      b.add(q, BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }
}
