package io.namesearch.search;

/**
 * A range of characters in a field's original text.
 *
 * @param start offset of the first character
 * @param end offset after the last character
 */
public record Span(int start, int end) {

  /** Validates the range. */
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }
}
