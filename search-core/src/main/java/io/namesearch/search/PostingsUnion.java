package io.namesearch.search;

import java.io.IOException;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * The documents of any of a few postings lists: a term-set clause of {@link TieredWeight}, whose
 * terms score alike. A linear scan over the lists, which beats a heap for the handful of terms a
 * tier has.
 */
final class PostingsUnion extends DocIdSetIterator {

  private final DocIdSetIterator[] subs;
  private final long cost;
  private int doc = -1;

  PostingsUnion(DocIdSetIterator[] subs) {
    this.subs = subs;
    long c = 0;
    for (DocIdSetIterator s : subs) {
      c += s.cost();
    }
    this.cost = c;
  }

  @Override
  public int docID() {
    return doc;
  }

  @Override
  public int nextDoc() throws IOException {
    // the lists on the current document step to their next one; nextDoc is cheaper than advance,
    // which searches the block for the target (a tenth of a Typo query's samples at 10k)
    int min = NO_MORE_DOCS;
    for (DocIdSetIterator s : subs) {
      int d = s.docID();
      if (d <= doc) {
        d = s.nextDoc();
      }
      if (d < min) {
        min = d;
      }
    }
    return doc = min;
  }

  @Override
  public int advance(int target) throws IOException {
    int min = NO_MORE_DOCS;
    for (DocIdSetIterator s : subs) {
      int d = s.docID();
      if (d < target) {
        d = s.advance(target);
      }
      if (d < min) {
        min = d;
      }
    }
    return doc = min;
  }

  @Override
  public long cost() {
    return cost;
  }
}
