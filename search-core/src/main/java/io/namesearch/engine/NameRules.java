package io.namesearch.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The immutable rule tables of the name engine, loaded once from the resource files next to this
 * class ({@code cyrillic.tsv}, {@code homoglyphs.tsv}, {@code latin.tsv}, {@code profiles.tsv},
 * {@code folds.tsv}, {@code family.tsv}) and compiled into arrays. Safe to share across threads.
 */
public final class NameRules {

  /** Chars below this bound have direct-indexed tables; the rest fold to themselves. */
  static final int TABLE_LIMIT = 0x2000;

  /** Context codes shared by grapheme rules, cues, folds and family endings. */
  static final int CTX_ANY = 0;

  static final int CTX_EDGE = 1; // ^ on the left, $ on the right
  static final int CTX_VOWEL = 2;
  static final int CTX_CONS = 3;
  static final int CTX_NOT_VOWEL = 4; // edge or consonant
  static final int CTX_SET = 5;
  static final int CTX_CONS_TO_END = 6; // C+$ on the right: one or more consonants, then the end
  static final int CTX_CONS_LATER = 7; // C> on the left: a consonant, after the first vowel

  /** A compiled Latin grapheme rule or cue. */
  static final class Rule {
    final char[] pattern;
    final int left;
    final int right;
    /** Output per profile; index 0 is the base profile. Null for cues. */
    final char[][] out;
    /** Profiles whose output differs from the base output. */
    final int overrideMask;
    /** For cues: the profiles revealed (for cues, overrideMask holds the profiles excluded). */
    final int profileBit;

    Rule(char[] pattern, int left, int right, char[][] out, int overrideMask, int profileBit) {
      this.pattern = pattern;
      this.left = left;
      this.right = right;
      this.out = out;
      this.overrideMask = overrideMask;
      this.profileBit = profileBit;
    }
  }

  /** A compiled rewrite on the phonetic key string. */
  static final class Fold {
    final boolean doubles;
    final int left;
    final char[] leftSet;
    final char[] target;
    final int right;
    final char[] rightSet;
    final char[] replacement;
    /** The least key length for the fold to apply (0: any). */
    int minLength;

    Fold(boolean doubles, int left, char[] leftSet, char[] target, int right, char[] rightSet,
        char[] replacement) {
      this.doubles = doubles;
      this.left = left;
      this.leftSet = leftSet;
      this.target = target;
      this.right = right;
      this.rightSet = rightSet;
      this.replacement = replacement;
    }
  }

  /** A compiled family ending. */
  static final class Ending {
    final char[] ending;
    final int left;
    final char[] leftSet;
    final int minStem;
    final int stage;
    final boolean latinOnly;

    Ending(char[] ending, int left, char[] leftSet, int minStem, int stage, boolean latinOnly) {
      this.ending = ending;
      this.left = left;
      this.leftSet = leftSet;
      this.minStem = minStem;
      this.stage = stage;
      this.latinOnly = latinOnly;
    }
  }

  private static final class DefaultHolder {
    static final NameRules DEFAULT = load();
  }

  // --- compiled tables (package-private for NameKeyer) ---
  /** Lowercase base letter of each char (diacritics removed), or the char itself. */
  final char[] fold = new char[TABLE_LIMIT];
  /** Sorted (base << 16 | combining mark) keys and the composed chars. */
  final int[] composeKeys;

  final char[] composeValues;
  /** Cyrillic letter (c - 0x400) -> phonetic output, null when unknown. */
  final char[][] cyrillic = new char[0x100][];
  /** Latin homoglyph -> Cyrillic, and back, 0 when none. */
  final char[] latinToCyrillic = new char[TABLE_LIMIT];

  final char[] cyrillicToLatin = new char[TABLE_LIMIT];
  /** Latin rules by first char, longest first. */
  final Rule[][] rulesByChar = new Rule[TABLE_LIMIT][];
  /** Chars that occur in a rule pattern and are therefore not folded before matching. */
  final boolean[] ruleSignificant = new boolean[TABLE_LIMIT];

