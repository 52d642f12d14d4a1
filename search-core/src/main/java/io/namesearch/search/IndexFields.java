package io.namesearch.search;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/** The index schema: how a {@link Document} becomes Lucene fields and back. */
final class IndexFields {

  static final String ID = "id";
  static final String TITLE = "title";
  static final String BODY = "body";
  static final String SOURCE = "source";
  static final String DATE = "date";
  static final String META_PREFIX = "meta.";

  /** The date as a day number (days since 1970-01-01): a point for ranges, doc values to sort. */
  static final String DAY = "day";

  /** Metadata values indexed as keywords (a term to filter, doc values to count). */
  static final String KEYWORD_PREFIX = "kw.";

  /** Metadata values longer than this, in UTF-8 bytes, are stored but not indexed as keywords. */
  static final int MAX_KEYWORD_BYTES = 1024;

  /** The searched fields, in the order snippets are reported. */
  static final String[] TEXT_FIELDS = {TITLE, BODY};

  /**
   * Analyzed, stored, with positions. Highlighting and match explanations find the offsets of the
   * matched words by analysing the stored text of the hits again; offsets in the postings would
   * make the index about a quarter larger (every stacked key repeats its word's offsets).
   */
  static final FieldType TEXT_TYPE = textType(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);

  /** As {@link #TEXT_TYPE}, with offsets in the postings: how indexes were written before. */
  static final FieldType TEXT_TYPE_WITH_OFFSETS =
      textType(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);

  private static FieldType textType(IndexOptions options) {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setStored(true);
    t.setIndexOptions(options);
    t.freeze();
    return t;
  }

  /**
   * The text field type an existing index uses (Lucene refuses to mix index options in a field):
   * with offsets when its text fields have them.
   */
  static FieldType textTypeOf(Directory directory) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      FieldInfos infos = FieldInfos.getMergedFieldInfos(reader);
      for (String field : TEXT_FIELDS) {
        FieldInfo info = infos.fieldInfo(field);
        if (info != null) {
          return info.getIndexOptions() == IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS
              ? TEXT_TYPE_WITH_OFFSETS
              : TEXT_TYPE;
        }
      }
    }
    return TEXT_TYPE;
  }

  private IndexFields() {}

  static org.apache.lucene.document.Document toLucene(Document doc, FieldType textType) {
    var d = new org.apache.lucene.document.Document();
    d.add(new StringField(ID, doc.id(), Field.Store.YES));
    d.add(new SortedDocValuesField(ID, new BytesRef(doc.id())));
    d.add(new Field(TITLE, doc.title(), textType));
    d.add(new Field(BODY, doc.body(), textType));
    doc.source().ifPresent(s -> d.add(new StoredField(SOURCE, s)));
    doc.date()
        .ifPresent(
            date -> {
              d.add(new StoredField(DATE, date.toString()));
              d.add(new LongPoint(DAY, date.toEpochDay()));
              d.add(new NumericDocValuesField(DAY, date.toEpochDay()));
            });
    doc.metadata()
        .forEach(
            (k, v) -> {
              d.add(new StoredField(META_PREFIX + k, v));
              BytesRef value = new BytesRef(v);
              if (value.length <= MAX_KEYWORD_BYTES) {
                d.add(new StringField(KEYWORD_PREFIX + k, value, Field.Store.NO));
                d.add(new SortedSetDocValuesField(KEYWORD_PREFIX + k, value));
              }
            });
    return d;
  }

  static Document fromLucene(org.apache.lucene.document.Document d) {
    Document.Builder b = Document.builder(d.get(ID)).title(orEmpty(d.get(TITLE)));
    b.body(orEmpty(d.get(BODY)));
    Optional.ofNullable(d.get(SOURCE)).ifPresent(b::source);
    Optional.ofNullable(d.get(DATE)).flatMap(IndexFields::parseDate).ifPresent(b::date);
    Map<String, String> meta = new LinkedHashMap<>();
    for (IndexableField f : d.getFields()) {
      if (f.name().startsWith(META_PREFIX) && f.stringValue() != null) {
        meta.put(f.name().substring(META_PREFIX.length()), f.stringValue());
      }
    }
    meta.forEach(b::metadata);
    return b.build();
  }

  private static Optional<LocalDate> parseDate(String s) {
    try {
      return Optional.of(LocalDate.parse(s));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
