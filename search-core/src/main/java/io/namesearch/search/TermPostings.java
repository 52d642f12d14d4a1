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
    PostingsEnum[] postings = new PostingsEnum[terms.size()];
    for (int i = 0; i < postings.length; i++) {
      te.seekExact(terms.get(i), states.get(i));
      postings[i] = te.postings(null, PostingsEnum.NONE);
    }
    if (postings.length <= MAX_UNION) {
      return postings.length == 1 ? postings[0] : new PostingsUnion(postings);
    }
    // many terms (a typo of a short key): their documents in one set, as Lucene's multi-term
    // queries do past 16 terms
    DocIdSetBuilder docs = new DocIdSetBuilder(maxDoc);
    for (PostingsEnum pe : postings) {
      docs.add(pe);
    }
    return docs.build().iterator();
  }
}
