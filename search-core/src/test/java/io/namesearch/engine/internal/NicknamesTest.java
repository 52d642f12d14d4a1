package io.namesearch.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.namesearch.engine.NameEngine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The first-name equivalents table against its gold file, and its many-to-many behaviour. */
class NicknamesTest {

  private final NameEngine engine = NameEngine.defaults();
  private final Nicknames nicknames = Nicknames.defaults();

  /** Whether the document word is the query's name: the same key, or an equivalent's key. */
  private boolean equivalent(String query, String doc) {
    List<String> docKeys = engine.keys(doc);
    List<String> queryKeys = engine.keys(query);
    return queryKeys.stream().anyMatch(docKeys::contains)
        || nicknames.equivalents(queryKeys).stream().anyMatch(docKeys::contains);
  }

  @Test
  void coversAtLeast150FirstNames() {
    assertTrue(nicknames.size() >= 150, "groups: " + nicknames.size());
  }

  @Test
  void goldPairs() throws IOException {
    List<String> failures = new ArrayList<>();
    int rows = 0;
    try (InputStream in =
            NicknamesTest.class.getResourceAsStream("/io/namesearch/engine/nicknames-golden.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t");
        boolean expected = c[2].equals("yes");
        rows++;
        if (equivalent(c[0], c[1]) != expected) {
          failures.add(line);
        }
      }
    }
    assertTrue(rows >= 40, "rows: " + rows);
    assertEquals(List.of(), failures);
  }

  @Test
  void manyToManyIsKept() {
    // Sasha stands for both Aleksandr and Aleksandra, and is not forced into one of them.
    assertTrue(equivalent("Sasha", "Aleksandr"));
    assertTrue(equivalent("Sasha", "Aleksandra"));
    assertTrue(equivalent("Zhenya", "Yevgeny"));
    assertTrue(equivalent("Zhenya", "Yevgeniya"));
  }

  @Test
  void ownKeysAreNotEquivalents() {
    List<String> keys = engine.keys("Dmitry");
    assertTrue(nicknames.equivalents(keys).stream().noneMatch(keys::contains));
    assertTrue(nicknames.equivalents(engine.keys("Baltrukov")).isEmpty());
  }
}
