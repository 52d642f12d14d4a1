package io.namesearch.opensearch;

import io.namesearch.engine.MatchTier;
import io.namesearch.search.NameQuery;
import io.namesearch.search.SearchOptions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.opensearch.core.common.ParsingException;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;
import org.opensearch.core.xcontent.XContentBuilder;
import org.opensearch.core.xcontent.XContentLocation;
import org.opensearch.core.xcontent.XContentParser;
import org.opensearch.index.mapper.MappedFieldType;
import org.opensearch.index.mapper.TextFieldMapper;
import org.opensearch.index.query.AbstractQueryBuilder;
import org.opensearch.index.query.QueryShardContext;
import org.opensearch.index.query.QueryShardException;

/**
 * The {@code russian_name} query: the library's tiered name query ({@link NameQuery}) over text
 * fields analysed with the {@code russian_name} analyzer.
 *
 * <pre>
 * { "russian_name": { "query": "Khodorkovsky", "fields": ["title", "body"],
 *                     "tiers": ["exact", "variant", "family", "derived", "typo"],
 *                     "nicknames": false, "fuzzy": true } }
 * </pre>
 *
 * <p>Options as the library's {@link SearchOptions}: {@code tiers} (the tiers that count; exact is
 * always on; default all but nickname), {@code nicknames} (add the nickname tier) and {@code
 * fuzzy} (false: leave out the typo tier), plus {@code boost} and {@code _name}.
 */
public final class RussianNameQueryBuilder extends AbstractQueryBuilder<RussianNameQueryBuilder> {

  /** The query's name in the DSL. */
  public static final String NAME = "russian_name";

  private static final String QUERY = "query";
  private static final String FIELDS = "fields";
  private static final String TIERS = "tiers";
  private static final String NICKNAMES = "nicknames";
  private static final String FUZZY = "fuzzy";
  private static final List<String> OPTIONS =
      List.of(QUERY, FIELDS, TIERS, NICKNAMES, FUZZY, BOOST_FIELD.getPreferredName(),
          NAME_FIELD.getPreferredName());

  private final String text;
  private final List<String> fields;
  private final Set<MatchTier> tiers;

  /**
   * A query for {@code text} over {@code fields} with these tiers (exact is always added).
   *
   * @throws IllegalArgumentException when the text is not a valid name query or no field is given
   */
  public RussianNameQueryBuilder(String text, List<String> fields, Set<MatchTier> tiers) {
    this.text = Objects.requireNonNull(text, "text");
    this.fields = List.copyOf(fields);
    EnumSet<MatchTier> t = EnumSet.of(MatchTier.EXACT);
    t.addAll(tiers);
    this.tiers = Set.copyOf(t);
    if (this.fields.isEmpty()) {
      throw new IllegalArgumentException("[" + NAME + "] needs at least one field in [fields]");
    }
    try {
      NameQuery.check(text);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("[" + NAME + "] " + e.getMessage());
    }
  }

  /** A query for {@code text} over {@code fields} with the library's default tiers. */
  public RussianNameQueryBuilder(String text, List<String> fields) {
    this(text, fields, SearchOptions.DEFAULT_TIERS);
  }

  /** Reads the query from another node. */
  public RussianNameQueryBuilder(StreamInput in) throws IOException {
    super(in);
    this.text = in.readString();
    this.fields = List.copyOf(in.readStringList());
    EnumSet<MatchTier> t = EnumSet.noneOf(MatchTier.class);
    for (String label : in.readStringList()) {
      t.add(tier(label).orElseThrow(() -> new IOException("unknown tier [" + label + "]")));
    }
    this.tiers = Set.copyOf(t);
  }

  @Override
  protected void doWriteTo(StreamOutput out) throws IOException {
    out.writeString(text);
    out.writeStringCollection(fields);
    out.writeStringCollection(labels(tiers));
  }

  /** The query text. */
  public String text() {
    return text;
  }

  /** The fields searched. */
  public List<String> fields() {
    return fields;
  }

  /** The tiers that count. */
  public Set<MatchTier> tiers() {
    return tiers;
  }

