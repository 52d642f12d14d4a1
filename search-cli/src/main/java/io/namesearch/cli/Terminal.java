package io.namesearch.cli;

/**
 * Makes text safe to print on a terminal: a file name, title or snippet cannot start a new line or
 * send an escape sequence. Control characters (C0, DEL, C1), line and paragraph separators and
 * bidirectional formatting characters are printed as visible escapes ({@code \n}, {@code \e},
 * {@code \x07}, {@code \u202E}).
 */
final class Terminal {

  private Terminal() {}

  /** The text with every control character written as a visible escape; the result is one line. */
  static String escape(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String esc = escapeOf(c);
      if (esc != null && sb == null) {
        sb = new StringBuilder(s.length() + 8).append(s, 0, i);
      }
      if (sb != null) {
        if (esc != null) {
          sb.append(esc);
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? s : sb.toString();
  }

  /** Whether the character would be escaped by {@link #escape}. */
  static boolean isUnsafe(char c) {
    return escapeOf(c) != null;
  }

  private static String escapeOf(char c) {
    switch (c) {
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      case '\t':
        return "\\t";
      case 0x1B:
        return "\\e";
      default:
        break;
    }
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
      return String.format(java.util.Locale.ROOT, "\\x%02X", (int) c);
    }
    if (c == '\u2028'
        || c == '\u2029'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200E'
        || c == '\u200F'
        || c == '\u061C') {
      return String.format(java.util.Locale.ROOT, "\\u%04X", (int) c);
    }
    return null;
  }
}
