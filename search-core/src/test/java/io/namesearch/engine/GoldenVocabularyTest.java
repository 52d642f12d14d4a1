package io.namesearch.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks names-golden.tsv: expected keys, shared keys, distinct names, family keys. */
class GoldenVocabularyTest {

  private final NameEngine engine = NameEngine.defaults();

  private String family(String w) {
    List<String> keys = engine.keys(w);
    return engine.family(w).orElse(keys.isEmpty() ? "" : keys.get(0));
  }

  /** Returns null when the line holds, else a description of the failure. */
  private String check(String[] c) {
    switch (c[0]) {
      case "=":
        {
          List<String> base = engine.keys(c[1]);
          StringBuilder bad = new StringBuilder();
          for (int i = 2; i < c.length; i++) {
            if (Collections.disjoint(base, engine.keys(c[i]))) {
              bad.append(' ').append(c[i]).append(engine.keys(c[i]));
            }
          }
          return bad.isEmpty() ? null : "= " + c[1] + base + " vs" + bad;
        }
      case "!":
        {
          for (int i = 1; i < c.length; i++) {
            for (int j = i + 1; j < c.length; j++) {
              if (!Collections.disjoint(engine.keys(c[i]), engine.keys(c[j]))) {
                return "! " + c[i] + engine.keys(c[i]) + " ~ " + c[j] + engine.keys(c[j]);
              }
            }
          }
          return null;
        }
      case "~":
        {
          String f = family(c[1]);
          StringBuilder bad = new StringBuilder();
          for (int i = 2; i < c.length; i++) {
            if (!f.equals(family(c[i]))) {
              bad.append(' ').append(c[i]).append('/').append(family(c[i]));
            }
          }
          return bad.isEmpty() ? null : "~ " + c[1] + "/" + f + " vs" + bad;
        }
      default:
        {
          List<String> keys = engine.keys(c[0]);
          String first = keys.isEmpty() ? "" : keys.get(0);
          return first.equals(c[1]) ? null : c[0] + " -> " + keys + ", expected " + c[1];
        }
    }
  }

  @Test
  void goldenVocabulary() throws IOException {
    List<String> failures = new ArrayList<>();
    List<String> known = new ArrayList<>();
    int checked = 0;
    try (InputStream in = getClass().getResourceAsStream("names-golden.tsv")) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t");
        if (c[0].equals("?")) {
          String[] rest = new String[c.length - 1];
          System.arraycopy(c, 1, rest, 0, rest.length);
          String f = check(rest);
          known.add((f == null ? "now passes: " : "still fails: ") + String.join(" ", rest));
          continue;
        }
        checked++;
        String f = check(c);
        if (f != null) {
          failures.add(f);
        }
      }
    }
    known.forEach(k -> System.out.println("known failure " + k));
    failures.forEach(f -> System.out.println("FAIL " + f));
    System.out.println("golden lines checked: " + checked + ", failing: " + failures.size());
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }
}