  @Override
  public String getWriteableName() {
    return NAME;
  }

  @Override
  protected void doXContent(XContentBuilder builder, Params params) throws IOException {
    builder.startObject(NAME);
    builder.field(QUERY, text);
    builder.field(FIELDS, fields);
    builder.field(TIERS, labels(tiers));
    printBoostAndQueryName(builder);
    builder.endObject();
  }

  /** The tier labels in tier order (strongest first). */
  private static List<String> labels(Set<MatchTier> tiers) {
    return EnumSet.copyOf(tiers).stream().map(MatchTier::label).toList();
  }

  private static java.util.Optional<MatchTier> tier(String label) {
    for (MatchTier t : MatchTier.values()) {
      if (t.label().equals(label)) {
        return java.util.Optional.of(t);
      }
    }
    return java.util.Optional.empty();
  }

  /** Parses {@code { "query": ..., "fields": [...], ... }}, the object after the query's name. */
  public static RussianNameQueryBuilder fromXContent(XContentParser parser) throws IOException {
    String text = null;
    List<String> fields = null;
    Set<MatchTier> tiers = null;
    Boolean nicknames = null;
    Boolean fuzzy = null;
    float boost = DEFAULT_BOOST;
    String queryName = null;
    XContentLocation start = parser.getTokenLocation();
    if (parser.currentToken() != XContentParser.Token.START_OBJECT) {
      throw error(start, "expects an object with [query] and [fields], not " + describe(parser));
    }
    XContentParser.Token token;
    String option = null;
    Set<String> seen = new LinkedHashSet<>();
    while ((token = parser.nextToken()) != XContentParser.Token.END_OBJECT) {
      if (token == XContentParser.Token.FIELD_NAME) {
        option = parser.currentName();
        if (!OPTIONS.contains(option)) {
          throw error(parser.getTokenLocation(),
              "unknown option [" + option + "]; the options are " + OPTIONS);
        }
        if (!seen.add(option)) {
          throw error(parser.getTokenLocation(), "[" + option + "] is given twice");
        }
        continue;
      }
      XContentLocation at = parser.getTokenLocation();
      switch (option) {
        case QUERY -> text = string(parser, option);
        case FIELDS -> fields = strings(parser, option);
        case TIERS -> {
          tiers = EnumSet.noneOf(MatchTier.class);
          for (String label : strings(parser, option)) {
            MatchTier t = tier(label).orElseThrow(() -> error(at, "unknown tier [" + label
                + "] in [tiers]; the tiers are " + labels(EnumSet.allOf(MatchTier.class))));
            tiers.add(t);
          }
        }
        case NICKNAMES -> nicknames = bool(parser, option);
        case FUZZY -> fuzzy = bool(parser, option);
        case "boost" -> {
          if (token != XContentParser.Token.VALUE_NUMBER) {
            throw error(at, "[boost] must be a number, not " + describe(parser));
          }
          boost = parser.floatValue();
          if (!(boost >= 0) || !Float.isFinite(boost)) {
            throw error(at, "[boost] must be a non-negative number, not " + boost);
          }
        }
        case "_name" -> queryName = string(parser, option);
        default -> throw new IllegalStateException(option);
      }
    }
    if (text == null) {
      throw error(start, "[query] is missing: give the name to search for");
    }
    if (fields == null) {
      throw error(start, "[fields] is missing: give the text fields to search, as a list");
    }
    if (fields.isEmpty()) {
      throw error(start, "[fields] is empty: give at least one text field");
    }
    EnumSet<MatchTier> t = EnumSet.copyOf(tiers == null ? SearchOptions.DEFAULT_TIERS : tiers);
    t.add(MatchTier.EXACT);
    if (nicknames != null) {
      if (tiers != null && nicknames != tiers.contains(MatchTier.NICKNAME)) {
        throw error(start, "[nicknames] is " + nicknames + " but [tiers] "
            + (nicknames ? "leaves out" : "has") + " [nickname]; give one of the two");
      }
      if (nicknames) {
        t.add(MatchTier.NICKNAME);
      } else {
        t.remove(MatchTier.NICKNAME);
      }
    }
    if (fuzzy != null) {
      if (tiers != null && fuzzy != tiers.contains(MatchTier.FUZZY)) {
        throw error(start, "[fuzzy] is " + fuzzy + " but [tiers] "
            + (fuzzy ? "leaves out" : "has") + " [typo]; give one of the two");
      }
      if (fuzzy) {
        t.add(MatchTier.FUZZY);
      } else {
        t.remove(MatchTier.FUZZY);
      }
    }
    RussianNameQueryBuilder q;
    try {
      q = new RussianNameQueryBuilder(text, fields, t);
    } catch (IllegalArgumentException e) {
      throw error(start, e.getMessage().substring(NAME.length() + 3));
    }
    q.boost(boost);
    if (queryName != null) {
      q.queryName(queryName);
    }
    return q;
  }

