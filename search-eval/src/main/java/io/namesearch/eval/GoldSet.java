package io.namesearch.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A gold file: rows of {@code group_id, cyrillic_form, variant, lang_or_scheme, kind}, and the
 * documents and queries derived from them.
 *
 * <p>By default the documents are the distinct strings: every variant in file order, then every
 * non-empty Cyrillic form that is not already a document. A string in several groups belongs to all
 * of them. Queries are the rows, one per distinct (group, variant) pair, in file order. See {@link
 * Options} for the variations.
 */
public final class GoldSet {

  /** The header every gold file starts with. */
  public static final List<String> HEADER =
      List.of("group_id", "cyrillic_form", "variant", "lang_or_scheme", "kind");

  /** Shown for an empty kind or lang_or_scheme. */
  public static final String NONE = "-";

  /** One line of the file. */
  public record Row(
      int line, String group, String cyrillic, String variant, String scheme, String kind) {}

  /** A query: one row, its own document, and the documents relevant to it (own doc excluded). */
  public record Query(Row row, int ownDoc, int[] relevant) {}

  /** The file is not a gold file; the message says why, in one line. */
  public static final class FormatException extends Exception {
    private static final long serialVersionUID = 1L;

    FormatException(String message) {
      super(message);
    }
  }

  private final List<Row> rows;
  private final List<String> documents;
  private final int variantDocuments;
  private final List<Query> queries;
  private final int duplicateRows;
  private final int groups;

  /** The lang_or_scheme of the queries made from Cyrillic forms. */
  public static final String CYRILLIC = "cyrillic";

  /**
   * How documents and queries are derived from the rows.
   *
   * @param cyrillicDocuments every non-empty Cyrillic form is a document too
   * @param cyrillicQueries every distinct (group, Cyrillic form) is a query too (implies Cyrillic
   *     documents)
   * @param documentPerGroup a string is one document per group it occurs in, instead of one
   *     document shared by all its groups
   */
  public record Options(
      boolean cyrillicDocuments, boolean cyrillicQueries, boolean documentPerGroup) {
    /**
     * The default: distinct strings (variants and Cyrillic forms) as documents, variants as
     * queries.
     */
    public static final Options DEFAULT = new Options(true, false, false);
  }

  private final Options options;

  private GoldSet(List<Row> rows, Options options) {
    this.rows = List.copyOf(rows);
    this.options = options;
    boolean cyrillicDocuments = options.cyrillicDocuments() || options.cyrillicQueries();
    Map<String, Integer> ordinals = new HashMap<>();
    List<String> docs = new ArrayList<>();
    List<Set<String>> docGroups = new ArrayList<>();
    for (Row r : rows) {
      addDoc(r.variant(), r.group(), ordinals, docs, docGroups);
    }
    this.variantDocuments = docs.size();
    if (cyrillicDocuments) {
      for (Row r : rows) {
        if (!r.cyrillic().isEmpty()) {
          addDoc(r.cyrillic(), r.group(), ordinals, docs, docGroups);
        }
      }
    }
    this.documents = Collections.unmodifiableList(docs);

    Map<String, List<Integer>> groupDocs = new LinkedHashMap<>();
    for (int d = 0; d < docs.size(); d++) {
      for (String g : docGroups.get(d)) {
        groupDocs.computeIfAbsent(g, k -> new ArrayList<>()).add(d);
      }
    }
    this.groups = (int) rows.stream().map(Row::group).distinct().count();

    List<Query> qs = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int dups = 0;
    Set<String> seenCyrillic = new HashSet<>();
    for (Row r : rows) {
      if (options.cyrillicQueries()
          && !r.cyrillic().isEmpty()
          && seenCyrillic.add(r.group() + '\t' + r.cyrillic())) {
        Row c = new Row(r.line(), r.group(), r.cyrillic(), r.cyrillic(), CYRILLIC, r.kind());
        qs.add(query(c, ordinals, groupDocs));
      }
      if (!seen.add(r.group() + '\t' + r.variant())) {
        dups++;
        continue;
      }
      qs.add(query(r, ordinals, groupDocs));
    }
    this.queries = Collections.unmodifiableList(qs);
    this.duplicateRows = dups;
  }

