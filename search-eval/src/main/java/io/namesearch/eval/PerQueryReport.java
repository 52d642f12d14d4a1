package io.namesearch.eval;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code search eval --per-query FILE}: one tab-separated line per scored query and system, so that
 * a user can see which queries a system loses and to what. The file must not exist: a user's files
 * are never overwritten.
 */
final class PerQueryReport implements Closeable {

  /** The header line's columns. */
  static final List<String> HEADER =
      List.of(
          "system",
          "group_id",
          "query",
          "lang_or_scheme",
          "kind",
          "ap",
          "recall",
          "relevant",
          "first_relevant_rank",
          "above",
          "missed");

  /** How many documents the {@code above} and {@code missed} cells list at most. */
  static final int LISTED = 3;

  private final BufferedWriter out;

  private PerQueryReport(BufferedWriter out) {
    this.out = out;
  }

  /**
   * Creates {@code file}, which must not exist, and writes the header.
   *
   * @throws java.nio.file.FileAlreadyExistsException when it exists
   */
  static PerQueryReport create(Path file) throws IOException {
    BufferedWriter w =
        Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    w.write(String.join("\t", HEADER));
    w.newLine();
    return new PerQueryReport(w);
  }

  /**
   * Writes one line per query with relevant documents: its AP and recall at {@code depth}, the rank
   * of its first relevant document (0 when none is found), the non-relevant documents ranked above
   * its last relevant one found ({@code above}: their count, then up to {@link #LISTED} of them,
   * best first), and the relevant ones not found ({@code missed}: likewise).
   */
  void write(
      String system,
      List<GoldSet.Query> queries,
      int[][] rankings,
      List<String> documents,
      int depth)
      throws IOException {
    for (int i = 0; i < queries.size(); i++) {
      GoldSet.Query q = queries.get(i);
      if (q.relevant().length == 0) {
        continue;
      }
      Metrics.Scores s = Metrics.score(rankings[i], q.relevant(), q.ownDoc(), depth);
      int[] rel = q.relevant().clone();
      Arrays.sort(rel);
      List<Integer> ranked = new ArrayList<>();
      for (int doc : rankings[i]) {
        if (doc != q.ownDoc() && ranked.size() < depth) {
          ranked.add(doc);
        }
      }
      int firstRelevant = 0;
      int lastRelevant = -1;
      boolean[] found = new boolean[rel.length];
      for (int r = 0; r < ranked.size(); r++) {
        int at = Arrays.binarySearch(rel, ranked.get(r));
        if (at >= 0) {
          found[at] = true;
          lastRelevant = r;
          if (firstRelevant == 0) {
            firstRelevant = r + 1;
          }
        }
      }
      List<String> above = new ArrayList<>();
      for (int r = 0; r < lastRelevant; r++) {
        if (Arrays.binarySearch(rel, ranked.get(r)) < 0) {
          above.add(documents.get(ranked.get(r)));
        }
      }
      List<String> missed = new ArrayList<>();
      for (int j = 0; j < rel.length; j++) {
        if (!found[j]) {
          missed.add(documents.get(rel[j]));
        }
      }
      GoldSet.Row row = q.row();
      out.write(
          String.join(
              "\t",
              system,
              cell(row.group()),
              cell(row.variant()),
              cell(row.scheme()),
              cell(row.kind()),
              String.format(Locale.ROOT, "%.4f", s.averagePrecision()),
              String.format(Locale.ROOT, "%.4f", s.recall()),
              Integer.toString(rel.length),
              Integer.toString(firstRelevant),
              listed(above),
              listed(missed)));
      out.newLine();
    }
  }

  /** {@code N: a | b | c} with at most {@link #LISTED} items, or {@code 0}. */
  private static String listed(List<String> docs) {
    if (docs.isEmpty()) {
      return "0";
    }
    List<String> shown = new ArrayList<>();
    for (String d : docs.subList(0, Math.min(LISTED, docs.size()))) {
      shown.add(cell(d));
    }
    return docs.size() + ": " + String.join(" | ", shown);
  }

  /** A cell without the tabs and line breaks that would break the file's lines. */
  private static String cell(String s) {
    return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