  private static ParsingException error(XContentLocation at, String message) {
    return new ParsingException(at, "[" + NAME + "] " + message);
  }

  private static String describe(XContentParser parser) throws IOException {
    XContentParser.Token t = parser.currentToken();
    if (t == null) {
      return "nothing";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "a list";
      case VALUE_STRING -> "the string [" + parser.text() + "]";
      case VALUE_NUMBER -> "the number [" + parser.text() + "]";
      case VALUE_BOOLEAN -> "[" + parser.text() + "]";
      case VALUE_NULL -> "null";
      default -> t.name().toLowerCase(Locale.ROOT);
    };
  }

  private static String string(XContentParser parser, String option) throws IOException {
    if (parser.currentToken() != XContentParser.Token.VALUE_STRING) {
      throw error(parser.getTokenLocation(),
          "[" + option + "] must be a string, not " + describe(parser));
    }
    return parser.text();
  }

  private static boolean bool(XContentParser parser, String option) throws IOException {
    if (parser.currentToken() != XContentParser.Token.VALUE_BOOLEAN) {
      throw error(parser.getTokenLocation(),
          "[" + option + "] must be true or false, not " + describe(parser));
    }
    return parser.booleanValue();
  }

  private static List<String> strings(XContentParser parser, String option) throws IOException {
    if (parser.currentToken() != XContentParser.Token.START_ARRAY) {
      throw error(parser.getTokenLocation(),
          "[" + option + "] must be a list of strings, not " + describe(parser));
    }
    List<String> values = new ArrayList<>();
    while (parser.nextToken() != XContentParser.Token.END_ARRAY) {
      if (parser.currentToken() != XContentParser.Token.VALUE_STRING) {
        throw error(parser.getTokenLocation(),
            "[" + option + "] must be a list of strings, but has " + describe(parser));
      }
      values.add(parser.text());
    }
    return values;
  }

  @Override
  protected Query doToQuery(QueryShardContext context) throws IOException {
    List<String> resolved = new ArrayList<>();
    for (String field : fields) {
      Set<String> names =
          field.contains("*") ? context.simpleMatchToIndexNames(field) : Set.of(field);
      for (String name : names) {
        MappedFieldType type = context.fieldMapper(name);
        if (type == null) {
          continue; // not in this index's mapping: matches nothing, as in match queries
        }
        if (!(type instanceof TextFieldMapper.TextFieldType)) {
          if (field.contains("*")) {
            continue;
          }
          throw new QueryShardException(context, "[" + NAME + "] field [" + name + "] is of type ["
              + type.typeName() + "]; only text fields (analyzer russian_name) can be searched");
        }
        if (!resolved.contains(type.name())) {
          resolved.add(type.name());
        }
      }
    }
    if (resolved.isEmpty()) {
      return new MatchNoDocsQuery("[" + NAME + "] none of the fields " + fields + " is mapped");
    }
    SearchOptions options = SearchOptions.builder().tiers(tiers).build();
    return new ShardNameQuery(text, options, resolved);
  }

  @Override
  protected boolean doEquals(RussianNameQueryBuilder other) {
    return text.equals(other.text) && fields.equals(other.fields) && tiers.equals(other.tiers);
  }

  @Override
  protected int doHashCode() {
    return Objects.hash(text, fields, tiers);
  }
}
