package io.namesearch.search;

import io.namesearch.analysis.RussianNameAnalyzer;
import io.namesearch.engine.FuzzyPolicy;
import io.namesearch.engine.NameEngine;
import io.namesearch.engine.NameRules;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import io.namesearch.engine.MatchTier;
import java.time.LocalDate;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.apache.lucene.store.Directory;

/**
 * An index of documents searchable by transliterated Russian names in every spelling.
 *
 * <p>In memory by default; on disk when a directory is given, where it persists across runs. Adds,
 * replaces and deletes documents by id. Changes become searchable after {@link #refresh()} (near
 * real time) and durable after {@link #commit()}. Any number of threads may search while others
 * write. Close it to release the directory; closing commits pending changes.
 *
 * <pre>{@code
 * try (NameIndex index = NameIndex.builder().build()) {
 *   index.add(Document.builder("1").title("Deputy").body("Dmitry Baltrukov was called up").build());
 *   index.commit();
 *   SearchResult result = index.search("Baltrukow", SearchOptions.defaults());
 *   for (Hit hit : result.hits()) {
 *     System.out.println(hit.title() + " " + hit.matches());
 *   }
 * }
 * }</pre>
 */
public final class NameIndex implements AutoCloseable {

  /** The longest query text accepted, in characters. */
  public static final int MAX_QUERY_LENGTH = 4096;

  /** The most words a plain-text query may have. */
  public static final int MAX_QUERY_WORDS = NameQueryBuilder.MAX_WORDS;

  /** The longest word of a query; a longer one is split into pieces of this length. */
  public static final int MAX_WORD_LENGTH = 255;

  /** The deepest nesting of parentheses and brackets a {@link QuerySyntax#LUCENE} query may have. */
  public static final int MAX_LUCENE_NESTING = 32;

  /** Commit user-data key recording the index format, checked when an index is opened. */
  static final String FORMAT_KEY = "namesearch.format";

  /** The index format this version writes and reads. */
  static final String FORMAT = "1";

  private final Optional<Path> path;
  private final Directory directory;
  private final Analyzer analyzer;
  private final NameEngine engine;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final NameQueryBuilder queries;
  private final VariantFinder variantFinder;
  private final AtomicBoolean closed = new AtomicBoolean();
  /** Held by commit() and close(), so that close never meets a commit half done. */
  private final java.util.concurrent.locks.ReentrantLock commitLock =
      new java.util.concurrent.locks.ReentrantLock();
  /** How title and body are indexed: without offsets, unless the index already has them. */
  private final org.apache.lucene.document.FieldType textType;

