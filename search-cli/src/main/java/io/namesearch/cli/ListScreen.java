package io.namesearch.cli;

import io.namesearch.engine.NameMatch;
import io.namesearch.engine.NameMatcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Screening against another list, held in memory: its names are filed under their blocking keys
 * ({@link NameMatcher#blockingKeysByPart}); a listed name is compared only with the names that
 * share a key with one of its parts (two parts when a block is very large).
 */
final class ListScreen implements ScreenTarget {
  private final NameMatcher matcher;
  private final String[] names;
  private final int[] lines;
  private final Map<String, int[]> blocks;
  private final int limit;

  private ListScreen(
      NameMatcher matcher, String[] names, int[] lines, Map<String, int[]> blocks, int limit) {
    this.matcher = matcher;
    this.names = names;
    this.lines = lines;
    this.blocks = blocks;
    this.limit = limit;
  }

  static ListScreen load(
      NameMatcher matcher, Path file, String column, int limit, PrintWriter err, int[] errors)
      throws IOException {
    List<String> names = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    Map<String, List<Integer>> byKey = new HashMap<>();
    try (NameListReader reader = new NameListReader(Files.newInputStream(file), file, column)) {
      List<NameListReader.Entry> chunk = new ArrayList<>();
      List<String> readErrors = new ArrayList<>();
      boolean more = true;
      while (more) {
        chunk.clear();
        readErrors.clear();
        more = reader.next(chunk, readErrors, 4096);
        for (String e : readErrors) {
          err.println("search: screen: " + e);
          errors[0]++;
        }
        for (NameListReader.Entry e : chunk) {
          NameMatcher.Name n;
          try {
            n = matcher.prepare(e.name());
          } catch (IllegalArgumentException ex) {
            err.println("search: screen: " + file + " line " + e.line() + ": " + ex.getMessage());
            errors[0]++;
            continue;
          }
          int id = names.size();
          names.add(e.name());
          lines.add(e.line());
          for (String k : matcher.blockingKeys(n)) {
            byKey.computeIfAbsent(k, x -> new ArrayList<>(2)).add(id);
          }
        }
      }
    }
    Map<String, int[]> blocks = new HashMap<>(byKey.size() * 2);
    byKey.forEach((k, ids) -> blocks.put(k, ids.stream().mapToInt(Integer::intValue).toArray()));
    return new ListScreen(
        matcher,
        names.toArray(String[]::new),
        lines.stream().mapToInt(Integer::intValue).toArray(),
        blocks,
        limit);
  }

  @Override
  public List<ScreenRow> screen(int line, NameMatcher.Name name) {
    List<Set<String>> parts = matcher.blockingKeysByPart(name);
    // candidate -> how many parts of the listed name share a key with it
    Map<Integer, Integer> partsHit = new HashMap<>();
    int pool = 0;
    for (Set<String> keys : parts) {
      Set<Integer> seen = new HashSet<>();
      for (String k : keys) {
        int[] ids = blocks.get(k);
        if (ids == null) {
          continue;
        }
        pool += ids.length;
        for (int id : ids) {
          if (seen.add(id)) {
            partsHit.merge(id, 1, Integer::sum);
          }
        }
      }
    }
    int need = pool > ScreenCommand.BIG_BLOCK && parts.size() > 1 ? 2 : 1;
    List<ScreenRow> rows = new ArrayList<>();
    for (Map.Entry<Integer, Integer> c : partsHit.entrySet()) {
      if (c.getValue() < need) {
        continue;
      }
      int id = c.getKey();
      NameMatch m = matcher.match(name, matcher.prepare(names[id]));
      if (m.match()) {
        rows.add(
            new ScreenRow(
                line,
                name.text(),
                names[id],
                Integer.toString(lines[id]),
                m.score(),
                m.explanation()));
      }
    }
    rows.sort(
        Comparator.comparingDouble(ScreenRow::score)
            .reversed()
            .thenComparing(r -> Integer.parseInt(r.where())));
    return rows.size() > limit ? new ArrayList<>(rows.subList(0, limit)) : rows;
  }
}
