package io.namesearch.engine;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Compares two person names and says how far they are one person's: {@code match("Dmitri
 * Baltrukow", "БАЛТРУКОВ Дмитрий Александрович")}. Pure Java, no index; thread-safe.
 *
 * <p>Each name is split into parts (words, initials; a comma form {@code SURNAME, Given} marks its
 * surname), titles and suffixes with no identity (Mr, г-н, Jr: {@code person.tsv}) are set aside,
 * and patronymics are recognised by their endings. The parts of the two names are aligned in any
 * order by the engine's own tiers ({@link NameEngine#compare}: the same keys the index matches
 * on), plus initials and stems one edit apart. The score is the weighted mean of the part
 * similarities, where a part with no counterpart counts as a conflict when the other name has an
 * unaligned part of the same kind (another given name, another patronymic), and only a little when
 * the other name simply lacks it (a patronymic or middle name on one side). An aligned pair that is
 * one name in two genders (Ivanov, Ivanova) lowers the score and is flagged.
 *
 * <p>What the score means, measured on the OFAC SDN pairs (README, "Screening"): at 0.9 and above
 * the two names agree part for part up to spelling, scheme, case and gender-free form; from 0.7 to
 * 0.9 they share surname and given name but one part is a typo, an initial, a cross-language
 * form or missing; below 0.7 a given name, patronymic or surname is different. The default
 * threshold {@link #DEFAULT_THRESHOLD} is chosen on those pairs.
 */
public final class NameMatcher {

  /** The default threshold of {@link NameMatch#match()}. */
  public static final double DEFAULT_THRESHOLD = 0.75;

  /** Longest name accepted, in characters. */
  public static final int MAX_LENGTH = 1000;

  /** Most parts a name may have. */
  public static final int MAX_PARTS = 24;

  static final double NAME_WEIGHT = 1.0;
  static final double PATRONYMIC_WEIGHT = 0.6;
  static final double INITIAL_WEIGHT = 0.35;
  /** A name part (a middle or second given name, a second surname) the other name lacks. */
  static final double ABSENT_NAME_WEIGHT = 0.25;
  /** A patronymic or an initial the other name lacks. */
  static final double ABSENT_MINOR_WEIGHT = 0.04;
  /** Two different patronymics (two fathers), as much as another given name. */
  static final double PATRONYMIC_CONFLICT_WEIGHT = 1.0;
  /** The factor a gender conflict applies to the score. */
  static final double GENDER_CONFLICT_FACTOR = 0.7;

  private final NameEngine engine;
  private final PersonRules rules;
  private final boolean nicknames;
  private final double threshold;
  private final Set<MatchTier> tiers;

  private NameMatcher(Builder b) {
    this.engine = b.engine;
    this.rules = PersonRules.defaults();
    this.nicknames = b.nicknames;
    this.threshold = b.threshold;
    this.tiers =
        b.nicknames
            ? Set.copyOf(EnumSet.allOf(MatchTier.class))
            : Set.copyOf(EnumSet.complementOf(EnumSet.of(MatchTier.NICKNAME)));
  }

  /** A matcher with the defaults: built-in rules, nicknames off, {@link #DEFAULT_THRESHOLD}. */
  public static NameMatcher defaults() {
    return builder().build();
  }

  /** A builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether first-name equivalents and diminutives match (Dmitry ~ Dima). */
  public boolean nicknames() {
    return nicknames;
  }

  /** The score at and above which {@link NameMatch#match()} is true. */
  public double threshold() {
    return threshold;
  }

  /** The engine whose keys and tiers the matcher uses. */
  public NameEngine engine() {
    return engine;
  }

  /** Options of a {@link NameMatcher}. */
  public static final class Builder {
    private NameEngine engine = NameEngine.defaults();
    private boolean nicknames;
    private double threshold = DEFAULT_THRESHOLD;

    private Builder() {}

    /** Whether first-name equivalents and diminutives match (default off). */
    public Builder nicknames(boolean on) {
      this.nicknames = on;
      return this;
    }

    /** The threshold of {@link NameMatch#match()}, in [0, 1] (default {@value DEFAULT_THRESHOLD}). */
    public Builder threshold(double t) {
      if (!(t >= 0 && t <= 1)) {
        throw new IllegalArgumentException("threshold must be in [0, 1], got " + t);
      }
      this.threshold = t;
      return this;
    }

    /** The engine (default {@link NameEngine#defaults()}). */
    public Builder engine(NameEngine e) {
      if (e == null) {
        throw new NullPointerException("engine");
      }
      this.engine = e;
      return this;
    }

    /** The matcher. */
    public NameMatcher build() {
      return new NameMatcher(this);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Parts

  enum Role {
    /** The surname of a comma form. */
    SURNAME,
    /** A name part whose role the order does not tell (given name or surname). */
    NAME,
    PATRONYMIC,
    INITIAL
  }

  /** One part of a name, keyed once. */
  record Part(
      String text,
      Role role,
      List<String> keys,
      List<String> families,
      List<String> nearKeys,
      boolean firstName,
      int position) {
    boolean minor() {
      return role == Role.PATRONYMIC || role == Role.INITIAL;
    }
  }

  /** A name split into parts. */
  record Parsed(List<Part> parts, List<String> ignored) {}

  /**
   * Splits a name into parts as the matcher reads it.
   *
   * @throws IllegalArgumentException when the name is blank, too long, has too many parts or no
   *     letters or digits
   */
  Parsed parse(String name) {
    if (name == null) {
      throw new IllegalArgumentException("name is missing");
    }
    String s = name.strip();
    if (s.isEmpty()) {
      throw new IllegalArgumentException("name is empty");
    }
    if (s.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "name is too long: " + s.length() + " characters (at most " + MAX_LENGTH + ")");
    }
    int comma = s.indexOf(',');
    List<String[]> raw = new ArrayList<>(); // {token, "S" if surname segment}
    if (comma >= 0) {
      tokens(s.substring(0, comma), true, raw);
      tokens(s.substring(comma + 1).replace(',', ' '), false, raw);
    } else {
      tokens(s, false, raw);
    }
    List<Part> parts = new ArrayList<>();
    List<String> ignored = new ArrayList<>();
    boolean anySurname = false;
    for (String[] t : raw) {
      String token = t[0];
      String norm = engine.normalize(token);
      if (norm.isEmpty()) {
        continue;
      }
      if (rules.isNoise(norm)) {
        ignored.add(token);
        continue;
      }
      for (String piece : pieces(token)) {
        String pn = engine.normalize(piece);
        if (pn.isEmpty()) {
          continue;
        }
        Keyed keyed = keyed(piece);
        List<String> keys = keyed.keys();
        if (keys.isEmpty()) {
          continue;
        }
        boolean initial = isInitial(piece, pn);
        Role role;
        if (initial) {
          role = Role.INITIAL;
        } else if (t[1] != null && !(anySurname && rules.isPatronymic(keys))) {
          // the surname of a comma form; a patronymic after it (IVANOVA PETROVNA, Anna) is one
          role = Role.SURNAME;
          anySurname = true;
        } else if (rules.isPatronymic(keys)) {
          role = Role.PATRONYMIC;
        } else {
          role = Role.NAME;
        }
        if (parts.size() == MAX_PARTS) {
          throw new IllegalArgumentException(
              "name has too many parts (at most " + MAX_PARTS + "): " + abbreviate(s));
        }
        parts.add(
            new Part(
                piece,
                role,
                keys,
                initial ? keys : keyed.families(),
                initial ? keys : keyed.nearKeys(),
                keyed.firstName(),
                parts.size()));
      }
    }
    // Without a comma form, a patronymic-looking first word of three or more is the surname
    // (FRANSKEVICH Viktar Ivanavich), and so is every such word when no other part is a name.
    if (!anySurname) {
      fixLeadingPatronymic(parts);
    }
    if (parts.isEmpty() || s.codePoints().noneMatch(Character::isLetter)) {
      throw new IllegalArgumentException(
          ignored.isEmpty() || !parts.isEmpty()
              ? "name has no letters: " + abbreviate(s)
              : "name has only titles, no name: " + abbreviate(s));
    }
    return new Parsed(List.copyOf(parts), List.copyOf(ignored));
  }

  /** The variant and family keys of a word. */
  private record Keyed(
      List<String> keys, List<String> families, List<String> nearKeys, boolean firstName) {}

  /** Per thread: the keys of recently read words (a list repeats its names). */
  private final ThreadLocal<java.util.LinkedHashMap<String, Keyed>> keyedWords =
      ThreadLocal.withInitial(
          () ->
              new java.util.LinkedHashMap<>(1024, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, Keyed> e) {
                  return size() > 16384;
                }
              });

  private Keyed keyed(String word) {
    java.util.LinkedHashMap<String, Keyed> cache = keyedWords.get();
    Keyed k = cache.get(word);
    if (k == null) {
      List<String> keys = engine.keys(word);
      k = keys.isEmpty() ? new Keyed(keys, List.of(), List.of(), false) : keyed(word, keys);
      cache.put(word, k);
    }
    return k;
  }

  /**
   * The keys of a word with letters: its variant and family keys, and the keys the near tier
   * compares (its family keys, then its base families: the family fold with no ending removed, so
   * that a word and its form with another ending, Belarusian -оў for -ов, stay one edit apart).
   */
  private Keyed keyed(String word, List<String> keys) {
    List<String> families = engine.families(word);
    List<String> base = engine.baseFamilies(word);
    boolean firstName = !Nicknames.defaults().equivalents(keys).isEmpty();
    if (base.isEmpty()) {
      return new Keyed(keys, families, families, firstName);
    }
    List<String> near = new ArrayList<>(families);
    near.addAll(base);
    return new Keyed(keys, families, List.copyOf(near), firstName);
  }

  private static void fixLeadingPatronymic(List<Part> parts) {
    long names = parts.stream().filter(p -> p.role() == Role.NAME).count();
    for (int i = 0; i < parts.size(); i++) {
      Part p = parts.get(i);
      if (p.role() != Role.PATRONYMIC) {
        continue;
      }
      // a patronymic follows a given name: the first word, or one with no name at all, is not one
      if (i == 0 || names == 0) {
        parts.set(i, new Part(p.text(), Role.NAME, p.keys(), p.families(), p.nearKeys(), p.firstName(), i));
        names++;
      }
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "..." : s;
  }

  /** Splits on white space, brackets, quotes and slashes; a dotted run (A.A.) is split too. */
  private static void tokens(String s, boolean surname, List<String[]> out) {
    for (String t : s.split("[\\s;/()\\[\\]{}\"«»„“”]+")) {
      if (t.isEmpty()) {
        continue;
      }
      // "A.A." and "A.Baltrukov" are several parts; "Jr." and "Dm." are one
      int start = 0;
      for (int i = 0; i < t.length(); i++) {
        if (t.charAt(i) == '.' && i + 1 < t.length()) {
          out.add(new String[] {t.substring(start, i + 1), surname ? "S" : null});
          start = i + 1;
        }
      }
      out.add(new String[] {t.substring(start), surname ? "S" : null});
    }
  }

  /** A hyphenated word is one part per piece (Rimsky-Korsakov). */
  private static List<String> pieces(String token) {
    if (token.indexOf('-') < 0) {
      return List.of(token);
    }
    List<String> out = new ArrayList<>();
    for (String p : token.split("-+")) {
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  /** One letter, or two followed by a dot (A, A., Yu., Zh.). */
  private static boolean isInitial(String token, String normalized) {
    int letters = normalized.codePointCount(0, normalized.length());
    if (!Character.isLetter(normalized.codePointAt(0))) {
      return false;
    }
    return letters == 1 || letters == 2 && token.endsWith(".");
  }

  /**
   * A name split into parts and keyed once, for matching it against many others ({@link
   * #match(Name, Name)}). Immutable; only the matcher that prepared it reads it.
   */
  public static final class Name {
    private final String text;
    private final Parsed parsed;

    private Name(String text, Parsed parsed) {
      this.text = text;
      this.parsed = parsed;
    }

    /** The name as given. */
    public String text() {
      return text;
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /**
   * The name split into parts and keyed, to match against many names.
   *
   * @throws IllegalArgumentException when the name is empty, too long, or has no letters
   */
  public Name prepare(String name) {
    return new Name(name, parse(name));
  }

  /** {@link #match(String, String)} of two prepared names. */
  public NameMatch match(Name a, Name b) {
    return match(a.parsed, b.parsed);
  }

  /**
   * The keys under which a list screener files a name: the variant and family keys of each of its
   * parts but initials, and the keys of their other-language forms (and, with nicknames on, of
   * their equivalents). Two names that share none of them cannot align a part at any tier but typo
   * and near, so a screener that only compares names sharing a key misses only pairs whose every
   * part is misspelt.
   */
  public Set<String> blockingKeys(Name name) {
    Set<String> out = new java.util.LinkedHashSet<>();
    blockingKeysByPart(name).forEach(out::addAll);
    return Set.copyOf(out);
  }

  /** The blocking keys of each part of the name but initials, one set per part. */
  public List<Set<String>> blockingKeysByPart(Name name) {
    List<Set<String>> out = new ArrayList<>();
    for (Part p : name.parsed.parts()) {
      if (p.role() == Role.INITIAL) {
        continue;
      }
      Set<String> keys = new java.util.LinkedHashSet<>(p.keys());
      keys.addAll(p.families());
      List<String> own = new ArrayList<>(p.keys());
      own.addAll(p.families());
      keys.addAll(Nicknames.defaults().languageForms(own));
      if (nicknames) {
        keys.addAll(Nicknames.defaults().equivalents(p.keys()));
      }
      out.add(Set.copyOf(keys));
    }
    return List.copyOf(out);
  }

  // ---------------------------------------------------------------------------------------------
  // Matching

  /**
   * How far names {@code a} and {@code b} are one person's.
   *
   * @throws IllegalArgumentException when either name is empty, too long, or has no letters
   */
  public NameMatch match(String a, String b) {
    Parsed pa;
    Parsed pb;
    try {
      pa = parse(a);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("first " + e.getMessage(), e);
    }
    try {
      pb = parse(b);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("second " + e.getMessage(), e);
    }
    return match(pa, pb);
  }

  private record Candidate(int i, int j, PartMatch.Tier tier, double score) {}

  NameMatch match(Parsed pa, Parsed pb) {
    List<Part> as = pa.parts();
    List<Part> bs = pb.parts();
    List<Candidate> cands = new ArrayList<>();
    for (int i = 0; i < as.size(); i++) {
      for (int j = 0; j < bs.size(); j++) {
        PartMatch.Tier t = compare(as.get(i), bs.get(j));
        if (t != null) {
          cands.add(new Candidate(i, j, t, t.score()));
        }
      }
    }
    // strongest pairs first; among equals, parts of the same role, then the nearer positions
    cands.sort(
        (x, y) -> {
          int c = Double.compare(y.score(), x.score());
          if (c != 0) {
            return c;
          }
          c = Boolean.compare(sameRole(as.get(y.i()), bs.get(y.j())),
              sameRole(as.get(x.i()), bs.get(x.j())));
          if (c != 0) {
            return c;
          }
          c = Integer.compare(Math.abs(x.i() - x.j()), Math.abs(y.i() - y.j()));
          if (c != 0) {
            return c;
          }
          c = Integer.compare(x.i() + x.j(), y.i() + y.j());
          if (c != 0) {
            return c;
          }
          // last, an order that does not depend on which name is first
          return pairKey(as.get(x.i()), bs.get(x.j())).compareTo(pairKey(as.get(y.i()), bs.get(y.j())));
        });
    int[] partnerOfA = new int[as.size()];
    int[] partnerOfB = new int[bs.size()];
    java.util.Arrays.fill(partnerOfA, -1);
    java.util.Arrays.fill(partnerOfB, -1);
    PartMatch.Tier[] tierOfA = new PartMatch.Tier[as.size()];
    for (Candidate c : cands) {
      if (partnerOfA[c.i()] < 0 && partnerOfB[c.j()] < 0) {
        partnerOfA[c.i()] = c.j();
        partnerOfB[c.j()] = c.i();
        tierOfA[c.i()] = c.tier();
      }
    }

    double sum = 0;
    double weights = 0;
    boolean genderConflict = false;
    String genderNote = null;
    List<PartMatch> alignment = new ArrayList<>();
    for (int i = 0; i < as.size(); i++) {
      if (partnerOfA[i] < 0) {
        continue;
      }
      Part p = as.get(i);
      Part q = bs.get(partnerOfA[i]);
      PartMatch.Tier t = tierOfA[i];
      double w = weight(p, q);
      sum += w * t.score();
      weights += w;
      alignment.add(new PartMatch(p.text(), q.text(), t, t.score()));
      // one family in two genders: the family key drops the gender ending
      PersonRules.Gender g = t == PartMatch.Tier.FAMILY ? gender(p, q) : PersonRules.Gender.UNKNOWN;
      if (g != PersonRules.Gender.UNKNOWN && !misgendered(g, p, q, as, bs, partnerOfA, tierOfA)) {
        genderConflict = true;
        if (genderNote == null) {
          PersonRules.Gender other =
              g == PersonRules.Gender.MALE ? PersonRules.Gender.FEMALE : PersonRules.Gender.MALE;
          genderNote =
              p.text() + " is " + genderWord(g) + ", " + q.text() + " " + genderWord(other);
        }
      }
    }

    List<Part> restA = unaligned(as, partnerOfA);
    List<Part> restB = unaligned(bs, partnerOfB);
    List<String> conflicts = new ArrayList<>();
    List<String> absent = new ArrayList<>();
    double[] acc = {sum, weights};
    // another patronymic, another name, another initial: a conflict; one a name lacks: absent
    pairUp(restA, restB, Role.PATRONYMIC, acc, conflicts, absent);
    pairUp(restA, restB, Role.NAME, acc, conflicts, absent);
    pairUp(restA, restB, Role.INITIAL, acc, conflicts, absent);
    for (Part p : restA) {
      absent(p, "a", acc, absent);
    }
    for (Part p : restB) {
      absent(p, "b", acc, absent);
    }
    sum = acc[0];
    weights = acc[1];
    double score = weights == 0 ? 0 : sum / weights;
    if (genderConflict) {
      score *= GENDER_CONFLICT_FACTOR;
    }
    score = Math.max(0, Math.min(1, score));
    score = Math.round(score * 1000) / 1000.0;

    List<String> unA = new ArrayList<>();
    List<String> unB = new ArrayList<>();
    for (int i = 0; i < as.size(); i++) {
      if (partnerOfA[i] < 0) {
        unA.add(as.get(i).text());
      }
    }
    for (int j = 0; j < bs.size(); j++) {
      if (partnerOfB[j] < 0) {
        unB.add(bs.get(j).text());
      }
    }
    List<String> ignored = new ArrayList<>(pa.ignored());
    ignored.addAll(pb.ignored());
    String explanation =
        explain(score, alignment, conflicts, absent, genderNote, ignored);
    return new NameMatch(
        score, score >= threshold, alignment, unA, unB, ignored, genderConflict, explanation);
  }

  /**
   * Whether a gender conflict between {@code p} (of gender {@code g}) and {@code q} is one record's
   * inconsistent form rather than two people: a name whose own patronymic has the other gender
   * (Aymani Nesievna is a woman), or the same first name on both sides (a first name has one
   * gender: Ukhnalev Svetlana is Svetlana Ukhnalyova).
   */
  private boolean misgendered(
      PersonRules.Gender g,
      Part p,
      Part q,
      List<Part> as,
      List<Part> bs,
      int[] partnerOfA,
      PartMatch.Tier[] tierOfA) {
    PersonRules.Gender other =
        g == PersonRules.Gender.MALE ? PersonRules.Gender.FEMALE : PersonRules.Gender.MALE;
    for (Part x : as) {
      if (x != p && x.role() == Role.PATRONYMIC && rules.patronymicGender(x.keys()) == other) {
        return true;
      }
    }
    for (Part y : bs) {
      if (y != q && y.role() == Role.PATRONYMIC && rules.patronymicGender(y.keys()) == g) {
        return true;
      }
    }
    for (int i = 0; i < as.size(); i++) {
      Part x = as.get(i);
      if (x == p || partnerOfA[i] < 0) {
        continue;
      }
      Part y = bs.get(partnerOfA[i]);
      if ((tierOfA[i] == PartMatch.Tier.EXACT || tierOfA[i] == PartMatch.Tier.VARIANT)
          && !x.minor() && !y.minor() && x.firstName() && y.firstName()) {
        return true;
      }
    }
    return false;
  }

  /** The gender of {@code p} when {@code q} is its form in the other gender, else UNKNOWN. */
  private PersonRules.Gender gender(Part p, Part q) {
    for (String x : p.keys()) {
      for (String y : q.keys()) {
        PersonRules.Gender g = rules.genderAgainst(x, y);
        if (g != PersonRules.Gender.UNKNOWN) {
          return g;
        }
      }
    }
    return PersonRules.Gender.UNKNOWN;
  }

  /** The two parts' texts in a fixed order, whichever name they come from. */
  private static String pairKey(Part p, Part q) {
    return p.text().compareTo(q.text()) <= 0
        ? p.text() + '\u0000' + q.text()
        : q.text() + '\u0000' + p.text();
  }

  private static String genderWord(PersonRules.Gender g) {
    return g == PersonRules.Gender.FEMALE ? "female" : "male";
  }

  private static boolean sameRole(Part p, Part q) {
    return p.role() == q.role()
        || p.role() == Role.NAME && q.role() == Role.SURNAME
        || p.role() == Role.SURNAME && q.role() == Role.NAME;
  }

  private static double weight(Part p, Part q) {
    if (p.role() == Role.INITIAL || q.role() == Role.INITIAL) {
      return INITIAL_WEIGHT;
    }
    if (p.role() == Role.PATRONYMIC && q.role() == Role.PATRONYMIC) {
      return PATRONYMIC_WEIGHT;
    }
    return NAME_WEIGHT;
  }

  private static List<Part> unaligned(List<Part> parts, int[] partner) {
    List<Part> out = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      if (partner[i] < 0) {
        out.add(parts.get(i));
      }
    }
    return out;
  }

  /**
   * Pairs the unaligned parts of one kind on both sides as conflicts (another patronymic; with
   * {@code role} null, another name or initial against any remaining part), removing them.
   */
  private void pairUp(
      List<Part> restA,
      List<Part> restB,
      Role role,
      double[] acc,
      List<String> conflicts,
      List<String> absent) {
    while (true) {
      // the closest remaining pair of the kind (ties: the earlier parts), so that neither name
      // order nor which name comes first changes the score
      Part p = null;
      Part q = null;
      double best = -1;
      for (Part x : restA) {
        for (Part y : restB) {
          if (!eligible(x, y, role)) {
            continue;
          }
          double sim = weak(x, y);
          if (sim > best
              || sim == best
                  && (x.position() + y.position() < p.position() + q.position()
                      || x.position() + y.position() == p.position() + q.position()
                          && pairKey(x, y).compareTo(pairKey(p, q)) < 0)) {
            best = sim;
            p = x;
            q = y;
          }
        }
      }
      if (p == null) {
        return;
      }
      restA.remove(p);
      restB.remove(q);
      // another patronymic, or an initial that is not the other's patronymic or middle name,
      // weighs as a patronymic; another name as a name
      double w = p.minor() || q.minor() ? PATRONYMIC_WEIGHT : NAME_WEIGHT;
      if (role == Role.PATRONYMIC) {
        // two different patronymics are two fathers: as strong a sign as another given name
        w = PATRONYMIC_CONFLICT_WEIGHT;
      }
      acc[0] += w * weak(p, q);
      acc[1] += w;
      conflicts.add(p.text() + " \u2260 " + q.text());
    }
  }

  /** Whether two unaligned parts are of the kind a conflict pass pairs. */
  private static boolean eligible(Part x, Part y, Role role) {
    return switch (role) {
      case PATRONYMIC -> x.role() == Role.PATRONYMIC && y.role() == Role.PATRONYMIC;
      case INITIAL -> x.role() == Role.INITIAL || y.role() == Role.INITIAL;
      default -> !x.minor() && !y.minor();
    };
  }

  private static void absent(Part p, String side, double[] acc, List<String> absent) {
    acc[1] += p.minor() ? ABSENT_MINOR_WEIGHT : ABSENT_NAME_WEIGHT;
    absent.add(p.text() + " only in " + side);
  }

  /**
   * A small similarity for two parts that do not match at any tier, so that nearer misses rank
   * above farther ones: up to 0.3 for family keys under half their length apart.
   */
  private static double weak(Part p, Part q) {
    if (p.role() == Role.INITIAL || q.role() == Role.INITIAL) {
      return 0;
    }
    String x = p.families().get(0);
    String y = q.families().get(0);
    int max = Math.max(x.length(), y.length());
    if (max == 0) {
      return 0;
    }
    double d = distance(x, y) / (double) max;
    return Math.max(0, 0.3 * (1 - 2 * d));
  }

  /** How two parts match, or null. */
  PartMatch.Tier compare(Part p, Part q) {
    boolean pi = p.role() == Role.INITIAL;
    boolean qi = q.role() == Role.INITIAL;
    if (pi || qi) {
      // two initials match either way round (Ya. ~ I.: я starts with the glide)
      return initialMatches(p, q) || pi && qi && initialMatches(q, p)
          ? PartMatch.Tier.INITIAL
          : null;
    }
    boolean pp = p.role() == Role.PATRONYMIC;
    boolean qp = q.role() == Role.PATRONYMIC;
    MatchTier best = engineTier(p, q);
    if (pp != qp) {
      // a patronymic is not a given name or surname: only the same word read in another role
      // (a patronymic the ending rules miss, a list that swaps the fields) aligns with one
      return best == null || best == MatchTier.DERIVED ? null : tier(best);
    }
    if (best != null && best.compareTo(MatchTier.NICKNAME) < 0 && best != MatchTier.DERIVED) {
      return tier(best);
    }
    if (!pp && (languageForm(p, q) || languageForm(q, p))) {
      return PartMatch.Tier.LANGUAGE;
    }
    if (best != null && best != MatchTier.DERIVED) {
      return tier(best);
    }
    if (pp && qp) {
      // the fathers' names, when they match better than the two patronymics' letters
      PartMatch.Tier fathers = fathersNames(p, q);
      if (fathers != null && fathers.compareTo(PartMatch.Tier.NEAR) < 0) {
        return fathers;
      }
    }
    if (near(p, q)) {
      return PartMatch.Tier.NEAR;
    }
    if (pp && qp) {
      PartMatch.Tier fathers = fathersNames(p, q);
      if (fathers != null) {
        return fathers;
      }
    }
    if (best == MatchTier.DERIVED || !pp && extended(p, q)) {
      return PartMatch.Tier.DERIVED;
    }
    return null;
  }

  /**
   * Two patronymics match as their fathers' names do (Vladimirovna ~ Uladzimirauna as Vladimir ~
   * Uladzimir): the same name is the family tier, another tier stays what it is.
   */
  private PartMatch.Tier fathersNames(Part p, Part q) {
    Part fp = father(p);
    Part fq = father(q);
    if (fp == null || fq == null) {
      return null;
    }
    PartMatch.Tier t = compare(fp, fq);
    if (t == null || t == PartMatch.Tier.DERIVED) {
      return null;
    }
    return t.compareTo(PartMatch.Tier.FAMILY) <= 0 ? PartMatch.Tier.FAMILY : t;
  }

  private Part father(Part p) {
    for (String key : p.keys()) {
      String stem = rules.patronymicStem(key);
      if (stem != null && stem.length() >= 3) {
        Keyed k = keyed(stem);
        if (!k.keys().isEmpty()) {
          return new Part(stem, Role.NAME, k.keys(), k.families(), k.nearKeys(), k.firstName(), p.position());
        }
      }
    }
    return null;
  }

  /**
   * The strongest engine tier of the two words either way, as {@link NameEngine#compare} finds it.
   * Words whose keys share no first letter cannot match at a key tier when the typo policy fixes
   * the first letter, so only the nickname table is asked for them.
   */
  private MatchTier engineTier(Part p, Part q) {
    if (p.keys().stream().anyMatch(q.keys()::contains)) {
      return p.text().equalsIgnoreCase(q.text()) ? MatchTier.EXACT : MatchTier.VARIANT;
    }
    if (engine.fuzzy().prefixLength() >= 1 && !shareFirstLetter(p, q)) {
      if (nicknames) {
        Set<String> eq = Nicknames.defaults().equivalents(p.keys());
        if (q.keys().stream().anyMatch(eq::contains)) {
          return MatchTier.NICKNAME;
        }
      }
      return null;
    }
    return engineCompare(p, q);
  }

  /** Per thread: the engine tier of recently compared word pairs (names repeat in a list). */
  private final ThreadLocal<java.util.LinkedHashMap<String, Optional<MatchTier>>> recent =
      ThreadLocal.withInitial(
          () ->
              new java.util.LinkedHashMap<>(1024, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(
                    java.util.Map.Entry<String, Optional<MatchTier>> e) {
                  return size() > 8192;
                }
              });

  private MatchTier engineCompare(Part p, Part q) {
    // either order gives the same answer
    String key =
        p.text().compareTo(q.text()) <= 0
            ? p.text() + '\u0000' + q.text()
            : q.text() + '\u0000' + p.text();
    java.util.LinkedHashMap<String, Optional<MatchTier>> cache = recent.get();
    Optional<MatchTier> hit = cache.get(key);
    if (hit == null) {
      hit = Optional.ofNullable(engineCompareUncached(p, q));
      cache.put(key, hit);
    }
    return hit.orElse(null);
  }

  private MatchTier engineCompareUncached(Part p, Part q) {
    Optional<MatchTier> t1 = engine.compare(p.text(), q.text(), tiers);
    Optional<MatchTier> t2 = engine.compare(q.text(), p.text(), tiers);
    MatchTier best = t1.orElse(null);
    if (t2.isPresent() && (best == null || t2.get().compareTo(best) < 0)) {
      best = t2.get();
    }
    return best;
  }

  /** The same first name in another of the three languages (nicknames.tsv, columns 1 and 3). */
  private static boolean languageForm(Part p, Part q) {
    // the first family key only: a second one reads the word in another orthography (Alexey
    // as Alehei), which may be another name's stem (Алег, Belarusian Oleg)
    List<String> own = new ArrayList<>(p.keys());
    own.add(p.families().get(0));
    Set<String> forms = Nicknames.defaults().languageForms(own);
    return !forms.isEmpty()
        && (q.keys().stream().anyMatch(forms::contains) || forms.contains(q.families().get(0)));
  }

  private static boolean shareFirstLetter(Part p, Part q) {
    for (String x : p.keys()) {
      for (String y : q.keys()) {
        if (x.charAt(0) == y.charAt(0)) {
          return true;
        }
      }
      for (String y : q.families()) {
        if (!y.isEmpty() && x.charAt(0) == y.charAt(0)) {
          return true;
        }
      }
    }
    for (String x : p.families()) {
      if (x.isEmpty()) {
        continue;
      }
      for (String y : q.keys()) {
        if (x.charAt(0) == y.charAt(0)) {
          return true;
        }
      }
      for (String y : q.families()) {
        if (!y.isEmpty() && x.charAt(0) == y.charAt(0)) {
          return true;
        }
      }
    }
    return false;
  }

  private static PartMatch.Tier tier(MatchTier best) {
    return switch (best) {
        case EXACT -> PartMatch.Tier.EXACT;
        case VARIANT -> PartMatch.Tier.VARIANT;
        case FAMILY -> PartMatch.Tier.FAMILY;
        case NICKNAME -> PartMatch.Tier.NICKNAME;
        case FUZZY -> PartMatch.Tier.TYPO;
        case DERIVED -> PartMatch.Tier.DERIVED;
      };
  }

  /**
   * Family keys (or base families: the same fold with the ending kept) of at least 5 letters one
   * edit apart, the first letter too, or two edits apart from 8 letters (long words: Yermoshina,
   * Yarmoshina; Kourmpanov, Kurbanov); and two words but first names whose variant keys, of 4
   * letters or more, differ only in their vowels (Gora, Hara; Graf, Gref), as the vowel reduction
   * of Belarusian and Russian speech spells them.
   */
  private static boolean near(Part p, Part q) {
    // first names differ by a vowel (Igor, Yegor; Yan, Yana): only other words may
    boolean vowelsOnly = !p.firstName() && !q.firstName() && !p.minor() && !q.minor();
    for (String x : p.nearKeys()) {
      for (String y : q.nearKeys()) {
        int len = Math.min(x.length(), y.length());
        int edits = len >= 8 ? 2 : 1;
        if (len >= 5 && EditDistance.atMost(x, y, edits)) {
          return true;
        }
      }
    }
    if (vowelsOnly) {
      for (String x : p.keys()) {
        for (String y : q.keys()) {
          if (Math.min(x.length(), y.length()) >= 4 && sameConsonants(x, y)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether one word is the other with more letters after it, the shorter of four letters or more
   * (Ayub, Ayubkhan; Nabi, Nabizada): a name with an element added, as a derived name has a suffix.
   */
  private static boolean extended(Part p, Part q) {
    String x = p.keys().get(0);
    String y = q.keys().get(0);
    if (x.length() > y.length()) {
      String t = x;
      x = y;
      y = t;
    }
    return x.length() >= 3
        && y.length() >= x.length() + 3
        && y.startsWith(x)
        && Math.min(p.text().length(), q.text().length()) >= 4;
  }

  /**
   * Whether two keys differ only in their vowels (a run of vowels reads as one), with at least two
   * consonants: the vowel reduction of Belarusian and Russian speech that spellings follow (Гора,
   * Гара; Ермошина, Ярмошына; Греф, Graf).
   */
  static boolean sameConsonants(String x, String y) {
    int i = 0;
    int j = 0;
    int consonants = 0;
    int n = x.length();
    int m = y.length();
    while (true) {
      boolean vx = i < n && isVowel(x.charAt(i));
      boolean vy = j < m && isVowel(y.charAt(j));
      if (vx || vy) {
        if (!(vx && vy)) {
          return false;
        }
        while (i < n && isVowel(x.charAt(i))) {
          i++;
        }
        while (j < m && isVowel(y.charAt(j))) {
          j++;
        }
        continue;
      }
      if (i == n || j == m) {
        return i == n && j == m && consonants >= 2;
      }
      if (x.charAt(i) != y.charAt(j)) {
        // Belarusian writes т before a soft vowel as ц (Тертель, Цярцэль)
        int k = affricate(x, i, y, j);
        int l = k < 0 ? affricate(y, j, x, i) : -1;
        if (k < 0 && l < 0) {
          return false;
        }
        consonants++;
        i++;
        j++;
        continue;
      }
      consonants++;
      i++;
      j++;
    }
  }

  /**
   * Whether {@code x} at {@code i} is the Belarusian affricate (s for ц) that {@code y} writes as
   * t at {@code j} before a soft vowel: 1 letter, else -1.
   */
  private static int affricate(String x, int i, String y, int j) {
    return y.charAt(j) == 't' && x.charAt(i) == 's' && softAt(y, j + 1) ? 1 : -1;
  }

  private static boolean softAt(String s, int i) {
    return i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'i');
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
  }

  private boolean initialMatches(Part p, Part q) {
    Part ini = p.role() == Role.INITIAL ? p : q;
    Part other = ini == p ? q : p;
    String in = engine.normalize(ini.text());
    String on = engine.normalize(other.text());
    if (!in.isEmpty() && on.startsWith(in)) {
      return true;
    }
    for (String k : ini.keys()) {
      for (String o : other.keys()) {
        if (!k.isEmpty() && o.startsWith(k)) {
          return true;
        }
      }
    }
    return false;
  }

  private static int distance(String a, String b) {
    int n = a.length();
    int m = b.length();
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      cur[0] = i;
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[m];
  }

  private static String explain(
      double score,
      List<PartMatch> alignment,
      List<String> conflicts,
      List<String> absent,
      String genderNote,
      List<String> ignored) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%.3f", score)).append(": ");
    List<String> items = new ArrayList<>();
    for (PartMatch m : alignment) {
      items.add(m.a() + " ~ " + m.b() + " (" + m.tier().label() + ")");
    }
    if (items.isEmpty()) {
      items.add("no part matches");
    }
    sb.append(String.join(", ", items));
    if (!conflicts.isEmpty()) {
      sb.append("; different: ").append(String.join(", ", conflicts));
    }
    if (!absent.isEmpty()) {
      sb.append("; ").append(String.join(", ", absent));
    }
    if (genderNote != null) {
      sb.append("; gender conflict: ").append(genderNote);
    }
    if (!ignored.isEmpty()) {
      sb.append("; ignored: ").append(String.join(", ", ignored));
    }
    return sb.toString();
  }
}
