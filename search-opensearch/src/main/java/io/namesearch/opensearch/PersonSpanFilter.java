package io.namesearch.opensearch;

import io.namesearch.search.NameQuery;
import io.namesearch.search.QueryMode;
import io.namesearch.search.SearchOptions;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.util.SetOnce;
import org.opensearch.action.ActionRequest;
import org.opensearch.action.search.SearchAction;
import org.opensearch.action.search.SearchRequest;
import org.opensearch.action.support.ActionFilter;
import org.opensearch.action.support.ActionFilterChain;
import org.opensearch.action.support.ActionRequestMetadata;
import org.opensearch.core.action.ActionListener;
import org.opensearch.core.action.ActionResponse;
import org.opensearch.index.query.BoolQueryBuilder;
import org.opensearch.index.query.QueryBuilder;
import org.opensearch.search.builder.SearchSourceBuilder;
import org.opensearch.tasks.Task;
import org.opensearch.transport.client.Client;

/**
 * Gives a person search ({@code russian_name} in {@code "mode": "person"}) the library's scores.
 *
 * <p>The library scores a hit as its kind of mention's rank times a span, plus its words score, the
 * span made from the best words score of all the documents searched. On a shard, the person pass
 * ({@link PersonRescoring}) sees only that shard's documents, and every shard must set the kinds
 * apart by the same span, or the shards' hits would not merge in the library's order. So, on the
 * node that coordinates a search whose scoring query is a person-mode {@code russian_name} (where
 * {@link PersonRescoring} applies) and whose text is a personal name (the person pass re-ranks no
 * other text), this filter first runs the words query alone, with the same indices, search type,
 * filters and routing, for its best hit only; and gives that hit's score to the query ({@link
 * RussianNameQueryBuilder#withBest}), which carries it to every shard. With {@code
 * search_type=dfs_query_then_fetch} (or one shard) the words scores are the library's, and so are
 * the person scores. If that first search fails or finds nothing, the search goes on as it came,
 * and its shards set the kinds apart by a bound they compute alike ({@code PersonRanking#top()}):
 * the same order, other scores.
 */
final class PersonSpanFilter implements ActionFilter {

  private final SetOnce<Client> client;

  /** A filter that runs the first search with the client set later (at node start-up). */
  PersonSpanFilter(SetOnce<Client> client) {
    this.client = client;
  }

  @Override
  public int order() {
    return 0;
  }

  @Override
  public <Request extends ActionRequest, Response extends ActionResponse> void apply(
      Task task,
      String action,
      Request request,
      ActionRequestMetadata<Request, Response> metadata,
      ActionListener<Response> listener,
      ActionFilterChain<Request, Response> chain) {
    Client c = client.get();
    Target target =
        c != null && SearchAction.NAME.equals(action) && request instanceof SearchRequest s
            ? target(s)
            : null;
    if (target == null) {
      chain.proceed(task, action, request, listener);
      return;
    }
    c.search(
        target.words(),
        ActionListener.wrap(
            response -> {
              float best = response.getHits().getMaxScore();
              if (response.getFailedShards() == 0
                  && response.getHits().getHits().length > 0
                  && best >= 0f
                  && Float.isFinite(best)) {
                target.set().accept(target.query().withBest(best));
              }
              chain.proceed(task, action, request, listener);
            },
            e -> chain.proceed(task, action, request, listener)));
  }

  /**
   * A search's person query: the words search to run first, the query, and where to put it back.
   */
  private record Target(
      SearchRequest words, RussianNameQueryBuilder query, Consumer<QueryBuilder> set) {}

  /**
   * The person query of a search whose hits the person pass re-ranks ({@link
   * PersonRescoring#attach}'s conditions): the query itself, or the one scoring clause of a {@code
   * bool} whose other clauses are filters. Null for any other search.
   */
  private static Target target(SearchRequest search) {
    SearchSourceBuilder source = search.source();
    if (source == null
        || search.scroll() != null
        || source.size() == 0
        || (source.sorts() != null && !source.sorts().isEmpty())
        || source.searchAfter() != null
        || source.collapse() != null
        || (source.rescores() != null && !source.rescores().isEmpty())) {
      return null;
    }
    QueryBuilder q = source.query();
    if (q instanceof RussianNameQueryBuilder n) {
      return person(n) ? new Target(words(search, n.words()), n, source::query) : null;
    }
    if (!(q instanceof BoolQueryBuilder b) || b.must().size() + b.should().size() != 1) {
      return null;
    }
    List<QueryBuilder> clauses = b.must().isEmpty() ? b.should() : b.must();
    if (!(clauses.get(0) instanceof RussianNameQueryBuilder n) || !person(n)) {
      return null;
    }
    BoolQueryBuilder w = new BoolQueryBuilder().adjustPureNegative(b.adjustPureNegative());
    b.filter().forEach(w::filter);
    b.mustNot().forEach(w::mustNot);
    if (b.must().isEmpty()) {
      w.should(n.words()).minimumShouldMatch(b.minimumShouldMatch());
    } else {
      w.must(n.words());
    }
    return new Target(words(search, w), n, with -> clauses.set(0, with));
  }

  /**
   * Whether {@code n} is a person-mode query whose text is a personal name (the words query alone
   * ranks any other text: no first search is needed).
   */
  private static boolean person(RussianNameQueryBuilder n) {
    if (n.mode() != QueryMode.PERSON || !Float.isNaN(n.best())) {
      return false;
    }
    // whether the text is a personal name does not depend on the index: ask an empty one
    try (IndexReader empty = new MultiReader()) {
      SearchOptions options =
          SearchOptions.builder().tiers(n.tiers()).mode(QueryMode.PERSON).build();
      return NameQuery.person(n.text(), options, n.fields(), empty, NameQuery.Statistics.of(empty))
          .isPresent();
    } catch (IOException | RuntimeException e) {
      return false; // the shards fail the search with the error, or rank by the bound
    }
  }

  /** The search for the best hit of {@code query}, over the same documents as {@code search}. */
  private static SearchRequest words(SearchRequest search, QueryBuilder query) {
    SearchSourceBuilder source = search.source();
    SearchSourceBuilder words =
        new SearchSourceBuilder()
            .query(query)
            .size(1)
            .fetchSource(false)
            .trackTotalHits(false)
            .postFilter(source.postFilter());
    if (source.minScore() != null) {
      words.minScore(source.minScore());
    }
    if (source.timeout() != null) {
      words.timeout(source.timeout());
    }
    SearchRequest r = new SearchRequest();
    if (source.pointInTimeBuilder() != null) {
      words.pointInTimeBuilder(source.pointInTimeBuilder());
    } else {
      r.indices(search.indices()).indicesOptions(search.indicesOptions());
    }
    return r.source(words)
        .routing(search.routing())
        .preference(search.preference())
        .searchType(search.searchType())
        .requestCache(false);
  }
}