  private NameIndex(Builder b) throws IOException {
    this.path = b.path;
    this.engine = new NameEngine(NameRules.defaults(), FuzzyPolicy.DEFAULT);
    this.analyzer = new RussianNameAnalyzer();
    this.queries = new NameQueryBuilder(analyzer, engine);
    this.variantFinder = new VariantFinder(analyzer);
    this.directory = b.path.isPresent() ? IndexFolder.open(b.path.get(), !b.readOnly) : new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_BYTE_ARRAY);
    if (b.readOnly) {
      this.textType = IndexFields.TEXT_TYPE;
      try {
        if (!DirectoryReader.indexExists(directory)) {
          throw new IOException("no index in " + b.path.map(Path::toString).orElse("memory"));
        }
        checkFormat(directory);
        this.writer = null;
        this.searchers = new SearcherManager(directory, null);
      } catch (IOException | RuntimeException e) {
        directory.close();
        throw e;
      }
      return;
    }
    IndexWriter w = null;
    try {
      IndexWriterConfig config = new IndexWriterConfig(analyzer);
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      boolean existed = DirectoryReader.indexExists(directory);
      this.textType = existed ? IndexFields.textTypeOf(directory) : IndexFields.TEXT_TYPE;
      w = new IndexWriter(directory, config);
      checkFormat(directory);
      w.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
      if (!existed) {
        w.commit(); // a new index is a valid, empty index on disk from the start
      }
      this.writer = w;
      this.searchers = new SearcherManager(w, null);
    } catch (IOException | RuntimeException e) {
      if (w != null) {
        w.rollback();
      }
      directory.close();
      throw e;
    }
  }

  private static void checkFormat(Directory dir) throws IOException {
    if (!DirectoryReader.indexExists(dir)) {
      return;
    }
    SegmentInfos infos = SegmentInfos.readLatestCommit(dir);
    String format = infos.getUserData().get(FORMAT_KEY);
    if (infos.totalMaxDoc() > 0 && !FORMAT.equals(format)) {
      throw new IOException(
          "index was written by another program or version (format "
              + (format == null ? "unknown" : format)
              + ", expected "
              + FORMAT
              + ")");
    }
  }

  /** A builder for an in-memory index. */
  public static Builder builder() {
    return new Builder();
  }

  /** Where the index lives on disk, or empty when it is in memory. */
  public Optional<Path> path() {
    return path;
  }

  /** Adds a document, replacing any document with the same id. Visible after {@link #refresh()}. */
  public void add(Document doc) throws IOException {
    Objects.requireNonNull(doc, "doc");
    ensureWritable();
    writer.updateDocument(
        new Term(IndexFields.ID, doc.id()), IndexFields.toLucene(doc, textType));
  }

  /**
   * Adds every document, replacing documents with the same id, on several threads, and commits:
   * {@code bulk().build()} for all of them.
   */
  public void addAll(Iterable<Document> docs) throws IOException {
    Objects.requireNonNull(docs, "docs");
    try (BulkIndexer bulk = bulk().build()) {
      bulk.addAll(docs);
    }
  }

  /** A builder of a {@link BulkIndexer} into this index: multi-threaded, batched commits. */
  public BulkIndexer.Builder bulk() {
    ensureWritable();
    return BulkIndexer.builder(this);
  }

  void ensureWritableForBulk() {
    ensureWritable();
  }

  /** Deletes the document with this id, if there is one. Visible after {@link #refresh()}. */
  public void delete(String id) throws IOException {
    Objects.requireNonNull(id, "id");
    Document.checkId(id);
    ensureWritable();
    writer.deleteDocuments(new Term(IndexFields.ID, id));
  }

  /** Makes all changes durable on disk, then searchable. */
  public void commit() throws IOException {
    commitLock.lock();
    try {
      ensureWritable();
      writer.commit();
      searchers.maybeRefreshBlocking();
    } finally {
      commitLock.unlock();
    }
  }

  /** Makes all changes so far searchable, without making them durable (near real time). */
  public void refresh() throws IOException {
    ensureOpen();
    searchers.maybeRefreshBlocking();
  }

  /** The number of searchable documents. */
  public int count() throws IOException {
    IndexSearcher s = acquire();
    try {
      return s.getIndexReader().numDocs();
    } finally {
      searchers.release(s);
    }
  }

  /** The searchable document with this id, if any. */
  public Optional<Document> get(String id) throws IOException {
    Objects.requireNonNull(id, "id");
    Document.checkId(id);
    IndexSearcher s = acquire();
    try {
      TopDocs top = s.search(new TermQuery(new Term(IndexFields.ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(IndexFields.fromLucene(s.storedFields().document(top.scoreDocs[0].doc)));
    } finally {
      searchers.release(s);
    }
  }

  /** Calls {@code action} on every searchable document, in index order. */
  public void forEach(Consumer<Document> action) throws IOException {
    Objects.requireNonNull(action, "action");
    IndexSearcher s = acquire();
    try {
      StoredFields stored = s.storedFields();
      var reader = s.getIndexReader();
      for (var leaf : reader.leaves()) {
        var live = leaf.reader().getLiveDocs();
        for (int i = 0; i < leaf.reader().maxDoc(); i++) {
          if (live == null || live.get(i)) {
            action.accept(IndexFields.fromLucene(stored.document(leaf.docBase + i)));
          }
        }
      }
    } finally {
      searchers.release(s);
    }
  }

  /** Searches with the default options. */
  public SearchResult search(String text) throws IOException {
    return search(text, SearchOptions.defaults());
  }

  /**
   * Searches for the names in {@code text}.
   *
   * @throws IllegalArgumentException when the text is empty, has no words, is too long, or (with
   *     {@link QuerySyntax#LUCENE}) is not valid query syntax; the message says which
   */
  public SearchResult search(String text, SearchOptions options) throws IOException {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(options, "options");
    ensureOpen();
    List<QueryWord> words = words(text);
    boolean plain = options.syntax() == QuerySyntax.PLAIN;
    if (!plain && (options.minTier().isPresent() || options.countTiers())) {
      throw new IllegalArgumentException(
          "a minimum tier and tier counts need a plain-text query, not Lucene syntax");
    }
    IndexSearcher s = acquire();
    try {
      IndexReader reader = s.getIndexReader();
      // A person query (QueryMode.PERSON, ranked by score, not paged by cursor) re-ranks a window
      // of the first pass's best documents by how they name the person (see PersonRescorer).
      Optional<PersonName> person =
          options.sort() == SearchOptions.SortOrder.SCORE && options.after().isEmpty()
              ? queries.person(words, options)
              : Optional.empty();
      NameQueryBuilder.Built built = plain ? queries.build(words, options, reader) : null;
      Query nameQuery = plain ? built.query() : parseLucene(text);
      List<Map<MatchTier, Query>> tierQueries =
          plain && (options.minTier().isPresent() || options.countTiers())
              ? queries.tierQueries(words, options.tiers(), reader)
              : List.of();
      Query query = filtered(nameQuery, options, tierQueries);
      float ideal = plain ? queries.exactScore(words, reader) : 0f;
      Sort sort = sortOf(options.sort());
      FieldDoc after =
          options.after().map(c -> Cursor.decode(c, options.sort())).orElse(null);
      int numHits = options.offset() + options.limit();
      int window =
          person.isPresent() ? Math.max(PERSON_WINDOW, 2 * numHits) : numHits;
      TopFieldCollectorManager top =
          new TopFieldCollectorManager(
              sort, window, after, Math.max(window, options.totalHitsThreshold()));
      CollectorManager<Collector, TopFieldDocs> collect =
          options.minScore() > 0
              ? ScoreThreshold.wrap(top, normalizer(ideal), options.minScore())
              : ScoreThreshold.wrap(top, null, 0);
      TopFieldDocs found;
      MatchCounter.Counts counts = null;
      try {
        if (options.counts()) {
          MatchCounter counter =
              new MatchCounter(
                  s, options.countTiers() ? tierQueries : List.of(), options.countBy());
          Object[] both = s.search(query, new MultiCollectorManager(collect, counter));
          found = (TopFieldDocs) both[0];
          counts = (MatchCounter.Counts) both[1];
        } else {
          found = s.search(query, collect);
        }
      } catch (IndexSearcher.TooManyClauses e) {
        throw new IllegalArgumentException(
            "query expands to too many terms (limit " + IndexSearcher.getMaxClauseCount() + ")", e);
      } catch (org.apache.lucene.util.automaton.TooComplexToDeterminizeException e) {
        throw new IllegalArgumentException(
            "query pattern is too complex (a regular expression or wildcard that expands too far)",
            e);
      }
      int scoreAt = options.sort() == SearchOptions.SortOrder.SCORE ? 0 : 1;
      ScoreDoc[] ranked = found.scoreDocs;
      PersonRescorer rescorer = null;
      if (person.isPresent() && ranked.length > 0) {
        rescorer =
            new PersonRescorer(
                s, engine, words, person.get(), built.clauses(), mentionText(text));
        ranked = rescore(rescorer, ranked, numHits);
      }
      int from = Math.min(options.offset(), ranked.length);
      ScoreDoc[] docs = new ScoreDoc[Math.min(ranked.length, numHits) - from];
      String[] cursors = new String[docs.length];
      double[] normalized = new double[docs.length];
      java.util.function.DoubleUnaryOperator norm = normalizer(ideal);
      for (int i = 0; i < docs.length; i++) {
        FieldDoc fd = (FieldDoc) ranked[from + i];
        float score = (Float) fd.fields[scoreAt];
        docs[i] = new ScoreDoc(fd.doc, rescorer == null ? score : fd.score);
        // a person search's order is not the sort's: its pages go by offset, not by cursor
        cursors[i] = rescorer == null ? Cursor.encode(options.sort(), fd.fields) : "";
        normalized[i] = norm.applyAsDouble(score);
      }
      long total = found.totalHits.value();
      boolean exact = exact(found);
      Map<MatchTier, Long> tierCounts = counts == null ? Map.of() : counts.tiers();
      Map<String, Map<String, Long>> valueCounts = counts == null ? Map.of() : counts.values();
      if (options.fetch() == SearchOptions.Fetch.ID) {
        List<Hit> idHits = idOnlyHits(ranked, from, docs);
        List<Hit> hits = new ArrayList<>(idHits.size());
        for (int i = 0; i < idHits.size(); i++) {
          Hit h = idHits.get(i);
          hits.add(new Hit(h.document(), h.score(), List.of(), List.of(), normalized[i], cursors[i]));
        }
        return new SearchResult(total, exact, hits, tierCounts, valueCounts);
      }
      int[] ids = new int[docs.length];
      for (int i = 0; i < docs.length; i++) {
        ids[i] = docs[i].doc;
      }
      List<List<Snippet>> snippets =
          options.snippets() > 0 && ids.length > 0
              ? new SnippetHighlighter(s, analyzer).highlight(nameQuery, ids, options.snippets())
              : null;
      MatchExplainer explainer =
          options.explain() && ids.length > 0
              ? new MatchExplainer(s, analyzer, nameQuery, engine, words, options.tiers())
              : null;
      StoredFields stored = s.storedFields();
      List<Hit> hits = new ArrayList<>(docs.length);
      for (int i = 0; i < docs.length; i++) {
        Document doc = IndexFields.fromLucene(stored.document(ids[i]));
        Optional<PersonMention> mention =
            rescorer != null && options.explain()
                ? rescorer.describe(ids[i], doc)
                : Optional.empty();
        hits.add(
            new Hit(
                doc,
                docs[i].score,
                snippets == null ? List.of() : snippets.get(i),
                explainer == null ? List.of() : explainer.explain(ids[i], doc),
                normalized[i],
                cursors[i],
                mention));
      }
      return new SearchResult(total, exact, hits, tierCounts, valueCounts);
    } finally {
      searchers.release(s);
    }
  }

  /**
   * How many of the first pass's best documents a person query re-ranks, at least: enough for
   * the documents that name the person by initial or surname only to reach the top.
   */
  static final int PERSON_WINDOW = 50;

  /** The query's name as the mention explanations show it: as typed, on one line. */
  private static String mentionText(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  /**
   * The first pass's hits re-ranked by the person rescorer: in its order, each with its new score
   * as {@code FieldDoc.score} and its sort fields (the first-pass score) kept.
   */
  private static ScoreDoc[] rescore(PersonRescorer rescorer, ScoreDoc[] hits, int numHits)
      throws IOException {
    ScoreDoc[] plain = new ScoreDoc[hits.length];
    Map<Integer, FieldDoc> byDoc = new java.util.HashMap<>();
    for (int i = 0; i < hits.length; i++) {
      FieldDoc fd = (FieldDoc) hits[i];
      plain[i] = new ScoreDoc(fd.doc, (Float) fd.fields[0]);
      byDoc.put(fd.doc, fd);
    }
    rescorer.rescore(plain, numHits);
    ScoreDoc[] out = new ScoreDoc[plain.length];
    for (int i = 0; i < plain.length; i++) {
      FieldDoc fd = byDoc.get(plain[i].doc);
      out[i] = new FieldDoc(fd.doc, plain[i].score, fd.fields);
    }
    return out;
  }

  /** The words of a query text, refusing texts that are empty, too long or have no words. */
  private List<QueryWord> words(String text) throws IOException {
    NameQueryBuilder.checkText(text);
    List<QueryWord> words = queries.words(text);
    NameQueryBuilder.checkWords(text, words);
    return words;
  }

  /**
   * Every spelling of the name found in the index: for each word of {@code name}, each document
   * word that the name query matches on its own (the default tiers), with its tier, the number of
   * documents that contain it and an example, ordered by tier, then documents (most first), then
   * spelling. Exact, not sampled. Spellings written as two words (the joined tier) are left out.
   *
   * @throws IllegalArgumentException when the name is empty, has no words or is too long
   */
  public List<Variant> variants(String name) throws IOException {
    Objects.requireNonNull(name, "name");
    ensureOpen();
    List<QueryWord> words = words(name);
    IndexSearcher s = acquire();
    try {
      return variantFinder.variants(
          s, words, queries.tierQueries(words, SearchOptions.DEFAULT_TIERS, s.getIndexReader()));
    } finally {
      searchers.release(s);
    }
  }

  /**
   * The names of the index that occur in more than one spelling, each with its spellings: words
   * grouped by their first variant key, groups of at least two spellings each in at least {@code
   * minDocs} documents and each written with a capital letter (a name, not a common word), ranked
   * by their documents summed over the spellings, then by name.
   */
  public List<VariantGroup> allVariants(int minDocs) throws IOException {
    if (minDocs < 1) {
      throw new IllegalArgumentException("minDocs must be at least 1, not " + minDocs);
    }
    IndexSearcher s = acquire();
    try {
      return variantFinder.all(s, minDocs);
    } finally {
      searchers.release(s);
    }
  }

  /**
   * The normalised score of a raw score: divided by the score of an exact match of every query
   * word, capped at 1; without such an ideal (Lucene syntax), {@code score / (1 + score)}.
   */
  private static java.util.function.DoubleUnaryOperator normalizer(float ideal) {
    if (ideal > 0) {
      return score -> Math.min(1.0, Math.max(0.0, score / ideal));
    }
    return score -> score <= 0 ? 0.0 : score / (1.0 + score);
  }

  /** The total order of hits: the chosen sort, then length (shortest first), then id. */
  private static Sort sortOf(SearchOptions.SortOrder order) {
    SortField id = new SortField(IndexFields.ID, SortField.Type.STRING);
    if (order == SearchOptions.SortOrder.SCORE) {
      return new Sort(SortField.FIELD_SCORE, ShorterFirst.SORT_FIELD, id);
    }
    boolean desc = order == SearchOptions.SortOrder.DATE_DESC;
    SortField day = new SortField(IndexFields.DAY, SortField.Type.LONG, desc);
    day.setMissingValue(desc ? Long.MIN_VALUE : Long.MAX_VALUE);
    return new Sort(day, SortField.FIELD_SCORE, ShorterFirst.SORT_FIELD, id);
  }

  /**
   * The name query restricted by the filters of the options, which never change its scores:
   * metadata values and the date range as filter clauses, and the minimum tier as an exclusion of
   * the documents where some query word matches only at weaker tiers.
   */
  private static Query filtered(
      Query nameQuery, SearchOptions options, List<Map<MatchTier, Query>> tierQueries) {
    boolean dates = options.since().isPresent() || options.until().isPresent();
    if (options.where().isEmpty() && !dates && options.minTier().isEmpty()) {
      return nameQuery;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(nameQuery, BooleanClause.Occur.MUST);
    options
        .where()
        .forEach(
            (key, values) ->
                b.add(
                    new TermInSetQuery(
                        IndexFields.KEYWORD_PREFIX + key,
                        values.stream().map(BytesRef::new).toList()),
                    BooleanClause.Occur.FILTER));
    if (dates) {
      b.add(
          LongPoint.newRangeQuery(
              IndexFields.DAY,
              options.since().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE),
              options.until().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE)),
          BooleanClause.Occur.FILTER);
    }
    if (options.minTier().isPresent()) {
      MatchTier min = options.minTier().get();
      BooleanQuery.Builder weakOnly = new BooleanQuery.Builder();
      int n = 0;
      for (Map<MatchTier, Query> word : tierQueries) {
        BooleanQuery.Builder weak = new BooleanQuery.Builder();
        BooleanQuery.Builder strong = new BooleanQuery.Builder();
        boolean anyWeak = false;
        for (Map.Entry<MatchTier, Query> e : word.entrySet()) {
          if (e.getKey().compareTo(min) > 0) {
            weak.add(e.getValue(), BooleanClause.Occur.SHOULD);
            anyWeak = true;
          } else {
            strong.add(e.getValue(), BooleanClause.Occur.SHOULD);
          }
        }
        if (anyWeak) {
          BooleanQuery.Builder onlyWeak = new BooleanQuery.Builder();
          onlyWeak.add(weak.build(), BooleanClause.Occur.MUST);
          onlyWeak.add(strong.build(), BooleanClause.Occur.MUST_NOT);
          weakOnly.add(onlyWeak.build(), BooleanClause.Occur.SHOULD);
          n++;
        }
      }
      if (n > 0) {
        b.add(weakOnly.build(), BooleanClause.Occur.MUST_NOT);
      }
    }
    return b.build();
  }

  private static boolean exact(TopDocs top) {
    return top.totalHits.relation() == org.apache.lucene.search.TotalHits.Relation.EQUAL_TO;
  }

  /**
   * Hits that carry only the document id, taken from the sort values (the id is the last sort
   * field, so the collector has looked it up already): no stored-field decoding, no second lookup.
   */
  private static List<Hit> idOnlyHits(ScoreDoc[] ranked, int from, ScoreDoc[] docs) {
    List<Hit> hits = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      Object[] fields = ((FieldDoc) ranked[from + i]).fields;
      String id = ((BytesRef) fields[fields.length - 1]).utf8ToString();
      hits.add(new Hit(Document.builder(id).build(), docs[i].score, List.of(), List.of()));
    }
    return hits;
  }

  private Query parseLucene(String text) {
    // Bounded work: nesting (the parser and the regular-expression parser recurse per level, so
    // 600 nested parentheses overflowed the stack), and expansions: a prefix, wildcard, regexp or
    // range query rewrites to at most IndexSearcher.getMaxClauseCount() terms per field, or the
    // query is refused (TooManyClauses), so the highlighter and explainer see at most that many.
    int depth = nesting(text);
    if (depth > MAX_LUCENE_NESTING) {
      throw new IllegalArgumentException(
          "query is nested " + depth + " levels deep; the limit is " + MAX_LUCENE_NESTING);
    }
    MultiFieldQueryParser parser = new MultiFieldQueryParser(IndexFields.TEXT_FIELDS, analyzer);
    parser.setAllowLeadingWildcard(false);
    parser.setMultiTermRewriteMethod(org.apache.lucene.search.MultiTermQuery.CONSTANT_SCORE_BOOLEAN_REWRITE);
    try {
      return parser.parse(text);
    } catch (StackOverflowError e) {
      throw new IllegalArgumentException("query is nested too deeply", e);
    } catch (ParseException | RuntimeException e) {
      String msg = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
      throw new IllegalArgumentException("invalid Lucene query syntax: " + msg, e);
    }
  }

  /** The deepest nesting of (), [] and {} in the text, escaped characters aside. */
  static int nesting(String text) {
    int depth = 0;
    int max = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '(' || c == '[' || c == '{') {
        max = Math.max(max, ++depth);
      } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
        depth--;
      }
    }
    return max;
  }

  /** All documents, for counting; used by tests. */
  long countAll() throws IOException {
    IndexSearcher s = acquire();
    try {
      return s.count(new MatchAllDocsQuery());
    } finally {
      searchers.release(s);
    }
  }

  private IndexSearcher acquire() throws IOException {
    ensureOpen();
    return searchers.acquire();
  }

  private void ensureWritable() {
    ensureOpen();
    if (writer == null) {
      throw new IllegalStateException("index is open read-only");
    }
  }

  /** Whether this index was opened read-only. */
  public boolean readOnly() {
    return writer == null;
  }

  private void ensureOpen() {
    if (closed.get()) {
      throw new IllegalStateException("index is closed");
    }
  }

  /**
   * Commits pending changes and releases the index. Idempotent. It waits for a commit running in
   * another thread, and always releases the write lock and the directory, even when the final
   * commit fails (the changes since the last commit are then rolled back and the error thrown).
   */
  @Override
  public void close() throws IOException {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    commitLock.lock();
    try {
      Throwable failure = null;
      try {
        searchers.close();
      } catch (Throwable t) {
        failure = t;
      }
      if (writer != null) {
        try {
          writer.close(); // commits
        } catch (Throwable t) {
          failure = addTo(failure, t);
          try {
            writer.rollback(); // releases the lock whatever state the writer is in
          } catch (Throwable r) {
            failure.addSuppressed(r);
          }
        }
      }
      try {
        directory.close();
      } catch (Throwable t) {
        failure = addTo(failure, t);
      }
      if (failure instanceof IOException e) {
        throw e;
      } else if (failure instanceof RuntimeException e) {
        throw e;
      } else if (failure instanceof Error e) {
        throw e;
      } else if (failure != null) {
        throw new IOException(failure);
      }
    } finally {
      commitLock.unlock();
    }
  }

  private static Throwable addTo(Throwable first, Throwable next) {
    if (first == null) {
      return next;
    }
    first.addSuppressed(next);
    return first;
  }

  /** Builds a {@link NameIndex}. */
  public static final class Builder {
    private Optional<Path> path = Optional.empty();
    private boolean readOnly;

    private Builder() {}

    /**
     * Opens an existing on-disk index for searching only: no write lock is taken, so any number
     * of readers can search while one process writes. {@link #refresh()} picks up new commits.
     */
    public Builder readOnly() {
      this.readOnly = true;
      return this;
    }

    /** Keeps the index in memory (the default). */
    public Builder inMemory() {
      this.path = Optional.empty();
      return this;
    }

    /**
     * Keeps the index on disk in {@code dir}, created if missing, opened if it holds an index.
     * A non-empty directory that holds no index is refused, never overwritten.
     */
    public Builder directory(Path dir) {
      this.path = Optional.of(Objects.requireNonNull(dir, "dir"));
      return this;
    }

    /**
     * Opens or creates the index.
     *
     * @throws IOException if the directory cannot be used, is locked by another writer, or holds
     *     a corrupt or foreign index (never overwritten)
     */
    public NameIndex build() throws IOException {
      if (readOnly && path.isEmpty()) {
        throw new IllegalStateException("a read-only index needs a directory");
      }
      try {
        return new NameIndex(this);
      } catch (NoSuchFileException e) {
        throw new IOException("cannot open index: no such file " + e.getFile(), e);
      }
    }
  }
}