  private Query query(Row r, Map<String, Integer> ordinals, Map<String, List<Integer>> groupDocs) {
    int own = ordinals.get(key(r.variant(), r.group()));
    int[] relevant =
        groupDocs.get(r.group()).stream()
            .mapToInt(Integer::intValue)
            .filter(d -> d != own)
            .toArray();
    return new Query(r, own, relevant);
  }

  private String key(String text, String group) {
    return options.documentPerGroup() ? group + '\t' + text : text;
  }

  private void addDoc(
      String text,
      String group,
      Map<String, Integer> ordinals,
      List<String> docs,
      List<Set<String>> docGroups) {
    String key = key(text, group);
    Integer ord = ordinals.get(key);
    if (ord == null) {
      ord = docs.size();
      ordinals.put(key, ord);
      docs.add(text);
      docGroups.add(new java.util.LinkedHashSet<>());
    }
    docGroups.get(ord).add(group);
  }

  /** Reads and checks a gold file. */
  public static GoldSet read(Path path, Options options) throws IOException, FormatException {
    if (!Files.exists(path)) {
      throw new FormatException("gold file not found: " + path);
    }
    if (!Files.isRegularFile(path)) {
      throw new FormatException("gold file is not a regular file: " + path);
    }
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(Files.newInputStream(path), decoder))) {
      return parse(in, path.toString(), options);
    } catch (CharacterCodingException e) {
      throw new FormatException(path + ": not valid UTF-8 text");
    }
  }

  /** Parses gold text; {@code source} names it in error messages. */
  public static GoldSet parse(BufferedReader in, String source, Options options)
      throws IOException, FormatException {
    String header = in.readLine();
    if (header == null) {
      throw new FormatException(
          source + ": file is empty (expected a header line " + String.join("<TAB>", HEADER) + ")");
    }
    if (header.startsWith("\uFEFF")) {
      header = header.substring(1);
    }
    List<String> names = List.of(stripCr(header).split("\t", -1));
    if (!names.stream()
        .map(s -> s.trim().toLowerCase(java.util.Locale.ROOT))
        .toList()
        .equals(HEADER)) {
      throw new FormatException(
          source
              + " line 1: expected the header "
              + String.join("<TAB>", HEADER)
              + ", got '"
              + abbreviate(header)
              + "'");
    }
    List<Row> rows = new ArrayList<>();
    int lineNo = 1;
    String line;
    while ((line = in.readLine()) != null) {
      lineNo++;
      line = stripCr(line);
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != HEADER.size()) {
        throw new FormatException(
            source
                + " line "
                + lineNo
                + ": expected "
                + HEADER.size()
                + " tab-separated columns ("
                + String.join(", ", HEADER)
                + "), got "
                + f.length);
      }
      String group = f[0].strip();
      String variant = f[2].strip();
      if (group.isEmpty()) {
        throw new FormatException(source + " line " + lineNo + ": group_id is empty");
      }
      if (variant.isEmpty()) {
        throw new FormatException(source + " line " + lineNo + ": variant is empty");
      }
      rows.add(new Row(lineNo, group, f[1].strip(), variant, orNone(f[3]), orNone(f[4])));
    }
    if (rows.isEmpty()) {
      throw new FormatException(source + ": no data rows after the header");
    }
    return new GoldSet(rows, options);
  }

  private static String orNone(String s) {
    String t = s.strip();
    return t.isEmpty() ? NONE : t;
  }

  private static String stripCr(String s) {
    return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
  }

  private static String abbreviate(String s) {
    String t = s.replace("\t", "<TAB>");
    return t.length() > 60 ? t.substring(0, 57) + "..." : t;
  }

  public List<Row> rows() {
    return rows;
  }

  /** The document strings; the index of a string is its ordinal. */
  public List<String> documents() {
    return documents;
  }

  /** How many documents are variants; the rest are Cyrillic forms. */
  public int variantDocuments() {
    return variantDocuments;
  }

  /** One query per distinct (group, variant) row, in file order. */
  public List<Query> queries() {
    return queries;
  }

  /** Rows dropped as repeats of an earlier (group, variant) pair. */
  public int duplicateRows() {
    return duplicateRows;
  }

  public Options options() {
    return options;
  }

  public int groups() {
    return groups;
  }
}
