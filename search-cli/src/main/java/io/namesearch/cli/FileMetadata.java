package io.namesearch.cli;

import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date and metadata of an indexed file, from the first of: the front matter of a {@code .md}
 * file (a first line {@code ---}, then {@code key: value} lines, then {@code ---}: {@code date} is
 * the date, {@code title} the title, every other key a metadata keyword); a {@code Date:
 * YYYY-MM-DD} line among the first {@value #HEADER_LINES} lines; the file's modification time (as a
 * UTC day).
 */
final class FileMetadata {

  /** How many leading lines are looked at for a {@code Date:} line. */
  static final int HEADER_LINES = 10;

  /** Where the date came from. */
  enum DateSource {
    FRONT_MATTER,
    DATE_LINE,
    MODIFICATION_TIME
  }

  /**
   * A file's content and what was read from it.
   *
   * @param text the content without the front matter
   * @param title the front matter's title, if any
   * @param date the date
   * @param dateSource where the date came from
   * @param metadata the front matter's other keys
   */
  record Parsed(
      String text,
      Optional<String> title,
      LocalDate date,
      DateSource dateSource,
      Map<String, String> metadata) {}

  private static final Pattern DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})([T ].*)?");
  private static final Pattern DATE_LINE =
      Pattern.compile("(?i)date:\\s*(\\d{4}-\\d{2}-\\d{2})\\b.*");
  private static final Pattern KEY_VALUE =
      Pattern.compile("([A-Za-z0-9_][A-Za-z0-9_.-]*)\\s*:\\s*(.*)");

  private FileMetadata() {}

  /**
   * Reads the date and metadata of a file's text.
   *
   * @throws CliException when the front matter's date is not a date, or the front matter is not
   *     closed
   */
  static Parsed parse(String file, String text, boolean markdown, FileTime modified) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    Optional<String> title = Optional.empty();
    Map<String, String> meta = new LinkedHashMap<>();
    LocalDate date = null;
    DateSource source = null;
    if (markdown && (t.startsWith("---\n") || t.startsWith("---\r\n"))) {
      int pos = t.indexOf('\n') + 1;
      boolean closed = false;
      while (pos < t.length()) {
        int eol = t.indexOf('\n', pos);
        int end = eol < 0 ? t.length() : eol;
        String line = t.substring(pos, end).strip();
        pos = eol < 0 ? t.length() : eol + 1;
        if (line.equals("---") || line.equals("...")) {
          closed = true;
          break;
        }
        Matcher m = KEY_VALUE.matcher(line);
        if (!m.matches()) {
          continue; // a list item or a nested value: not a keyword
        }
        String key = m.group(1);
        String value = unquote(m.group(2).strip());
        if (value.isEmpty()) {
          continue;
        }
        switch (key.toLowerCase(java.util.Locale.ROOT)) {
          case "date" -> {
            Matcher d = DAY.matcher(value);
            LocalDate parsed = null;
            if (d.matches()) {
              try {
                parsed = LocalDate.parse(d.group(1));
              } catch (DateTimeParseException e) {
                parsed = null;
              }
            }
            if (parsed == null) {
              throw new CliException(
                  file
                      + ": front matter date is not a date (YYYY-MM-DD): "
                      + HitPrinter.flatten(value));
            }
            date = parsed;
            source = DateSource.FRONT_MATTER;
          }
          case "title" -> title = Optional.of(value);
          default -> meta.put(key, value);
        }
      }
      if (!closed) {
        throw new CliException(file + ": front matter starts with --- but has no closing ---");
      }
      t = t.substring(pos);
    }
    if (date == null) {
      int pos = 0;
      for (int i = 0; i < HEADER_LINES && pos < t.length(); i++) {
        int eol = t.indexOf('\n', pos);
        int end = eol < 0 ? t.length() : eol;
        Matcher m = DATE_LINE.matcher(t.substring(pos, end).strip());
        if (m.matches()) {
          try {
            date = LocalDate.parse(m.group(1));
            source = DateSource.DATE_LINE;
          } catch (DateTimeParseException e) {
            date = null;
          }
          break;
        }
        pos = eol < 0 ? t.length() : eol + 1;
      }
    }
    if (date == null) {
      date = LocalDate.ofInstant(modified.toInstant(), ZoneOffset.UTC);
      source = DateSource.MODIFICATION_TIME;
    }
    return new Parsed(t, title, date, source, meta);
  }

  private static String unquote(String v) {
    if (v.length() >= 2
        && ((v.startsWith("\"") && v.endsWith("\"")) || (v.startsWith("'") && v.endsWith("'")))) {
      return v.substring(1, v.length() - 1);
    }
    return v;
  }
}
