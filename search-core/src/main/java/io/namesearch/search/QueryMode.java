package io.namesearch.search;

/** How the words of a plain-text query combine. */
public enum QueryMode {
  /**
   * The default: a query that is a personal name (a known given name or an initial, an optional
   * patronymic or middle name, and one surname, in any order) finds documents where its words form
   * one mention of the person first (the words adjacent in either order, possibly with a
   * patronymic, middle name or initial between), then mentions by initial and surname, then the
   * surname alone, then namesakes (the surname with another given name or initial, never this one),
   * then documents without the surname. Every other query is read as {@link #WORDS}.
   */
  PERSON,
  /** Every query word on its own, the document score the sum of the words' best tiers. */
  WORDS
}
