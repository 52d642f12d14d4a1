package io.namesearch.opensearch;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.opensearch.common.settings.Settings;

/**
 * The options of the {@code russian_name} token filter and analyzers, read strictly from their
 * settings: an unknown option, a value that is not allowed or a value of the wrong type (a list, an
 * object) is an error that names the component and the option, never a silent default. New options
 * are added here, with a default that keeps today's behaviour, so existing index settings stay
 * valid.
 *
 * @param family whether the {@link NameOutput#ALL} output stacks family keys (default true)
 * @param output which tokens to emit (default {@link NameOutput#ALL})
 */
public record NameOptions(boolean family, NameOutput output) {

  /** Option: stack the family key (gender and adjective forms) when indexing. */
  public static final String FAMILY = "family";

  /**
   * Option: which tokens to emit ({@code all}, {@code variant}, {@code family}, {@code derived},
   * {@code nickname}, {@code typo}).
   */
  public static final String OUTPUT = "output";

  /** The options every component accepts. */
  private static final Set<String> OPTIONS = Set.of(FAMILY, OUTPUT);

  /** Keys OpenSearch itself puts in a component's settings. */
  private static final Set<String> INTERNAL = Set.of("type", "version", "index.version.created");

  /** The defaults: index the word, its variant keys and its family key. */
  public static final NameOptions DEFAULTS = new NameOptions(true, NameOutput.ALL);

  /**
   * Reads the options of one component.
   *
   * @param component what is configured, for messages, e.g. {@code analyzer [names]}
   * @param settings the component's settings
   * @param fixedOutput the output of a component whose output is its name ({@code
   *     russian_name_variant}), or null when the {@value #OUTPUT} option sets it
   */
  public static NameOptions parse(String component, Settings settings, NameOutput fixedOutput) {
    List<String> unknown = new ArrayList<>();
    for (String key : settings.keySet()) {
      boolean known = INTERNAL.contains(key) || (fixedOutput == null && OPTIONS.contains(key));
      if (!known) {
        unknown.add(key);
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          component
              + ": unknown setting "
              + unknown
              + "; the options are "
              + (fixedOutput == null ? "[family, output]" : "none (its output is fixed)"));
    }
    NameOutput output = fixedOutput;
    if (output == null) {
      String value = scalar(component, settings, OUTPUT);
      try {
        output = NameOutput.parse(value == null ? NameOutput.ALL.value() : value);
      } catch (IllegalArgumentException e) {
        // no cause: the REST error would repeat the message in caused_by
        throw new IllegalArgumentException(component + ": " + e.getMessage());
      }
    }
    String familyValue = scalar(component, settings, FAMILY);
    if (familyValue != null && output != NameOutput.ALL) {
      throw new IllegalArgumentException(
          component
              + ": ["
              + FAMILY
              + "] applies only to output [all] (indexing); output ["
              + output.value()
              + "] is for queries");
    }
    boolean family = parseBoolean(component, FAMILY, familyValue, true);
    return new NameOptions(family, output);
  }

  /** The value of one option, or null; a list is an error. */
  private static String scalar(String component, Settings settings, String key) {
    String value = settings.get(key);
    if (value == null) {
      return null;
    }
    // Settings keeps a JSON list as a list, whose get() is its toString(): tell them apart
    List<String> list = settings.getAsList(key);
    if (list.size() != 1 || !list.get(0).equals(value)) {
      throw new IllegalArgumentException(
          component + ": [" + key + "] must be a single value, not a list " + list);
    }
    return value;
  }

  private static boolean parseBoolean(String component, String key, String value, boolean dflt) {
    if (value == null) {
      return dflt;
    }
    return switch (value) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw new IllegalArgumentException(
              component + ": [" + key + "] must be true or false, not [" + value + "]");
    };
  }
}
