package io.namesearch.search;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/**
 * Builds the deterministic automaton of the strings within a few edits (insertions, deletions,
 * substitutions and transpositions of adjacent characters) of a word, after a fixed prefix: the
 * language of Lucene's {@code new LevenshteinAutomata(word, alphaMax, true).toAutomaton(k,
 * prefix)}, built directly by subset construction over bit sets of the edit positions.
 *
 * <p>Lucene's builder walks its parametric tables over all states, then removes the dead ones,
 * which sorts every transition of the automaton again; profiling {@code search eval} showed that to
 * be a quarter of a query's CPU time. Here every reachable state is live (any state reaches the end
 * of the word without more edits), so there is nothing to remove, and each state's transitions come
 * out in order. Words longer than {@value #MAX_WORD} code points, or more than {@value #MAX_EDITS}
 * edits, go to Lucene's builder. {@link Utf8Automata} turns the result into the UTF-8 automaton a
 * terms dictionary is intersected with.
 */
final class TypoAutomata {

  static final int MAX_WORD = 60;
  static final int MAX_EDITS = 2;

  private TypoAutomata() {}

  /**
   * Strings that start with {@code prefix} and continue within {@code k} edits of {@code word},
   * over the code points {@code 0..alphaMax} (and those of the word).
   */
  static Automaton build(String prefix, int[] word, int k, int alphaMax) {
    int max = alphaMax;
    for (int c : word) {
      max = Math.max(max, c); // as Lucene's builder: the word's characters extend the range
    }
    return build(prefix, word, k, new int[] {0, max});
  }

  /**
   * As {@link #build(String, int[], int, int)}, but the characters an edit may insert or substitute
   * are those of {@code alphabet} (sorted, disjoint, inclusive code point ranges as {@code lo0,
   * hi0, lo1, hi1...}) and those of the word. A small alphabet whose non-ASCII ranges have distinct
   * UTF-8 lead bytes keeps the automaton deterministic in UTF-8, so that compiling it needs no
   * determinization. Words longer than {@value #MAX_WORD} go to Lucene's builder over {@code 0..}
   * the alphabet's largest code point.
   */
  static Automaton build(String prefix, int[] word, int k, int[] alphabet) {
    if (word.length > MAX_WORD || k > MAX_EDITS || k < 0) {
      int max = alphabet[alphabet.length - 1];
      for (int c : word) {
        max = Math.max(max, c);
      }
      return new LevenshteinAutomata(word, max, true).toAutomaton(k, prefix);
    }
    return new Builder(word, k, alphabet).build(prefix);
  }

  /**
   * A state of the nondeterministic automaton set: {@code pos[e]} has bit {@code i} when {@code i}
   * characters of the word are consumed with {@code e} edits; {@code swap[e]} has bit {@code i}
   * when the input just read {@code word[i+1]} and must now read {@code word[i]} (a transposition,
   * counted in {@code e}). Subsumed positions are removed, so equal languages give equal states.
   */
  private record State(long[] pos, long[] swap) {
    @Override
    public boolean equals(Object o) {
      return o instanceof State s && Arrays.equals(pos, s.pos) && Arrays.equals(swap, s.swap);
    }

    @Override
    public int hashCode() {
      return 31 * Arrays.hashCode(pos) + Arrays.hashCode(swap);
    }

    boolean isEmpty() {
      for (int e = 0; e < pos.length; e++) {
        if (pos[e] != 0 || swap[e] != 0) {
          return false;
        }
      }
      return true;
    }
  }

  private static final class Builder {
    private final int[] word;
    private final int n;
    private final int k;
    private final long all; // bits 0..n

    /** The distinct code points of the word, sorted, and for each the positions holding it. */
    private final int[] chars;

    private final long[] matches;

    /** The other characters an edit may use: inclusive ranges {@code lo0, hi0, lo1, hi1...}. */
    private final int[] alphabet;

    Builder(int[] word, int k, int[] alphabet) {
      this.word = word;
      this.n = word.length;
      this.k = k;
      this.all = (n + 1 == 64) ? -1L : (1L << (n + 1)) - 1;
      this.chars = Arrays.stream(word).distinct().sorted().toArray();
      this.matches = new long[chars.length];
      for (int c = 0; c < chars.length; c++) {
        for (int i = 0; i < n; i++) {
          if (word[i] == chars[c]) {
            matches[c] |= 1L << i;
          }
        }
      }
      this.alphabet = alphabet;
    }

