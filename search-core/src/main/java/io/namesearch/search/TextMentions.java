package io.namesearch.search;

import static io.namesearch.search.MentionTokens.gapOk;
import static io.namesearch.search.MentionTokens.initialOf;
import static io.namesearch.search.MentionTokens.isInitialToken;
import static io.namesearch.search.MentionTokens.isMiddle;
import static io.namesearch.search.MentionTokens.token;

import io.namesearch.engine.MatchTier;
import io.namesearch.engine.NameEngine;
import io.namesearch.search.PersonRescorer.Found;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A person mention read from a document's text around each surname position, where the positions
 * alone do not settle it ({@link PersonRescorer}): an initial ({@code D.}, {@code Д. А.}), a case
 * form or diminutive of the given name, another given name (a namesake), or the surname alone.
 */
final class TextMentions {

  private final NameEngine engine;
  private final PersonName name;
  private final MentionTokens tokens;

  /** The letters the query's given name (or initial) may begin with, in Cyrillic readings. */
  private final Set<String> givenReadings;

  /** The forms of the nickname table the query's given name may be. */
  private final Set<Integer> givenIds;

  TextMentions(NameEngine engine, PersonName name, String givenText, MentionTokens tokens) {
    this.engine = engine;
    this.name = name;
    this.tokens = tokens;
    this.givenReadings = Initials.ofName(givenText);
    this.givenIds = PersonName.firstNameIds(engine, givenText);
  }

  /**
   * The best mention in one field, from the words around each surname in the text: the best mention
   * that may be this person's (or null), and the first namesake's (or null).
   */
  Found[] fromText(String field, String text, PersonPositions p) throws IOException {
    Map<Integer, MatchTier> given = p.of(field, 0);
    Map<Integer, MatchTier> patronymic = p.of(field, 1);
    Map<Integer, MatchTier> surnames = p.of(field, 2);
    // the words up to the one after the last surname are all that is looked at
    int[][] offsets = tokens.offsets(text, Collections.max(surnames.keySet()) + 1);
    Found best = null;
    boolean other = false;
    Found otherFound = null;
    int n = offsets[0].length;
    for (int s : PersonPositions.sorted(surnames.keySet())) {
      if (s >= n || !Character.isUpperCase(text.charAt(offsets[0][s]))) {
        continue; // a surname is capitalised: 'police' is no typo of Paljuga
      }
      MatchTier st = surnames.get(s);
      Found f = null;
      boolean namesake = false;
      int otherFrom = s;
      int otherTo = s;
      // left: initials (D. A. Palyuga), a first name, a first name and a middle word
      int q = s - 1;
      int initials = 0;
      while (q >= 0
          && initials < 2
          && isInitialToken(text, offsets, q)
          && gapOk(text, offsets, q, q + 1, false)) {
        initials++;
        q--;
      }
      if (initials > 0) {
        int gi = q + 1;
        if (initialMatches(initialOf(token(text, offsets, gi)))) {
          f =
              new Found(
                  name.givenIsInitial() ? PersonMention.Kind.FULL_NAME : PersonMention.Kind.INITIAL,
                  field,
                  gi,
                  s,
                  List.of(st));
        } else {
          namesake = true;
          otherFrom = gi;
        }
      } else if (s - 1 >= 0 && gapOk(text, offsets, s - 1, s, false)) {
        Found g = givenAt(field, text, offsets, s - 1, s, st, given, true);
        if (g == null
            && s - 2 >= 0
            && gapOk(text, offsets, s - 2, s - 1, false)
            && (patronymic.containsKey(s - 1) || isMiddle(token(text, offsets, s - 1)))) {
          g = givenAt(field, text, offsets, s - 2, s, st, given, true);
        }
        if (g != null && g.kind() == PersonMention.Kind.NAMESAKE) {
          namesake = true;
          otherFrom = g.from();
        } else {
          f = g;
        }
      }
      // right: Palyuga D. A., Palyuga Dmitry, PALYUGA, Dmitry
      if (f == null && !namesake && s + 1 < n && gapOk(text, offsets, s, s + 1, true)) {
        if (isInitialToken(text, offsets, s + 1)) {
          if (initialMatches(initialOf(token(text, offsets, s + 1)))) {
            f =
                new Found(
                    name.givenIsInitial()
                        ? PersonMention.Kind.FULL_NAME
                        : PersonMention.Kind.INITIAL,
                    field,
                    s,
                    s + 1,
                    List.of(st));
          } else {
            namesake = true;
            otherTo = s + 1;
          }
        } else {
          Found g = givenAt(field, text, offsets, s + 1, s, st, given, false);
          if (g != null && g.kind() == PersonMention.Kind.NAMESAKE) {
            namesake = true;
            otherTo = g.to();
          } else {
            f = g;
          }
        }
      }
      if (f == null && !namesake) {
        f = new Found(PersonMention.Kind.SURNAME, field, s, s, List.of(st));
      }
      if (namesake) {
        other = true;
        if (otherFound == null) {
          otherFound = new Found(PersonMention.Kind.NAMESAKE, field, otherFrom, otherTo, List.of());
        }
        continue;
      }
      if (best == null || f.kind().compareTo(best.kind()) < 0) {
        best = f;
      }
      if (best.kind() == PersonMention.Kind.FULL_NAME) {
        break;
      }
    }
    return new Found[] {best, other ? otherFound : null};
  }

  /**
   * The word at {@code g} next to the surname at {@code s}: this person's given name (a full
   * mention), a diminutive or equivalent of it (as an initial), another first name (a namesake), or
   * null.
   */
  private Found givenAt(
      String field,
      String text,
      int[][] offsets,
      int g,
      int s,
      MatchTier st,
      Map<Integer, MatchTier> given,
      boolean left) {
    int from = Math.min(g, s);
    int to = Math.max(g, s);
    String w = token(text, offsets, g);
    if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
      return null; // names are capitalised: 'решение' is no typo of Roman
    }
    if (given.containsKey(g) && given.get(g) != MatchTier.FUZZY && !name.givenIsInitial()) {
      return PersonPositions.full(
          field, from, to, left ? List.of(given.get(g), st) : List.of(st, given.get(g)));
    }
    // A typo of the given name is no evidence by itself: capitalised words near a surname
    // (Защита Песадцева, at the start of a sentence) are one edit from many first names. A case
    // form of the same first name is (Павла for Pavel, where the keys differ).
    Set<Integer> ids = PersonName.firstNameIds(engine, w);
    if (ids.isEmpty()) {
      return null;
    }
    if (!name.givenIsInitial() && Initials.overlap(ids, givenIds)) {
      MatchTier gt = given.getOrDefault(g, MatchTier.FAMILY);
      return PersonPositions.full(field, from, to, left ? List.of(gt, st) : List.of(st, gt));
    }
    List<String> keys = engine.keys(w);
    if (name.givenIsInitial()) {
      if (Initials.overlap(Initials.ofName(w), givenReadings)) {
        return PersonPositions.full(field, from, to, List.of(st));
      }
      return new Found(PersonMention.Kind.NAMESAKE, field, from, to, List.of());
    }
    for (String k : keys) {
      if (name.equivalents().contains(k)) {
        return new Found(
            PersonMention.Kind.INITIAL, field, from, to, List.of(MatchTier.NICKNAME, st));
      }
    }
    return new Found(PersonMention.Kind.NAMESAKE, field, from, to, List.of());
  }

  /** Whether an initial as written (D, Zh, Я) can be this person's given name's. */
  private boolean initialMatches(String initial) {
    return Initials.overlap(Initials.ofInitial(initial), givenReadings);
  }
}
