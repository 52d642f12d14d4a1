package io.namesearch.search;

import io.namesearch.engine.MatchTier;
import io.namesearch.search.PersonRescorer.Found;
import io.namesearch.search.PersonRescorer.TierClause;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Where a person query's given name, patronymic and surname stand in one document, per text field,
 * with the best tier at each position, read from the postings of the first pass's own tier clauses
 * ({@link PersonRescorer}); and the full-name mention those positions alone show, if any.
 */
final class PersonPositions {

  /** Per field, per role (given, patronymic, surname), the best tier at each position. */
  final Map<String, List<Map<Integer, MatchTier>>> byField = new HashMap<>();

  /** The positions of one role in one field, with their tiers. */
  Map<Integer, MatchTier> of(String field, int role) {
    List<Map<Integer, MatchTier>> roles = byField.get(field);
    return roles == null ? Map.of() : roles.get(role);
  }

  /**
   * Reads the positions of the query's roles ({@code roles}: the query words of the given name,
   * patronymic and surname, -1 for none) in each document ({@code docs}: the first pass's hits,
   * best first) from the postings of the clauses. The surname's typo clauses, whose automata must
   * be run over each segment's terms, are read last, and only for the documents that could still
   * enter the first {@code limit} as full names: once the other clauses show {@code limit}
   * documents naming {@code name} in full, those rank first in this order (see {@link
   * PersonRescorer}), and a document after the last of them cannot enter; a document before it that
   * the other clauses show in full is one already.
   */
  static PersonPositions[] read(
      IndexSearcher searcher,
      ScoreDoc[] docs,
      List<String> fields,
      List<TierClause> clauses,
      int[] roles,
      PersonName name,
      int limit)
      throws IOException {
    PersonPositions[] out = new PersonPositions[docs.length];
    for (int i = 0; i < docs.length; i++) {
      out[i] = new PersonPositions();
    }
    List<Integer> all = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      all.add(i);
    }
    // a typo of the given name or patronymic is no evidence (see givenAt): it is never read
    read(
        searcher, docs, all, fields, clauses, roles, out, (c, role) -> c.tier() != MatchTier.FUZZY);
    List<Integer> partial = new ArrayList<>();
    int full = 0;
    for (int i = 0; i < docs.length && full < limit; i++) {
      if (out[i].fullMention(fields, name) == null) {
        partial.add(i);
      } else {
        full++;
      }
    }
    if (!partial.isEmpty()) {
      read(
          searcher,
          docs,
          partial,
          fields,
          clauses,
          roles,
          out,
          (c, role) -> role == 2 && c.tier() == MatchTier.FUZZY);
    }
    return out;
  }

  /** Which clauses one pass reads, for the role they would fill. */
  private interface ClauseFilter {
    boolean reads(TierClause clause, int role);
  }

  /**
   * One pass over the postings of the clauses {@code filter} takes, for the documents {@code
   * which}.
   */
  private static void read(
      IndexSearcher searcher,
      ScoreDoc[] docs,
      List<Integer> which,
      List<String> fields,
      List<TierClause> clauses,
      int[] roles,
      PersonPositions[] out,
      ClauseFilter filter)
      throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    Integer[] byDoc = which.toArray(new Integer[0]);
    Arrays.sort(byDoc, (a, b) -> Integer.compare(docs[a].doc, docs[b].doc));
    int k = 0;
    while (k < byDoc.length) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[byDoc[k]].doc, leaves));
      int end = leaf.docBase + leaf.reader().maxDoc();
      int to = k;
      while (to < byDoc.length && docs[byDoc[to]].doc < end) {
        to++;
      }
      for (String field : fields) {
        Terms terms = leaf.reader().terms(field);
        if (terms == null) {
          continue;
        }
        for (int role = 0; role < roles.length; role++) {
          if (roles[role] < 0) {
            continue;
          }
          List<PostingsEnum> postings = new ArrayList<>();
          List<MatchTier> tiers = new ArrayList<>();
          for (TierClause c : clauses) {
            if (c.word() == roles[role] && c.field().equals(field) && filter.reads(c, role)) {
              addPostings(terms, c, postings, tiers);
            }
          }
          for (int j = k; j < to && !postings.isEmpty(); j++) {
            int i = byDoc[j];
            int doc = docs[i].doc - leaf.docBase;
            Map<Integer, MatchTier> at = null;
            for (int p = 0; p < postings.size(); p++) {
              PostingsEnum pe = postings.get(p);
              int d = pe.docID();
              if (d < doc) {
                d = pe.advance(doc);
              }
              if (d != doc) {
                continue;
              }
              if (at == null) {
                at = out[i].role(field, role);
              }
              MatchTier tier = tiers.get(p);
              for (int f = pe.freq(); f > 0; f--) {
                at.merge(pe.nextPosition(), tier, (a, b) -> a.compareTo(b) <= 0 ? a : b);
              }
            }
          }
        }
      }
      k = to;
    }
  }

  /** The positions of one role in one field, to be filled. */
  private Map<Integer, MatchTier> role(String field, int role) {
    return byField
        .computeIfAbsent(
            field,
            x -> {
              List<Map<Integer, MatchTier>> l = new ArrayList<>();
              for (int n = 0; n < 3; n++) {
                l.add(new HashMap<>());
              }
              return l;
            })
        .get(role);
  }

  private static void addPostings(
      Terms terms, TierClause c, List<PostingsEnum> postings, List<MatchTier> tiers)
      throws IOException {
    if (c.query() instanceof TermQuery tq) {
      TermsEnum te = terms.iterator();
      if (te.seekExact(tq.getTerm().bytes())) {
        postings.add(te.postings(null, PostingsEnum.POSITIONS));
        tiers.add(c.tier());
      }
    } else if (c.query() instanceof MultiTermQuery mtq) {
      TermsEnum te = mtq.getTermsEnum(terms);
      while (te.next() != null) {
        postings.add(te.postings(null, PostingsEnum.POSITIONS));
        tiers.add(c.tier());
      }
    }
  }

  /** A full-name mention from the positions alone, or null. */
  Found fullMention(List<String> fields, PersonName name) {
    for (String field : fields) {
      if (!of(field, 2).isEmpty()) {
        Found f = fromPositions(field, name);
        if (f != null) {
          return f;
        }
      }
    }
    return null;
  }

  /** A full-name mention found from positions alone, or null. */
  private Found fromPositions(String field, PersonName name) {
    Map<Integer, MatchTier> given = of(field, 0);
    Map<Integer, MatchTier> patronymic = of(field, 1);
    if (given.isEmpty() || name.givenIsInitial()) {
      return null; // an initial query word also matches prepositions: the text decides
    }
    for (int s : sorted(of(field, 2).keySet())) {
      MatchTier st = of(field, 2).get(s);
      for (int dir = -1; dir <= 1; dir += 2) {
        int g = s + dir;
        if (given.containsKey(g) && given.get(g) != MatchTier.FUZZY) {
          return full(
              field,
              Math.min(g, s),
              Math.max(g, s),
              dir < 0 ? List.of(given.get(g), st) : List.of(st, given.get(g)));
        }
        int g2 = s + 2 * dir;
        if (given.containsKey(g2)
            && given.get(g2) != MatchTier.FUZZY
            && patronymic.containsKey(s + dir)) {
          MatchTier pt = patronymic.get(s + dir);
          return full(
              field,
              Math.min(g2, s),
              Math.max(g2, s),
              dir < 0 ? List.of(given.get(g2), pt, st) : List.of(st, pt, given.get(g2)));
        }
      }
    }
    return null;
  }

  static Found full(String field, int from, int to, List<MatchTier> tiers) {
    return new Found(PersonMention.Kind.FULL_NAME, field, from, to, tiers);
  }

  static List<Integer> sorted(Set<Integer> s) {
    List<Integer> l = new ArrayList<>(s);
    l.sort(null);
    return l;
  }
}
