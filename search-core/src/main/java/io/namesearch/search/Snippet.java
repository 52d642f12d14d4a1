package io.namesearch.search;

import java.util.List;
import java.util.Objects;

/**
 * A passage of a field with the matched words marked.
 *
 * @param field the field, {@code "title"} or {@code "body"}
 * @param text the passage text, exactly as in the original field
 * @param start offset of the passage in the original field text
 * @param highlights the matched words, as offsets into the original field text, in order
 */
public record Snippet(String field, String text, int start, List<Span> highlights) {

  /** Validates the fields and copies the list. */
  public Snippet {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(text, "text");
    highlights = List.copyOf(highlights);
    for (Span s : highlights) {
      if (s.start() < start || s.end() > start + text.length()) {
        throw new IllegalArgumentException("highlight " + s + " outside the snippet");
      }
    }
  }

  /** The passage with each highlighted word wrapped in {@code open} and {@code close}. */
  public String marked(String open, String close) {
    StringBuilder sb = new StringBuilder(text.length() + highlights.size() * 8);
    int pos = 0;
    for (Span s : highlights) {
      int from = s.start() - start;
      int to = s.end() - start;
      if (from < pos) {
        continue;
      }
      sb.append(text, pos, from).append(open).append(text, from, to).append(close);
      pos = to;
    }
    return sb.append(text, pos, text.length()).toString();
  }
}
