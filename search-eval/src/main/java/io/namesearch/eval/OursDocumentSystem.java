package io.namesearch.eval;

import io.namesearch.search.Document;
import io.namesearch.search.NameIndex;
import io.namesearch.search.QueryMode;
import io.namesearch.search.SearchOptions;
import io.namesearch.search.SearchResult;
import java.io.IOException;
import java.util.List;

/** The product on a document collection: each document is one body, searched for people. */
final class OursDocumentSystem implements EvalSystem {
  private final boolean words;
  private NameIndex index;

  OursDocumentSystem(boolean words) {
    this.words = words;
  }

  @Override
  public String name() {
    return words ? "ours-words" : "ours";
  }

  @Override
  public void index(List<String> documents) throws IOException {
    index = NameIndex.builder().build();
    for (int i = 0; i < documents.size(); i++) {
      index.add(Document.builder(Integer.toString(i)).body(documents.get(i)).build());
    }
    index.commit();
  }

  @Override
  public int[] search(String query, int depth) throws IOException {
    SearchOptions.Builder b =
        SearchOptions.builder()
            .limit(depth)
            .fetch(SearchOptions.Fetch.ID)
            .mode(words ? QueryMode.WORDS : QueryMode.PERSON);
    SearchResult r;
    try {
      r = index.search(query, b.build());
    } catch (IllegalArgumentException e) {
      return new int[0];
    }
    int[] out = new int[r.hits().size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = Integer.parseInt(r.hits().get(i).id());
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    if (index != null) {
      index.close();
    }
  }
}