  final Rule[] cues;
  final String[] profiles;
  final Fold[] folds;
  final Ending[] endings;
  final Fold[] familyFolds;
  /**
   * Derivational suffixes of family keys ({@code DERIVE} rows): the suffix, the letters the base
   * must end in (null: any), and the least base length.
   */
  final String[] derivedSuffixes;

  final char[][] derivedLeftSets;
  final int[] derivedMinBase;

  private NameRules(List<String[]> cyr, List<String[]> homo, List<String[]> latin,
      List<String[]> profileLines, List<String[]> foldLines, List<String[]> familyLines) {
    // Unicode folding of letters with diacritics to their base letter.
    List<int[]> compose = new ArrayList<>();
    for (int c = 0; c < TABLE_LIMIT; c++) {
      char ch = (char) c;
      char f = ch;
      if (Character.isLetter(ch)) {
        String nfd = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD);
        char base = Character.toLowerCase(nfd.charAt(0));
        if (Character.isLetter(base)) {
          f = base;
        }
        if (nfd.length() == 2 && Character.isLowerCase(ch)) {
          compose.add(new int[] {(nfd.charAt(0) << 16) | nfd.charAt(1), c});
        }
      }
      fold[c] = Character.toLowerCase(f);
    }
    compose.sort(Comparator.comparingInt(a -> a[0]));
    composeKeys = new int[compose.size()];
    composeValues = new char[compose.size()];
    for (int i = 0; i < compose.size(); i++) {
      composeKeys[i] = compose.get(i)[0];
      composeValues[i] = (char) compose.get(i)[1];
    }

    for (String[] row : cyr) {
      char c = single(row[0], "cyrillic.tsv");
      cyrillic[c - 0x400] = (row.length > 1 ? row[1] : "").toCharArray();
    }
    for (String[] row : homo) {
      char l = single(row[0], "homoglyphs.tsv");
      char c = single(row[1], "homoglyphs.tsv");
      latinToCyrillic[l] = c;
      cyrillicToLatin[c] = l;
    }

    // Profiles and cues.
    Map<String, Integer> profileIndex = new LinkedHashMap<>();
    List<String[]> cueLines = new ArrayList<>();
    for (String[] row : profileLines) {
      if (row[0].equals("PROFILES")) {
        for (String name : row[1].trim().split("\\s+")) {
          profileIndex.put(name, profileIndex.size());
        }
      } else {
        cueLines.add(row);
      }
    }
    if (profileIndex.isEmpty() || !profileIndex.containsKey("BASE")
        || profileIndex.get("BASE") != 0) {
      throw new IllegalStateException("profiles.tsv: PROFILES must list BASE first");
    }
    if (profileIndex.size() > 31) {
      throw new IllegalStateException("too many profiles");
    }
    profiles = profileIndex.keySet().toArray(new String[0]);
    List<Rule> cueList = new ArrayList<>();
    for (String[] row : cueLines) {
      int[] ctx = context(row[1]);
      int reveal = 0;
      int exclude = 0;
      for (String p : row[2].trim().split("\\s+")) {
        boolean not = p.startsWith("!");
        Integer idx = profileIndex.get(not ? p.substring(1) : p);
        if (idx == null) {
          throw new IllegalStateException("profiles.tsv: unknown profile " + p);
        }
        if (not) {
          exclude |= 1 << idx;
        } else {
          reveal |= 1 << idx;
        }
      }
      cueList.add(new Rule(row[0].toCharArray(), ctx[0], ctx[1], null, exclude, reveal));
    }
    cues = cueList.toArray(new Rule[0]);

