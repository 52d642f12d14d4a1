package io.namesearch.engine.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * One rule table as read from its file: the declared column header, the rows with their line
 * numbers, and the example rows ({@code #example}). The one loader of every table: a cell is read
 * by its column's name and checked as it is read, and every error names the place, {@code
 * file:line:column} (the column counted in characters, from 1). The format is in the rules README.
 */
final class RuleTable {

  /** Opens a table file by name; null when there is none. */
  @FunctionalInterface
  interface Source {
    InputStream open(String file) throws IOException;

    /** The built-in tables, in io/namesearch/engine/ of this jar. */
    Source BUILT_IN = file -> RuleTable.class.getResourceAsStream("/io/namesearch/engine/" + file);
  }

  final String file;
  final List<Row> rows = new ArrayList<>();
  final List<RuleExample> examples = new ArrayList<>();
  private final Map<String, Integer> columns = new HashMap<>();

  private RuleTable(String file, String[] columns) {
    this.file = file;
    for (int i = 0; i < columns.length; i++) {
      this.columns.put(columns[i], i);
    }
  }

  /** Feeds the name and rows (cells stripped; no comments or examples) to {@code digest}. */
  void digest(java.security.MessageDigest digest) {
    StringBuilder sb = new StringBuilder(file).append('\n');
    rows.forEach(
        r ->
            sb.append(String.join("\t", Arrays.stream(r.cells).map(String::strip).toList()))
                .append('\n'));
    digest.update(sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Reads table {@code file} from {@code source}, which must have the given column header. */
  static RuleTable load(Source source, String file, String... columns) {
    try (InputStream in = source.open(file)) {
      if (in == null) {
        throw new IllegalStateException(file + ": missing rule table");
      }
      return read(
          file, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), columns);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  /** Reads a table from {@code reader}; {@code file} names it in errors. */
  static RuleTable read(String file, BufferedReader reader, String... columns) throws IOException {
    RuleTable table = new RuleTable(file, columns);
    String header = String.join("\t", columns);
    boolean headerSeen = false;
    String line;
    int lineNo = 0;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      if (line.startsWith("#example\t")) {
        table.example(lineNo, line);
      } else if (line.isBlank() || line.startsWith("#")) {
        continue;
      } else if (!headerSeen) {
        if (!line.equals(header)) {
          String[] found = line.split("\t", -1);
          int col = 0;
          int at = 0;
          while (col < found.length && col < columns.length && found[col].equals(columns[col])) {
            at += found[col++].length() + 1;
          }
          throw table.error(
              lineNo,
              at,
              "expected the column header '"
                  + header.replace("\t", "<TAB>")
                  + "', found '"
                  + line.replace("\t", "<TAB>")
                  + "'");
        }
        headerSeen = true;
      } else {
        Row row = table.new Row(lineNo, line);
        if (row.cells.length != columns.length) {
          throw table.error(
              lineNo,
              row.cells.length > columns.length ? row.starts[columns.length] : line.length(),
              "a row has "
                  + columns.length
                  + " tab-separated columns ("
                  + header.replace("\t", " ")
                  + "), this one "
                  + row.cells.length);
        }
        table.rows.add(row);
      }
    }
    if (!headerSeen) {
      throw table.error(
          Math.max(lineNo, 1),
          0,
          "no column header (expected '" + header.replace("\t", "<TAB>") + "')");
    }
    return table;
  }

  private void example(int lineNo, String line) {
    String[] f = line.split("\t", -1);
    if (f.length != 4 || f[1].isBlank()) {
      throw error(lineNo, 0, "an example row is #example<TAB>word<TAB>check<TAB>expected");
    }
    if (!RuleExample.CHECKS.contains(f[2])) {
      throw error(
          lineNo,
          f[0].length() + f[1].length() + 2,
          "unknown example check '"
              + f[2]
              + "' (expected one of "
              + String.join(" ", RuleExample.CHECKS)
              + ")");
    }
    examples.add(new RuleExample(file, lineNo, f[1], f[2], f[3].strip()));
  }

  /** Each row read by {@code parse}, in file order. */
  <T> T[] map(Function<Row, T> parse, IntFunction<T[]> newArray) {
    List<T> out = new ArrayList<>(rows.size());
    for (Row row : rows) {
      out.add(parse.apply(row));
    }
    return out.toArray(newArray.apply(0));
  }

  /**
   * Rejects a second row with the same {@code key} (null: the row has no key to compare).
   *
   * @param what what the key is, for the message
   */
  void unique(Function<Row, String> key, String what) {
    Map<String, Integer> seen = new HashMap<>();
    for (Row row : rows) {
      String k = key.apply(row);
      Integer first = k == null ? null : seen.putIfAbsent(k, row.line);
      if (first != null) {
        throw error(
            row.line,
            0,
            "duplicate " + what + " '" + k.replace("\t", " ") + "' (first on line " + first + ")");
      }
    }
  }

  private IllegalStateException error(int line, int offset, String message) {
    return new IllegalStateException(file + ":" + line + ":" + (offset + 1) + ": " + message);
  }

  /** A row of the table; its cells are read by column name and checked as they are read. */
  final class Row {
    final int line;
    private final String[] cells;
    private final int[] starts;

    private Row(int line, String text) {
      this.line = line;
      this.cells = text.split("\t", -1);
      this.starts = new int[cells.length];
      for (int i = 1; i < cells.length; i++) {
        starts[i] = starts[i - 1] + cells[i - 1].length() + 1;
      }
    }

    private int index(String column) {
      Integer i = columns.get(column);
      if (i == null) {
        throw new IllegalArgumentException(file + " has no column " + column);
      }
      return i;
    }

    /** The cell, stripped. */
    String text(String column) {
      return cells[index(column)].strip();
    }

    /** The cell, which must not be empty. */
    String required(String column) {
      String s = text(column);
      if (s.isEmpty()) {
        throw error(column, 0, "must not be empty");
      }
      return s;
    }

    /** The cell, one char below {@code limit}. */
    char letter(String column, int limit) {
      String s = required(column);
      if (s.length() != 1 || s.charAt(0) >= limit) {
        throw error(column, 0, "expected one letter, found '" + s + "'");
      }
      return s.charAt(0);
    }

    /** The cell as a number of at least {@code min}; {@code ifEmpty} when empty. */
    int integer(String column, int min, int ifEmpty) {
      String s = text(column);
      if (s.isEmpty()) {
        return ifEmpty;
      }
      try {
        int v = Integer.parseInt(s);
        if (v >= min) {
          return v;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw error(column, 0, "expected a whole number of at least " + min + ", found '" + s + "'");
    }

    /** The cell, a whole number of at least {@code min}; it must not be empty. */
    int integer(String column, int min) {
      required(column);
      return integer(column, min, -1);
    }

    /** The cell, one of {@code values}. */
    String choice(String column, List<String> values) {
      String s = required(column);
      if (!values.contains(s)) {
        throw error(
            column,
            0,
            "unknown value '" + s + "' (expected one of " + String.join(" ", values) + ")");
      }
      return s;
    }

    /**
     * The cell as one side of a context, one of the {@code allowed} {@link Context} codes; the
     * letters of a {@code [xyz]} context must be in {@code alphabet} (when not null).
     */
    Context context(String column, boolean left, String alphabet, int... allowed) {
      String s = required(column);
      try {
        Context c = Context.parse(s, left, allowed);
        if (c.set() != null && alphabet != null) {
          keyLetters(column, new String(c.set()), 1, alphabet);
        }
        return c;
      } catch (IllegalArgumentException e) {
        throw error(column, 0, e.getMessage());
      }
    }

    /** The cell as key letters, all in {@code alphabet} (possibly empty unless required). */
    String key(String column, String alphabet, boolean mayBeEmpty) {
      String s = mayBeEmpty ? text(column) : required(column);
      keyLetters(column, s, 0, alphabet);
      return s;
    }

    /** Checks that {@code s}, at {@code offset} in the cell, is written in the key alphabet. */
    void keyLetters(String column, String s, int offset, String alphabet) {
      for (int j = 0; j < s.length(); j++) {
        if (alphabet.indexOf(s.charAt(j)) < 0) {
          throw error(
              column,
              offset + j,
              "'"
                  + s.charAt(j)
                  + "' is not in the key alphabet ("
                  + alphabet
                  + ", the keys of cyrillic.tsv)");
        }
      }
    }

    /** An error at {@code offset} chars into the cell of {@code column}. */
    IllegalStateException error(String column, int offset, String message) {
      int i = index(column);
      int at = starts[i] + cells[i].length() - cells[i].stripLeading().length() + offset;
      return RuleTable.this.error(line, at, column + ": " + message);
    }
  }
}
