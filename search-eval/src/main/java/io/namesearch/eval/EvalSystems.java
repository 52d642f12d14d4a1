package io.namesearch.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The systems {@code search eval} knows by name. The five Lucene baselines are always present;
 * {@code ours} (the product) is present once something calls {@link #register} for it, see {@link
 * OursSystem}.
 */
public final class EvalSystems {

  /** The product's name in the report. */
  public static final String OURS = "ours";

  /** The report order; {@code ours} first when it is available. */
  private static final List<String> ORDER = List.of(OURS, "standard", "icu", "bm", "dm", "fuzzy2");

  /** The Lucene baselines, by how they combine stacked tokens. */
  private static final Map<String, Function<LuceneBaseline.Stacked, EvalSystem>> BASELINES =
      new LinkedHashMap<>();

  /** Systems registered from outside, such as {@code ours}. */
  private static final Map<String, Supplier<EvalSystem>> FACTORIES = new LinkedHashMap<>();

  static {
    BASELINES.put("standard", LuceneBaseline::standard);
    BASELINES.put("icu", LuceneBaseline::icu);
    BASELINES.put("bm", LuceneBaseline::beiderMorse);
    BASELINES.put("dm", LuceneBaseline::daitchMokotoff);
    BASELINES.put("fuzzy2", LuceneBaseline::fuzzy2);
    FACTORIES.put(OURS, OursSystem::new);
  }

  private EvalSystems() {}

  /**
   * Makes {@code name} available (a registered factory wins over a baseline of the same name); the
   * main CLI can register {@code ours} here.
   */
  public static synchronized void register(String name, Supplier<EvalSystem> factory) {
    FACTORIES.put(Objects.requireNonNull(name), Objects.requireNonNull(factory));
  }

  /** Whether a system of that name can be built. */
  public static synchronized boolean isAvailable(String name) {
    return FACTORIES.containsKey(name) || BASELINES.containsKey(name);
  }

  /** Every name {@code --systems} accepts, in report order, available or not. */
  public static synchronized List<String> knownNames() {
    List<String> names = new ArrayList<>(ORDER);
    for (String name : FACTORIES.keySet()) { // registered extra systems go last
      if (!names.contains(name)) {
        names.add(name);
      }
    }
    return Collections.unmodifiableList(names);
  }

  /** A new, empty system of that name; {@code stacked} applies to the Lucene baselines. */
  static synchronized EvalSystem create(String name, LuceneBaseline.Stacked stacked) {
    Supplier<EvalSystem> factory = FACTORIES.get(name);
    if (factory == null && BASELINES.containsKey(name)) {
      return BASELINES.get(name).apply(stacked);
    }
    if (factory == null) {
      throw new IllegalArgumentException("system '" + name + "' is not available in this build");
    }
    return factory.get();
  }
}
