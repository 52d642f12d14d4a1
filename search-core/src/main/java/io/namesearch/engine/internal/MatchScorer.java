package io.namesearch.engine.internal;

import io.namesearch.engine.NameMatch;
import io.namesearch.engine.NameMatcher;
import io.namesearch.engine.PartMatch;
import io.namesearch.engine.internal.NameParts.Parsed;
import io.namesearch.engine.internal.NameParts.Part;
import io.namesearch.engine.internal.NameParts.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores the alignment of the parts of two parsed names ({@link PartAlignment}), for the {@link
 * NameMatcher}: the aligned pairs by their tiers, then the parts left over on both sides as
 * conflicts and those on one side as absent, and a gender conflict; and explains the score.
 * Thread-safe.
 *
 * @lucene.internal
 */
public final class MatchScorer {

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

  private final PartComparer comparer;
  private final GenderCheck genders;
  private final double threshold;

  public MatchScorer(PartComparer comparer, PersonRules rules, double threshold) {
    this.comparer = comparer;
    this.genders = new GenderCheck(rules);
    this.threshold = threshold;
  }

  public NameMatch score(Parsed pa, Parsed pb) {
    List<Part> as = pa.parts();
    List<Part> bs = pb.parts();
    PartAlignment aligned = PartAlignment.align(comparer, as, bs);
    int[] partnerOfA = aligned.partnerOfA();
    int[] partnerOfB = aligned.partnerOfB();
    PartMatch.Tier[] tierOfA = aligned.tierOfA();

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
      PersonRules.Gender g =
          t == PartMatch.Tier.FAMILY ? genders.gender(p, q) : PersonRules.Gender.UNKNOWN;
      if (g != PersonRules.Gender.UNKNOWN
          && !genders.misgendered(g, p, q, as, bs, partnerOfA, tierOfA)) {
        genderConflict = true;
        if (genderNote == null) {
          PersonRules.Gender other =
              g == PersonRules.Gender.MALE ? PersonRules.Gender.FEMALE : PersonRules.Gender.MALE;
          genderNote =
              p.text()
                  + " is "
                  + GenderCheck.genderWord(g)
                  + ", "
                  + q.text()
                  + " "
                  + GenderCheck.genderWord(other);
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
    String explanation = explain(score, alignment, conflicts, absent, genderNote, ignored);
    return new NameMatch(
        score, score >= threshold, alignment, unA, unB, ignored, genderConflict, explanation);
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
          double sim = NearSpelling.weak(x, y);
          if (sim > best
              || sim == best
                  && (x.position() + y.position() < p.position() + q.position()
                      || x.position() + y.position() == p.position() + q.position()
                          && PartAlignment.pairKey(x, y).compareTo(PartAlignment.pairKey(p, q))
                              < 0)) {
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
      acc[0] += w * NearSpelling.weak(p, q);
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