    // Latin grapheme rules.
    Map<Character, List<Rule>> byChar = new TreeMap<>();
    for (String[] row : latin) {
      char[] pattern = row[0].toCharArray();
      int[] ctx = context(row[1]);
      char[] base = row[2].toCharArray();
      char[][] out = new char[profiles.length][];
      Arrays.fill(out, base);
      int mask = 0;
      if (row.length > 3 && !row[3].isBlank()) {
        for (String ov : row[3].split(",")) {
          // P=out: profile P reads it so, and may give a second key without a cue;
          // P:out: only when the word shows a cue of P
          String o = ov.trim();
          int eq = o.indexOf('=');
          int colon = o.indexOf(':');
          boolean alternate = eq > 0 && (colon < 0 || eq < colon);
          int sep = alternate ? eq : colon;
          if (sep <= 0) {
            throw new IllegalStateException("latin.tsv: bad override " + o);
          }
          Integer p = profileIndex.get(o.substring(0, sep));
          if (p == null) {
            throw new IllegalStateException("latin.tsv: unknown profile " + o);
          }
          out[p] = o.substring(sep + 1).toCharArray();
          if (alternate && !Arrays.equals(out[p], base)) {
            mask |= 1 << p;
          }
        }
      }
      for (char c : pattern) {
        ruleSignificant[c] = true;
      }
      byChar.computeIfAbsent(pattern[0], k -> new ArrayList<>())
          .add(new Rule(pattern, ctx[0], ctx[1], out, mask, 0));
    }
    for (Map.Entry<Character, List<Rule>> e : byChar.entrySet()) {
      List<Rule> rules = e.getValue();
      // longest first; among equal lengths, context-specific rules before unconditional ones
      rules.sort(
          Comparator.<Rule>comparingInt(r -> -r.pattern.length)
              .thenComparingInt(r -> (r.left == CTX_ANY && r.right == CTX_ANY) ? 1 : 0));
      rulesByChar[e.getKey()] = rules.toArray(new Rule[0]);
    }

    List<Fold> foldList = new ArrayList<>();
    for (String[] row : foldLines) {
      if (row[0].equals("DOUBLES")) {
        // DOUBLES alone collapses every letter; DOUBLES <TAB> letters only those
        char[] only = row.length > 1 && !row[1].isBlank() ? row[1].trim().toCharArray() : null;
        foldList.add(new Fold(true, 0, only, null, 0, null, null));
        continue;
      }
      char[][] ls = new char[1][];
      char[][] rs = new char[1][];
      int l = sideContext(row[0], ls);
      int r = sideContext(row[2], rs);
      foldList.add(
          new Fold(false, l, ls[0], row[1].toCharArray(), r, rs[0],
              (row.length > 3 ? row[3] : "").toCharArray()));
    }
    folds = foldList.toArray(new Fold[0]);

