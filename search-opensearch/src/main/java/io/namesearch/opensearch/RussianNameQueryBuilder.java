package io.namesearch.opensearch;

import io.namesearch.engine.MatchTier;
import io.namesearch.search.NameQuery;
import io.namesearch.search.QueryMode;
import io.namesearch.search.SearchOptions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;
import org.opensearch.core.xcontent.XContentBuilder;
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
 *                     "nicknames": false, "fuzzy": true, "mode": "person" } }
 * </pre>
 *
 * <p>Options as the library's {@link SearchOptions}: {@code tiers} (the tiers that count; exact is
 * always on; default all but nickname), {@code nicknames} (add the nickname tier) and {@code fuzzy}
 * (false: leave out the typo tier), {@code mode} ({@code person}, the default: a query that is a
 * personal name ranks the documents that name the person first, as the library's {@link
 * QueryMode#PERSON}; {@code words}: each word on its own), plus {@code boost} and {@code _name}.
 * Parsed by {@link NameQueryParser}; person mode is applied by {@link PersonRescoring}.
 */
public final class RussianNameQueryBuilder extends AbstractQueryBuilder<RussianNameQueryBuilder> {

  /** The query's name in the DSL. */
  public static final String NAME = "russian_name";

  private final String text;
  private final List<String> fields;
  private final Set<MatchTier> tiers;
  private final QueryMode mode;

  /**
   * The best words score of all the documents searched, learnt by {@link PersonSpanFilter} before
   * the search reaches the shards (NaN when not known): the person pass sets the kinds apart by it,
   * as the library does. Not part of the DSL; it travels between nodes only.
   */
  private final float best;

  /**
   * A query for {@code text} over {@code fields} with these tiers (exact is always added).
   *
   * @throws IllegalArgumentException when the text is not a valid name query or no field is given
   */
  public RussianNameQueryBuilder(
      String text, List<String> fields, Set<MatchTier> tiers, QueryMode mode) {
    this.text = Objects.requireNonNull(text, "text");
    this.mode = Objects.requireNonNull(mode, "mode");
    this.best = Float.NaN;
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

  /** This query with {@code best}, or the words-mode query, as a copy (name, boost kept). */
  private RussianNameQueryBuilder(RussianNameQueryBuilder q, QueryMode mode, float best) {
    this.text = q.text;
    this.fields = q.fields;
    this.tiers = q.tiers;
    this.mode = mode;
    this.best = best;
    boost(q.boost());
    queryName(q.queryName());
  }

  /**
   * This query with the best words score of all the documents searched ({@link PersonSpanFilter}).
   */
  RussianNameQueryBuilder withBest(float best) {
    return new RussianNameQueryBuilder(this, mode, best);
  }

  /** The words query of this one ({@code "mode": "words"}), without boost or name. */
  RussianNameQueryBuilder words() {
    return new RussianNameQueryBuilder(this, QueryMode.WORDS, Float.NaN).boost(1f).queryName(null);
  }

  /** The best words score of all the documents searched, or NaN when not known. */
  float best() {
    return best;
  }

  /** A person-aware query for {@code text} over {@code fields} with these tiers. */
  public RussianNameQueryBuilder(String text, List<String> fields, Set<MatchTier> tiers) {
    this(text, fields, tiers, QueryMode.PERSON);
  }

  /** A query for {@code text} over {@code fields} with the library's defaults. */
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
    this.mode = in.readEnum(QueryMode.class);
    this.best = in.readFloat();
  }

  @Override
  protected void doWriteTo(StreamOutput out) throws IOException {
    out.writeString(text);
    out.writeStringCollection(fields);
    out.writeStringCollection(labels(tiers));
    out.writeEnum(mode);
    out.writeFloat(best);
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

  /** How the words combine: as one person's name where they form one (the default), or not. */
  public QueryMode mode() {
    return mode;
  }

  @Override
  public String getWriteableName() {
    return NAME;
  }

  @Override
  protected void doXContent(XContentBuilder builder, Params params) throws IOException {
    builder.startObject(NAME);
    builder.field(NameQueryParser.QUERY, text);
    builder.field(NameQueryParser.FIELDS, fields);
    builder.field(NameQueryParser.TIERS, labels(tiers));
    builder.field(NameQueryParser.MODE, label(mode));
    printBoostAndQueryName(builder);
    builder.endObject();
  }

  /** The tier labels in tier order (strongest first). */
  static List<String> labels(Set<MatchTier> tiers) {
    return EnumSet.copyOf(tiers).stream().map(MatchTier::label).toList();
  }

  static Optional<MatchTier> tier(String label) {
    for (MatchTier t : MatchTier.values()) {
      if (t.label().equals(label)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** The mode's name in the DSL: {@code person} or {@code words}. */
  static String label(QueryMode mode) {
    return mode.name().toLowerCase(Locale.ROOT);
  }

  static Optional<QueryMode> mode(String label) {
    for (QueryMode m : QueryMode.values()) {
      if (label(m).equals(label)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** Parses {@code { "query": ..., "fields": [...], ... }}, the object after the query's name. */
  public static RussianNameQueryBuilder fromXContent(XContentParser parser) throws IOException {
    return NameQueryParser.parse(parser);
  }

  @Override
  protected Query doToQuery(QueryShardContext context) throws IOException {
    List<String> resolved = new ArrayList<>();
    List<String> marked = new ArrayList<>(); // the fields the plugin's index analysis keyed
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
          throw new QueryShardException(
              context,
              "["
                  + NAME
                  + "] field ["
                  + name
                  + "] is of type ["
                  + type.typeName()
                  + "]; only text fields (analyzer russian_name) can be searched");
        }
        if (!resolved.contains(type.name())) {
          resolved.add(type.name());
          if (type.indexAnalyzer() != null && NameAnalysis.marksRules(type.indexAnalyzer())) {
            marked.add(type.name());
          }
        }
      }
    }
    if (resolved.isEmpty()) {
      return new MatchNoDocsQuery("[" + NAME + "] none of the fields " + fields + " is mapped");
    }
    // keys made by other name rules would miss spellings: refuse the shard (status 400)
    RulesCheck.check(context, marked);
    // the library's words query; in person mode, PersonRescoring re-ranks its best hits
    SearchOptions options = SearchOptions.builder().tiers(tiers).mode(mode).build();
    return new ShardNameQuery(text, options, resolved, best);
  }

  @Override
  protected boolean doEquals(RussianNameQueryBuilder other) {
    return text.equals(other.text)
        && fields.equals(other.fields)
        && tiers.equals(other.tiers)
        && mode == other.mode
        && Float.compare(best, other.best) == 0;
  }

  @Override
  protected int doHashCode() {
    return Objects.hash(text, fields, tiers, mode, best);
  }
}
