package io.namesearch.engine.internal;

import io.namesearch.engine.NameMatcher;
import java.util.List;

/**
 * The parts of a person's name as the {@link NameMatcher} reads them.
 *
 * @lucene.internal
 */
public final class NameParts {

  private NameParts() {}

  /** What a part of a name is. */
  public enum Role {
    /** The surname of a comma form. */
    SURNAME,
    /** A name part whose role the order does not tell (given name or surname). */
    NAME,
    PATRONYMIC,
    INITIAL
  }

  /** One part of a name, keyed once. */
  public record Part(
      String text,
      Role role,
      List<String> keys,
      List<String> families,
      List<String> nearKeys,
      boolean firstName,
      int position) {
    boolean minor() {
      return role == Role.PATRONYMIC || role == Role.INITIAL;
    }
  }

  /** A name split into parts. */
  public record Parsed(List<Part> parts, List<String> ignored) {}
}