    /** Adds transitions on the alphabet's characters in {@code [from, to]}, in order. */
    private void addOther(List<int[]> pending, int source, int target, int from, int to) {
      for (int r = 0; r < alphabet.length; r += 2) {
        int lo = Math.max(from, alphabet[r]);
        int hi = Math.min(to, alphabet[r + 1]);
        if (lo <= hi) {
          pending.add(new int[] {source, target, lo, hi});
        }
      }
    }

    /** Adds deletions (epsilon moves) and removes subsumed positions, in place. */
    private State close(long[] pos, long[] swap) {
      for (int e = 0; e < k; e++) {
        pos[e + 1] |= (pos[e] << 1) & all;
      }
      // (i, e) subsumes (j, f) for f > e and |i - j| <= f - e.
      for (int e = 0; e < k; e++) {
        long p = pos[e];
        if (p == 0) {
          continue;
        }
        long cover = p;
        for (int f = e + 1; f <= k; f++) {
          cover = (cover | (cover << 1) | (cover >>> 1)) & all;
          pos[f] &= ~cover;
        }
      }
      return new State(pos, swap);
    }

    /** The state after reading a character at positions {@code match} (0 for any other). */
    private State step(State s, long match) {
      long[] pos = new long[k + 1];
      long[] swap = new long[k + 1];
      long notEnd = all & ~(1L << n);
      // Deletions first: positions subsumption removed may move on where their subsumer cannot.
      long[] from = s.pos.clone();
      for (int e = 0; e < k; e++) {
        from[e + 1] |= (from[e] << 1) & all;
      }
      for (int e = 0; e <= k; e++) {
        long p = from[e];
        pos[e] |= ((p & match) << 1) & all; // match
        pos[e] |= ((s.swap[e] & match) << 2) & all; // second half of a transposition
        if (e < k) {
          pos[e + 1] |= ((p & notEnd) << 1) & all; // substitution
          pos[e + 1] |= p; // insertion
          // transposition: read word[i+1] at position i
          swap[e + 1] |= p & (match >>> 1) & ((1L << Math.max(0, n - 1)) - 1);
        }
      }
      return close(pos, swap);
    }

    /** Whether some position can delete its way to the end of the word within the edits. */
    private boolean accepts(State s) {
      for (int e = 0; e <= k; e++) {
        int lowest = Math.max(0, n - (k - e)); // positions lowest..n reach the end
        if ((s.pos[e] & all & ~((1L << lowest) - 1)) != 0) {
          return true;
        }
      }
      return false;
    }

    Automaton build(String prefix) {
      Automaton a = new Automaton();
      int[] prefixChars = prefix.codePoints().toArray();
      int first = a.createState();
      int state = first;
      for (int c : prefixChars) {
        int next = a.createState();
        a.addTransition(state, next, c);
        state = next;
      }
      long[] pos = new long[k + 1];
      pos[0] = 1L;
      State start = close(pos, new long[k + 1]);
      Map<State, Integer> ids = new HashMap<>();
      ids.put(start, state);
      a.setAccept(state, accepts(start));
      ArrayDeque<State> todo = new ArrayDeque<>();
      todo.add(start);
      // Transitions are added state by state, in order of creation, so discover the targets of a
      // state before adding its transitions: first collect, then create, then add.
      List<int[]> pending = new ArrayList<>(); // source, dest, min, max
      while (!todo.isEmpty()) {
        State s = todo.poll();
        int source = ids.get(s);
        State other = step(s, 0L);
        int otherId = other.isEmpty() ? -1 : idOf(other, ids, todo, a);
        int from = 0;
        for (int c = 0; c < chars.length; c++) {
          int ch = chars[c];
          if (otherId >= 0 && from <= ch - 1) {
            addOther(pending, source, otherId, from, ch - 1);
          }
          State t = step(s, matches[c]);
          if (!t.isEmpty()) {
            pending.add(new int[] {source, idOf(t, ids, todo, a), ch, ch});
          }
          from = ch + 1;
        }
        if (otherId >= 0) {
          addOther(pending, source, otherId, from, Integer.MAX_VALUE);
        }
      }
      // Automaton wants transitions grouped by source state, in increasing state order; within a
      // state they are already sorted by label. Prefix states come first.
      pending.sort((x, y) -> Integer.compare(x[0], y[0])); // stable: keeps label order
      for (int[] t : pending) {
        a.addTransition(t[0], t[1], t[2], t[3]);
      }
      a.finishState();
      return a;
    }

    private int idOf(State t, Map<State, Integer> ids, ArrayDeque<State> todo, Automaton a) {
      Integer id = ids.get(t);
      if (id == null) {
        id = a.createState();
        a.setAccept(id, accepts(t));
        ids.put(t, id);
        todo.add(t);
      }
      return id;
    }
  }
}
