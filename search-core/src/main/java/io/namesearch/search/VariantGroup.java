package io.namesearch.search;

import java.util.List;
import java.util.Objects;

/**
 * One name of the index with its spellings ({@link NameIndex#allVariants(int)}).
 *
 * @param name the most frequent spelling
 * @param key the variant key the spellings share (how the index spells the name)
 * @param documents the documents of the spellings, summed (a document with two spellings counts
 *     twice)
 * @param forms the spellings, most documents first; each has tier {@code VARIANT}
 */
public record VariantGroup(String name, String key, long documents, List<Variant> forms) {

  /** Validates the fields and copies the list. */
  public VariantGroup {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(key, "key");
    forms = List.copyOf(forms);
  }
}