    List<Ending> endingList = new ArrayList<>();
    List<Fold> familyFoldList = new ArrayList<>();
    List<String[]> derivations = new ArrayList<>();
    for (String[] row : familyLines) {
      if (row[0].equals("DERIVE")) {
        if (row.length < 4 || row[1].isEmpty()) {
          throw new IllegalArgumentException(
              "family.tsv: DERIVE needs a suffix, a left context and a min_base: "
                  + String.join("\t", row));
        }
        derivations.add(row);
        continue;
      }
      if (row[0].equals("FOLD")) {
        char[][] ls = new char[1][];
        char[][] rs = new char[1][];
        int l = sideContext(row[1], ls);
        int r = sideContext(row[3], rs);
        Fold fold =
            new Fold(false, l, ls[0], row[2].toCharArray(), r, rs[0],
                (row.length > 4 ? row[4] : "").toCharArray());
        fold.minLength = row.length > 5 && !row[5].isBlank() ? Integer.parseInt(row[5].trim()) : 0;
        familyFoldList.add(fold);
        continue;
      }
      char[][] ls = new char[1][];
      int l = sideContext(row[1], ls);
      String script = row.length > 4 ? row[4].trim() : "any";
      if (!script.equals("any") && !script.equals("latin")) {
        throw new IllegalArgumentException("family.tsv: script must be any or latin: " + script);
      }
      endingList.add(
          new Ending(row[0].toCharArray(), l, ls[0], Integer.parseInt(row[2].trim()),
              Integer.parseInt(row[3].trim()), script.equals("latin")));
    }
    endingList.sort(Comparator.comparingInt(e -> e.stage)); // stable: file order within a stage
    endings = endingList.toArray(new Ending[0]);
    familyFolds = familyFoldList.toArray(new Fold[0]);
    derivedSuffixes = new String[derivations.size()];
    derivedLeftSets = new char[derivations.size()][];
    derivedMinBase = new int[derivations.size()];
    for (int i = 0; i < derivations.size(); i++) {
      String[] row = derivations.get(i);
      derivedSuffixes[i] = row[1];
      char[][] ls = new char[1][];
      int l = sideContext(row[2], ls);
      if (l != CTX_ANY && l != CTX_SET) {
        throw new IllegalArgumentException(
            "family.tsv: a DERIVE left context is - or [letters]: " + row[2]);
      }
      derivedLeftSets[i] = ls[0];
      derivedMinBase[i] = Integer.parseInt(row[3].trim());
      if (derivedMinBase[i] < 1) {
        throw new IllegalArgumentException("family.tsv: DERIVE min_base must be at least 1");
      }
    }
  }

  /** The built-in rule tables, loaded once. */
  public static NameRules defaults() {
    return DefaultHolder.DEFAULT;
  }

  private static NameRules load() {
    return new NameRules(
        read("cyrillic.tsv"),
        read("homoglyphs.tsv"),
        read("latin.tsv"),
        read("profiles.tsv"),
        read("folds.tsv"),
        read("family.tsv"));
  }

  /** Number of orthography profiles (base first). */
  public int profileCount() {
    return profiles.length;
  }

  /** The name of profile {@code i}. */
  public String profileName(int i) {
    return profiles[i];
  }

  /** Binary search in the composition table; 0 when the pair does not compose. */
  char compose(char base, char mark) {
    int key = (base << 16) | mark;
    int i = Arrays.binarySearch(composeKeys, key);
    return i >= 0 ? composeValues[i] : 0;
  }

  private static char single(String s, String file) {
    if (s.length() != 1 || s.charAt(0) >= TABLE_LIMIT) {
      throw new IllegalStateException(file + ": expected one char, got '" + s + "'");
    }
    return s.charAt(0);
  }

  /** Parses an L_R context of latin.tsv/profiles.tsv into {left, right} codes. */
  private static int[] context(String s) {
    s = s.trim();
    if (s.isEmpty() || s.equals("-")) {
      return new int[] {CTX_ANY, CTX_ANY};
    }
    int u = s.indexOf('_');
    if (u < 0) {
      throw new IllegalStateException("bad context: " + s);
    }
    return new int[] {code(s.substring(0, u), '^'), code(s.substring(u + 1), '$')};
  }

  private static int code(String s, char edge) {
    if (s.isEmpty()) {
      return CTX_ANY;
    }
    if (s.length() == 1 && s.charAt(0) == edge) {
      return CTX_EDGE;
    }
    return switch (s) {
      case "V" -> CTX_VOWEL;
      case "C" -> CTX_CONS;
      default -> throw new IllegalStateException("bad context part: " + s);
    };
  }

  /** Parses one side of a folds.tsv/family.tsv context. */
  private static int sideContext(String s, char[][] set) {
    s = s.trim();
    switch (s) {
      case "", "-":
        return CTX_ANY;
      case "^", "$":
        return CTX_EDGE;
      case "V":
        return CTX_VOWEL;
      case "C":
        return CTX_CONS;
      case "!V":
        return CTX_NOT_VOWEL;
      case "C+$":
        return CTX_CONS_TO_END;
      case "C>":
        return CTX_CONS_LATER;
      default:
        if (s.startsWith("[") && s.endsWith("]") && s.length() > 2) {
          set[0] = s.substring(1, s.length() - 1).toCharArray();
          return CTX_SET;
        }
        throw new IllegalStateException("bad context: " + s);
    }
  }

  private static List<String[]> read(String name) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = NameRules.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing rule file " + name);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        rows.add(line.split("\t", -1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  @Override
  public String toString() {
    return "NameRules" + Arrays.toString(profiles);
  }
}
