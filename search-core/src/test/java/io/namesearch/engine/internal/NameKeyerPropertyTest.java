package io.namesearch.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.namesearch.engine.NameEngine;
import io.namesearch.engine.NameRules;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Robustness and stability properties of the keyer. */
class NameKeyerPropertyTest {

  private static final String ALPHABET =
      "abcdefghijklmnopqrstuvwxyzABCXYZ'’ʹʺ-  0123456789"
          + "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВЁЖЙЩЪЫЬіїєґўЎ"
          + "čšžłśźżćńąęěřůéèêëáàâäíìîïóòôöúùûüýÿñçßøæœ"
          + "\u0301\u0308\u030C\u0361\u0306" // combining marks
          + "αβγδΩ中文日本"
          + "\uD800\uDC00\uDBFF\uDFFF"; // surrogates, also split into unpaired halves

  private static String random(Random r, int maxLen) {
    int len = r.nextInt(maxLen + 1);
    StringBuilder sb = new StringBuilder(len);
    for (int i = 0; i < len; i++) {
      sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }

  @Test
  void neverThrowsAndKeysAreBounded() {
    NameKeyer k = new NameKeyer(NameRules.defaults());
    Random r = new Random(42);
    for (int i = 0; i < 200_000; i++) {
      String s = random(r, i % 1000 == 0 ? 2000 : 24);
      char[] buf = s.toCharArray();
      int n = k.analyze(buf, 0, buf.length);
      assertTrue(n >= 0 && n <= NameKeyer.MAX_KEYS);
      assertEquals(n, k.keyCount());
      for (int j = 0; j < n; j++) {
        int len = k.keyLength(j);
        assertTrue(len > 0, s);
        assertTrue(len <= NameKeyer.MAX_INPUT && len <= 2 * Math.min(buf.length, 4 * 255), s);
      }
      if (n == 0) {
        assertTrue(!k.hasFamily());
      }
      assertTrue(k.familyLength() <= NameKeyer.MAX_INPUT);
    }
  }

  @Test
  void edgeInputs() {
    NameKeyer k = new NameKeyer(NameRules.defaults());
    String[] inputs = {
      "",
      "'",
      "-",
      "ь",
      "ъъъ",
      "\u0301",
      "\uD800",
      "\uDC00",
      "a\uD800b",
      "12345",
      "Ω",
      "中文",
      "x".repeat(10_000),
      "щ".repeat(10_000),
      "ї".repeat(300),
      "ß",
      "İ",
      "ǅ"
    };
    for (String s : inputs) {
      char[] buf = s.toCharArray();
      int n = k.analyze(buf, 0, buf.length);
      for (int j = 0; j < n; j++) {
        assertTrue(k.keyLength(j) <= NameKeyer.MAX_INPUT);
      }
    }
    // offsets inside a larger buffer; out-of-range requests give no keys
    char[] buf = "xxPutinxx".toCharArray();
    assertEquals(1, k.analyze(buf, 2, 5));
    assertEquals("putin", k.key(0));
    assertEquals(0, k.analyze(buf, 5, 10));
    assertEquals(0, k.analyze(null, 0, 3));
  }

  @Test
  void keyOfAKeyIsTheSameKey() {
    NameEngine e = NameEngine.defaults();
    Random r = new Random(7);
    String[] words = {
      "Khodorkovsky", "Ходорковский", "Smolninskoe", "Dmitrij", "Palyuga", "Baltrukow", "Jelzin",
      "Tschechow", "Чехов", "Schukow", "Poutine", "Putinas", "Vlagyimir", "Chruschtschow",
      "Yevgeny", "Щукин", "Ельцин", "Gorbačov", "Kharkiv", "Ярославль", "Novoukrainka"
    };
    for (String w : words) {
      for (String key : e.keys(w)) {
        List<String> again = e.keys(key);
        assertTrue(again.contains(key), w + " -> " + key + " -> " + again);
      }
    }
    int checked = 0;
    int stable = 0;
    for (int i = 0; i < 20_000; i++) {
      String s = random(r, 12).toLowerCase(Locale.ROOT);
      for (String key : e.keys(s)) {
        checked++;
        if (e.keys(key).contains(key)) {
          stable++;
        } else if (checked % 50 == 0) {
          System.out.println("not idempotent: " + s + " -> " + key + " -> " + e.keys(key));
        }
      }
    }
    System.out.printf(Locale.ROOT, "key(key(x)) contains key(x): %d/%d%n", stable, checked);
    // keys are written in a phonetic alphabet whose letters read as themselves; the exceptions
    // are letter pairs a Latin reading takes as a digraph (s + h from Cyrillic сх, k + h, p + h),
    // frequent in random strings, rare in names
    assertTrue(stable >= 0.95 * checked, stable + "/" + checked);
  }

  @Test
  void noAllocationOnceWarmAndThroughput() {
    NameKeyer k = new NameKeyer(NameRules.defaults());
    String[] words = {
      "khodorkovsky",
      "ходорковский",
      "smol'ninskoe",
      "dmitrij",
      "paljuga",
      "baltrukow",
      "jelzin",
      "tschechow",
      "csehov",
      "poutine",
      "putinas",
      "vlagyimir",
      "chruschtschow",
      "yevgeny",
      "щукин",
      "ельцин",
      "gorbačov",
      "kharkiv",
      "ярославль",
      "novoukrainka",
      "xodorkovskij",
      "dostoïevski",
      "władimirowicz",
      "sosztakovics"
    };
    char[][] bufs = new char[words.length][];
    for (int i = 0; i < words.length; i++) {
      bufs[i] = words[i].toCharArray();
    }
    long sink = 0;
    for (int i = 0; i < 200_000; i++) { // warm up
      char[] b = bufs[i % bufs.length];
      sink += k.analyze(b, 0, b.length);
    }
    var bean = java.lang.management.ManagementFactory.getThreadMXBean();
    long allocBefore = allocated(bean);
    int n = 2_000_000;
    long t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      char[] b = bufs[i % bufs.length];
      sink += k.analyze(b, 0, b.length) + k.familyLength();
    }
    long t1 = System.nanoTime();
    long allocAfter = allocated(bean);
    double wps = n / ((t1 - t0) / 1e9);
    System.out.printf(
        Locale.ROOT,
        "NameKeyer throughput: %.0f words/s (%d words, sink %d); bytes allocated: %d%n",
        wps,
        n,
        sink,
        allocAfter - allocBefore);
    if (allocBefore >= 0) {
      // a few hundred bytes of slack for the measurement itself
      assertTrue(allocAfter - allocBefore < 4096, "allocated " + (allocAfter - allocBefore));
    }
  }

  private static long allocated(java.lang.management.ThreadMXBean bean) {
    if (bean instanceof com.sun.management.ThreadMXBean sun
        && sun.isThreadAllocatedMemorySupported()) {
      return sun.getThreadAllocatedBytes(Thread.currentThread().threadId());
    }
    return -1;
  }
}
