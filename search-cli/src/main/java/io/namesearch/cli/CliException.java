package io.namesearch.cli;

/** A user-facing error: its message is printed as one line, and the exit code is 2. */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CliException(String message) {
    super(message);
  }

  CliException(String message, Throwable cause) {
    super(message, cause);
  }
}
