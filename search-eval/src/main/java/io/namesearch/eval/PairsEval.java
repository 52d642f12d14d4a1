package io.namesearch.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code search eval --pairs FILE}: scores labelled name pairs with the product's matcher and the
 * baselines and reports ROC AUC, the best F1, precision at recall 0.95, recall at a 1% false-match
 * rate, the false-match rate at the default threshold and pairs per second.
 */
public final class PairsEval {

  /** One labelled pair. */
  public record Pair(String a, String b, boolean match, String source, int line) {}

  /** A malformed pairs file. */
  public static final class FormatException extends Exception {
    FormatException(String message) {
      super(message);
    }
  }

  /** The outcome of one system. */
  public record Result(String name, PairMetrics metrics, double pairsPerSecond, int errors) {}

  private PairsEval() {}

  /**
   * Reads a pairs file: tab-separated {@code name_a name_b should_match [source]}, an optional
   * header line starting {@code name_a}, {@code #} comment lines and blank lines skipped.
   */
  public static List<Pair> read(Path file) throws IOException, FormatException {
    List<Pair> pairs = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int no = 0;
      while ((line = r.readLine()) != null) {
        no++;
        if (line.isBlank() || line.startsWith("#") || no == 1 && line.startsWith("name_a")) {
          continue;
        }
        String[] c = line.split("\t", -1);
        if (c.length < 3) {
          throw new FormatException(
              file
                  + " line "
                  + no
                  + ": expected name_a <TAB> name_b <TAB> should_match [<TAB> source], got "
                  + c.length
                  + " column(s)");
        }
        String label = c[2].strip();
        boolean match;
        if (label.equals("1") || label.equalsIgnoreCase("true")) {
          match = true;
        } else if (label.equals("0") || label.equalsIgnoreCase("false")) {
          match = false;
        } else {
          throw new FormatException(
              file + " line " + no + ": should_match must be 1 or 0, got '" + label + "'");
        }
        if (c[0].isBlank() || c[1].isBlank()) {
          throw new FormatException(file + " line " + no + ": empty name");
        }
        pairs.add(
            new Pair(c[0].strip(), c[1].strip(), match, c.length > 3 ? c[3].strip() : "", no));
      }
    }
    if (pairs.isEmpty()) {
      throw new FormatException(file + ": no pairs");
    }
    return pairs;
  }

  /** Scores every pair with the system, once untimed (at most about 3 s) and once timed. */
  public static Result run(PairSystem system, List<Pair> pairs) {
    long warmEnd = System.nanoTime() + 3_000_000_000L;
    for (int i = 0; i < pairs.size() && System.nanoTime() < warmEnd; i++) {
      safeScore(system, pairs.get(i));
    }
    double[] scores = new double[pairs.size()];
    boolean[] labels = new boolean[pairs.size()];
    int errors = 0;
    long t0 = System.nanoTime();
    for (int i = 0; i < pairs.size(); i++) {
      double s = safeScore(system, pairs.get(i));
      if (Double.isNaN(s)) {
        errors++;
        s = Double.NEGATIVE_INFINITY;
      }
      scores[i] = s;
      labels[i] = pairs.get(i).match();
    }
    double seconds = Math.max(1e-9, (System.nanoTime() - t0) / 1e9);
    PairMetrics m = PairMetrics.of(scores, labels, system.defaultThreshold());
    return new Result(system.name(), m, pairs.size() / seconds, errors);
  }

  private static double safeScore(PairSystem system, Pair p) {
    try {
      return system.score(p.a(), p.b());
    } catch (IllegalArgumentException e) {
      return Double.NaN; // a name the system cannot read scores lowest
    }
  }

  /** Prints the table of results. */
  public static void printTable(
      PrintWriter out, Path file, List<Pair> pairs, List<Result> results) {
    int pos = (int) pairs.stream().filter(Pair::match).count();
    out.printf(
        Locale.ROOT,
        "%s: %d pairs (%d should match, %d should not)%n%n",
        file,
        pairs.size(),
        pos,
        pairs.size() - pos);
    int w = 16;
    for (Result r : results) {
      w = Math.max(w, r.name().length() + 2);
    }
    Table t = new Table(out, "%-26s", w, results);
    t.row("", Result::name);
    t.row("ROC AUC", r -> fmt(r.metrics().rocAuc(), 4));
    t.row("best F1", r -> fmt(r.metrics().bestF1(), 4));
    t.row("  at threshold", r -> fmt(r.metrics().bestF1Threshold(), 3));
    t.row("precision at recall 0.95", r -> fmt(r.metrics().precisionAtRecall95(), 4));
    t.row("recall at 1% false match", r -> fmt(r.metrics().recallAtFmr1(), 4));
    t.row("default threshold", r -> fmt(r.metrics().threshold(), 2));
    t.row("  false-match rate", r -> fmt(r.metrics().fmrAtThreshold(), 4));
    t.row("  recall", r -> fmt(r.metrics().recallAtThreshold(), 4));
    t.row("pairs/s (1 thread)", r -> String.format(Locale.ROOT, "%.0f", r.pairsPerSecond()));
    if (results.stream().anyMatch(r -> r.errors() > 0)) {
      t.row("unreadable pairs", r -> Integer.toString(r.errors()));
    }
  }

  private interface Cell {
    String of(Result r);
  }

  /**
   * The table being printed: a {@code head}-formatted label, then a cell {@code w} wide a result.
   */
  private record Table(PrintWriter out, String head, int w, List<Result> results) {
    void row(String label, Cell cell) {
      StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, head, label));
      for (Result r : results) {
        sb.append(String.format(Locale.ROOT, "%" + w + "s", cell.of(r)));
      }
      out.println(sb);
    }
  }

  private static String fmt(double v, int digits) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%." + digits + "f", v);
  }

  /** The results as JSON. */
  public static String toJson(Path file, List<Pair> pairs, List<Result> results)
      throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("pairs", file.toString());
    root.put("count", pairs.size());
    root.put("positives", pairs.stream().filter(Pair::match).count());
    ArrayNode systems = root.putArray("systems");
    for (Result r : results) {
      ObjectNode s = systems.addObject();
      PairMetrics m = r.metrics();
      s.put("name", r.name());
      s.put("rocAuc", m.rocAuc());
      s.put("bestF1", m.bestF1());
      s.put("bestF1Threshold", m.bestF1Threshold());
      putNumber(s, "precisionAtRecall95", m.precisionAtRecall95());
      s.put("recallAtFalseMatchRate1", m.recallAtFmr1());
      putNumber(s, "defaultThreshold", m.threshold());
      putNumber(s, "falseMatchRateAtDefault", m.fmrAtThreshold());
      putNumber(s, "recallAtDefault", m.recallAtThreshold());
      s.put("pairsPerSecond", r.pairsPerSecond());
      s.put("unreadablePairs", r.errors());
    }
    return mapper.writeValueAsString(root);
  }

  private static void putNumber(ObjectNode n, String field, double v) {
    if (Double.isNaN(v)) {
      n.putNull(field);
    } else {
      n.put(field, v);
    }
  }
}
