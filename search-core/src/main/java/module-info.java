/**
 * Search for transliterated Russian names of people and places, in every spelling.
 *
 * <ul>
 *   <li>{@code io.namesearch.engine}: the pure-Java name engine (no Lucene types).
 *   <li>{@code io.namesearch.analysis}: Lucene token filter, factory and analyzer.
 *   <li>{@code io.namesearch.search}: the embeddable index and search API.
 * </ul>
 */
module io.namesearch.core {
  requires transitive org.apache.lucene.core;
  requires org.apache.lucene.analysis.common;
  requires org.apache.lucene.highlighter;
  requires org.apache.lucene.queryparser;

  exports io.namesearch.engine;
  exports io.namesearch.analysis;
  exports io.namesearch.search;

  opens io.namesearch.engine;

  provides org.apache.lucene.analysis.TokenFilterFactory with
      io.namesearch.analysis.RussianNameFilterFactory;
}
