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

  /** Marks the cursor of a person search, which holds the position after the hit. */
  private static final String PERSON = "PERSON";

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

  /**
   * The cursor of the hit at {@code position} (0 for the first) of a person search, whose order is
   * the person ranking's, not a Lucene sort's: the next page starts at the position after it.
   */
  static String encodePerson(int position) {
    String text = VERSION + "\n" + PERSON + "\n" + (position + 1);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Whether this cursor came from a person search. */
  static boolean isPerson(String cursor) {
    String[] parts = text(cursor).split("\n", 3);
    return parts.length == 3 && parts[0].equals(VERSION) && parts[1].equals(PERSON);
  }

  /** The position a person search's cursor starts the next page at. */
  static int decodePerson(String cursor) {
    String[] parts = text(cursor).split("\n", 3);
    if (parts.length != 3 || !parts[0].equals(VERSION) || !parts[1].equals(PERSON)) {
      throw invalid();
    }
    try {
      int position = Integer.parseInt(parts[2]);
      if (position < 1 || position > SearchOptions.MAX_OFFSET) {
        throw new IllegalArgumentException(
            "cursor is deeper than a person search pages (" + SearchOptions.MAX_OFFSET + " hits)");
      }
      return position;
    } catch (NumberFormatException e) {
      throw invalid();
    }
  }

  private static String text(String cursor) {
    try {
      return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
  }

  /** The Lucene search-after position of a cursor made by a search with this sort order. */
  static FieldDoc decode(String cursor, SearchOptions.SortOrder sort) {
    String text = text(cursor);
    String[] parts = text.split("\n", sort == SearchOptions.SortOrder.SCORE ? 5 : 6);
    if (parts.length < 5 || !parts[0].equals(VERSION)) {
      throw invalid();
    }
    if (parts[1].equals(PERSON)) {
      throw new IllegalArgumentException(
          "cursor is from a search for a person's name, not for these words");
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
