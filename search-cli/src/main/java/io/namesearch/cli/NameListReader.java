package io.namesearch.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads names from a list file: whole lines, or one CSV column. */
final class NameListReader implements AutoCloseable {

  /** One listed name and its line. */
  record Entry(int line, String name) {}

  private final BufferedReader reader;
  private final Path file;
  private final String column;
  private int columnIndex = -1;
  private int lineNo;

  NameListReader(InputStream in, Path file, String column) {
    this.reader =
        new BufferedReader(
            new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)));
    this.file = file;
    this.column = column == null ? null : column.strip();
    if (this.column != null && this.column.matches("\\d+")) {
      int c = Integer.parseInt(this.column);
      if (c < 1) {
        throw new CliException("--column must be 1 or more, or a header name, not " + column);
      }
      columnIndex = c - 1;
    }
  }

  /** Reads up to {@code max} names; false at the end of the file. */
  boolean next(List<Entry> out, List<String> errors, int max) throws IOException {
    while (out.size() + errors.size() < max) {
      String line = reader.readLine();
      if (line == null) {
        return false;
      }
      lineNo++;
      if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1); // a byte-order mark
      }
      if (column == null) {
        if (!line.isBlank()) {
          out.add(new Entry(lineNo, line.strip()));
        }
        continue;
      }
      List<String> fields = csvFields(line);
      if (columnIndex < 0) { // the header names the column
        for (int i = 0; i < fields.size(); i++) {
          if (fields.get(i).strip().equalsIgnoreCase(column)) {
            columnIndex = i;
          }
        }
        if (columnIndex < 0) {
          throw new CliException(file + ": no column '" + column + "' in the header line");
        }
        continue;
      }
      if (line.isBlank()) {
        continue;
      }
      if (columnIndex >= fields.size()) {
        errors.add(
            file
                + " line "
                + lineNo
                + ": no column "
                + (columnIndex + 1)
                + " (the line has "
                + fields.size()
                + ")");
        continue;
      }
      String name = fields.get(columnIndex).strip();
      if (name.isEmpty()) {
        errors.add(file + " line " + lineNo + ": the name column is empty");
        continue;
      }
      out.add(new Entry(lineNo, name));
    }
    return true;
  }

  /** The fields of one CSV line (RFC 4180 quoting within the line). */
  static List<String> csvFields(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            f.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          f.append(c);
        }
      } else if (c == '"' && f.isEmpty()) {
        quoted = true;
      } else if (c == ',') {
        out.add(f.toString());
        f.setLength(0);
      } else {
        f.append(c);
      }
    }
    out.add(f.toString());
    return out;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
