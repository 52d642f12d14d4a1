/**
 * Search for transliterated Russian names of people and places, in every spelling.
 *
 * <p>The API, exported:
 *
 * <ul>
 *   <li>{@code io.namesearch.engine}: the pure-Java name engine (no Lucene types): {@code
 *       NameEngine}, {@code MatchTier}, {@code NameMatcher} and the rules handle.
 *   <li>{@code io.namesearch.analysis}: Lucene token filter, factory and analyzer.
 *   <li>{@code io.namesearch.search}: the embeddable index and search API.
 * </ul>
 *
 * <p>{@code io.namesearch.engine.internal} (the keyer, the compiled rule tables and their loader,
 * the person-name parser) and {@code io.namesearch.analysis.internal} (the per-tier terms of a
 * query word, word joining) are not exported: the other packages of this module use them, and so
 * does the OpenSearch plugin, which loads this jar on its class path. Their public types are tagged
 * as Lucene tags its own ({@code lucene.internal}). Nothing is opened. {@code ModuleDescriptorTest}
 * holds this.
 */
module io.namesearch.core {
  requires transitive org.apache.lucene.core;
  requires org.apache.lucene.analysis.common;
  requires org.apache.lucene.highlighter;
  requires org.apache.lucene.queryparser;

  exports io.namesearch.engine;
  exports io.namesearch.analysis;
  exports io.namesearch.search;

  provides org.apache.lucene.analysis.TokenFilterFactory with
      io.namesearch.analysis.RussianNameFilterFactory;
}
