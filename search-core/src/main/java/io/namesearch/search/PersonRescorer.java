package io.namesearch.search;

import io.namesearch.engine.MatchTier;
import io.namesearch.engine.NameEngine;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * The second pass of a person query ({@link QueryMode#PERSON}): re-ranks the first pass's best
 * documents by how they name the person. The positions of the query's given name, patronymic and
 * surname come from the postings of the first pass's own tier clauses; where they do not settle it
 * (the surname without the given name next to it), the stored text around each surname tells an
 * initial ({@code D.}, {@code Д. А.}) from another given name ({@code Sergey}) or from nothing.
 * Documents then rank by {@link PersonMention.Kind} (full name, initial, surname only, namesake, no
 * surname) and, within a kind, by their first-pass score. The positions and the mentions they show
 * are {@link PersonPositions}'; the mentions read from the text are {@link TextMentions}'.
 */
final class PersonRescorer {

  /** A document's text in one field, or null when it has none. */
  interface Texts {
    String text(int doc, String field) throws IOException;
  }

  /** One tier clause of the first pass: which query word, field and tier it matches. */
  record TierClause(int word, String field, MatchTier tier, Query query) {}

  /** The best mention of one document, by positions; offsets only once the text was read. */
  record Found(PersonMention.Kind kind, String field, int from, int to, List<MatchTier> tiers) {}

  private final IndexSearcher searcher;
  private final PersonName name;
  private final List<TierClause> clauses;
  private final String queryText;

  /** The text fields searched, in order of preference (title before body in a NameIndex). */
  private final List<String> fields;

  /** Where a document's text comes from: its stored fields in a NameIndex. */
  private final Texts texts;

  /** The words of a text, as the index's tokenizer has them. */
  private final MentionTokens tokens = new MentionTokens();

  /** The mentions read from the text. */
  private final TextMentions mentions;

  PersonRescorer(
      IndexSearcher searcher,
      NameEngine engine,
      List<QueryWord> words,
      PersonName name,
      List<TierClause> clauses,
      String queryText) {
    this(
        searcher,
        engine,
        words,
        name,
        clauses,
        queryText,
        List.of(IndexFields.TEXT_FIELDS),
        new StoredTexts(searcher));
  }

  /**
   * A document's text from its stored fields, through one {@link StoredFields} for the whole
   * rescoring: it keeps the last decompressed block, so documents read in id order that share a
   * block decompress it once.
   */
  private static final class StoredTexts implements Texts {
    private final IndexSearcher searcher;
    private StoredFields stored;

    StoredTexts(IndexSearcher searcher) {
      this.searcher = searcher;
    }

    @Override
    public String text(int doc, String field) throws IOException {
      if (stored == null) {
        stored = searcher.storedFields();
      }
      return stored.document(doc, Set.of(field)).get(field);
    }
  }

  /** A rescorer over these text fields, reading their text from {@code texts}. */
  PersonRescorer(
      IndexSearcher searcher,
      NameEngine engine,
      List<QueryWord> words,
      PersonName name,
      List<TierClause> clauses,
      String queryText,
      List<String> fields,
      Texts texts) {
    this.fields = List.copyOf(fields);
    this.texts = texts;
    this.searcher = searcher;
    this.name = name;
    this.clauses = clauses;
    this.queryText = queryText;
    this.mentions = new TextMentions(engine, name, words.get(name.given()).text(), tokens);
  }

  /** The roles whose positions matter, in {@link #ROLES} order: given, patronymic, surname. */
  private int[] roleWords() {
    return new int[] {name.given(), name.patronymic(), name.surname()};
  }

  /**
   * Re-ranks {@code docs} (the first pass's hits, best first) in place and returns the mention
   * found in each, in the new order; only the first {@code limit} are used, and below them the
   * order may be approximate.
   */
  Found[] rescore(ScoreDoc[] docs, int limit) throws IOException {
    float top = 0f;
    for (ScoreDoc d : docs) {
      top = Math.max(top, d.score);
    }
    return rescore(docs, limit, top);
  }

  /**
   * As {@link #rescore(ScoreDoc[], int)}, the kinds set apart by {@code top}, a first-pass score no
   * document exceeds, instead of the best of {@code docs} (so that the shards of one search score
   * alike).
   */
  Found[] rescore(ScoreDoc[] docs, int limit, float top) throws IOException {
    Found[] found = new Found[docs.length];
    PersonPositions[] positions =
        PersonPositions.read(searcher, docs, fields, clauses, roleWords(), name, limit);
    float span = span(top);
    int kinds = PersonMention.Kind.values().length;
    // Full names from positions first: when they fill the hits asked for, the other documents
    // cannot enter them, and their text need not be read.
    int full = 0;
    for (int i = 0; i < docs.length; i++) {
      found[i] = positions[i].fullMention(fields, name);
      if (found[i] != null) {
        full++;
      }
    }
    // The others by their text, read in document id order (stored fields decompress by block).
    List<Integer> pending = new ArrayList<>();
    for (int i = 0; i < docs.length; i++) {
      if (found[i] == null) {
        if (full >= limit) {
          found[i] = new Found(PersonMention.Kind.NO_SURNAME, IndexFields.BODY, 0, 0, List.of());
        } else {
          pending.add(i);
        }
      }
    }
    pending.sort((a, b) -> Integer.compare(docs[a].doc, docs[b].doc));
    for (int i : pending) {
      found[i] = classify(docs[i].doc, positions[i]);
    }
    for (int i = 0; i < docs.length; i++) {
      int rank = kinds - 1 - found[i].kind().ordinal();
      docs[i].score = rank * span + docs[i].score;
    }
    Integer[] order = new Integer[docs.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        (a, b) -> {
          int c = Float.compare(docs[b].score, docs[a].score);
          return c != 0 ? c : Integer.compare(a, b); // keep the first pass's order on ties
        });
    ScoreDoc[] sortedDocs = new ScoreDoc[docs.length];
    Found[] sortedFound = new Found[docs.length];
    for (int i = 0; i < order.length; i++) {
      sortedDocs[i] = docs[order[i]];
      sortedFound[i] = found[order[i]];
    }
    System.arraycopy(sortedDocs, 0, docs, 0, docs.length);
    return sortedFound;
  }

  /** How far apart the kinds' scores are set, for a best first-pass score of {@code top}. */
  static float span(float top) {
    return top * 1.01f + 1f;
  }

  /** The kind of mention of the person in one document (as {@link #rescore} ranks it). */
  PersonMention.Kind kind(int doc) throws IOException {
    return classify(doc, positions(doc)).kind();
  }

  /** The positions of one document, all its clauses read. */
  private PersonPositions positions(int doc) throws IOException {
    ScoreDoc[] one = {new ScoreDoc(doc, 0f)};
    return PersonPositions.read(searcher, one, fields, clauses, roleWords(), name, 1)[0];
  }

  /** The mention of one hit, as the user sees it (with its text). */
  Optional<PersonMention> describe(int doc, Document stored) throws IOException {
    PersonPositions p = positions(doc);
    Found f = classify(doc, p);
    if (f.kind() == PersonMention.Kind.NO_SURNAME) {
      return Optional.empty(); // the word matches explain it
    }
    String text = f.field().equals(IndexFields.TITLE) ? stored.title() : stored.body();
    int[][] offsets = tokens.offsets(text, f.to());
    if (f.to() >= offsets[0].length) {
      return Optional.empty();
    }
    int start = offsets[0][f.from()];
    int end = offsets[1][f.to()];
    if (end < text.length()
        && text.charAt(end) == '.'
        && MentionTokens.isInitialToken(text, offsets, f.to())) {
      end++; // Palyuga D. A.: the initial's full stop belongs to the mention
    }
    String written = MentionTokens.flatten(text.substring(start, end));
    return Optional.of(new PersonMention(f.kind(), written, queryText, f.field(), f.tiers()));
  }

  private Found classify(int doc, PersonPositions p) throws IOException {
    Found fromPositions = p.fullMention(fields, name);
    if (fromPositions != null) {
      return fromPositions; // a full name: nothing ranks higher
    }
    boolean anySurname = false;
    for (String field : fields) {
      anySurname |= !p.of(field, 2).isEmpty();
    }
    if (!anySurname) {
      return new Found(PersonMention.Kind.NO_SURNAME, IndexFields.BODY, 0, 0, List.of());
    }
    Found best = null;
    Found namesake = null;
    for (String field : fields) {
      Map<Integer, MatchTier> surnames = p.of(field, 2);
      if (surnames.isEmpty()) {
        continue;
      }
      String text = texts.text(doc, field);
      if (text == null) {
        continue;
      }
      Found[] f = mentions.fromText(field, text, p);
      if (f[0] != null && (best == null || f[0].kind().compareTo(best.kind()) < 0)) {
        best = f[0];
      }
      if (namesake == null) {
        namesake = f[1];
      }
      if (best != null && best.kind() == PersonMention.Kind.FULL_NAME) {
        break;
      }
    }
    // The surname with another given name or initial, and never this person's: a namesake, even
    // where the surname also stands alone (Sergey Palyuga ... Palyuga said).
    if (namesake != null && (best == null || best.kind() == PersonMention.Kind.SURNAME)) {
      return namesake;
    }
    return best != null
        ? best
        : new Found(PersonMention.Kind.NO_SURNAME, IndexFields.BODY, 0, 0, List.of());
  }
}
