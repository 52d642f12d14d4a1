package io.namesearch.search;

import io.namesearch.analysis.RussianNameAnalyzer;
import io.namesearch.engine.FuzzyPolicy;
import io.namesearch.engine.NameEngine;
import io.namesearch.engine.NameRules;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

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
  public static final int MAX_QUERY_WORDS = QueryWords.MAX_WORDS;

  /** The longest word of a query; a longer one is split into pieces of this length. */
  public static final int MAX_WORD_LENGTH = 255;

  /**
   * The deepest nesting of parentheses and brackets a {@link QuerySyntax#LUCENE} query may have.
   */
  public static final int MAX_LUCENE_NESTING = 32;

  private final Optional<Path> path;
  private final Analyzer analyzer;
  private final NameQueryBuilder queries;
  private final NameSearch searcher;
  private final VariantFinder variantFinder;

  /** The directory, writer and searchers, and their lifecycle. */
  private final IndexHandle handle;

  private NameIndex(Builder b) throws IOException {
    this.path = b.path;
    NameRules rules = NameRules.defaults();
    NameEngine engine = new NameEngine(rules, FuzzyPolicy.DEFAULT);
    this.analyzer = new RussianNameAnalyzer();
    this.queries = new NameQueryBuilder(analyzer, engine);
    this.searcher = new NameSearch(analyzer, engine, queries);
    this.variantFinder = new VariantFinder(analyzer);
    this.handle = new IndexHandle(b.path, b.readOnly, analyzer, rules.fingerprint());
  }

  /**
   * Builds a new index in {@code target} from the documents stored in the on-disk index in {@code
   * source} (ids, titles, bodies, sources, dates, metadata), with this version's name rules; {@code
   * source} is only read, never written or locked, and may be searched or written meanwhile (the
   * rebuild copies its latest commit). The way to carry an index refused with {@link
   * StaleIndexException} over to this version; it also works on a current index.
   *
   * @param target a folder that is missing or empty
   * @return the number of documents copied
   * @throws IOException if {@code source} is not an index of this library, or {@code target} is not
   *     a missing or empty folder; when copying fails, {@code target} keeps what was committed
   */
  public static long rebuild(Path source, Path target) throws IOException {
    return IndexRebuild.rebuild(source, target);
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
    handle
        .writer()
        .updateDocument(
            new Term(IndexFields.ID, doc.id()), IndexFields.toLucene(doc, handle.textType()));
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
    handle.ensureWritable();
    return BulkIndexer.builder(this);
  }

  void ensureWritableForBulk() {
    handle.ensureWritable();
  }

  /** Writes the next (or largest) buffered segment on the calling thread; for the bulk indexer. */
  void flushNextBuffer() throws IOException {
    handle.writer().flushNextBuffer();
  }

  /** Deletes the document with this id, if there is one. Visible after {@link #refresh()}. */
  public void delete(String id) throws IOException {
    Objects.requireNonNull(id, "id");
    Document.checkId(id);
    handle.writer().deleteDocuments(new Term(IndexFields.ID, id));
  }

  /** Makes all changes durable on disk, then searchable. */
  public void commit() throws IOException {
    handle.commit();
  }

  /** Makes all changes so far searchable, without making them durable (near real time). */
  public void refresh() throws IOException {
    handle.refresh();
  }

  /** The number of searchable documents. */
  public int count() throws IOException {
    return handle.withSearcher(s -> s.getIndexReader().numDocs());
  }

  /** The searchable document with this id, if any. */
  public Optional<Document> get(String id) throws IOException {
    Objects.requireNonNull(id, "id");
    Document.checkId(id);
    return handle.withSearcher(
        s -> {
          TopDocs top = s.search(new TermQuery(new Term(IndexFields.ID, id)), 1);
          return top.scoreDocs.length == 0
              ? Optional.<Document>empty()
              : Optional.of(
                  IndexFields.fromLucene(s.storedFields().document(top.scoreDocs[0].doc)));
        });
  }

  /** Calls {@code action} on every searchable document, in index order. */
  public void forEach(Consumer<Document> action) throws IOException {
    Objects.requireNonNull(action, "action");
    handle.withSearcher(s -> IndexRebuild.eachDocument(s.getIndexReader(), action::accept));
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
    handle.ensureOpen();
    List<QueryWord> words = words(text);
    NameSearch.checkOptions(options);
    return handle.withSearcher(s -> searcher.search(s, text, words, options));
  }

  /** The words of a query text, refusing texts that are empty, too long or have no words. */
  private List<QueryWord> words(String text) throws IOException {
    QueryWords.checkText(text);
    List<QueryWord> words = queries.words(text);
    QueryWords.checkWords(text, words);
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
    handle.ensureOpen();
    List<QueryWord> words = words(name);
    return handle.withSearcher(
        s ->
            variantFinder.variants(
                s,
                words,
                queries.tierQueries(words, SearchOptions.DEFAULT_TIERS, s.getIndexReader())));
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
    return handle.withSearcher(s -> variantFinder.all(s, minDocs));
  }

  /** Whether this index was opened read-only. */
  public boolean readOnly() {
    return handle.readOnly();
  }

  /**
   * Commits pending changes and releases the index. Idempotent. It waits for a commit running in
   * another thread, and always releases the write lock and the directory, even when the final
   * commit fails (the changes since the last commit are then rolled back and the error thrown).
   */
  @Override
  public void close() throws IOException {
    handle.close();
  }

  /** Builds a {@link NameIndex}. */
  public static final class Builder {
    private Optional<Path> path = Optional.empty();
    private boolean readOnly;

    private Builder() {}

    /**
     * Opens an existing on-disk index for searching only: no write lock is taken, so any number of
     * readers can search while one process writes. {@link #refresh()} picks up new commits.
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
     * Keeps the index on disk in {@code dir}, created if missing, opened if it holds an index. A
     * non-empty directory that holds no index is refused, never overwritten.
     */
    public Builder directory(Path dir) {
      this.path = Optional.of(Objects.requireNonNull(dir, "dir"));
      return this;
    }

    /**
     * Opens or creates the index.
     *
     * @throws IOException if the directory cannot be used, is locked by another writer, or holds a
     *     corrupt or foreign index (never overwritten)
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
