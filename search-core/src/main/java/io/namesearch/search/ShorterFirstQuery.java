package io.namesearch.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.SmallFloat;

/**
 * Multiplies the scores of a query by a factor just above 1 that favours shorter documents: of two
 * documents that match the same words at the same tiers, the one with fewer other words is the
 * closer match, as BM25's length normalisation has it. The factor is {@code 1 + }{@value
 * #LENGTH_BONUS}{@code / (1 + words)}, with the words counted from the norms of the text fields
 * (stacked keys do not count). It is far less than the gap between two tiers, so it only orders
 * documents that would otherwise tie.
 *
 * <p>Skipping survives: the wrapped scorer's maximum score is scaled by the largest factor, and a
 * minimum competitive score is passed down divided by it.
 */
final class ShorterFirstQuery extends Query {

  /** The most a document without words adds, as a fraction of its score. */
  static final float LENGTH_BONUS = 1f / 128;

  private static final float MAX_FACTOR = 1f + LENGTH_BONUS;

  private final Query in;
  private final String[] fields;

  ShorterFirstQuery(Query in, String... fields) {
    this.in = Objects.requireNonNull(in, "in");
    this.fields = fields.clone();
  }

  static float factor(long words) {
    return 1f + LENGTH_BONUS / (1f + words);
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query r = in.rewrite(searcher);
    return r == in ? this : new ShorterFirstQuery(r, fields);
  }

  @Override
  public void visit(QueryVisitor visitor) {
    in.visit(visitor.getSubVisitor(org.apache.lucene.search.BooleanClause.Occur.MUST, this));
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    Weight inner = in.createWeight(searcher, scoreMode, boost);
    if (!scoreMode.needsScores()) {
      return inner;
    }
    return new FilterWeight(this, inner) {
      @Override
      public Explanation explain(LeafReaderContext context, int doc) throws IOException {
        Explanation e = inner.explain(context, doc);
        if (!e.isMatch()) {
          return e;
        }
        long words = words(norms(context), doc);
        float f = factor(words);
        return Explanation.match(
            e.getValue().floatValue() * f,
            "times " + f + ", shorter documents first (" + words + " words), of:",
            e);
      }

      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
        ScorerSupplier ss = inner.scorerSupplier(context);
        if (ss == null) {
          return null;
        }
        NumericDocValues[] norms = norms(context);
        return new ScorerSupplier() {
          @Override
          public Scorer get(long leadCost) throws IOException {
            return new LengthScorer(ss.get(leadCost), norms);
          }

          @Override
          public long cost() {
            return ss.cost();
          }
        };
      }
    };
  }

  private NumericDocValues[] norms(LeafReaderContext context) throws IOException {
    NumericDocValues[] norms = new NumericDocValues[fields.length];
    for (int i = 0; i < fields.length; i++) {
      norms[i] = context.reader().getNormValues(fields[i]);
    }
    return norms;
  }

  /** The words of a document in the fields, from their norms (each positioned at most once). */
  private static long words(NumericDocValues[] norms, int doc) throws IOException {
    long words = 0;
    for (NumericDocValues n : norms) {
      if (n != null && n.advanceExact(doc)) {
        words += SmallFloat.byte4ToInt((byte) n.longValue());
      }
    }
    return words;
  }

  private static final class LengthScorer extends Scorer {
    private final Scorer in;
    private final NumericDocValues[] norms;

    LengthScorer(Scorer in, NumericDocValues[] norms) {
      this.in = in;
      this.norms = norms;
    }

    @Override
    public int docID() {
      return in.docID();
    }

    @Override
    public DocIdSetIterator iterator() {
      return in.iterator();
    }

    @Override
    public TwoPhaseIterator twoPhaseIterator() {
      return in.twoPhaseIterator();
    }

    @Override
    public float score() throws IOException {
      return in.score() * factor(words(norms, in.docID()));
    }

    @Override
    public int advanceShallow(int target) throws IOException {
      return in.advanceShallow(target);
    }

    @Override
    public float getMaxScore(int upTo) throws IOException {
      return in.getMaxScore(upTo) * MAX_FACTOR;
    }

    @Override
    public void setMinCompetitiveScore(float minScore) throws IOException {
      // a document the wrapped scorer scores below minScore / MAX_FACTOR cannot reach minScore;
      // rounded down so that rounding never drops a competitive document
      in.setMinCompetitiveScore(Math.nextDown(minScore / MAX_FACTOR));
    }
  }

  @Override
  public String toString(String field) {
    return "shorterFirst(" + in.toString(field) + ")";
  }

  @Override
  public boolean equals(Object o) {
    return sameClassAs(o)
        && in.equals(((ShorterFirstQuery) o).in)
        && java.util.Arrays.equals(fields, ((ShorterFirstQuery) o).fields);
  }

  @Override
  public int hashCode() {
    return 31 * classHash() + in.hashCode();
  }
}
