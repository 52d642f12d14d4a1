package io.namesearch.search;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One ranked result.
 *
 * @param document the stored document
 * @param score the raw relevance score; higher is better, comparable within one result only
 * @param snippets passages with the matched words marked; empty when highlighting is off
 * @param matches for each query word that matched, the document word and the tier
 * @param normalizedScore the score on a scale from 0 to 1 that means the same for every query: the
 *     raw score divided by the score of a document that matches every query word exactly (capped at
 *     1), so 1.0 when every query word matches exactly; for {@link QuerySyntax#LUCENE} queries,
 *     which have no such ideal, {@code score / (1 + score)}
 * @param cursor an opaque token for {@link SearchOptions.Builder#after(String)}: the next page
 *     starts after this hit; empty for hits not made by a search
 * @param mention for a person query ({@link QueryMode#PERSON}) with explanations on, how the
 *     document names the person; empty otherwise
 */
public record Hit(
    Document document,
    float score,
    List<Snippet> snippets,
    List<WordMatch> matches,
    double normalizedScore,
    String cursor,
    Optional<PersonMention> mention) {

  /** A hit without a person mention. */
  public Hit(
      Document document,
      float score,
      List<Snippet> snippets,
      List<WordMatch> matches,
      double normalizedScore,
      String cursor) {
    this(document, score, snippets, matches, normalizedScore, cursor, Optional.empty());
  }

  /** Validates the fields and copies the lists. */
  public Hit {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(mention, "mention");
    snippets = List.copyOf(snippets);
    matches = List.copyOf(matches);
    Objects.requireNonNull(cursor, "cursor");
    if (!(normalizedScore >= 0 && normalizedScore <= 1)) {
      throw new IllegalArgumentException("normalizedScore must be in [0, 1]: " + normalizedScore);
    }
  }

  /** A hit without a normalised score or cursor, as a test or a caller might make it. */
  public Hit(Document document, float score, List<Snippet> snippets, List<WordMatch> matches) {
    this(document, score, snippets, matches, 0, "");
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
