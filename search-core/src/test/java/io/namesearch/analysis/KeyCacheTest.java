package io.namesearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.namesearch.engine.NameRules;
import io.namesearch.engine.internal.NameKeyer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The cache returns exactly what an uncached {@link NameKeyer} computes, for words and pairs,
 * through collisions and evictions, and an entry stays valid through the next lookup.
 */
class KeyCacheTest {

  private static final NameRules RULES = NameRules.defaults();

  @Test
  void matchesTheKeyerThroughEvictions() {
    Random random = new Random(20261202L);
    List<String> words = new ArrayList<>();
    String[] stems = {
      "baltrukov", "khodorkovsk", "chodorkowsk", "moskv", "krasny", "luch", "orekhov"
    };
    String[] ends = {"", "a", "y", "ij", "ogo", "u", "ski", "skaya", "ym"};
    // more distinct words than the table has entries, so that sets overflow and entries are reused
    for (int i = 0; words.size() < 3 * KeyCache.SETS; i++) {
      words.add(
          stems[i % stems.length]
              + ends[(i / stems.length) % ends.length]
              + (i / 63 == 0
                  ? ""
                  : "x".repeat(i % 3)
                      + (char) ('a' + i % 26)
                      + Integer.toString(i / 63, 26).replaceAll("[0-9]", "o")));
    }
    words.add("ab\u0000cd"); // the pair separator inside a word
    KeyCache cache = new KeyCache();
    NameKeyer cached = new NameKeyer(RULES);
    NameKeyer fresh = new NameKeyer(RULES);
    for (int n = 0; n < 100_000; n++) {
      String w = words.get(random.nextInt(random.nextBoolean() ? 50 : words.size()));
      KeyCache.Entry e = cache.word(cached, w.toCharArray(), w.length());
      assertEquals(expectedWord(fresh, w), actualWord(e), w);
      if (e.keyCount > 0 && random.nextBoolean()) {
        String p = words.get(random.nextInt(words.size()));
        char[] first = p.toCharArray();
        String before = actualWord(e);
        KeyCache.Entry j =
            cache.joined(
                cached,
                first,
                first.length,
                KeyCache.hash(first, first.length),
                e.keys[0],
                e.keyLengths[0],
                e.firstKeyHash);
        String second = new String(e.keys[0], 0, e.keyLengths[0]);
        assertEquals(
            expectedJoined(fresh, p, second),
            new String(j.joined, 0, j.joinedLength),
            p + "|" + second);
        assertEquals(before, actualWord(e), "the word's entry survives the pair lookup");
        assertEquals(KeyCache.hash(e.keys[0], e.keyLengths[0]), e.firstKeyHash);
      }
    }
  }

  @Test
  void aHitReturnsTheSameEntry() {
    KeyCache cache = new KeyCache();
    NameKeyer keyer = new NameKeyer(RULES);
    char[] w = "baltrukov".toCharArray();
    KeyCache.Entry e = cache.word(keyer, w, w.length);
    assertSame(e, cache.word(keyer, w, w.length));
  }

  private static String actualWord(KeyCache.Entry e) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < e.keyCount; i++) {
      sb.append(e.keys[i], 0, e.keyLengths[i]).append(' ');
    }
    sb.append("| ").append(e.family, 0, e.familyLength);
    sb.append(" | ").append(e.secondFamily, 0, e.secondFamilyLength);
    return sb.toString();
  }

  private static String expectedWord(NameKeyer k, String w) {
    int n = k.analyze(w.toCharArray(), 0, w.length());
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(k.keyBuffer(i), 0, k.keyLength(i)).append(' ');
    }
    sb.append("| ");
    if (n > 0 && k.hasFamily()) {
      sb.append(k.familyBuffer(), 0, k.familyLength());
    }
    sb.append(" | ");
    if (n > 1 && k.hasSecondFamily()) {
      sb.append(k.secondFamilyBuffer(), 0, k.secondFamilyLength());
    }
    return sb.toString();
  }

  private static String expectedJoined(NameKeyer k, String a, String b) {
    if (k.joinKeys(a.toCharArray(), a.length(), b.toCharArray(), b.length()) == 0) {
      return "";
    }
    return k.hasFamily()
        ? new String(k.familyBuffer(), 0, k.familyLength())
        : new String(k.keyBuffer(0), 0, k.keyLength(0));
  }
}
