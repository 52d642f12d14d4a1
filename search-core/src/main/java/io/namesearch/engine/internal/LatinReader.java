package io.namesearch.engine.internal;

/**
 * Reads a Latin word: its cues (cues.tsv) reveal or exclude orthography profiles (profiles.tsv),
 * the word is segmented by the longest matching grapheme rule (latin.tsv), and each segment is
 * rendered in a profile and folded (folds.tsv) into a variant key. The rules README gives the order
 * of the keys.
 */
final class LatinReader {

  private static final int SEG_RULE = 0;
  private static final int SEG_CYRILLIC = -2;
  private static final int SEG_LITERAL = -1;

  private final CompiledRules rules;

  /** The word with the letters no rule names folded to their base letter. */
  private final char[] view = new char[NameKeyer.MAX_INPUT];

  private final GraphemeRule[] segRule = new GraphemeRule[NameKeyer.MAX_INPUT];
  private final int[] segKind = new int[NameKeyer.MAX_INPUT];
  private final char[] segChar = new char[NameKeyer.MAX_INPUT];
  private int segCount;

  /** The length of the word being read. */
  private int n;

  LatinReader(CompiledRules rules) {
    this.rules = rules;
  }

  /**
   * Segments the normalised word {@code w}, reads its cues and writes its keys into {@code out}.
   */
  void read(WordNormalizer w, FoldInterpreter folder, WordKeys out) {
    n = w.n;
    char[] raw = w.raw;
    for (int i = 0; i < n; i++) {
      char c = raw[i];
      view[i] =
          c < CompiledRules.TABLE_LIMIT
                  && !rules.ruleSignificant[c]
                  && !WordNormalizer.isCyrillic(c)
              ? rules.fold[c]
              : c;
    }
    // cues, on the unfolded letters
    int cueMask = 0;
    int excluded = 0;
    for (GraphemeRule cue : rules.cues) {
      for (int i = 0; i + cue.pattern.length <= n; i++) {
        if (matches(w, raw, i, cue)) {
          cueMask |= cue.profileBit;
          excluded |= cue.overrideMask;
          break;
        }
      }
    }
    cueMask &= ~excluded & ~1;
    int overrideMask = segment(w);
    int p1;
    int p2 = -1;
    if (cueMask != 0) {
      p1 = Integer.numberOfTrailingZeros(cueMask);
      int rest = cueMask & ~(1 << p1);
      // a second revealed profile, else the base reading: cues are evidence, not proof
      p2 = rest != 0 ? Integer.numberOfTrailingZeros(rest) : 0;
    } else {
      p1 = 0;
    }
    int len = render(p1, folder); // before buffer(): rendering swaps the buffers
    out.set(0, folder.buffer(), len);
    if (p2 >= 0) {
      len = render(p2, folder);
      out.addIfNew(folder.buffer(), len);
    } else if (cueMask == 0) {
      // the profile overriding the most segments first, ties in profile order
      int candidates = overrideMask & ~excluded & ~1;
      int secondCount = -1;
      while (candidates != 0 && out.keyCount < NameKeyer.MAX_KEYS) {
        int best = -1;
        int bestCount = -1;
        for (int c = candidates; c != 0; c &= c - 1) {
          int p = Integer.numberOfTrailingZeros(c);
          int count = 0;
          for (int s = 0; s < segCount; s++) {
            if (segKind[s] == SEG_RULE && (segRule[s].overrideMask & (1 << p)) != 0) {
              count++;
            }
          }
          if (count > bestCount) {
            best = p;
            bestCount = count;
          }
        }
        candidates &= ~(1 << best);
        if (out.keyCount == 2 && bestCount < secondCount) {
          break; // a third reading only for a tie with the second
        }
        int before = out.keyCount;
        len = render(best, folder);
        out.addIfNew(folder.buffer(), len);
        if (out.keyCount == 2 && before == 1) {
          secondCount = bestCount;
        }
      }
    }
  }

  /** Segments the word by the longest matching rule; returns the profiles its rules override. */
  private int segment(WordNormalizer w) {
    segCount = 0;
    int overrideMask = 0;
    int i = 0;
    while (i < n) {
      char c = view[i];
      GraphemeRule[] rs = c < CompiledRules.TABLE_LIMIT ? rules.rulesByChar[c] : null;
      GraphemeRule hit = null;
      if (rs != null) {
        for (GraphemeRule r : rs) {
          if (i + r.pattern.length <= n && matches(w, view, i, r)) {
            hit = r;
            break;
          }
        }
      }
      if (hit != null) {
        segRule[segCount] = hit;
        segKind[segCount++] = SEG_RULE;
        overrideMask |= hit.overrideMask;
        i += hit.pattern.length;
      } else {
        segRule[segCount] = null;
        segKind[segCount] = WordNormalizer.isCyrillic(c) ? SEG_CYRILLIC : SEG_LITERAL;
        segChar[segCount++] = c;
        i++;
      }
    }
    return overrideMask;
  }

  /**
   * Writes the segmented word in the given profile into the buffer and folds it; returns length.
   */
  private int render(int profile, FoldInterpreter folder) {
    char[] buf = folder.buffer();
    int m = 0;
    for (int s = 0; s < segCount; s++) {
      char[] out;
      if (segKind[s] == SEG_RULE) {
        out = segRule[s].out[profile];
      } else if (segKind[s] == SEG_CYRILLIC) {
        out = rules.cyrillic[segChar[s] - 0x400];
        if (out == null) {
          buf[m++] = segChar[s];
          continue;
        }
      } else {
        buf[m++] = segChar[s];
        continue;
      }
      for (char o : out) {
        buf[m++] = o;
      }
    }
    return folder.apply(rules.folds, m);
  }

  /** Whether rule pattern and context match {@code chars} at {@code i} (chars has length n). */
  private boolean matches(WordNormalizer w, char[] chars, int i, GraphemeRule r) {
    char[] p = r.pattern;
    for (int j = 0; j < p.length; j++) {
      if (chars[i + j] != p[j]) {
        return false;
      }
    }
    if (r.left != Context.ANY) {
      if (r.left == Context.EDGE) {
        if (i != 0) {
          return false;
        }
      } else {
        if (i == 0) {
          return false;
        }
        boolean v = w.isLatinVowel(chars[i - 1]);
        if ((r.left == Context.VOWEL) != v) {
          return false;
        }
      }
    }
    if (r.right != Context.ANY) {
      int e = i + p.length;
      if (r.right == Context.EDGE) {
        return e == n;
      }
      if (e >= n) {
        return false;
      }
      boolean v = w.isLatinVowel(chars[e]);
      return (r.right == Context.VOWEL) == v;
    }
    return true;
  }
}
