package io.namesearch.cli;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Document ids of files, from the bytes of their absolute path, whatever the locale.
 *
 * <p>Java decodes file names with the platform's file-name encoding: under {@code LC_ALL=C} every
 * non-ASCII byte becomes {@code ?}, and under UTF-8 a byte that is not UTF-8 becomes U+FFFD, so
 * {@code Path.toString()} can give two files one name. Here the raw bytes are read from the path's
 * {@code file:} URI (which percent-encodes them exactly). A path that is valid UTF-8 has that text
 * as its id ({@code /home/me/Балтруков.txt}, in any locale); any other path has its {@code file:}
 * URI as its id ({@code file:///home/me/x%FF.txt}), which can never be the id of a UTF-8 path, as
 * those start with {@code /}. Both map back to exactly the same bytes.
 */
final class FilePaths {

  private static final String FILE_URI = "file://";

  private FilePaths() {}

  /** The raw bytes of the absolute path. */
  static byte[] bytes(Path file) {
    String raw = file.toAbsolutePath().toUri().getRawPath();
    if (raw.length() > 1 && raw.endsWith("/")) {
      raw = raw.substring(0, raw.length() - 1); // toUri marks folders with a slash
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%' && i + 2 < raw.length()) {
        out.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        out.write(c);
      }
    }
    return out.toByteArray();
  }

  /** The document id of a file (see the class comment). */
  static String id(Path file) {
    byte[] b = bytes(file);
    try {
      return strictUtf8(b);
    } catch (CharacterCodingException e) {
      return FILE_URI + percentEncode(b);
    }
  }

  /** The path an id names, byte for byte, whatever the locale. */
  static Path path(String id) {
    if (id.startsWith(FILE_URI)) {
      return Path.of(URI.create(id));
    }
    return Path.of(URI.create(FILE_URI + percentEncode(id.getBytes(StandardCharsets.UTF_8))));
  }

  /**
   * The path for people to read: UTF-8 text, bytes that are not UTF-8 as {@code \xFF}, control
   * characters escaped (see {@link Terminal#escape}).
   */
  static String display(Path file) {
    byte[] b = bytes(file);
    try {
      return Terminal.escape(strictUtf8(b));
    } catch (CharacterCodingException e) {
      return Terminal.escape(lenientUtf8(b));
    }
  }

  private static String strictUtf8(byte[] b) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(b))
        .toString();
  }

  /** Decodes valid UTF-8 sequences and writes every other byte as {@code \xHH}. */
  private static String lenientUtf8(byte[] b) {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b);
    CharBuffer out = CharBuffer.allocate(b.length * 4 + 4);
    StringBuilder sb = new StringBuilder();
    while (true) {
      var result = decoder.decode(in, out, true);
      out.flip();
      sb.append(out);
      out.clear();
      if (result.isError()) {
        for (int i = 0; i < result.length(); i++) {
          sb.append(String.format(Locale.ROOT, "\\x%02X", in.get() & 0xFF));
        }
      } else {
        break;
      }
    }
    return sb.toString();
  }

  private static String percentEncode(byte[] bytes) {
    StringBuilder sb = new StringBuilder(bytes.length * 3);
    for (byte x : bytes) {
      int c = x & 0xFF;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || "/-._~".indexOf(c) >= 0) {
        sb.append((char) c);
      } else {
        sb.append('%').append(String.format(Locale.ROOT, "%02X", c));
      }
    }
    return sb.toString();
  }
}
