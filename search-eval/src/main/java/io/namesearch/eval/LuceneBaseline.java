package io.namesearch.eval;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.phonetic.DaitchMokotoffSoundexFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A baseline built from a stock Lucene analyzer: every document is one {@code TextField} in an
 * in-memory index scored with BM25 (Lucene's default), and a query is the disjunction of its
 * analysed words. Tokens stacked at one position (phonetic alternatives) become a nested
 * disjunction of term queries ({@link Stacked#SHOULD}, the default, which reproduces the reference
 * baseline numbers) or one {@link SynonymQuery} per position ({@link Stacked#SYNONYM}, which scores
 * a word once however many codes it has, and is the stronger baseline for Beider-Morse).
 */
final class LuceneBaseline implements EvalSystem {

  /** How tokens that share a position are combined. */
  enum Stacked {
    /** A nested SHOULD clause of term queries per position. */
    SHOULD,
    /** One SynonymQuery per position. */
    SYNONYM
  }

  static final String FIELD = "name";

  static {
    // Phonetic filters can stack hundreds of tokens for a long name.
    if (IndexSearcher.getMaxClauseCount() < 1 << 16) {
      IndexSearcher.setMaxClauseCount(1 << 16);
    }
  }

  private final String name;
  private final Supplier<Analyzer> analyzerFactory;
  private final Stacked stacked;
  private final int fuzzyEdits;

  private Analyzer analyzer;
  private ByteBuffersDirectory directory;
  private DirectoryReader reader;
  private IndexSearcher searcher;

  LuceneBaseline(String name, Supplier<Analyzer> analyzer, Stacked stacked, int fuzzyEdits) {
    this.name = name;
    this.analyzerFactory = analyzer;
    this.stacked = stacked;
    this.fuzzyEdits = fuzzyEdits;
  }

  /** {@code standard}: StandardAnalyzer (no stop words apply to names anyway). */
  static LuceneBaseline standard(Stacked stacked) {
    return new LuceneBaseline("standard", StandardAnalyzer::new, stacked, 0);
  }

  /** {@code icu}: StandardTokenizer, ICU transform {@code Any-Latin; Latin-ASCII}, ICU folding. */
  static LuceneBaseline icu(Stacked stacked) {
    return new LuceneBaseline("icu", BaselineAnalyzers::icu, stacked, 0);
  }

  /**
   * {@code bm}: StandardTokenizer, Beider-Morse (generic names, approx rules, concat, any
   * language).
   */
  static LuceneBaseline beiderMorse(Stacked stacked) {
    return new LuceneBaseline("bm", BaselineAnalyzers::beiderMorse, stacked, 0);
  }

  /**
   * {@code dm}: StandardTokenizer, ASCII folding, Daitch-Mokotoff soundex codes only (no original
   * token).
   */
  static LuceneBaseline daitchMokotoff(Stacked stacked) {
    return new LuceneBaseline("dm", LuceneBaseline::daitchMokotoffAnalyzer, stacked, 0);
  }

  /** {@code fuzzy2}: StandardAnalyzer index, every query word a {@code FuzzyQuery(term, 2)}. */
  static LuceneBaseline fuzzy2(Stacked stacked) {
    return new LuceneBaseline("fuzzy2", StandardAnalyzer::new, stacked, 2);
  }

  static Analyzer daitchMokotoffAnalyzer() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        // Commons-codec's own folding misses many letters (š, ł, ı, ...) and drops them;
        // folding to ASCII first is what reproduces the reference numbers.
        TokenStream folded = new ASCIIFoldingFilter(source);
        return new TokenStreamComponents(source, new DaitchMokotoffSoundexFilter(folded, false));
      }
    };
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void index(List<String> documents) throws IOException {
    analyzer = analyzerFactory.get();
    directory = new ByteBuffersDirectory();
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    // One segment in insertion order, so Lucene doc ids are the ordinals.
    config.setRAMBufferSizeMB(512);
    config.setMergePolicy(new LogDocMergePolicy());
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (String text : documents) {
        Document doc = new Document();
        doc.add(new TextField(FIELD, text, Field.Store.NO));
        writer.addDocument(doc);
      }
      writer.forceMerge(1);
    }
    reader = DirectoryReader.open(directory);
    if (reader.maxDoc() != documents.size() || reader.leaves().size() > 1) {
      throw new IllegalStateException("index does not map doc ids to ordinals");
    }
    searcher = new IndexSearcher(reader);
  }

  @Override
  public int[] search(String text, int depth) throws IOException {
    Query query = query(text);
    TopDocs top = searcher.search(query, depth);
    ScoreDoc[] hits = top.scoreDocs;
    int[] ordinals = new int[hits.length];
    for (int i = 0; i < hits.length; i++) {
      ordinals[i] = hits[i].doc;
    }
    return ordinals;
  }

  /** The Lucene query for a query string; visible for tests. */
  Query query(String text) throws IOException {
    List<Set<String>> positions = analyze(text);
    BooleanQuery.Builder outer = new BooleanQuery.Builder();
    int clauses = 0;
    for (Set<String> terms : positions) {
      Query q;
      if (fuzzyEdits > 0) {
        q = fuzzy(terms);
      } else if (terms.size() == 1) {
        q = new TermQuery(new Term(FIELD, terms.iterator().next()));
      } else if (stacked == Stacked.SYNONYM) {
        SynonymQuery.Builder syn = new SynonymQuery.Builder(FIELD);
        for (String t : terms) {
          syn.addTerm(new Term(FIELD, t));
        }
        q = syn.build();
      } else {
        BooleanQuery.Builder inner = new BooleanQuery.Builder();
        for (String t : terms) {
          inner.add(new TermQuery(new Term(FIELD, t)), BooleanClause.Occur.SHOULD);
        }
        q = inner.build();
      }
      outer.add(q, BooleanClause.Occur.SHOULD);
      clauses++;
    }
    return clauses == 0 ? new MatchNoDocsQuery("no terms") : outer.build();
  }

  private Query fuzzy(Set<String> terms) {
    if (terms.size() == 1) {
      return new FuzzyQuery(new Term(FIELD, terms.iterator().next()), fuzzyEdits);
    }
    BooleanQuery.Builder inner = new BooleanQuery.Builder();
    for (String t : terms) {
      inner.add(new FuzzyQuery(new Term(FIELD, t), fuzzyEdits), BooleanClause.Occur.SHOULD);
    }
    return inner.build();
  }

  /** The distinct terms at each position of the analysed text. */
  List<Set<String>> analyze(String text) throws IOException {
    return BaselineAnalyzers.positions(analyzer, FIELD, text);
  }

  @Override
  public void close() throws IOException {
    if (reader != null) {
      reader.close();
    }
    if (directory != null) {
      directory.close();
    }
    if (analyzer != null) {
      analyzer.close();
    }
  }
}
