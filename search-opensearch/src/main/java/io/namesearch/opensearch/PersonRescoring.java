package io.namesearch.opensearch;

import io.namesearch.search.PersonRanking;
import io.namesearch.search.QueryMode;
import java.io.IOException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.opensearch.index.query.QueryShardContext;
import org.opensearch.index.shard.SearchOperationListener;
import org.opensearch.search.internal.SearchContext;
import org.opensearch.search.rescore.RescoreContext;
import org.opensearch.search.rescore.Rescorer;

/**
 * The person-aware second pass of the {@code russian_name} query ({@code "mode": "person"}, the
 * default), as the library's {@code NameIndex} runs it: on each shard, the best {@link
 * PersonRanking#window} hits of the words query are re-ranked by how they name the person.
 *
 * <p>The user writes one query clause; this listener (registered on every index by {@link
 * RussianNamePlugin}) sees the query when a shard starts its query phase and adds the second pass
 * as a rescorer, as a {@code rescore} section would, so that OpenSearch collects the window,
 * re-ranks it on the shard, and merges the shards by the new scores. It does so when the query is
 * the search's scoring query (alone, boosted, or the one scoring clause of a {@code bool} with
 * filters), the hits are ranked by score (no {@code sort}, {@code search_after}, {@code collapse},
 * scroll or other {@code rescore}), and the text is a personal name; otherwise the words query
 * alone ranks, as in the library. It adds the rescorer again before the fetch phase, where {@code
 * "explain": true} asks it to explain each hit.
 */
final class PersonRescoring implements SearchOperationListener {

  @Override
  public void onPreQueryPhase(SearchContext context) {
    attach(context);
  }

  @Override
  public void onPreFetchPhase(SearchContext context) {
    attach(context);
  }

  /** Adds the person pass to a search whose scoring query is a person-mode name query. */
  static void attach(SearchContext context) {
    if (!context.rescore().isEmpty()
        || context.sort() != null
        || context.searchAfter() != null
        || context.scrollContext() != null
        || context.collapse() != null
        || context.size() <= 0) {
      return; // ours is there already, or the hits are not ranked by score alone
    }
    float[] boost = {1f};
    ShardNameQuery query = scoring(context.query(), boost);
    if (query == null || query.options().mode() != QueryMode.PERSON) {
      return;
    }
    int hits = context.from() + context.size();
    context.addRescore(new Context(hits, query, boost[0], context.getQueryShardContext()));
  }

  /** The name query that gives the scores of {@code q}, or null; multiplies in its boosts. */
  private static ShardNameQuery scoring(Query q, float[] boost) {
    if (q instanceof ShardNameQuery s) {
      return s;
    }
    if (q instanceof BoostQuery b) {
      boost[0] *= b.getBoost();
      return scoring(b.getQuery(), boost);
    }
    if (q instanceof BooleanQuery bq) {
      Query scored = null;
      for (BooleanClause c : bq.clauses()) {
        if (c.occur() == BooleanClause.Occur.FILTER || c.occur() == BooleanClause.Occur.MUST_NOT) {
          continue;
        }
        if (scored != null) {
          return null; // two scoring clauses: the name query's score is not the hit's
        }
        scored = c.query();
      }
      return scored == null ? null : scoring(scored, boost);
    }
    return null;
  }

  /** One search's person pass on one shard. */
  static final class Context extends RescoreContext {
    private final int hits;
    private final ShardNameQuery query;
    private final float boost;
    private final QueryShardContext shard;

    Context(int hits, ShardNameQuery query, float boost, QueryShardContext shard) {
      super(PersonRanking.window(hits), Pass.INSTANCE);
      this.hits = hits;
      this.query = query;
      this.boost = boost;
      this.shard = shard;
    }

    /** The ranking for this searcher's statistics (those of all shards after a DFS phase). */
    Optional<PersonRanking> ranking(IndexSearcher searcher) throws IOException {
      return query.person(searcher);
    }
  }

  /** The rescorer: {@link PersonRanking} over the window, reading words from {@code _source}. */
  enum Pass implements Rescorer {
    INSTANCE;

    @Override
    public TopDocs rescore(TopDocs topDocs, IndexSearcher searcher, RescoreContext rescoreContext)
        throws IOException {
      Context c = (Context) rescoreContext;
      Optional<PersonRanking> ranking = c.ranking(searcher);
      if (ranking.isEmpty() || topDocs.scoreDocs.length == 0) {
        return topDocs;
      }
      int n = Math.min(topDocs.scoreDocs.length, c.getWindowSize());
      ScoreDoc[] docs = new ScoreDoc[n];
      Set<Integer> ids = new HashSet<>();
      for (int i = 0; i < n; i++) {
        ScoreDoc d = topDocs.scoreDocs[i];
        docs[i] = new ScoreDoc(d.doc, d.score, d.shardIndex);
        ids.add(d.doc);
      }
      ranking
          .get()
          .scaled(c.boost)
          .rescore(searcher, docs, c.hits, new SourceTexts(searcher, c.shard));
      c.setRescoredDocs(ids);
      return new TopDocs(topDocs.totalHits, docs);
    }

    @Override
    public Explanation explain(
        int doc, IndexSearcher searcher, RescoreContext rescoreContext, Explanation source)
        throws IOException {
      Context c = (Context) rescoreContext;
      Optional<PersonRanking> ranking = c.ranking(searcher);
      if (ranking.isEmpty() || !source.isMatch()) {
        return source;
      }
      return ranking
          .get()
          .scaled(c.boost)
          .explain(searcher, doc, source, new SourceTexts(searcher, c.shard));
    }
  }
}
