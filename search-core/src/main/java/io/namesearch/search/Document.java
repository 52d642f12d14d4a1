package io.namesearch.search;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A document of the index: an id, a title, a body, and optional source, date and metadata.
 *
 * <pre>{@code
 * Document doc = Document.builder("seed-000")
 *     .title("Russian official faces conscription")
 *     .body("A municipal deputy, Dmitry Baltrukov, ...")
 *     .source("seeds/000.txt")
 *     .build();
 * }</pre>
 *
 * @param id unique, non-blank identifier; adding a document with an existing id replaces it
 * @param title the title, possibly empty
 * @param body the text, possibly empty
 * @param source where the document came from, such as a file path or URL
 * @param date the document's date
 * @param metadata free key/value pairs, stored and returned with hits (not searched)
 */
public record Document(
    String id,
    String title,
    String body,
    Optional<String> source,
    Optional<LocalDate> date,
    Map<String, String> metadata) {

  /** Validates the fields and copies the metadata. */
  public Document {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("document id must not be blank");
    }
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(date, "date");
    metadata = Map.copyOf(metadata);
    for (String key : metadata.keySet()) {
      if (key.isBlank()) {
        throw new IllegalArgumentException("metadata keys must not be blank");
      }
    }
  }

  /** Starts a document with the given id. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** A builder of {@link Document}; title and body default to empty. */
  public static final class Builder {
    private final String id;
    private String title = "";
    private String body = "";
    private Optional<String> source = Optional.empty();
    private Optional<LocalDate> date = Optional.empty();
    private final Map<String, String> metadata = new LinkedHashMap<>();

    private Builder(String id) {
      this.id = Objects.requireNonNull(id, "id");
    }

    /** Sets the title. */
    public Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title");
      return this;
    }

    /** Sets the body text. */
    public Builder body(String body) {
      this.body = Objects.requireNonNull(body, "body");
      return this;
    }

    /** Sets the source, such as a file path. */
    public Builder source(String source) {
      this.source = Optional.of(Objects.requireNonNull(source, "source"));
      return this;
    }

    /** Sets the date. */
    public Builder date(LocalDate date) {
      this.date = Optional.of(Objects.requireNonNull(date, "date"));
      return this;
    }

    /** Adds one metadata entry. */
    public Builder metadata(String key, String value) {
      metadata.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** Builds the immutable document. */
    public Document build() {
      return new Document(id, title, body, source, date, metadata);
    }
  }
}
