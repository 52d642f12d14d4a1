package io.namesearch.cli;

import io.namesearch.search.Document;

/** Turns a text file's content into a document: the first non-blank line is the title. */
final class TextDocuments {

  /** The longest title kept, in characters. */
  static final int MAX_TITLE = 200;

  private TextDocuments() {}

  /**
   * A dateline, not a title: a first line that starts with a date ({@code 2022-10-03}, {@code date
   * 2022-10-03 By ...}, {@code 3 October 2022 ...}).
   */
  private static final java.util.regex.Pattern DATELINE =
      java.util.regex.Pattern.compile(
          "(?i)(date\\b[:\\s]*)?(\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{4})\\b.*");

  static Document.Builder parse(String id, String text) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    int pos = 0;
    int n = t.length();
    int dateline = -1; // where a skipped dateline starts: it stays in the body
    while (pos < n) {
      int eol = t.indexOf('\n', pos);
      int end = eol < 0 ? n : eol;
      String line = t.substring(pos, end).strip();
      int next = eol < 0 ? n : eol + 1;
      if (!line.isEmpty() && dateline < 0 && DATELINE.matcher(line).matches()) {
        dateline = pos;
        pos = next;
        continue;
      }
      if (!line.isEmpty() && dateline >= 0) {
        String title = stripMarkdownHeading(line);
        if (title.length() > MAX_TITLE) {
          title = title.substring(0, MAX_TITLE) + "…";
          return Document.builder(id).title(title).body(t);
        }
        return Document.builder(id)
            .title(title)
            .body(t.substring(dateline, pos) + t.substring(next));
      }
      if (!line.isEmpty()) {
        String title = stripMarkdownHeading(line);
        if (title.length() > MAX_TITLE) {
          // A first line this long is a paragraph, not a title: keep it in the body.
          return Document.builder(id).title(title.substring(0, MAX_TITLE) + "…").body(t);
        }
        return Document.builder(id).title(title).body(t.substring(next));
      }
      pos = next;
    }
    return Document.builder(id).title("").body(t);
  }

  private static String stripMarkdownHeading(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == '#') {
      i++;
    }
    return i > 0 && i < line.length() && line.charAt(i) == ' '
        ? line.substring(i + 1).strip()
        : line;
  }
}
