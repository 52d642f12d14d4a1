package io.namesearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;

/**
 * The tiered name query as one query: a sum over groups (one per query word, plus one per joined
 * word) of a disjunction-max over constant-score clauses (the word's tiers and fields).
 *
 * <p>It scores exactly as {@code BooleanQuery} of SHOULD {@code DisjunctionMaxQuery} clauses over
 * {@code BoostQuery(ConstantScoreQuery(q), score)} would: per group, the best clause score plus the
 * tie-breaker times the others (summed in double, as Lucene does), summed over groups ({@link
 * TieredScoreSum}). What it adds is pruning in the way of MaxScore ({@link TieredScorer}): once the
 * collector reports a minimum competitive score, the clauses are split into a non-essential set,
 * whose best possible score together is below that minimum, and the essential rest; only the
 * essential clauses lead the iteration, the others are only checked on the documents found.
 * Constant-score tiers make scores tie a lot, so a top k of documents that match every tier of a
 * name fills early; then the rare clauses alone lead, or, when no document can beat the k-th, the
 * search stops. Lucene's {@code DisjunctionMaxQuery} cannot skip with a non-zero tie-breaker, and
 * {@code BooleanQuery} does not pass the minimum score down to its clauses.
 *
 * <p>Term, term-set and typo clauses are not rewritten: {@link TieredWeight} looks their terms up
 * itself (all terms of a field with one terms enumeration per segment, in term order; a typo
 * clause's by intersecting its automaton with the terms) and reads their postings directly. Other
 * clauses go through their own weights.
 */
final class TieredNameQuery extends Query {

  /**
   * One clause: a query that matches, the constant score it contributes, and the name of its tier
   * (for explanations; empty when it has none).
   */
  record Clause(Query query, float score, String tier) {
    Clause(Query query, float score) {
      this(query, score, "");
    }

    Clause {
      Objects.requireNonNull(query, "query");
      Objects.requireNonNull(tier, "tier");
      if (!(score > 0f) || !Float.isFinite(score)) {
        throw new IllegalArgumentException("clause score must be positive and finite: " + score);
      }
    }
  }

  /** One group of clauses scored as a disjunction-max with this tie-breaker. */
  record Group(List<Clause> clauses, float tieBreaker) {
    Group {
      clauses = List.copyOf(clauses);
      if (clauses.isEmpty()) {
        throw new IllegalArgumentException("empty group");
      }
      if (tieBreaker < 0f || tieBreaker > 1f) {
        throw new IllegalArgumentException("tie-breaker must be in [0, 1]: " + tieBreaker);
      }
    }
  }

  private final List<Group> groups;

  TieredNameQuery(List<Group> groups) {
    this.groups = List.copyOf(groups);
    if (this.groups.isEmpty()) {
      throw new IllegalArgumentException("no groups");
    }
  }

  List<Group> groups() {
    return groups;
  }

  /** Whether the weight reads this clause's terms itself (see the class comment). */
  static boolean termsClause(Query q) {
    return q instanceof TermQuery || q instanceof TermInSetQuery || q instanceof TypoQuery;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    boolean changed = false;
    List<Group> rewritten = new ArrayList<>(groups.size());
    for (Group g : groups) {
      List<Clause> clauses = new ArrayList<>(g.clauses().size());
      for (Clause c : g.clauses()) {
        Query r = termsClause(c.query()) ? c.query() : c.query().rewrite(searcher);
        changed |= r != c.query();
        clauses.add(new Clause(r, c.score(), c.tier()));
      }
      rewritten.add(new Group(clauses, g.tieBreaker()));
    }
    return changed ? new TieredNameQuery(rewritten) : this;
  }

  @Override
  public void visit(QueryVisitor visitor) {
    QueryVisitor v = visitor.getSubVisitor(BooleanClause.Occur.SHOULD, this);
    for (Group g : groups) {
      for (Clause c : g.clauses()) {
        c.query().visit(v);
      }
    }
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    return new TieredWeight(this, searcher, boost);
  }

  @Override
  public String toString(String field) {
    StringBuilder b = new StringBuilder("tiered(");
    for (int g = 0; g < groups.size(); g++) {
      if (g > 0) {
        b.append(' ');
      }
      b.append('(');
      List<Clause> clauses = groups.get(g).clauses();
      for (int i = 0; i < clauses.size(); i++) {
        if (i > 0) {
          b.append(" | ");
        }
        b.append(clauses.get(i).query().toString(field)).append('^').append(clauses.get(i).score());
      }
      b.append(")~").append(groups.get(g).tieBreaker());
    }
    return b.append(')').toString();
  }

  @Override
  public boolean equals(Object o) {
    return sameClassAs(o) && groups.equals(((TieredNameQuery) o).groups);
  }

  @Override
  public int hashCode() {
    return 31 * classHash() + groups.hashCode();
  }
}
