package io.namesearch.engine;

/**
 * The immutable rule tables of the name engine, loaded from resource files. Safe to share across
 * threads. (Skeleton: the rule tables arrive with the engine implementation.)
 */
public final class NameRules {

  private static final class DefaultHolder {
    static final NameRules DEFAULT = new NameRules();
  }

  private NameRules() {}

  /** The built-in rule tables, loaded once. */
  public static NameRules defaults() {
    return DefaultHolder.DEFAULT;
  }
}
