package io.namesearch.engine.internal;

import io.namesearch.engine.PartMatch;
import io.namesearch.engine.internal.NameParts.Part;
import io.namesearch.engine.internal.NameParts.Role;
import java.util.List;

/**
 * Whether two aligned parts are one name in two genders (Ivanov, Ivanova: one family, two people),
 * and whether that is a conflict, for the {@link MatchScorer}.
 */
final class GenderCheck {

  private final PersonRules rules;

  GenderCheck(PersonRules rules) {
    this.rules = rules;
  }

  /**
   * Whether a gender conflict between {@code p} (of gender {@code g}) and {@code q} is one record's
   * inconsistent form rather than two people: a name whose own patronymic has the other gender
   * (Aymani Nesievna is a woman), or the same first name on both sides (a first name has one
   * gender: Ukhnalev Svetlana is Svetlana Ukhnalyova).
   */
  boolean misgendered(
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
          && !x.minor()
          && !y.minor()
          && x.firstName()
          && y.firstName()) {
        return true;
      }
    }
    return false;
  }

  /** The gender of {@code p} when {@code q} is its form in the other gender, else UNKNOWN. */
  PersonRules.Gender gender(Part p, Part q) {
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

  static String genderWord(PersonRules.Gender g) {
    return g == PersonRules.Gender.FEMALE ? "female" : "male";
  }
}
