package io.namesearch.engine.internal;

import io.namesearch.engine.MatchTier;
import io.namesearch.engine.NameEngine;
import io.namesearch.engine.NameMatcher;
import io.namesearch.engine.PartMatch;
import io.namesearch.engine.internal.NameParts.Part;
import io.namesearch.engine.internal.NameParts.Role;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How two parts of two names match, for the {@link NameMatcher}: the engine's tiers (the keys the
 * index matches on), initials, the Russian, Ukrainian and Belarusian forms of a first name,
 * fathers' names of patronymics, and the near spellings of {@link NearSpelling}. Thread-safe.
 *
 * @lucene.internal
 */
public final class PartComparer {

  private final NameEngine engine;
  private final NameParser parser;
  private final PersonRules rules;
  private final boolean nicknames;
  private final Set<MatchTier> tiers;

  public PartComparer(NameEngine engine, NameParser parser, PersonRules rules, boolean nicknames) {
    this.engine = engine;
    this.parser = parser;
    this.rules = rules;
    this.nicknames = nicknames;
    this.tiers =
        nicknames
            ? Set.copyOf(EnumSet.allOf(MatchTier.class))
            : Set.copyOf(EnumSet.complementOf(EnumSet.of(MatchTier.NICKNAME)));
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
    if (NearSpelling.near(p, q)) {
      return PartMatch.Tier.NEAR;
    }
    if (pp && qp) {
      PartMatch.Tier fathers = fathersNames(p, q);
      if (fathers != null) {
        return fathers;
      }
    }
    if (best == MatchTier.DERIVED || !pp && NearSpelling.extended(p, q)) {
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
        NameParser.Keyed k = parser.keyed(stem);
        if (!k.keys().isEmpty()) {
          return new Part(
              stem, Role.NAME, k.keys(), k.families(), k.nearKeys(), k.firstName(), p.position());
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
  private final ThreadLocal<LinkedHashMap<String, Optional<MatchTier>>> recent =
      ThreadLocal.withInitial(
          () ->
              new LinkedHashMap<>(1024, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Optional<MatchTier>> e) {
                  return size() > 8192;
                }
              });

  private MatchTier engineCompare(Part p, Part q) {
    // either order gives the same answer
    String key =
        p.text().compareTo(q.text()) <= 0
            ? p.text() + '\u0000' + q.text()
            : q.text() + '\u0000' + p.text();
    LinkedHashMap<String, Optional<MatchTier>> cache = recent.get();
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

  /** Whether a variant or family key of one part starts with the letter one of the other's does. */
  private static boolean shareFirstLetter(Part p, Part q) {
    for (String x : p.keys()) {
      if (startsWithAny(x.charAt(0), q)) {
        return true;
      }
    }
    for (String x : p.families()) {
      if (!x.isEmpty() && startsWithAny(x.charAt(0), q)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithAny(char c, Part q) {
    for (String y : q.keys()) {
      if (y.charAt(0) == c) {
        return true;
      }
    }
    for (String y : q.families()) {
      if (!y.isEmpty() && y.charAt(0) == c) {
        return true;
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
}
