package io.namesearch.eval;

import picocli.CommandLine;

/** Runs {@code eval} alone, for manual runs from the test classpath. */
final class EvalMain {
  private EvalMain() {}

  public static void main(String[] args) {
    System.exit(new CommandLine(new EvalCommand()).execute(args));
  }
}
