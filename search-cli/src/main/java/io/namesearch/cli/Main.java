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
  @SuppressForbidden(reason = "the command's output and errors go to stdout and stderr")
  public static void main(String[] args) {
    // Lucene logs a performance hint about the Vector API at start-up; it means nothing to users.
    LUCENE_VECTOR_LOG.setLevel(java.util.logging.Level.OFF);
    Warmup.start();
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code;
    try {
      CommandLine cl =
          isSearch(args) ? configure(searchOnly(), out, err) : newCommandLine(out, err);
      code = cl.execute(args);
    } catch (Throwable t) { // picocli hands only Exceptions to the handler; Errors end up here
      code = onInternalError(t, err, args);
    }
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * The names of the subcommands and their aliases (checked against {@link #newCommandLine} by a
   * test), and the options that print help or the version, which list the subcommands.
   */
  static final java.util.Set<String> SUBCOMMANDS_AND_HELP =
      java.util.Set.of(
          "index",
          "variants",
          "help",
          "serve",
          "match",
          "screen",
          "eval",
          "eval-docs",
          "--help",
          "--version");

  /**
   * Whether {@code args} are a search: no argument names a subcommand or asks for help or the
   * version (as {@code -h}, {@code -V}, or in a cluster of short options). A search then needs no
   * model of the subcommands, which picocli builds by reflection on their annotations (a tenth of a
   * search's start-up); any other command line gets the full model, so it behaves as before.
   */
  static boolean isSearch(String[] args) {
    for (String a : args) {
      if (SUBCOMMANDS_AND_HELP.contains(a)
          || (a.startsWith("-")
              && !a.startsWith("--")
              && (a.indexOf('h') > 0 || a.indexOf('V') > 0))) {
        return false;
      }
    }
    return true;
  }

  /** The search command alone, without its subcommands. */
  static CommandLine searchOnly() {
    return new CommandLine(new SearchCommand());
  }

  /** A configured command line writing to the given streams; tests use it directly. */
  public static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = searchOnly();
    cl.addSubcommand(new IndexCommand());
    cl.addSubcommand(new VariantsCommand());
    cl.addSubcommand(new CommandLine.HelpCommand());
    cl.addSubcommand("serve", new ServeCommand());
    cl.addSubcommand(new MatchCommand());
    cl.addSubcommand(new ScreenCommand());
    // search eval and eval-docs: from the search-eval module when it is on the class path.
    for (Subcommand c : java.util.ServiceLoader.load(Subcommand.class)) {
      cl.addSubcommand(c);
    }
    if (!cl.getSubcommands().containsKey("eval")) {
      cl.addSubcommand(new EvalMissingCommand());
    }
    return configure(cl, out, err);
  }

  /** Sets the streams and the error handlers of {@code cl}. */
  static CommandLine configure(CommandLine cl, PrintWriter out, PrintWriter err) {
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler(Main::onParameterError);
    cl.setExecutionExceptionHandler(Main::onExecutionError);
    return cl;
  }

  /**
   * A Java {@code Error} (out of memory, stack overflow) or any other throwable that escaped the
   * command: one line, exit code {@link ExitCodes#INTERNAL}, never 1 (which means "no hits").
   */
  static int onInternalError(Throwable t, PrintWriter err, String[] args) {
    try {
      err.println("search: " + describe(t));
      if (verbose(args)) {
        t.printStackTrace(err);
      }
      err.flush();
    } catch (Throwable ignored) {
      // nothing more can be said
    }
    return ExitCodes.INTERNAL;
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
      return "no such file: " + Terminal.escape(String.valueOf(n.getFile()));
    }
    if (e instanceof java.nio.file.AccessDeniedException a) {
      return "permission denied: " + Terminal.escape(String.valueOf(a.getFile()));
    }
    if (e instanceof io.namesearch.search.StaleIndexException s) {
      return oneLine(s.getMessage())
          + ": search index --index NEWDIR --rebuild-from "
          + Terminal.escape(s.index());
    }
    if (e instanceof org.apache.lucene.store.LockObtainFailedException) {
      return "the index is locked by another process (is another 'search index' running?)";
    }
    if (e instanceof org.apache.lucene.index.CorruptIndexException
        || e instanceof org.apache.lucene.index.IndexFormatTooOldException
        || e instanceof org.apache.lucene.index.IndexFormatTooNewException) {
      return "the index is corrupt or unreadable; it was left untouched: "
          + oneLine(e.getMessage());
    }
    if (e instanceof OutOfMemoryError) {
      return "internal error: out of memory ("
          + oneLine(e.getMessage())
          + "); committed index data is intact. Give Java more memory (JAVA_TOOL_OPTIONS=-Xmx2g)";
    }
    if (e instanceof StackOverflowError) {
      return "internal error: stack overflow (the input is nested too deeply)";
    }
    if (e instanceof Error) {
      return "internal error: " + e.getClass().getName() + ": " + oneLine(e.getMessage());
    }
    if (e instanceof org.apache.lucene.store.AlreadyClosedException && e.getCause() != null) {
      // After a failed write (disk full, file too large, EPERM) IndexWriter closes itself, and
      // every later call says only "this IndexWriter is closed": say the cause.
      return "the index could not be written, nothing since the last commit was saved: "
          + describe(e.getCause());
    }
    if (e instanceof java.nio.file.FileSystemLoopException l) {
      return "symbolic link loop: " + Terminal.escape(String.valueOf(l.getFile()));
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
    String line = Terminal.escape(s.strip().lines().findFirst().orElse("error"));
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
