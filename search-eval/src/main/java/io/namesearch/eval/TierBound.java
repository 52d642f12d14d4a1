package io.namesearch.eval;

import io.namesearch.engine.MatchTier;
import io.namesearch.engine.NameEngine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The ceiling of a ranking that keeps the tier order ({@code --tier-bound}): ours's hits for a
 * query, each given the strongest tier at which a word of the query matches a word of the document
 * ({@link NameEngine#compare}), sorted by that tier with the relevant hits first within it (the
 * order of ours otherwise kept). Missed documents stay missed, so the figure is the best MAP any
 * ordering within the tiers could reach with these hits: the room left for ranking within a tier,
 * and what no such ranking can reach.
 *
 * <p>Only for lists of single words (the declension tables), where the tier of the one word pair is
 * how ours ranks a hit. For names of several words ours adds up its words' tiers, which one pair's
 * tier does not describe, so {@code search eval} refuses the option there ({@link #singleWords}).
 */
final class TierBound {

  private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

  private final NameEngine engine = NameEngine.defaults();

  /** The hits of {@code ranking} re-ordered as described; a new array. */
  int[] reorder(String query, int[] ranking, List<String> documents, int[] relevant) {
    int[] rel = relevant.clone();
    Arrays.sort(rel);
    List<String> queryWords = words(query);
    int n = ranking.length;
    int[] tier = new int[n];
    List<Integer> order = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      tier[i] = tier(queryWords, words(documents.get(ranking[i])));
      order.add(i);
    }
    order.sort(
        Comparator.<Integer>comparingInt(i -> tier[i])
            .thenComparingInt(i -> Arrays.binarySearch(rel, ranking[i]) >= 0 ? 0 : 1)
            .thenComparingInt(i -> i));
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = ranking[order.get(i)];
    }
    return out;
  }

  /** The strongest tier (its ordinal) of any word pair; after every tier when none matches. */
  private int tier(List<String> queryWords, List<String> documentWords) {
    int best = MatchTier.values().length;
    for (String q : queryWords) {
      for (String d : documentWords) {
        Optional<MatchTier> t = engine.compare(q, d);
        if (t.isPresent()) {
          best = Math.min(best, t.get().ordinal());
        }
      }
    }
    return best;
  }

  /** Whether every query and document is one word, as {@link #reorder} needs. */
  static boolean singleWords(List<GoldSet.Query> queries, List<String> documents) {
    return queries.stream().allMatch(q -> words(q.row().variant()).size() <= 1)
        && documents.stream().allMatch(d -> words(d).size() <= 1);
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : WORDS.split(text)) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }
}
