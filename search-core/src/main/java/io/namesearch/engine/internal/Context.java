package io.namesearch.engine.internal;

/**
 * One side of a rule's context, in the grammar every rule table shares (the rules README): {@code
 * -} anywhere, {@code ^} the word start (left side), {@code $} the word end (right side), {@code V}
 * a vowel, {@code C} a consonant, {@code !V} the word edge or a consonant, {@code [xyz]} one of
 * these key letters, {@code C+$} consonants up to the end (right side), {@code C>} a consonant
 * after the word's first vowel (left side).
 *
 * @param code one of the {@code CTX_} codes
 * @param set the letters of a {@code [xyz]} context, else null
 */
record Context(int code, char[] set) {

  static final int ANY = 0;
  static final int EDGE = 1; // ^ on the left, $ on the right
  static final int VOWEL = 2;
  static final int CONS = 3;
  static final int NOT_VOWEL = 4; // edge or consonant
  static final int SET = 5;
  static final int CONS_TO_END = 6; // C+$ on the right: one or more consonants, then the end
  static final int CONS_LATER = 7; // C> on the left: a consonant, after the first vowel

  /** The notations of {@code code} on the left and on the right side (null: none there). */
  private static final String[][] NOTATION = {
    {"-", "-"},
    {"^", "$"},
    {"V", "V"},
    {"C", "C"},
    {"!V", "!V"},
    {"[", "["},
    {null, "C+$"},
    {"C>", null}
  };

  /** Anywhere. */
  static final Context ANYWHERE = new Context(ANY, null);

  /**
   * Parses one side of a context.
   *
   * @param s the cell
   * @param left whether it is the left side
   * @param allowed the codes the table allows
   * @throws IllegalArgumentException naming the notations allowed, when {@code s} is not one
   */
  static Context parse(String s, boolean left, int... allowed) {
    int side = left ? 0 : 1;
    for (int code : allowed) {
      String notation = NOTATION[code][side];
      if (notation == null) {
        continue;
      }
      if (code == SET) {
        if (s.length() > 2 && s.startsWith("[") && s.endsWith("]")) {
          return new Context(SET, s.substring(1, s.length() - 1).toCharArray());
        }
      } else if (s.equals(notation)) {
        return code == ANY ? ANYWHERE : new Context(code, null);
      }
    }
    StringBuilder expected = new StringBuilder();
    for (int code : allowed) {
      String notation = NOTATION[code][side];
      if (notation != null) {
        expected.append(expected.length() == 0 ? "" : " ").append(code == SET ? "[xyz]" : notation);
      }
    }
    throw new IllegalArgumentException(
        "unknown "
            + (left ? "left" : "right")
            + " context '"
            + s
            + "' (expected "
            + expected
            + ")");
  }
}
