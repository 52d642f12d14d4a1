package io.namesearch.search;

/** How query text is read. */
public enum QuerySyntax {
  /**
   * Plain text (the default): every word is a name or a word to find; Lucene syntax characters such
   * as {@code + - && || ! ( ) { } [ ] ^ " ~ * ? : \ /} are literal, never operators.
   */
  PLAIN,
  /**
   * Lucene's classic query syntax, for users who ask for it: fields, boolean operators, phrases.
   * Words are analyzed with the name analyzer, so variants still match.
   */
  LUCENE
}
