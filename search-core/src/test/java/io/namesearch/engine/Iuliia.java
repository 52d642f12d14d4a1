package io.namesearch.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Test oracle: a small implementation of the iuliia transliteration scheme format (letter table,
 * previous-letter, next-letter and ending rules), following iuliia-py's lookup order.
 */
final class Iuliia {

  final String name;
  private final Map<String, String> mapping;
  private final Map<String, String> prev;
  private final Map<String, String> next;
  private final Map<String, String> ending;
  final List<String[]> samples = new ArrayList<>();

  private Iuliia(String name, JsonNode root) {
    this.name = name;
    mapping = table(root.get("mapping"));
    prev = table(root.get("prev_mapping"));
    next = table(root.get("next_mapping"));
    ending = table(root.get("ending_mapping"));
    JsonNode s = root.get("samples");
    if (s != null) {
      for (JsonNode pair : s) {
        samples.add(new String[] {pair.get(0).asText(), pair.get(1).asText()});
      }
    }
  }

  static Iuliia load(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    String n = file.getFileName().toString().replace(".json", "");
    return new Iuliia(n, root);
  }

  private static Map<String, String> table(JsonNode node) {
    Map<String, String> m = new HashMap<>();
    if (node == null || node.isNull()) {
      return m;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      m.put(e.getKey(), e.getValue().asText());
    }
    return m;
  }

  /** Transliterates a text: words (runs of letters/digits) are translated, the rest copied. */
  String translate(String text) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      int j = i;
      if (isWordChar(text.charAt(i))) {
        while (j < text.length() && isWordChar(text.charAt(j))) {
          j++;
        }
        out.append(word(text.substring(i, j)));
      } else {
        while (j < text.length() && !isWordChar(text.charAt(j))) {
          j++;
        }
        out.append(text, i, j);
      }
      i = j;
    }
    return out.toString();
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  /** One word: the 2-letter ending first, then letter by letter. */
  String word(String w) {
    if (w.length() > 2) {
      String stem = w.substring(0, w.length() - 2);
      String end = w.substring(w.length() - 2);
      String te = ending.get(end.toLowerCase(Locale.ROOT));
      if (te != null) {
        return letters(stem) + withCase(te, end);
      }
    }
    return letters(w);
  }

  private String letters(String w) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < w.length(); i++) {
      String p = i > 0 ? w.substring(i - 1, i).toLowerCase(Locale.ROOT) : "";
      String c = w.substring(i, i + 1);
      String lc = c.toLowerCase(Locale.ROOT);
      String nx = i + 1 < w.length() ? w.substring(i + 1, i + 2).toLowerCase(Locale.ROOT) : "";
      String t = prev.get(p + lc);
      if (t == null) {
        t = next.get(lc + nx);
      }
      if (t == null) {
        t = mapping.get(lc);
      }
      if (t == null) {
        sb.append(c);
      } else {
        sb.append(withCase(t, c));
      }
    }
    return sb.toString();
  }

  private static String withCase(String t, String source) {
    if (t.isEmpty() || !Character.isUpperCase(source.charAt(0))) {
      return t;
    }
    return t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1);
  }
}
