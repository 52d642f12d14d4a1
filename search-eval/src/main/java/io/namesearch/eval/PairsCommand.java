package io.namesearch.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** The {@code --pairs} mode of {@code search eval}, kept out of {@link EvalCommand}. */
final class PairsCommand {

  private PairsCommand() {}

  static int run(CommandLine cl, Path gold, Path file, List<String> systems, boolean json)
      throws IOException {
    if (gold != null) {
      throw new ParameterException(cl, "give either GOLD or --pairs FILE, not both");
    }
    List<String> names = new ArrayList<>();
    if (systems == null || systems.isEmpty()) {
      names.addAll(PairSystems.NAMES);
    } else {
      for (String s : systems) {
        String n = s.strip().toLowerCase(Locale.ROOT);
        if (n.isEmpty()) {
          continue;
        }
        if (!PairSystems.NAMES.contains(n)) {
          throw new ParameterException(
              cl,
              "--systems: unknown pair system '"
                  + s
                  + "' (known: "
                  + String.join(", ", PairSystems.NAMES)
                  + ")");
        }
        if (!names.contains(n)) {
          names.add(n);
        }
      }
      if (names.isEmpty()) {
        throw new ParameterException(cl, "--systems: no system given");
      }
    }
    List<PairsEval.Pair> pairs;
    try {
      pairs = PairsEval.read(file);
    } catch (PairsEval.FormatException e) {
      throw new ParameterException(cl, e.getMessage());
    } catch (java.nio.file.NoSuchFileException e) {
      throw new ParameterException(cl, "no such file: " + file);
    } catch (IOException e) {
      throw new ParameterException(cl, "cannot read pairs file " + file + ": " + e.getMessage());
    }
    PrintWriter err = cl.getErr();
    List<PairsEval.Result> results = new ArrayList<>();
    for (String n : names) {
      err.printf(Locale.ROOT, "eval: %s: %d pairs%n", n, pairs.size());
      err.flush();
      results.add(PairsEval.run(PairSystems.create(n), pairs));
    }
    PrintWriter out = cl.getOut();
    if (json) {
      out.println(PairsEval.toJson(file, pairs, results));
    } else {
      PairsEval.printTable(out, file, pairs, results);
    }
    out.flush();
    return 0;
  }
}
