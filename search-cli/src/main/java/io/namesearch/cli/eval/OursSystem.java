package io.namesearch.cli.eval;

/**
 * The product ({@code io.namesearch.search.NameIndex}) as an {@link EvalSystem}.
 *
 * <p>TODO(main engineer): the NameIndex API does not exist on the {@code eval} branch yet. Once it
 * does, uncomment the adapter below and the {@code register} line in {@link
 * #registerIfAvailable()}; nothing else in the eval package has to change. Documents are added
 * with their ordinal as the id, so hits map straight back to ordinals.
 */
final class OursSystem {

  private OursSystem() {}

  /** Called once from {@link EvalSystems}' static initialiser. */
  static void registerIfAvailable() {
    // EvalSystems.register(EvalSystems.OURS, OursAdapter::new);
  }

  /*
  static final class OursAdapter implements EvalSystem {

    private io.namesearch.search.NameIndex index;

    @Override
    public String name() {
      return EvalSystems.OURS;
    }

    @Override
    public void index(java.util.List<String> documents) throws java.io.IOException {
      index = io.namesearch.search.NameIndex.builder().build(); // in-memory
      for (int i = 0; i < documents.size(); i++) {
        index.add(
            io.namesearch.search.Document.builder(Integer.toString(i))
                .title(documents.get(i))
                .body("")
                .build());
      }
      index.commit();
    }

    @Override
    public int[] search(String query, int depth) throws java.io.IOException {
      io.namesearch.search.SearchResult r =
          index.search(
              query,
              io.namesearch.search.SearchOptions.builder().limit(depth).highlight(false).build());
      int n = Math.min(depth, r.hits().size());
      int[] ordinals = new int[n];
      for (int i = 0; i < n; i++) {
        ordinals[i] = Integer.parseInt(r.hits().get(i).id());
      }
      return ordinals;
    }

    @Override
    public void close() throws java.io.IOException {
      if (index != null) {
        index.close();
      }
    }
  }
  */
}
