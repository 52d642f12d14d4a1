package io.namesearch.analysis;

import io.namesearch.engine.NameRules;
import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzer for text that mentions transliterated Russian names: unpaired surrogates repaired
 * ({@link SurrogateRepairCharFilter}), GOST 7.79-B's {@code `} inside a word kept ({@link
 * GostBacktickCharFilter}), Unicode word breaks ({@link StandardTokenizer}), lower case, then
 * {@link RussianNameFilter}. Use the same analyzer to index and to query; {@code
 * io.namesearch.search.NameIndex} does this for you.
 */
public final class RussianNameAnalyzer extends Analyzer {

  /** The longest token kept, as in {@code StandardAnalyzer}. */
  public static final int MAX_TOKEN_LENGTH = 255;

  private final NameRules rules;
  private final boolean family;
  private final boolean join;

  /** An analyzer with the built-in rules and family keys on. */
  public RussianNameAnalyzer() {
    this(NameRules.defaults(), true);
  }

  /**
   * An analyzer with the given rules.
   *
   * @param family whether to stack family keys
   */
  public RussianNameAnalyzer(NameRules rules, boolean family) {
    this(rules, family, family);
  }

  /**
   * An analyzer with the given rules.
   *
   * @param family whether to stack family keys
   * @param join whether to stack the family key of each word joined to the word before it ({@code
   *     Krasny Luch} as {@code Krasnyluch}; see {@link RussianNameFilter}); it only has an effect
   *     with {@code family}
   */
  public RussianNameAnalyzer(NameRules rules, boolean family, boolean join) {
    this.rules = rules;
    this.family = family;
    this.join = join;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    source.setMaxTokenLength(MAX_TOKEN_LENGTH);
    TokenStream result = new LowerCaseFilter(source);
    result = new RussianNameFilter(result, rules, family, join);
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new GostBacktickCharFilter(new SurrogateRepairCharFilter(reader));
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return new GostBacktickCharFilter(new SurrogateRepairCharFilter(reader));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }
}
