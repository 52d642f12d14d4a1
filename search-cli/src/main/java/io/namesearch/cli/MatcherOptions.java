package io.namesearch.cli;

import io.namesearch.engine.NameMatcher;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The matcher options of {@code search match} and {@code search screen}: threshold, nicknames. */
final class MatcherOptions {

  @Option(
      names = {"-t", "--threshold"},
      paramLabel = "T",
      description =
          "The least score that counts as a match, 0 to 1 (default: "
              + NameMatcher.DEFAULT_THRESHOLD
              + ").")
  Double threshold;

  @Option(names = "--nicknames", description = "Match first-name diminutives (Dima ~ Dmitry).")
  boolean nicknames;

  /** The matcher of these options, or a usage error. */
  NameMatcher matcher(CommandLine cl) {
    NameMatcher.Builder b = NameMatcher.builder().nicknames(nicknames);
    if (threshold != null) {
      if (!(threshold >= 0 && threshold <= 1)) {
        throw new ParameterException(cl, "--threshold must be between 0 and 1, not " + threshold);
      }
      b.threshold(threshold);
    }
    return b.build();
  }
}
