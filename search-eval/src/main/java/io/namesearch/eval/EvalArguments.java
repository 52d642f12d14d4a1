package io.namesearch.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Reads the values of {@code search eval}'s options that need more than picocli's conversion:
 * {@code --by}, {@code --systems} (and their completion candidates) and {@code --stacked}. A bad
 * value is a {@link ParameterException}: a one-line error and exit 2.
 */
final class EvalArguments {

  private EvalArguments() {}

  static final class StackedConverter
      implements CommandLine.ITypeConverter<LuceneBaseline.Stacked> {
    @Override
    public LuceneBaseline.Stacked convert(String value) {
      try {
        return LuceneBaseline.Stacked.valueOf(value.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(
            "expected should or synonym, got '" + value + "'");
      }
    }
  }

  /** The picocli completion candidates for {@code --systems}. */
  static final class SystemNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return EvalSystems.knownNames().iterator();
    }
  }

  /** The breakdowns {@code --by} names, in order, without repeats. */
  static List<String> dimensions(CommandLine cl, List<String> by) {
    List<String> dims = new ArrayList<>();
    for (String d : by == null ? List.of("kind") : by) {
      String key = d.strip().toLowerCase(Locale.ROOT);
      switch (key) {
        case "none", "" -> {}
        case "scheme", "lang", "lang_or_scheme" -> add(dims, "lang_or_scheme");
        case "kind", "source" -> add(dims, key);
        default ->
            throw new ParameterException(
                cl,
                "--by: unknown breakdown '" + d + "' (use kind, lang_or_scheme, source or none)");
      }
    }
    return dims;
  }

  private static void add(List<String> list, String s) {
    if (!list.contains(s)) {
      list.add(s);
    }
  }

  /** The systems {@code --systems} names (default: all available), checked. */
  static List<String> systemNames(CommandLine cl, List<String> systems) {
    List<String> names = new ArrayList<>();
    if (systems == null || systems.isEmpty()) {
      for (String n : EvalSystems.knownNames()) {
        if (EvalSystems.isAvailable(n)) {
          names.add(n);
        } else {
          cl.getErr().println("eval: skipping '" + n + "': not available in this build");
        }
      }
      return names;
    }
    for (String s : systems) {
      String n = s.strip().toLowerCase(Locale.ROOT);
      if (n.isEmpty()) {
        continue;
      }
      if (!EvalSystems.knownNames().contains(n)) {
        throw new ParameterException(
            cl,
            "--systems: unknown system '"
                + s
                + "' (known: "
                + String.join(", ", EvalSystems.knownNames())
                + ")");
      }
      if (!EvalSystems.isAvailable(n)) {
        throw new ParameterException(cl, "--systems: '" + n + "' is not available in this build");
      }
      add(names, n);
    }
    if (names.isEmpty()) {
      throw new ParameterException(cl, "--systems: no system given");
    }
    return names;
  }
}
