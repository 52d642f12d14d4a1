package io.namesearch.engine.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Compiles the tables of Latin reading: profiles.tsv, cues.tsv and latin.tsv. */
final class LatinTables {

  /** The contexts a Latin rule or cue may have, judged on the written letters. */
  private static final int[] CONTEXTS = {Context.ANY, Context.EDGE, Context.VOWEL, Context.CONS};

  private LatinTables() {}

  /** The profiles in priority order, BASE first, by name. */
  static Map<String, Integer> profiles(RuleTable table) {
    table.unique(r -> r.text("profile"), "profile");
    Map<String, Integer> index = new LinkedHashMap<>();
    for (RuleTable.Row row : table.rows) {
      String name = row.required("profile");
      if (!name.matches("[A-Z]+")) {
        throw row.error(
            "profile", 0, "a profile name is capital letters A-Z, found '" + name + "'");
      }
      if (index.isEmpty() != name.equals("BASE")) {
        throw row.error("profile", 0, "BASE must be the first profile, and only the first");
      }
      if (index.size() == 31) {
        throw row.error("profile", 0, "at most 31 profiles");
      }
      index.put(name, index.size());
    }
    if (index.isEmpty()) {
      throw new IllegalStateException(table.file + ": no profile (BASE must be the first)");
    }
    return index;
  }

  /** The cues: each reveals (profileBit) and excludes (overrideMask) profiles. */
  static GraphemeRule[] cues(RuleTable table, Map<String, Integer> profiles) {
    table.unique(LatinTables::patternAndContext, "pattern and context");
    List<GraphemeRule> out = new ArrayList<>();
    for (RuleTable.Row row : table.rows) {
      char[] pattern = pattern(row);
      int left = row.context("left", true, null, CONTEXTS).code();
      int right = row.context("right", false, null, CONTEXTS).code();
      String list = row.required("profiles");
      int reveal = 0;
      int exclude = 0;
      int at = 0;
      for (String p : list.split(" ", -1)) {
        boolean not = p.startsWith("!");
        int bit = 1 << profile(row, "profiles", at, not ? p.substring(1) : p, profiles);
        if (not) {
          exclude |= bit;
        } else {
          reveal |= bit;
        }
        at += p.length() + 1;
      }
      out.add(new GraphemeRule(pattern, left, right, null, exclude, reveal));
    }
    return out.toArray(new GraphemeRule[0]);
  }

  /** Compiles latin.tsv into {@code rulesByChar} and marks the letters of its patterns. */
  static void rules(
      RuleTable table,
      Map<String, Integer> profiles,
      String alphabet,
      GraphemeRule[][] rulesByChar,
      boolean[] ruleSignificant) {
    table.unique(LatinTables::patternAndContext, "pattern and context");
    Map<Character, List<GraphemeRule>> byChar = new TreeMap<>();
    for (RuleTable.Row row : table.rows) {
      char[] pattern = pattern(row);
      int left = row.context("left", true, null, CONTEXTS).code();
      int right = row.context("right", false, null, CONTEXTS).code();
      char[] base = row.key("key", alphabet, false).toCharArray();
      char[][] out = new char[profiles.size()][];
      Arrays.fill(out, base);
      int mask = 0;
      String overrides = row.text("overrides");
      int at = 0;
      for (String o : overrides.isEmpty() ? new String[0] : overrides.split(",", -1)) {
        // P=key: profile P reads it so, and may give a second key without a cue;
        // P:key: only when the word shows a cue of P
        int eq = o.indexOf('=');
        int colon = o.indexOf(':');
        boolean alternate = eq > 0 && (colon < 0 || eq < colon);
        int sep = alternate ? eq : colon;
        if (sep <= 0) {
          throw row.error(
              "overrides", at, "expected PROFILE=key or PROFILE:key, found '" + o + "'");
        }
        int p = profile(row, "overrides", at, o.substring(0, sep), profiles);
        String key = o.substring(sep + 1);
        row.keyLetters("overrides", key, at + sep + 1, alphabet);
        out[p] = key.toCharArray();
        if (alternate && !Arrays.equals(out[p], base)) {
          mask |= 1 << p;
        }
        at += o.length() + 1;
      }
      for (char c : pattern) {
        ruleSignificant[c] = true;
      }
      byChar
          .computeIfAbsent(pattern[0], k -> new ArrayList<>())
          .add(new GraphemeRule(pattern, left, right, out, mask, 0));
    }
    for (Map.Entry<Character, List<GraphemeRule>> e : byChar.entrySet()) {
      List<GraphemeRule> rules = e.getValue();
      // longest first; among equal lengths, context-specific rules before unconditional ones
      rules.sort(
          Comparator.<GraphemeRule>comparingInt(r -> -r.pattern.length)
              .thenComparingInt(r -> (r.left == Context.ANY && r.right == Context.ANY) ? 1 : 0));
      rulesByChar[e.getKey()] = rules.toArray(new GraphemeRule[0]);
    }
  }

  private static String patternAndContext(RuleTable.Row row) {
    return row.text("pattern") + "\t" + row.text("left") + "\t" + row.text("right");
  }

  /** The pattern: lower-case letters with direct-indexed tables. */
  private static char[] pattern(RuleTable.Row row) {
    String s = row.required("pattern");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isLetter(c) || Character.isUpperCase(c) || c >= CompiledRules.TABLE_LIMIT) {
        throw row.error("pattern", i, "'" + c + "' is not a lower-case Latin letter");
      }
    }
    return s.toCharArray();
  }

  private static int profile(
      RuleTable.Row row, String column, int at, String name, Map<String, Integer> profiles) {
    Integer p = profiles.get(name);
    if (p == null) {
      throw row.error(
          column,
          at,
          "unknown profile '"
              + name
              + "' (expected one of "
              + String.join(" ", profiles.keySet())
              + ", from profiles.tsv)");
    }
    return p;
  }
}
