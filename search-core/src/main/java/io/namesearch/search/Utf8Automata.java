package io.namesearch.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.Transition;

/**
 * Converts a code point automaton of {@link TypoAutomata} to the same language over UTF-8 bytes,
 * without Lucene's general {@code UTF32ToUTF8} range splitting where it can.
 */
final class Utf8Automata {

  private Utf8Automata() {}

  /**
   * The same language over the UTF-8 bytes of the strings, or null when the automaton has a
   * transition on a range of non-ASCII code points (the fallback to Lucene's builder): then
   * Lucene's {@code UTF32ToUTF8} converts it. An automaton built here moves on ASCII ranges and on
   * single non-ASCII code points only, so each code point becomes its bytes in a chain of states
   * shared by the code points of a state that begin alike: deterministic as it is, with no general
   * range splitting (which was a third of compiling a typo query).
   */
  static Automaton toUtf8(Automaton a) {
    int states = a.getNumStates();
    Automaton out = new Automaton(states, a.getNumTransitions());
    for (int s = 0; s < states; s++) {
      out.createState();
      out.setAccept(s, a.isAccept(s));
    }
    // transitions of the chain states, added after those of the automaton's own states
    List<int[]> chain = new ArrayList<>(); // source, dest, byte
    Map<Long, Integer> chainStates = new HashMap<>();
    Transition t = new Transition();
    byte[] utf8 = new byte[4];
    for (int s = 0; s < states; s++) {
      int n = a.initTransition(s, t);
      for (int i = 0; i < n; i++) {
        a.getNextTransition(t);
        if (t.max < 0x80) {
          out.addTransition(s, t.dest, t.min, t.max);
          continue;
        }
        if (t.min != t.max) {
          return null;
        }
        int len = encode(t.min, utf8);
        int state = s;
        long path = s;
        for (int b = 0; b < len - 1; b++) {
          path = path * 257 + (utf8[b] & 0xFF) + 1;
          Integer next = chainStates.get(path);
          if (next == null) {
            next = out.createState();
            chainStates.put(path, next);
            if (state == s) {
              out.addTransition(s, next, utf8[b] & 0xFF);
            } else {
              chain.add(new int[] {state, next, utf8[b] & 0xFF});
            }
          }
          state = next;
        }
        if (state == s) {
          out.addTransition(s, t.dest, utf8[len - 1] & 0xFF);
        } else {
          chain.add(new int[] {state, t.dest, utf8[len - 1] & 0xFF});
        }
      }
    }
    chain.sort((x, y) -> Integer.compare(x[0], y[0])); // stable: one chain state's bytes together
    for (int[] c : chain) {
      out.addTransition(c[0], c[1], c[2]);
    }
    out.finishState();
    return out;
  }

  /** The UTF-8 bytes of one code point into {@code out}; returns their count. */
  private static int encode(int cp, byte[] out) {
    if (cp < 0x80) {
      out[0] = (byte) cp;
      return 1;
    }
    if (cp < 0x800) {
      out[0] = (byte) (0xC0 | (cp >> 6));
      out[1] = (byte) (0x80 | (cp & 0x3F));
      return 2;
    }
    if (cp < 0x10000) {
      out[0] = (byte) (0xE0 | (cp >> 12));
      out[1] = (byte) (0x80 | ((cp >> 6) & 0x3F));
      out[2] = (byte) (0x80 | (cp & 0x3F));
      return 3;
    }
    out[0] = (byte) (0xF0 | (cp >> 18));
    out[1] = (byte) (0x80 | ((cp >> 12) & 0x3F));
    out[2] = (byte) (0x80 | ((cp >> 6) & 0x3F));
    out[3] = (byte) (0x80 | (cp & 0x3F));
    return 4;
  }
}
