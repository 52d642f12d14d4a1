package io.namesearch.engine.internal;

/** Reads a Cyrillic word letter by letter (cyrillic.tsv) into a folded key. */
final class CyrillicReader {

  private final CompiledRules rules;

  CyrillicReader(CompiledRules rules) {
    this.rules = rules;
  }

  /**
   * Writes the key of the normalised Cyrillic word {@code w} into {@code folder}'s buffer and folds
   * it (folds.tsv); returns its length.
   */
  int read(WordNormalizer w, FoldInterpreter folder) {
    char[] buf = folder.buffer();
    int m = 0;
    for (int i = 0; i < w.n; i++) {
      char c = w.raw[i];
      char[] out = null;
      if (WordNormalizer.isCyrillic(c)) {
        out = rules.cyrillic[c - 0x400];
        if (out == null) {
          c = w.foldChar(c); // unknown Cyrillic letter: try its base letter (ӣ -> и)
          out = WordNormalizer.isCyrillic(c) ? rules.cyrillic[c - 0x400] : null;
        }
      } else {
        // a Latin letter or digit in a Cyrillic word: its one-letter rule of latin.tsv
        char f = w.foldChar(c);
        GraphemeRule[] rs = f < CompiledRules.TABLE_LIMIT ? rules.rulesByChar[f] : null;
        if (rs != null) {
          for (GraphemeRule r : rs) {
            if (r.pattern.length == 1 && r.left == Context.ANY && r.right == Context.ANY) {
              out = r.out[0];
              break;
            }
          }
        }
        c = f;
      }
      if (out != null) {
        for (char o : out) {
          buf[m++] = o;
        }
      } else {
        buf[m++] = c;
      }
    }
    return folder.apply(rules.folds, m);
  }
}
