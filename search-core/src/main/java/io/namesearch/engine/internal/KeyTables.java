package io.namesearch.engine.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Compiles the tables written in key letters: folds.tsv and family-folds.tsv (rewrite passes),
 * endings.tsv and derivations.tsv.
 */
final class KeyTables {

  private static final List<String> OPS = List.of("replace", "undouble");
  private static final List<String> SCRIPTS = List.of("any", "latin", "cyrillic");
  private static final int[] FOLD_LEFT = foldContexts(Context.CONS_LATER);
  private static final int[] FOLD_RIGHT = foldContexts(Context.CONS_TO_END);
  private static final int[] ENDING_LEFT = {
    Context.ANY, Context.VOWEL, Context.CONS, Context.NOT_VOWEL, Context.SET
  };
  private static final int[] DERIVATION_LEFT = {Context.ANY, Context.SET};

  private KeyTables() {}

  /** The contexts a fold allows on one side: the same on both sides but for the last one. */
  private static int[] foldContexts(int last) {
    return new int[] {
      Context.ANY, Context.EDGE, Context.VOWEL, Context.CONS, Context.NOT_VOWEL, Context.SET, last
    };
  }

  /** The rewrite passes of a fold table, in order. */
  static KeyFold[] folds(RuleTable table, String alphabet) {
    List<KeyFold> out = new ArrayList<>();
    String previous = null;
    for (RuleTable.Row row : table.rows) {
      String text =
          String.join(
              "\t",
              row.text("op"),
              row.text("left"),
              row.text("target"),
              row.text("right"),
              row.text("replacement"),
              row.text("min_length"));
      if (text.equals(previous)) {
        throw row.error("op", 0, "repeats the row before (a pass twice in a row does nothing)");
      }
      previous = text;
      int minLength = row.integer("min_length", 1, 0);
      if (row.choice("op", OPS).equals("undouble")) {
        for (String column : List.of("left", "right", "replacement")) {
          if (!row.text(column).equals("-")) {
            throw row.error(column, 0, "an undouble pass has - here");
          }
        }
        String target = row.required("target");
        char[] only = null;
        if (!target.equals("*")) {
          if (target.length() < 3 || !target.startsWith("[") || !target.endsWith("]")) {
            throw row.error("target", 0, "an undouble pass has * or [letters] here");
          }
          only = target.substring(1, target.length() - 1).toCharArray();
          row.keyLetters("target", new String(only), 1, alphabet);
        }
        out.add(
            new KeyFold(
                true, new Context(Context.ANY, only), null, Context.ANYWHERE, null, minLength));
        continue;
      }
      Context left = row.context("left", true, alphabet, FOLD_LEFT);
      char[] target = row.key("target", alphabet, false).toCharArray();
      Context right = row.context("right", false, alphabet, FOLD_RIGHT);
      char[] replacement = row.key("replacement", alphabet, true).toCharArray();
      out.add(new KeyFold(false, left, target, right, replacement, minLength));
    }
    return out.toArray(new KeyFold[0]);
  }

  /** The family endings, by stage (file order within a stage). */
  static Ending[] endings(RuleTable table, String alphabet) {
    table.unique(
        r -> String.join("\t", r.text("ending"), r.text("left"), r.text("stage"), r.text("script")),
        "ending, context, stage and script");
    List<Ending> out = new ArrayList<>();
    for (RuleTable.Row row : table.rows) {
      char[] ending = row.key("ending", alphabet, false).toCharArray();
      Context left = row.context("left", true, alphabet, ENDING_LEFT);
      int minStem = row.integer("min_stem", 1, -1);
      int stage = row.integer("stage", 1, -1);
      if (minStem < 0 || stage < 0) {
        throw row.error(minStem < 0 ? "min_stem" : "stage", 0, "must not be empty");
      }
      String script = row.choice("script", SCRIPTS);
      out.add(
          new Ending(
              ending, left, minStem, stage, script.equals("latin"), script.equals("cyrillic")));
    }
    out.sort(Comparator.comparingInt(e -> e.stage)); // stable: file order within a stage
    return out.toArray(new Ending[0]);
  }

  /** The derivational suffixes, in file order. */
  static Derivation[] derivations(RuleTable table, String alphabet) {
    table.unique(r -> r.text("suffix") + "\t" + r.text("left"), "suffix and context");
    return table.map(
        row -> {
          String suffix = row.key("suffix", alphabet, false);
          Context left = row.context("left", true, alphabet, DERIVATION_LEFT);
          return new Derivation(suffix, left, row.integer("min_base", 1));
        },
        Derivation[]::new);
  }

  static Fleeting[] fleeting(RuleTable table, String alphabet) {
    table.unique(r -> r.text("nominative") + "\t" + r.text("left"), "nominative and context");
    return table.map(
        row -> {
          String nominative = row.key("nominative", alphabet, false);
          String oblique = row.key("oblique", alphabet, false);
          Context left = row.context("left", true, alphabet, ENDING_LEFT);
          return new Fleeting(nominative, oblique, left, row.integer("min_stem", 1));
        },
        Fleeting[]::new);
  }
}
