package io.namesearch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the text files {@code search index} indexes: strict UTF-8, no binary, bounded size. */
final class TextFiles {

  /** The largest file read ({@link FileIndexer#MAX_FILE_BYTES}). */
  private static final long MAX = FileIndexer.MAX_FILE_BYTES;

  private TextFiles() {}

  /** Reads a file as strict UTF-8, refusing binary files, invalid UTF-8 and oversized files. */
  static String read(Path file, long size) throws IOException {
    if (size > MAX) {
      throw new CliException(
          FilePaths.display(file)
              + ": file is "
              + (size >> 20)
              + " MiB; the limit is "
              + (MAX >> 20)
              + " MiB");
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) MAX + 1);
    }
    if (bytes.length > MAX) {
      throw new CliException(
          FilePaths.display(file) + ": file is larger than " + (MAX >> 20) + " MiB");
    }
    for (byte b : bytes) {
      if (b == 0) {
        throw new CliException(
            FilePaths.display(file) + ": binary file (contains NUL bytes), skipped");
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new CliException(FilePaths.display(file) + ": not valid UTF-8 text, skipped");
    }
  }
}
