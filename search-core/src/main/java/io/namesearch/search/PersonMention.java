package io.namesearch.search;

import io.namesearch.engine.MatchTier;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How a hit names the person a {@link QueryMode#PERSON} query asks for: its best mention of the
 * query's surname and what stands next to it.
 *
 * @param kind how the document names the person
 * @param documentText the mention as written in the document, such as {@code Дмитрию Палюге}
 * @param query the query's name as typed
 * @param field the field the mention is in
 * @param tiers the tiers at which the mention's words match the query's words, in the order of the
 *     mention (given name, patronymic, surname as they occur)
 */
public record PersonMention(
    Kind kind, String documentText, String query, String field, List<MatchTier> tiers) {

  /** How a document names a person, best first. */
  public enum Kind {
    /** Given name and surname as one mention (optionally with a patronymic or initial between). */
    FULL_NAME("full name"),
    /** The given name's initial (or a diminutive) with the surname. */
    INITIAL("initial + surname"),
    /** The surname with no given name or initial next to it. */
    SURNAME("surname only"),
    /** The surname only with another given name or initial: about someone else. */
    NAMESAKE("another given name"),
    /** The surname nowhere: other words of the query only. */
    NO_SURNAME("no surname");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** A short label such as {@code full name}. */
    public String label() {
      return label;
    }

    /** The lower-case, underscored name used in JSON, such as {@code full_name}. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Validates the fields and copies the tiers. */
  public PersonMention {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(documentText, "documentText");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(field, "field");
    tiers = List.copyOf(tiers);
  }

  /**
   * A short explanation: {@code Дмитрию Палюге ≈ Dmitry Palyuga (full name; variant, family)},
   * {@code D. Palyuga ≈ Dmitry Palyuga (initial + surname)}, {@code Sergey Palyuga: another given
   * name}.
   */
  public String explain() {
    if (kind == Kind.NAMESAKE) {
      return documentText + ": " + kind.label();
    }
    if (kind == Kind.NO_SURNAME) {
      return query + ": " + kind.label();
    }
    StringBuilder b =
        new StringBuilder(documentText)
            .append(" ≈ ")
            .append(query)
            .append(" (")
            .append(kind.label());
    if (!tiers.isEmpty()) {
      b.append("; ");
      for (int i = 0; i < tiers.size(); i++) {
        b.append(i > 0 ? ", " : "").append(tiers.get(i).label());
      }
    }
    return b.append(')').toString();
  }
}
