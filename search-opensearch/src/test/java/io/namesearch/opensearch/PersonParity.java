package io.namesearch.opensearch;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compares a person-mode search of the plugin with the library's ({@code QueryMode.PERSON}) on the
 * same documents. Both score a hit as its kind of mention's rank (4 for a full name down to 0 for
 * no surname) times a span, plus its words score (the {@code QueryMode.WORDS} score); the library's
 * span is 1.01 times its best words score plus one, the plugin's the same (learnt by a first search
 * of the words query; {@link PersonSpanFilter}), or, where it cannot learn it, of a bound that
 * every shard computes alike. So the order must be the same, each hit's rank the same, and the
 * plugin's scores the words scores plus rank times one span per query: the library's span when
 * known.
 */
final class PersonParity {

  private PersonParity() {}

  /**
   * Asserts that {@code plugin} (hit id to score) ranks as {@code library} (the library's person
   * search); {@code words} is the library's words search. Returns 1 when the person pass changed
   * the order of the words search, else 0.
   */
  static int assertSame(
      String what,
      Map<String, Float> plugin,
      Map<String, Float> library,
      Map<String, Float> words) {
    return assertSame(what, plugin, library, words, new java.util.HashSet<>());
  }

  /**
   * As {@link #assertSame(String, Map, Map, Map)}, adding the ranks of the hits to {@code ranks}.
   */
  static int assertSame(
      String what,
      Map<String, Float> plugin,
      Map<String, Float> library,
      Map<String, Float> words,
      java.util.Set<Integer> ranks) {
    return assertSame(what, plugin, library, words, ranks, Float.NaN);
  }

  /**
   * As {@link #assertSame(String, Map, Map, Map, java.util.Set)}, with the plugin's span known
   * beforehand ({@code span(PersonRanking.top())} for the same query and statistics, NaN when
   * unknown): every plugin score must then be its words score plus its rank times that span, with
   * no free parameter.
   */
  static int assertSame(
      String what,
      Map<String, Float> plugin,
      Map<String, Float> library,
      Map<String, Float> words,
      java.util.Set<Integer> ranks,
      float expectedSpan) {
    assertEquals(what, library.keySet(), plugin.keySet());
    if (library.isEmpty()) {
      return 0;
    }
    List<String> lo = byScoreThenId(library);
    List<String> po = byScoreThenId(plugin);
    for (int i = 0; i < lo.size(); i++) {
      if (!lo.get(i).equals(po.get(i))) {
        String a = lo.get(i);
        String b = po.get(i);
        throw new AssertionError(
            what
                + ": at "
                + i
                + " the library has "
                + a
                + " ("
                + library.get(a)
                + ", words "
                + words.get(a)
                + "; plugin "
                + plugin.get(a)
                + "), the plugin "
                + b
                + " ("
                + plugin.get(b)
                + ", words "
                + words.get(b)
                + "; library "
                + library.get(b)
                + ")");
      }
    }
    float top = 0f;
    for (float s : words.values()) {
      top = Math.max(top, s);
    }
    float librarySpan = librarySpan(words);
    float pluginSpan = 0f;
    int[] rank = new int[library.size()];
    List<String> ids = new ArrayList<>(library.keySet());
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      float s = words.get(id);
      double r = (library.get(id) - s) / librarySpan;
      rank[i] = (int) Math.round(r);
      assertEquals(what + " " + id + ": the library's rank", rank[i], r, 1e-3);
      ranks.add(rank[i]);
      if (rank[i] > 0) {
        pluginSpan = Math.max(pluginSpan, (plugin.get(id) - s) / rank[i]);
      }
    }
    if (!Float.isNaN(expectedSpan)) {
      if (pluginSpan > 0) {
        assertEquals(what + ": the plugin's span", expectedSpan, pluginSpan, 1e-4f * expectedSpan);
      }
      pluginSpan = expectedSpan;
    }
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      float expected = rank[i] * pluginSpan + words.get(id);
      assertEquals(
          what + " " + id + " (rank " + rank[i] + ", span " + pluginSpan + ")",
          expected,
          plugin.get(id),
          1e-4f * Math.max(1f, expected));
    }
    if (pluginSpan > 0) {
      assertTrue(what + ": the span sets the ranks apart", pluginSpan > top);
    }
    return byScoreThenId(words).equals(byScoreThenId(library)) ? 0 : 1;
  }

  /**
   * Asserts that a page of the plugin's hits is the library's page of the same size, up to the hits
   * that tie with the last one (which either may cut); returns false, asserting nothing, when the
   * words scores tie across the edge of the re-ranked window ({@code window} hits), as the library
   * breaks ties of equal scores by document length and OpenSearch by shard and document, so the
   * windows may hold different documents.
   */
  static boolean assertSamePage(
      String what,
      Map<String, Float> plugin,
      Map<String, Float> library,
      Map<String, Float> words,
      int window) {
    List<String> w = byScoreThenId(words);
    if (w.size() > window && words.get(w.get(window - 1)).equals(words.get(w.get(window)))) {
      return false;
    }
    assertEquals(what + ": hits on the page", library.size(), plugin.size());
    List<String> p = byScoreThenId(plugin);
    List<String> l = byScoreThenId(library);
    if (p.isEmpty()) {
      return true;
    }
    float last = plugin.get(p.get(p.size() - 1));
    float libraryLast = library.get(l.get(l.size() - 1));
    int n = 0;
    while (n < p.size() && plugin.get(p.get(n)) > last && library.get(l.get(n)) > libraryLast) {
      n++;
    }
    assertEquals(what, l.subList(0, n), p.subList(0, n));
    for (String id : l.subList(0, n)) {
      assertEquals(
          what + " " + id + ": the library's score on the page",
          library.get(id),
          plugin.get(id),
          1e-6f * Math.max(1f, library.get(id)));
    }
    return true;
  }

  /**
   * Asserts that the plugin's scores are the library's (to float rounding: both add the same floats
   * in the same order, so they are equal unless a word's weight differs in its last bit).
   */
  static void assertSameScores(String what, Map<String, Float> plugin, Map<String, Float> library) {
    assertEquals(what, library.keySet(), plugin.keySet());
    for (Map.Entry<String, Float> e : library.entrySet()) {
      float expected = e.getValue();
      assertEquals(
          what + " " + e.getKey() + ": the library's score",
          expected,
          plugin.get(e.getKey()),
          1e-6f * Math.max(1f, expected));
    }
  }

  /** The library's span for these words scores: 1.01 times the best plus one. */
  static float librarySpan(Map<String, Float> words) {
    float top = 0f;
    for (float s : words.values()) {
      top = Math.max(top, s);
    }
    return top * 1.01f + 1f;
  }

  /** The ids by score (best first), equal scores by id. */
  static List<String> byScoreThenId(Map<String, Float> scores) {
    List<String> ids = new ArrayList<>(scores.keySet());
    ids.sort(
        (a, b) -> {
          int c = Float.compare(scores.get(b), scores.get(a));
          return c != 0 ? c : a.compareTo(b);
        });
    return ids;
  }
}
