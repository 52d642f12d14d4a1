package io.namesearch.engine;

import io.namesearch.engine.internal.CompiledRules;

/**
 * The rule tables of the name engine: the built-in ones, loaded once from the resource files in
 * {@code io/namesearch/engine/} (the rules README documents each) and checked on load. A handle to
 * pass to {@link NameEngine}, the analyzer and the token filter factory; the compiled tables behind
 * it are internal. Immutable and safe to share across threads.
 */
public final class NameRules {

  static {
    CompiledRules.setAccess(
        new CompiledRules.Access() {
          @Override
          public CompiledRules tables(NameRules rules) {
            return rules.tables;
          }

          @Override
          public NameRules handle(CompiledRules tables) {
            return new NameRules(tables);
          }
        });
  }

  private static final class DefaultHolder {
    static final NameRules DEFAULT = new NameRules(CompiledRules.builtIn());
  }

  private final CompiledRules tables;

  private NameRules(CompiledRules tables) {
    this.tables = tables;
  }

  /** The built-in rule tables, loaded once. */
  public static NameRules defaults() {
    return DefaultHolder.DEFAULT;
  }

  /** Number of orthography profiles (base first). */
  public int profileCount() {
    return tables.profileCount();
  }

  /** The name of profile {@code i}. */
  public String profileName(int i) {
    return tables.profileName(i);
  }

  /**
   * A short hex digest of everything the keys of a word depend on (the rows of the rule tables that
   * make keys, and the code revision that reads them). An index records the fingerprint of the
   * rules that built it; one built with other rules has other keys and must be built again.
   */
  public String fingerprint() {
    return tables.fingerprint();
  }

  @Override
  public String toString() {
    return tables.toString().replace("CompiledRules", "NameRules");
  }
}
