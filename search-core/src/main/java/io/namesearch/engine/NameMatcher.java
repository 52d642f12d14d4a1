package io.namesearch.engine;

import io.namesearch.engine.internal.MatchScorer;
import io.namesearch.engine.internal.NameParser;
import io.namesearch.engine.internal.NameParts.Parsed;
import io.namesearch.engine.internal.NameParts.Part;
import io.namesearch.engine.internal.NameParts.Role;
import io.namesearch.engine.internal.Nicknames;
import io.namesearch.engine.internal.PartComparer;
import io.namesearch.engine.internal.PersonRules;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Compares two person names and says how far they are one person's: {@code match("Dmitri
 * Baltrukow", "БАЛТРУКОВ Дмитрий Александрович")}. Pure Java, no index; thread-safe.
 *
 * <p>Each name is split into parts (words, initials; a comma form {@code SURNAME, Given} marks its
 * surname), titles and suffixes with no identity (Mr, г-н, Jr: {@code titles.tsv}) are set aside,
 * and patronymics are recognised by their endings. The parts of the two names are aligned in any
 * order by the engine's own tiers ({@link NameEngine#compare}: the same keys the index matches on),
 * plus initials and stems one edit apart. The score is the weighted mean of the part similarities,
 * where a part with no counterpart counts as a conflict when the other name has an unaligned part
 * of the same kind (another given name, another patronymic), and only a little when the other name
 * simply lacks it (a patronymic or middle name on one side). An aligned pair that is one name in
 * two genders (Ivanov, Ivanova) lowers the score and is flagged.
 *
 * <p>What the score means, measured on the OFAC SDN pairs (README, "Screening"): at 0.9 and above
 * the two names agree part for part up to spelling, scheme, case and gender-free form; from 0.7 to
 * 0.9 they share surname and given name but one part is a typo, an initial, a cross-language form
 * or missing; below 0.7 a given name, patronymic or surname is different. The default threshold
 * {@link #DEFAULT_THRESHOLD} is chosen on those pairs.
 */
public final class NameMatcher {

  /** The default threshold of {@link NameMatch#match()}. */
  public static final double DEFAULT_THRESHOLD = 0.75;

  /** Longest name accepted, in characters. */
  public static final int MAX_LENGTH = 1000;

  /** Most parts a name may have. */
  public static final int MAX_PARTS = 24;

  private final NameEngine engine;
  private final boolean nicknames;
  private final double threshold;
  private final NameParser parser;
  private final MatchScorer scorer;

  private NameMatcher(Builder b) {
    PersonRules rules = PersonRules.defaults();
    this.engine = b.engine;
    this.nicknames = b.nicknames;
    this.threshold = b.threshold;
    this.parser = new NameParser(engine, rules);
    this.scorer =
        new MatchScorer(new PartComparer(engine, parser, rules, nicknames), rules, threshold);
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

    /**
     * The threshold of {@link NameMatch#match()}, in [0, 1] (default {@value DEFAULT_THRESHOLD}).
     */
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
    return new Name(name, parser.parse(name));
  }

  /** {@link #match(String, String)} of two prepared names. */
  public NameMatch match(Name a, Name b) {
    return scorer.score(a.parsed, b.parsed);
  }

  /**
   * The keys under which a list screener files a name: the variant and family keys of each of its
   * parts but initials, and the keys of their other-language forms (and, with nicknames on, of
   * their equivalents). Two names that share none of them cannot align a part at any tier but typo
   * and near, so a screener that only compares names sharing a key misses only pairs whose every
   * part is misspelt.
   */
  public Set<String> blockingKeys(Name name) {
    Set<String> out = new LinkedHashSet<>();
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
      Set<String> keys = new LinkedHashSet<>(p.keys());
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
      pa = parser.parse(a);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("first " + e.getMessage(), e);
    }
    try {
      pb = parser.parse(b);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("second " + e.getMessage(), e);
    }
    return scorer.score(pa, pb);
  }
}
