package io.namesearch.eval;

import com.ibm.icu.text.Transliterator;
import io.namesearch.engine.NameMatcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/**
 * The systems {@code search eval --pairs} compares: the product's {@link NameMatcher} (with and
 * without nicknames) and baselines built from well-kept libraries. Each system is made per thread
 * of use (not thread-safe).
 */
public final class PairSystems {

  /** The report order. */
  public static final List<String> NAMES =
      List.of("ours", "ours-nicknames", "jaro-winkler", "levenshtein", "beider-morse", "fuzzy2");

  private PairSystems() {}

  /** A new system of that name. */
  public static PairSystem create(String name) {
    return switch (name) {
      case "ours" -> matcher(name, NameMatcher.defaults());
      case "ours-nicknames" -> matcher(name, NameMatcher.builder().nicknames(true).build());
      case "jaro-winkler" -> jaroWinkler();
      case "levenshtein" -> levenshtein();
      case "beider-morse" -> wordOverlap("beider-morse", beiderMorseCodes());
      case "fuzzy2" -> fuzzy2();
      default -> throw new IllegalArgumentException("unknown pair system '" + name + "'");
    };
  }

  private static PairSystem matcher(String name, NameMatcher m) {
    return new Simple(name, (a, b) -> m.match(a, b).score(), m.threshold());
  }

  /** ICU {@code Any-Latin; Latin-ASCII} of the whole name, lower-cased. */
  private static final class Latin {
    private final Transliterator t = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    String of(String s) {
      return t.transliterate(s).toLowerCase(Locale.ROOT);
    }
  }

  private static PairSystem jaroWinkler() {
    Latin latin = new Latin();
    JaroWinklerSimilarity jw = new JaroWinklerSimilarity();
    return simple("jaro-winkler", (a, b) -> jw.apply(latin.of(a), latin.of(b)));
  }

  private static PairSystem levenshtein() {
    Latin latin = new Latin();
    LevenshteinDistance lev = LevenshteinDistance.getDefaultInstance();
    return simple(
        "levenshtein",
        (a, b) -> {
          String x = latin.of(a);
          String y = latin.of(b);
          int max = Math.max(x.length(), y.length());
          return max == 0 ? 1 : 1 - lev.apply(x, y) / (double) max;
        });
  }

  private interface Score {
    double apply(String a, String b);
  }

  /** A system without a threshold of its own. */
  private static PairSystem simple(String name, Score f) {
    return new Simple(name, f, Double.NaN);
  }

  /** A system that scores with {@code f}. */
  private record Simple(String name, Score f, double defaultThreshold) implements PairSystem {
    @Override
    public double score(String a, String b) {
      return f.apply(a, b);
    }
  }

  /** How the words of a name are keyed for a word-overlap baseline: one set of codes per word. */
  private interface WordCodes {
    List<Set<String>> of(String name);
  }

  /** The Beider-Morse codes of each word (generic names, approx rules, as the index baseline). */
  private static WordCodes beiderMorseCodes() {
    Analyzer bm = BaselineAnalyzers.beiderMorse();
    return name -> {
      try {
        return BaselineAnalyzers.positions(bm, "f", name);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  /**
   * The mean, over both directions, of the share of one name's words that have a code in common
   * with some word of the other.
   */
  private static PairSystem wordOverlap(String name, WordCodes codes) {
    return simple(
        name,
        (a, b) -> {
          List<Set<String>> x = codes.of(a);
          List<Set<String>> y = codes.of(b);
          return (share(x, y) + share(y, x)) / 2;
        });
  }

  private static double share(List<Set<String>> x, List<Set<String>> y) {
    if (x.isEmpty()) {
      return 0;
    }
    int hit = 0;
    for (Set<String> w : x) {
      boolean found = false;
      for (Set<String> v : y) {
        for (String c : w) {
          if (v.contains(c)) {
            found = true;
            break;
          }
        }
        if (found) {
          break;
        }
      }
      if (found) {
        hit++;
      }
    }
    return hit / (double) x.size();
  }

  /**
   * fuzzy2 as a pairwise test: StandardAnalyzer words, a word matching when a Lucene {@code
   * FuzzyQuery(word, 2)} automaton (two edits, transpositions) accepts a word of the other name;
   * the score is the mean share of matched words over both directions.
   */
  private static PairSystem fuzzy2() {
    Analyzer std = new StandardAnalyzer();
    // a word's automaton is built once (as a query would be), whatever pairs it occurs in
    java.util.Map<String, CharacterRunAutomaton> automata = new java.util.HashMap<>();
    return simple(
        "fuzzy2",
        (a, b) -> {
          List<String> x = words(std, a);
          List<String> y = words(std, b);
          return (fuzzyShare(x, y, automata) + fuzzyShare(y, x, automata)) / 2;
        });
  }

  private static List<String> words(Analyzer analyzer, String text) {
    try {
      List<String> out = new ArrayList<>();
      for (Set<String> p : BaselineAnalyzers.positions(analyzer, "f", text)) {
        out.addAll(p);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double fuzzyShare(
      List<String> x, List<String> y, java.util.Map<String, CharacterRunAutomaton> automata) {
    if (x.isEmpty()) {
      return 0;
    }
    int hit = 0;
    for (String w : x) {
      // FuzzyQuery caps the edits at what the term's length allows
      CharacterRunAutomaton run =
          automata.computeIfAbsent(
              w,
              k ->
                  new CharacterRunAutomaton(
                      new LevenshteinAutomata(k, true)
                          .toAutomaton(
                              Math.min(2, Math.max(0, k.codePointCount(0, k.length()) - 1)))));
      for (String v : y) {
        if (run.run(v)) {
          hit++;
          break;
        }
      }
    }
    return hit / (double) x.size();
  }
}
