package io.namesearch.cli;

/** The exit codes of the {@code search} command. */
public final class ExitCodes {

  /** Hits were found, or the command succeeded. */
  public static final int OK = 0;

  /** The search ran and found nothing. */
  public static final int NO_HITS = 1;

  /** A usage or input error: bad option, empty query, missing path, unusable index. */
  public static final int USAGE = 2;

  /**
   * An internal error: the JVM ran out of memory or stack, or a bug. Never 1, which means "no
   * hits"; the message is one line, as for input errors.
   */
  public static final int INTERNAL = 3;

  private ExitCodes() {}
}
