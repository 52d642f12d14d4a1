package io.namesearch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.namesearch.engine.NameMatch;
import io.namesearch.engine.NameMatcher;
import io.namesearch.engine.PartMatch;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code search match A B}: how far two person names are one person's. */
@Command(
    name = "match",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Compares two person names and prints the score (0 to 1), the alignment of their",
      "parts and why. Order, comma forms, patronymics, initials, Cyrillic and every",
      "transliteration, case forms, typos and titles (Mr, г-н, Jr) are understood;",
      "one name in two genders (Ivanov, Ivanova) is a conflict.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  search match \"Dmitri Baltrukow\" \"БАЛТРУКОВ Дмитрий Александрович\"",
      "  search match --json --threshold 0.9 \"Ivanov, Sergei\" \"Sergey Ivanova\"",
      "",
      "Exit status: 0 score at or above the threshold, 1 below, 2 bad input."
    })
final class MatchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "A", description = "The first name.")
  String a;

  @Parameters(index = "1", paramLabel = "B", description = "The second name.")
  String b;

  @Mixin MatcherOptions matching;

  @Option(names = "--json", description = "Print the result as one JSON object.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    NameMatcher matcher = matching.matcher(spec.commandLine());
    NameMatch m;
    try {
      m = matcher.match(a, b);
    } catch (IllegalArgumentException e) {
      throw new CliException(e.getMessage(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(toJson(new ObjectMapper(), m, matcher.threshold()));
    } else {
      print(out, m, matcher.threshold());
    }
    out.flush();
    return m.match() ? ExitCodes.OK : ExitCodes.NO_HITS;
  }

  /** The result as a JSON object, the matcher's threshold beside it. */
  static String toJson(ObjectMapper mapper, NameMatch m, double threshold) throws Exception {
    ObjectNode n = mapper.valueToTree(m);
    n.put("threshold", threshold);
    return mapper.writeValueAsString(n);
  }

  private static void print(PrintWriter out, NameMatch m, double threshold) {
    out.printf(
        Locale.ROOT,
        "score %.3f: %s (threshold %.2f)%n",
        m.score(),
        m.match() ? "match" : "no match",
        threshold);
    int w = 1;
    for (PartMatch p : m.alignment()) {
      w = Math.max(w, p.a().length());
    }
    for (String u : m.unmatchedA()) {
      w = Math.max(w, u.length());
    }
    String fmt = "  %-" + w + "s  %-" + Math.max(1, widthB(m)) + "s  %s%n";
    for (PartMatch p : m.alignment()) {
      out.printf(Locale.ROOT, fmt, p.a(), p.b(), p.tier().label());
    }
    for (String u : m.unmatchedA()) {
      out.printf(Locale.ROOT, fmt, u, "-", "unmatched");
    }
    for (String u : m.unmatchedB()) {
      out.printf(Locale.ROOT, fmt, "-", u, "unmatched");
    }
    if (m.genderConflict()) {
      out.println("  gender conflict");
    }
    out.println(m.explanation());
  }

  private static int widthB(NameMatch m) {
    int w = 1;
    for (PartMatch p : m.alignment()) {
      w = Math.max(w, p.b().length());
    }
    for (String u : m.unmatchedB()) {
      w = Math.max(w, u.length());
    }
    return w;
  }
}
