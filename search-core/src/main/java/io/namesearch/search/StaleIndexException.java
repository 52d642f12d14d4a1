package io.namesearch.search;

import java.io.IOException;
import java.util.Optional;

/**
 * An index whose keys were made by other name rules than this version's (its commit records another
 * {@link io.namesearch.engine.NameRules#fingerprint()}, or none). Searching it would silently miss
 * spellings, and adding to it would mix two kinds of keys, so it is refused when opened and left as
 * it was. {@link NameIndex#rebuild(java.nio.file.Path, java.nio.file.Path)} builds a new index from
 * its stored documents.
 */
public final class StaleIndexException extends IOException {

  private static final long serialVersionUID = 1L;

  private final String index;
  private final String recorded;
  private final String current;

  StaleIndexException(String where, Optional<String> recorded, String current) {
    super(
        "index "
            + where
            + " was built with other name rules ("
            + recorded.orElse("not recorded")
            + ", this version's are "
            + current
            + "); its keys would miss spellings, so build it again into a new folder");
    this.index = where;
    this.recorded = recorded.orElse("");
    this.current = current;
  }

  /** The index, as the message names it: its folder. */
  public String index() {
    return index;
  }

  /** The fingerprint the index records, or empty when it records none. */
  public Optional<String> recorded() {
    return recorded.isEmpty() ? Optional.empty() : Optional.of(recorded);
  }

  /** The fingerprint of this version's name rules. */
  public String current() {
    return current;
  }
}
