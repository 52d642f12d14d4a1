package io.namesearch.cli;

/** A user error: its message goes back as one line with the status. */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  final int status;

  ApiException(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }
}
