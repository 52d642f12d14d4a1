package io.namesearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.DocIdSetBuilder;

/** A terms clause on one segment: the terms found, and their postings on demand. */
final class TermPostings implements TieredScorer.Clause {
  /** The most terms whose postings are merged as they are read; more are collected first. */
  static final int MAX_UNION = 16;

  private final TermsEnum te;
  private final int maxDoc;
  private final List<BytesRef> terms = new ArrayList<>(2);
  private final List<TermState> states = new ArrayList<>(2);

  TermPostings(TermsEnum te, int maxDoc) {
    this.te = te;
    this.maxDoc = maxDoc;
  }

  void add(BytesRef term, TermState state) {
    terms.add(term);
    states.add(state);
  }

  @Override
  public DocIdSetIterator iterator() throws IOException {
    int n = terms.size();
    if (n <= MAX_UNION) {
      DocIdSetIterator[] postings = new DocIdSetIterator[n];
      for (int i = 0; i < n; i++) {
        te.seekExact(terms.get(i), states.get(i));
        postings[i] = te.postings(null, PostingsEnum.NONE);
      }
      return n == 1 ? postings[0] : new PostingsUnion(postings);
    }
    // many terms (a typo of a short key): their documents in one set, as Lucene's multi-term
    // queries do past 16 terms, read through one reused enum (each new enum allocates and clears
    // its block buffers)
    DocIdSetBuilder docs = new DocIdSetBuilder(maxDoc);
    PostingsEnum reuse = null;
    for (int i = 0; i < n; i++) {
      te.seekExact(terms.get(i), states.get(i));
      reuse = te.postings(reuse, PostingsEnum.NONE);
      docs.add(reuse);
    }
    return docs.build().iterator();
  }
}
