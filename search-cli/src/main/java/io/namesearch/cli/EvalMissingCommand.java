package io.namesearch.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * Stands for {@code search eval} and {@code search eval-docs} when the search-eval module is not on
 * the class path (e.g. {@code java -jar search.jar eval}): one line saying how to run them, exit 2,
 * rather than a search for the word "eval".
 */
@Command(name = "eval", aliases = "eval-docs", hidden = true)
final class EvalMissingCommand implements Callable<Integer> {

  /** Everything after the command name; ignored. */
  @Unmatched List<String> args;

  @Override
  public Integer call() {
    throw new CliException(
        "search eval and eval-docs are in the search-eval module, which is not on the class path:"
            + " run them with the ./search launcher, or java -cp"
            + " search.jar:search-eval.jar io.namesearch.cli.Main eval ...");
  }
}
