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
 * @param id unique, non-blank identifier, well-formed Unicode (no unpaired surrogate); adding a
 *     document with an existing id replaces it
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
    checkId(id);
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

  /**
   * Refuses an id that is blank or not well-formed Unicode (an unpaired surrogate): the index
   * stores ids as UTF-8, where every unpaired surrogate would become U+FFFD and different ids would
   * be one document.
   */
  static void checkId(String id) {
    if (id.isBlank()) {
      throw new IllegalArgumentException("document id must not be blank");
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < id.length()
          && Character.isLowSurrogate(id.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException(
            String.format(
                java.util.Locale.ROOT,
                "document id is not well-formed Unicode: unpaired surrogate U+%04X at index %d",
                (int) c,
                i));
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
