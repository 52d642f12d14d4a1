package io.namesearch.engine.internal;

import io.namesearch.engine.PartMatch;
import io.namesearch.engine.internal.NameParts.Part;
import io.namesearch.engine.internal.NameParts.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The alignment of the parts of two names: each part of one name paired with at most one of the
 * other, greedily, the strongest pairs first (the tier the {@link PartComparer} finds); among
 * equals, parts of the same role, then the nearer positions, then an order that does not depend on
 * which name is first.
 *
 * @param partnerOfA for each part of the first name, the index of its partner, or -1
 * @param partnerOfB for each part of the second name, the index of its partner, or -1
 * @param tierOfA for each aligned part of the first name, the tier of its pair (else null)
 */
record PartAlignment(int[] partnerOfA, int[] partnerOfB, PartMatch.Tier[] tierOfA) {

  private record Candidate(int i, int j, PartMatch.Tier tier, double score) {}

  /** Aligns the parts {@code as} of one name with the parts {@code bs} of the other. */
  static PartAlignment align(PartComparer comparer, List<Part> as, List<Part> bs) {
    List<Candidate> cands = new ArrayList<>();
    for (int i = 0; i < as.size(); i++) {
      for (int j = 0; j < bs.size(); j++) {
        PartMatch.Tier t = comparer.compare(as.get(i), bs.get(j));
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
          c =
              Boolean.compare(
                  sameRole(as.get(y.i()), bs.get(y.j())), sameRole(as.get(x.i()), bs.get(x.j())));
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
          return pairKey(as.get(x.i()), bs.get(x.j()))
              .compareTo(pairKey(as.get(y.i()), bs.get(y.j())));
        });
    int[] partnerOfA = new int[as.size()];
    int[] partnerOfB = new int[bs.size()];
    Arrays.fill(partnerOfA, -1);
    Arrays.fill(partnerOfB, -1);
    PartMatch.Tier[] tierOfA = new PartMatch.Tier[as.size()];
    for (Candidate c : cands) {
      if (partnerOfA[c.i()] < 0 && partnerOfB[c.j()] < 0) {
        partnerOfA[c.i()] = c.j();
        partnerOfB[c.j()] = c.i();
        tierOfA[c.i()] = c.tier();
      }
    }
    return new PartAlignment(partnerOfA, partnerOfB, tierOfA);
  }

  /** The two parts' texts in a fixed order, whichever name they come from. */
  static String pairKey(Part p, Part q) {
    return p.text().compareTo(q.text()) <= 0
        ? p.text() + '\u0000' + q.text()
        : q.text() + '\u0000' + p.text();
  }

  private static boolean sameRole(Part p, Part q) {
    return p.role() == q.role()
        || p.role() == Role.NAME && q.role() == Role.SURNAME
        || p.role() == Role.SURNAME && q.role() == Role.NAME;
  }
}
