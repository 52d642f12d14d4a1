package io.namesearch.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The entry point of the {@code search} command. */
public final class Main {

  /** Held so the logger's level is not garbage-collected away. */
  private static final java.util.logging.Logger LUCENE_VECTOR_LOG =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  private Main() {}

  /** Runs the command and exits with its exit code. */
  public static void main(String[] args) {
    // Lucene logs a performance hint about the Vector API at start-up; it means nothing to users.
    LUCENE_VECTOR_LOG.setLevel(java.util.logging.Level.OFF);
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = newCommandLine(out, err).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** A configured command line writing to the given streams; tests use it directly. */
  public static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new SearchCommand());
    cl.addSubcommand("serve", new ServeCommand());
    cl.addSubcommand(new MatchCommand());
    cl.addSubcommand(new ScreenCommand());
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler(Main::onParameterError);
    cl.setExecutionExceptionHandler(Main::onExecutionError);
    return cl;
  }

  private static int onParameterError(CommandLine.ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    PrintWriter err = cl.getErr();
    err.println("search: " + oneLine(e.getMessage()));
    err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for usage.");
    if (verbose(args)) {
      e.printStackTrace(err);
    }
    return ExitCodes.USAGE;
  }

  private static int onExecutionError(
      Exception e, CommandLine cl, CommandLine.ParseResult parseResult) {
    PrintWriter err = cl.getErr();
    err.println("search: " + describe(e));
    if (verbose(parseResult.originalArgs().toArray(String[]::new))) {
      e.printStackTrace(err);
    }
    return ExitCodes.USAGE;
  }

  /** A one-line description of an error for the user. */
  static String describe(Throwable e) {
    if (e instanceof CliException) {
      return oneLine(e.getMessage());
    }
    if (e instanceof java.nio.file.NoSuchFileException n) {
      return "no such file: " + n.getFile();
    }
    if (e instanceof java.nio.file.AccessDeniedException a) {
      return "permission denied: " + a.getFile();
    }
    if (e instanceof org.apache.lucene.store.LockObtainFailedException) {
      return "the index is locked by another process (is another 'search index' running?)";
    }
    if (e instanceof org.apache.lucene.index.CorruptIndexException
        || e instanceof org.apache.lucene.index.IndexFormatTooOldException
        || e instanceof org.apache.lucene.index.IndexFormatTooNewException) {
      return "the index is corrupt or unreadable; it was left untouched: " + oneLine(e.getMessage());
    }
    if (e instanceof OutOfMemoryError) {
      return "out of memory";
    }
    String msg = e.getMessage();
    if (msg == null || msg.isBlank()) {
      return e.getClass().getSimpleName();
    }
    return oneLine(msg);
  }

  private static String oneLine(String s) {
    if (s == null) {
      return "error";
    }
    String line = s.strip().lines().findFirst().orElse("error");
    return line.length() > 500 ? line.substring(0, 500) + "..." : line;
  }

  /** Whether {@code --verbose} was given before any {@code --} end-of-options marker. */
  private static boolean verbose(String[] args) {
    for (String a : args) {
      if (a.equals("--")) {
        return false;
      }
      if (a.equals("--verbose") || a.equals("-v")) {
        return true;
      }
    }
    return false;
  }
}
