package io.namesearch.eval;

import picocli.CommandLine.Option;

/** The options {@code search eval} and {@code search eval-docs} share, each a picocli mixin. */
final class EvalOptions {

  private EvalOptions() {}

  /** {@code -h, --help} (the evaluation commands have no {@code --version}). */
  static final class Help {
    @Option(
        names = {"-h", "--help"},
        usageHelp = true,
        description = "Show this help and exit.")
    boolean help;
  }

  /** {@code --json}: the results as JSON instead of a table. */
  static final class Json {
    @Option(names = "--json", description = "Print the results as JSON.")
    boolean json;
  }
}
