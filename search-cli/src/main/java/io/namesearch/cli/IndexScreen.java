package io.namesearch.cli;

import io.namesearch.engine.MatchTier;
import io.namesearch.engine.NameMatch;
import io.namesearch.engine.NameMatcher;
import io.namesearch.search.Hit;
import io.namesearch.search.NameIndex;
import io.namesearch.search.SearchOptions;
import io.namesearch.search.SearchResult;
import io.namesearch.search.WordMatch;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Screening against the index: the listed name is the query; each hit's matched document words are
 * taken as the name the document mentions and scored with the matcher.
 *
 * <p>Explaining a hit (which document words matched) costs most of a screen, so hits are asked for
 * a page at a time: first as many as may be reported ({@code --limit}), then, only when fewer of
 * them reach the threshold, the rest of the window of {@code 3 × limit} (at least 20) hits that a
 * listed name is compared with.
 */
final class IndexScreen implements ScreenTarget {
  private final NameIndex index;
  private final NameMatcher matcher;
  private final int limit;
  private final int window;
  private final boolean nicknames;

  IndexScreen(NameIndex index, NameMatcher matcher, int limit, boolean nicknames) {
    this.index = index;
    this.matcher = matcher;
    this.limit = limit;
    this.window = Math.min(SearchOptions.MAX_LIMIT, Math.max(20, 3 * limit));
    this.nicknames = nicknames;
  }

  @Override
  public List<ScreenRow> screen(int line, NameMatcher.Name name) throws IOException {
    List<ScreenRow> rows = new ArrayList<>();
    int offset = 0;
    int page = Math.min(limit, window);
    while (true) {
      SearchOptions o =
          SearchOptions.builder()
              .limit(page)
              .offset(offset)
              .snippets(0)
              .tier(MatchTier.NICKNAME, nicknames)
              .build();
      SearchResult result = index.search(name.text(), o);
      for (Hit hit : result.hits()) {
        score(line, name, hit, rows);
      }
      offset += result.hits().size();
      if (rows.size() >= limit
          || result.hits().size() < page
          || offset >= window
          || offset >= result.totalHits()) {
        break;
      }
      page = window - offset;
    }
    rows.sort(Comparator.comparingDouble(ScreenRow::score).reversed());
    return rows.size() > limit ? new ArrayList<>(rows.subList(0, limit)) : rows;
  }

  /** Scores the name a hit mentions against the listed name; a match is added to the rows. */
  private void score(int line, NameMatcher.Name name, Hit hit, List<ScreenRow> rows) {
    // the document word each query word matched first (a document may spell it twice)
    Map<String, String> byQueryWord = new LinkedHashMap<>();
    for (WordMatch m : hit.matches()) {
      byQueryWord.putIfAbsent(m.queryWord(), m.documentWord());
    }
    Set<String> words = new LinkedHashSet<>(byQueryWord.values());
    if (words.isEmpty()) {
      return;
    }
    NameMatch m;
    try {
      m = matcher.match(name, matcher.prepare(String.join(" ", words)));
    } catch (IllegalArgumentException e) {
      return; // the document words are no name (digits only)
    }
    if (m.match()) {
      rows.add(new ScreenRow(line, name.text(), hit.id(), hit.title(), m.score(), m.explanation()));
    }
  }
}
