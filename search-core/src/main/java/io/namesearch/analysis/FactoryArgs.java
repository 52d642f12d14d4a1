package io.namesearch.analysis;

import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.AbstractAnalysisFactory;

/** Strict parsing of factory arguments: a typo is an error, never a silent default. */
final class FactoryArgs {

  private FactoryArgs() {}

  /** Takes a boolean argument off the map; only "true" and "false" (any case) are accepted. */
  static boolean strictBoolean(
      AbstractAnalysisFactory factory, Map<String, String> args, String name, boolean dflt) {
    String value = factory.get(args, name);
    if (value == null) {
      return dflt;
    }
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw new IllegalArgumentException(
              "Parameter '" + name + "' must be true or false, not '" + value + "'");
    };
  }
}
