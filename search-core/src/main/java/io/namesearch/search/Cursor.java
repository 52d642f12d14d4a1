package io.namesearch.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * The search-after cursor of a hit: its sort values (date, score, length, id) in an opaque,
 * URL-safe string. The id makes the order total, so the hit after which to start needs no Lucene
 * document number, and a cursor stays valid across refreshes and merges.
 */
final class Cursor {

  private static final String VERSION = "c1";

  private Cursor() {}

  /** The cursor of a hit with these sort values ({@code FieldDoc.fields} of {@code sort}). */
  static String encode(SearchOptions.SortOrder sort, Object[] fields) {
    StringBuilder b = new StringBuilder(VERSION).append('\n').append(sort.name()).append('\n');
    int i = 0;
    if (sort != SearchOptions.SortOrder.SCORE) {
      b.append((Long) fields[i++]).append('\n');
    }
    b.append(Integer.toHexString(Float.floatToIntBits((Float) fields[i++]))).append('\n');
    b.append((Integer) fields[i++]).append('\n');
    b.append(((BytesRef) fields[i]).utf8ToString());
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(b.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The Lucene search-after position of a cursor made by a search with this sort order. */
  static FieldDoc decode(String cursor, SearchOptions.SortOrder sort) {
    String text;
    try {
      text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
    String[] parts = text.split("\n", sort == SearchOptions.SortOrder.SCORE ? 5 : 6);
    if (parts.length < 5 || !parts[0].equals(VERSION)) {
      throw invalid();
    }
    if (!parts[1].equals(sort.name())) {
      throw new IllegalArgumentException(
          "cursor is from a search sorted by "
              + parts[1].toLowerCase(java.util.Locale.ROOT)
              + ", not "
              + sort.name().toLowerCase(java.util.Locale.ROOT));
    }
    try {
      int i = 2;
      Object[] fields = new Object[sort == SearchOptions.SortOrder.SCORE ? 3 : 4];
      int f = 0;
      if (sort != SearchOptions.SortOrder.SCORE) {
        if (parts.length < 6) {
          throw invalid();
        }
        fields[f++] = Long.parseLong(parts[i++]);
      }
      float score = Float.intBitsToFloat(Integer.parseUnsignedInt(parts[i++], 16));
      fields[f++] = score;
      fields[f++] = Integer.parseInt(parts[i++]);
      fields[f] = new BytesRef(parts[i]);
      // every hit ties with no other (the id is unique), so the document number only has to skip
      // the hit itself
      return new FieldDoc(Integer.MAX_VALUE, score, fields);
    } catch (NumberFormatException e) {
      throw invalid();
    }
  }

  private static IllegalArgumentException invalid() {
    return new IllegalArgumentException("invalid cursor: not one a search returned");
  }
}
