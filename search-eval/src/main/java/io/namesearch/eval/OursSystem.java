package io.namesearch.eval;

import io.namesearch.search.Document;
import io.namesearch.search.NameIndex;
import io.namesearch.search.SearchOptions;
import io.namesearch.search.SearchResult;
import java.io.IOException;
import java.util.List;

/**
 * The product ({@code io.namesearch.search.NameIndex}) as an {@link EvalSystem}: each document is
 * added with its ordinal as id and the name as title, and searched with default options, minus
 * snippets and explanations.
 */
final class OursSystem implements EvalSystem {

  private NameIndex index;

  @Override
  public String name() {
    return EvalSystems.OURS;
  }

  @Override
  public void index(List<String> documents) throws IOException {
    index = NameIndex.builder().build(); // in memory
    for (int i = 0; i < documents.size(); i++) {
      index.add(Document.builder(Integer.toString(i)).title(documents.get(i)).build());
    }
    index.commit();
  }

  @Override
  public int[] search(String query, int depth) throws IOException {
    SearchResult r;
    try {
      r =
          index.search(
              query, SearchOptions.builder().limit(depth).fetch(SearchOptions.Fetch.ID).build());
    } catch (IllegalArgumentException e) {
      return new int[0]; // no searchable words: nothing found
    }
    int n = Math.min(depth, r.hits().size());
    int[] ordinals = new int[n];
    for (int i = 0; i < n; i++) {
      ordinals[i] = Integer.parseInt(r.hits().get(i).id());
    }
    return ordinals;
  }

  @Override
  public void close() throws IOException {
    if (index != null) {
      index.close();
    }
  }
}
