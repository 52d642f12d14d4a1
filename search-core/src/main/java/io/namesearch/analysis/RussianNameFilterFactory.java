package io.namesearch.analysis;

import io.namesearch.engine.NameRules;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link RussianNameFilter}, registered under the SPI name {@value #NAME}.
 *
 * <pre class="prettyprint">
 * &lt;fieldType name="text_names" class="solr.TextField" positionIncrementGap="100"&gt;
 *   &lt;analyzer&gt;
 *     &lt;tokenizer name="standard"/&gt;
 *     &lt;filter name="lowercase"/&gt;
 *     &lt;filter name="russianName" family="true" join="true"/&gt;
 *   &lt;/analyzer&gt;
 * &lt;/fieldType&gt;</pre>
 *
 * <p>Parameters: {@value #FAMILY} (boolean, default {@code true}) stacks the family key (gender,
 * adjective and case forms) as well as the variant keys; {@value #JOIN} (boolean, default {@code
 * true}, only with {@code family}) also stacks the family key of each word written together with
 * the word before it, so that one-word spellings of compound names ({@code Krasnyluch}) find the
 * two-word ones ({@code Krasny Luch}, {@code Orekhovo-Zuyevo}).
 *
 * @lucene.spi {@value #NAME}
 */
public final class RussianNameFilterFactory extends TokenFilterFactory {

  /** SPI name. */
  public static final String NAME = "russianName";

  /** Parameter: whether to stack family keys. */
  public static final String FAMILY = "family";

  /** Parameter: whether to stack the family keys of adjacent words joined. */
  public static final String JOIN = "join";

  private final boolean family;
  private final boolean join;

  /** Creates a factory from its parameters; throws on unknown or invalid ones. */
  public RussianNameFilterFactory(Map<String, String> args) {
    super(args);
    family = FactoryArgs.strictBoolean(this, args, FAMILY, true);
    join = FactoryArgs.strictBoolean(this, args, JOIN, true);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default constructor for the SPI loader only. */
  public RussianNameFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new RussianNameFilter(input, NameRules.defaults(), family, join);
  }
}
