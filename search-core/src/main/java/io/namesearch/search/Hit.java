package io.namesearch.search;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One ranked result.
 *
 * @param document the stored document
 * @param score the relevance score; higher is better, comparable within one result only
 * @param snippets passages with the matched words marked; empty when highlighting is off
 * @param matches for each query word that matched, the document word and the tier
 * @param mention for a person query ({@link QueryMode#PERSON}) with explanations on, how the
 *     document names the person; empty otherwise
 */
public record Hit(
    Document document,
    float score,
    List<Snippet> snippets,
    List<WordMatch> matches,
    Optional<PersonMention> mention) {

  /** A hit without a person mention. */
  public Hit(Document document, float score, List<Snippet> snippets, List<WordMatch> matches) {
    this(document, score, snippets, matches, Optional.empty());
  }

  /** Validates the fields and copies the lists. */
  public Hit {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(mention, "mention");
    snippets = List.copyOf(snippets);
    matches = List.copyOf(matches);
  }

  /** The document id. */
  public String id() {
    return document.id();
  }

  /** The document title. */
  public String title() {
    return document.title();
  }
}
