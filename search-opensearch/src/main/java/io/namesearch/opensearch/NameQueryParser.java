package io.namesearch.opensearch;

import io.namesearch.engine.MatchTier;
import io.namesearch.search.QueryMode;
import io.namesearch.search.SearchOptions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.opensearch.core.common.ParsingException;
import org.opensearch.core.xcontent.XContentLocation;
import org.opensearch.core.xcontent.XContentParser;
import org.opensearch.index.query.AbstractQueryBuilder;

/**
 * Reads the {@code russian_name} query from JSON, strictly: an unknown option, an option given
 * twice, a value of the wrong type or options that contradict each other are a one-line error that
 * names the option.
 */
final class NameQueryParser {

  static final String QUERY = "query";
  static final String FIELDS = "fields";
  static final String TIERS = "tiers";
  static final String NICKNAMES = "nicknames";
  static final String FUZZY = "fuzzy";
  static final String MODE = "mode";
  private static final String BOOST = "boost";
  private static final String QUERY_NAME = "_name";
  private static final List<String> OPTIONS =
      List.of(QUERY, FIELDS, TIERS, NICKNAMES, FUZZY, MODE, BOOST, QUERY_NAME);

  private NameQueryParser() {}

  /** Parses {@code { "query": ..., "fields": [...], ... }}, the object after the query's name. */
  static RussianNameQueryBuilder parse(XContentParser parser) throws IOException {
    String text = null;
    List<String> fields = null;
    Set<MatchTier> tiers = null;
    Boolean nicknames = null;
    Boolean fuzzy = null;
    QueryMode mode = QueryMode.PERSON;
    float boost = AbstractQueryBuilder.DEFAULT_BOOST;
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
          throw error(
              parser.getTokenLocation(),
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
            MatchTier t =
                RussianNameQueryBuilder.tier(label)
                    .orElseThrow(
                        () ->
                            error(
                                at,
                                "unknown tier ["
                                    + label
                                    + "] in [tiers]; the tiers are "
                                    + RussianNameQueryBuilder.labels(
                                        EnumSet.allOf(MatchTier.class))));
            tiers.add(t);
          }
        }
        case NICKNAMES -> nicknames = bool(parser, option);
        case FUZZY -> fuzzy = bool(parser, option);
        case MODE -> {
          String value = string(parser, option);
          mode =
              RussianNameQueryBuilder.mode(value)
                  .orElseThrow(
                      () ->
                          error(at, "unknown mode [" + value + "]; the modes are [person, words]"));
        }
        case BOOST -> {
          if (token != XContentParser.Token.VALUE_NUMBER) {
            throw error(at, "[boost] must be a number, not " + describe(parser));
          }
          boost = parser.floatValue();
          if (!(boost >= 0) || !Float.isFinite(boost)) {
            throw error(at, "[boost] must be a non-negative number, not " + boost);
          }
        }
        case QUERY_NAME -> queryName = string(parser, option);
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
    switchTier(start, t, tiers, nicknames, MatchTier.NICKNAME, NICKNAMES);
    switchTier(start, t, tiers, fuzzy, MatchTier.FUZZY, FUZZY);
    RussianNameQueryBuilder q;
    try {
      q = new RussianNameQueryBuilder(text, fields, t, mode);
    } catch (IllegalArgumentException e) {
      throw error(start, e.getMessage().substring(RussianNameQueryBuilder.NAME.length() + 3));
    }
    q.boost(boost);
    if (queryName != null) {
      q.queryName(queryName);
    }
    return q;
  }

  /** Applies a boolean option that turns one tier on or off, unless [tiers] says otherwise. */
  private static void switchTier(
      XContentLocation start,
      Set<MatchTier> t,
      Set<MatchTier> tiers,
      Boolean on,
      MatchTier tier,
      String option) {
    if (on == null) {
      return;
    }
    if (tiers != null && on != tiers.contains(tier)) {
      throw error(
          start,
          "["
              + option
              + "] is "
              + on
              + " but [tiers] "
              + (on ? "leaves out" : "has")
              + " ["
              + tier.label()
              + "]; give one of the two");
    }
    if (on) {
      t.add(tier);
    } else {
      t.remove(tier);
    }
  }

  private static ParsingException error(XContentLocation at, String message) {
    return new ParsingException(at, "[" + RussianNameQueryBuilder.NAME + "] " + message);
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
      throw error(
          parser.getTokenLocation(), "[" + option + "] must be a string, not " + describe(parser));
    }
    return parser.text();
  }

  private static boolean bool(XContentParser parser, String option) throws IOException {
    if (parser.currentToken() != XContentParser.Token.VALUE_BOOLEAN) {
      throw error(
          parser.getTokenLocation(),
          "[" + option + "] must be true or false, not " + describe(parser));
    }
    return parser.booleanValue();
  }

  private static List<String> strings(XContentParser parser, String option) throws IOException {
    if (parser.currentToken() != XContentParser.Token.START_ARRAY) {
      throw error(
          parser.getTokenLocation(),
          "[" + option + "] must be a list of strings, not " + describe(parser));
    }
    List<String> values = new ArrayList<>();
    while (parser.nextToken() != XContentParser.Token.END_ARRAY) {
      if (parser.currentToken() != XContentParser.Token.VALUE_STRING) {
        throw error(
            parser.getTokenLocation(),
            "[" + option + "] must be a list of strings, but has " + describe(parser));
      }
      values.add(parser.text());
    }
    return values;
  }
}
