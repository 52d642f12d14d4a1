package io.namesearch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * One output row of {@code search screen}: the listed name and its line, the match (the other
 * list's name and line, or the document id and title), the score and the explanation.
 */
record ScreenRow(
    int line, String name, String match, String where, double score, String explanation) {

  /** The row as a CSV line. */
  String csv() {
    return line
        + ","
        + csvField(name)
        + ","
        + csvField(match)
        + ","
        + csvField(where)
        + ","
        + String.format(Locale.ROOT, "%.3f", score)
        + ","
        + csvField(explanation);
  }

  /** A CSV field, quoted when it holds a comma, quote or line break. */
  static String csvField(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  /** The row as a JSON line: a document and title in index mode, else the other list's name. */
  String json(ObjectMapper mapper, boolean indexMode) {
    ObjectNode n = mapper.createObjectNode();
    n.put("line", line);
    n.put("name", name);
    if (indexMode) {
      n.put("document", match);
      n.put("title", where);
    } else {
      n.put("match", match);
      n.put("matchLine", Integer.parseInt(where));
    }
    n.put("score", score);
    n.put("explanation", explanation);
    try {
      return mapper.writeValueAsString(n);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
