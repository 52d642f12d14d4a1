package io.namesearch.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A document-level test collection read from a directory:
 *
 * <ul>
 *   <li>{@code documents.tsv}: header {@code doc_id, title, text}, one document a line;
 *   <li>{@code queries.tsv}: header {@code query_id, query, type} ({@code type} may be empty);
 *   <li>{@code qrels.txt}: TREC qrels, {@code query_id iteration doc_id relevance} separated by
 *       white space; relevance above 0 is relevant (2 and 1 are graded gains for nDCG);
 *   <li>{@code labels.tsv} (optional): header {@code query_id, doc_id, label}: how a relevant
 *       document names the person (full, initial, surname...) and why a non-relevant one is a trap
 *       ({@code namesake}, {@code cooccurrence}; other labels are reported but are not traps).
 * </ul>
 *
 * Tabs and line breaks cannot occur inside a field. Every error names the file and line.
 */
record DocumentCorpus(
    List<String> docIds, List<String> texts, List<Query> queries, Map<String, Integer> ordinals) {

  /** The labels that make a non-relevant document a trap. */
  static final List<String> TRAP_LABELS = List.of("namesake", "cooccurrence");

  /** One query with its judgements: relevance grade and label by document ordinal. */
  record Query(
      String id,
      String text,
      String type,
      Map<Integer, Integer> grades,
      Map<Integer, String> labels) {}

  static DocumentCorpus read(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException("not a directory: " + dir);
    }
    List<String> ids = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    Map<String, Integer> ordinals = new HashMap<>();
    Path docs = dir.resolve("documents.tsv");
    forEachRow(
        docs,
        3,
        (line, f) -> {
          if (ordinals.putIfAbsent(f[0], ids.size()) != null) {
            throw new IOException(docs + ":" + line + ": duplicate doc_id " + f[0]);
          }
          ids.add(f[0]);
          texts.add(f[1].isEmpty() ? f[2] : f[1] + "\n" + f[2]);
        });
    Map<String, String[]> queryRows = new LinkedHashMap<>();
    Path qfile = dir.resolve("queries.tsv");
    forEachRow(
        qfile,
        2,
        (line, f) -> {
          if (queryRows.putIfAbsent(f[0], f) != null) {
            throw new IOException(qfile + ":" + line + ": duplicate query_id " + f[0]);
          }
          if (f[1].isBlank()) {
            throw new IOException(qfile + ":" + line + ": empty query");
          }
        });
    Map<String, Map<Integer, Integer>> grades = new HashMap<>();
    Path qrels = dir.resolve("qrels.txt");
    if (!Files.isRegularFile(qrels)) {
      throw new IOException("missing " + qrels);
    }
    try (BufferedReader r = Files.newBufferedReader(qrels, StandardCharsets.UTF_8)) {
      String s;
      int line = 0;
      while ((s = r.readLine()) != null) {
        line++;
        if (s.isBlank() || s.startsWith("#")) {
          continue;
        }
        String[] f = s.trim().split("\\s+");
        if (f.length != 4) {
          throw new IOException(qrels + ":" + line + ": expected 'query_id 0 doc_id relevance'");
        }
        Integer doc = ordinals.get(f[2]);
        if (doc == null) {
          throw new IOException(qrels + ":" + line + ": unknown doc_id " + f[2]);
        }
        if (!queryRows.containsKey(f[0])) {
          throw new IOException(qrels + ":" + line + ": unknown query_id " + f[0]);
        }
        int grade;
        try {
          grade = Integer.parseInt(f[3]);
        } catch (NumberFormatException e) {
          throw new IOException(qrels + ":" + line + ": relevance is not a number: " + f[3]);
        }
        if (grade > 0) {
          grades.computeIfAbsent(f[0], k -> new HashMap<>()).put(doc, grade);
        }
      }
    }
    Map<String, Map<Integer, String>> labels = new HashMap<>();
    Path lfile = dir.resolve("labels.tsv");
    if (Files.isRegularFile(lfile)) {
      forEachRow(
          lfile,
          3,
          (line, f) -> {
            Integer doc = ordinals.get(f[1]);
            if (doc == null) {
              throw new IOException(lfile + ":" + line + ": unknown doc_id " + f[1]);
            }
            labels.computeIfAbsent(f[0], k -> new HashMap<>()).put(doc, f[2]);
          });
    }
    List<Query> queries = new ArrayList<>();
    for (String[] f : queryRows.values()) {
      queries.add(
          new Query(
              f[0],
              f[1],
              f.length > 2 && !f[2].isBlank() ? f[2] : "all",
              grades.getOrDefault(f[0], Map.of()),
              labels.getOrDefault(f[0], Map.of())));
    }
    return new DocumentCorpus(
        List.copyOf(ids), List.copyOf(texts), List.copyOf(queries), Map.copyOf(ordinals));
  }

  private interface Row {
    void accept(int line, String[] fields) throws IOException;
  }

  private static void forEachRow(Path file, int minFields, Row row) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("missing " + file);
    }
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String s = r.readLine();
      if (s == null) {
        throw new IOException(file + ": empty file (expected a header line)");
      }
      int line = 1;
      while ((s = r.readLine()) != null) {
        line++;
        if (s.isBlank()) {
          continue;
        }
        String[] f = s.split("\t", -1);
        if (f.length < minFields) {
          throw new IOException(
              file
                  + ":"
                  + line
                  + ": expected "
                  + minFields
                  + " tab-separated fields, got "
                  + f.length);
        }
        if (f[0].isBlank()) {
          throw new IOException(file + ":" + line + ": empty id");
        }
        row.accept(line, f);
      }
    }
  }
}
