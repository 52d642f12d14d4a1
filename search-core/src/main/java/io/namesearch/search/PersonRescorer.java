package io.namesearch.search;

import io.namesearch.analysis.RussianNameAnalyzer;
import io.namesearch.analysis.SurrogateRepairCharFilter;
import io.namesearch.engine.MatchTier;
import io.namesearch.engine.NameEngine;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * The second pass of a person query ({@link QueryMode#PERSON}): re-ranks the first pass's best
 * documents by how they name the person. The positions of the query's given name, patronymic and
 * surname come from the postings of the first pass's own tier clauses; where they do not settle it
 * (the surname without the given name next to it), the stored text around each surname tells an
 * initial ({@code D.}, {@code Д. А.}) from another given name ({@code Sergey}) or from nothing.
 * Documents then rank by {@link PersonMention.Kind} (full name, initial, surname only, namesake, no
 * surname) and, within a kind, by their first-pass score.
 */
final class PersonRescorer {

  /** A document's text in one field, or null when it has none. */
  interface Texts {
    String text(int doc, String field) throws IOException;
  }

  /** One tier clause of the first pass: which query word, field and tier it matches. */
  record TierClause(int word, String field, MatchTier tier, Query query) {}

  /** How far apart (in positions) a given name and a surname may stand in one mention. */
  private static final int MAX_GAP = 2;

  /** The best mention of one document, by positions; offsets only once the text was read. */
  record Found(PersonMention.Kind kind, String field, int from, int to, List<MatchTier> tiers) {}

  private final IndexSearcher searcher;
  private final NameEngine engine;
  private final List<QueryWord> words;
  private final PersonName name;
  private final List<TierClause> clauses;
  private final String queryText;

  /** The text fields searched, in order of preference (title before body in a NameIndex). */
  private final List<String> fields;

  /** Where a document's text comes from: its stored fields in a NameIndex. */
  private final Texts texts;

  /** The letters the query's given name (or initial) may begin with, in Cyrillic readings. */
  private final Set<String> givenReadings;

  /** The forms of the nickname table the query's given name may be. */
  private final Set<Integer> givenIds;

  private final StandardTokenizer tokenizer = new StandardTokenizer();
  private final OffsetAttribute offsetAtt = tokenizer.addAttribute(OffsetAttribute.class);

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
    this.engine = engine;
    this.words = words;
    this.name = name;
    this.clauses = clauses;
    this.queryText = queryText;
    this.givenReadings = Initials.ofName(words.get(name.given()).text());
    this.givenIds = PersonName.firstNameIds(engine, words.get(name.given()).text());
    tokenizer.setMaxTokenLength(RussianNameAnalyzer.MAX_TOKEN_LENGTH);
  }

  /** The roles whose positions matter, in {@link #ROLES} order: given, patronymic, surname. */
  private int[] roleWords() {
    return new int[] {name.given(), name.patronymic(), name.surname()};
  }

  /** Per field and role, the best tier at each position of one document. */
  private static final class Positions {
    final Map<String, List<Map<Integer, MatchTier>>> byField = new HashMap<>();

    Map<Integer, MatchTier> of(String field, int role) {
      List<Map<Integer, MatchTier>> roles = byField.get(field);
      return roles == null ? Map.of() : roles.get(role);
    }
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
    Positions[] positions = positions(docs);
    float span = span(top);
    int kinds = PersonMention.Kind.values().length;
    // Full names from positions first: when they fill the hits asked for, the other documents
    // cannot enter them, and their text need not be read.
    int full = 0;
    for (int i = 0; i < docs.length; i++) {
      found[i] = fullFromPositions(positions[i]);
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
    return classify(doc, positions(new ScoreDoc[] {new ScoreDoc(doc, 0f)})[0]).kind();
  }

  /** The mention of one hit, as the user sees it (with its text). */
  Optional<PersonMention> describe(int doc, Document stored) throws IOException {
    Positions p = positions(new ScoreDoc[] {new ScoreDoc(doc, 0f)})[0];
    Found f = classify(doc, p);
    if (f.kind() == PersonMention.Kind.NO_SURNAME) {
      return Optional.empty(); // the word matches explain it
    }
    String text = f.field().equals(IndexFields.TITLE) ? stored.title() : stored.body();
    int[][] offsets = offsets(text, f.to());
    if (f.to() >= offsets[0].length) {
      return Optional.empty();
    }
    int start = offsets[0][f.from()];
    int end = offsets[1][f.to()];
    if (end < text.length() && text.charAt(end) == '.' && isInitialToken(text, offsets, f.to())) {
      end++; // Palyuga D. A.: the initial's full stop belongs to the mention
    }
    String written = flatten(text.substring(start, end));
    return Optional.of(new PersonMention(f.kind(), written, queryText, f.field(), f.tiers()));
  }

  /** Reads the positions of the query's roles in each document from the postings. */
  private Positions[] positions(ScoreDoc[] docs) throws IOException {
    Positions[] out = new Positions[docs.length];
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    Integer[] byDoc = new Integer[docs.length];
    for (int i = 0; i < docs.length; i++) {
      byDoc[i] = i;
      out[i] = new Positions();
    }
    Arrays.sort(byDoc, (a, b) -> Integer.compare(docs[a].doc, docs[b].doc));
    int[] roles = roleWords();
    int k = 0;
    while (k < byDoc.length) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[byDoc[k]].doc, leaves));
      int end = leaf.docBase + leaf.reader().maxDoc();
      int to = k;
      while (to < byDoc.length && docs[byDoc[to]].doc < end) {
        to++;
      }
      for (String field : fields) {
        Terms terms = leaf.reader().terms(field);
        if (terms == null) {
          continue;
        }
        for (int role = 0; role < roles.length; role++) {
          if (roles[role] < 0) {
            continue;
          }
          List<PostingsEnum> postings = new ArrayList<>();
          List<MatchTier> tiers = new ArrayList<>();
          for (TierClause c : clauses) {
            // a typo of the given name or patronymic is no evidence (see givenAt): only the
            // surname's typo clauses are read, which saves enumerating their automata
            if (c.word() == roles[role]
                && c.field().equals(field)
                && (role == 2 || c.tier() != MatchTier.FUZZY)) {
              addPostings(terms, c, postings, tiers);
            }
          }
          for (int j = k; j < to; j++) {
            int i = byDoc[j];
            int doc = docs[i].doc - leaf.docBase;
            Map<Integer, MatchTier> at = null;
            for (int p = 0; p < postings.size(); p++) {
              PostingsEnum pe = postings.get(p);
              int d = pe.docID();
              if (d < doc) {
                d = pe.advance(doc);
              }
              if (d != doc) {
                continue;
              }
              if (at == null) {
                at = new HashMap<>();
              }
              MatchTier tier = tiers.get(p);
              for (int f = pe.freq(); f > 0; f--) {
                at.merge(pe.nextPosition(), tier, (a, b) -> a.compareTo(b) <= 0 ? a : b);
              }
            }
            if (at != null) {
              final int r = role;
              final Map<Integer, MatchTier> a = at;
              out[i]
                  .byField
                  .computeIfAbsent(
                      field,
                      x -> {
                        List<Map<Integer, MatchTier>> l = new ArrayList<>();
                        for (int n = 0; n < 3; n++) {
                          l.add(new HashMap<>());
                        }
                        return l;
                      })
                  .get(r)
                  .putAll(a);
            }
          }
        }
      }
      k = to;
    }
    return out;
  }

  private static void addPostings(
      Terms terms, TierClause c, List<PostingsEnum> postings, List<MatchTier> tiers)
      throws IOException {
    if (c.query() instanceof TermQuery tq) {
      TermsEnum te = terms.iterator();
      if (te.seekExact(tq.getTerm().bytes())) {
        postings.add(te.postings(null, PostingsEnum.POSITIONS));
        tiers.add(c.tier());
      }
    } else if (c.query() instanceof MultiTermQuery mtq) {
      TermsEnum te = mtq.getTermsEnum(terms);
      while (te.next() != null) {
        postings.add(te.postings(null, PostingsEnum.POSITIONS));
        tiers.add(c.tier());
      }
    }
  }

  /**
   * The best mention of the person in one document: from positions alone when the given name stands
   * next to the surname, otherwise from the stored text around each surname.
   */
  /** A full-name mention from the positions alone, or null. */
  private Found fullFromPositions(Positions p) {
    for (String field : fields) {
      if (!p.of(field, 2).isEmpty()) {
        Found f = fromPositions(field, p);
        if (f != null) {
          return f;
        }
      }
    }
    return null;
  }

  private Found classify(int doc, Positions p) throws IOException {
    Found fromPositions = fullFromPositions(p);
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
      Found[] f = fromText(field, text, p);
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

  /** A full-name mention found from positions alone, or null. */
  private Found fromPositions(String field, Positions p) {
    Map<Integer, MatchTier> given = p.of(field, 0);
    Map<Integer, MatchTier> patronymic = p.of(field, 1);
    if (given.isEmpty() || name.givenIsInitial()) {
      return null; // an initial query word also matches prepositions: the text decides
    }
    for (int s : sorted(p.of(field, 2).keySet())) {
      MatchTier st = p.of(field, 2).get(s);
      for (int dir = -1; dir <= 1; dir += 2) {
        int g = s + dir;
        if (given.containsKey(g) && given.get(g) != MatchTier.FUZZY) {
          return full(
              field,
              Math.min(g, s),
              Math.max(g, s),
              dir < 0 ? List.of(given.get(g), st) : List.of(st, given.get(g)));
        }
        int g2 = s + 2 * dir;
        if (given.containsKey(g2)
            && given.get(g2) != MatchTier.FUZZY
            && patronymic.containsKey(s + dir)) {
          MatchTier pt = patronymic.get(s + dir);
          return full(
              field,
              Math.min(g2, s),
              Math.max(g2, s),
              dir < 0 ? List.of(given.get(g2), pt, st) : List.of(st, pt, given.get(g2)));
        }
      }
    }
    return null;
  }

  private static Found full(String field, int from, int to, List<MatchTier> tiers) {
    return new Found(PersonMention.Kind.FULL_NAME, field, from, to, tiers);
  }

  private static List<Integer> sorted(Set<Integer> s) {
    List<Integer> l = new ArrayList<>(s);
    l.sort(null);
    return l;
  }

  /**
   * The best mention in one field, from the words around each surname in the text: the best mention
   * that may be this person's (or null), and the first namesake's (or null).
   */
  private Found[] fromText(String field, String text, Positions p) throws IOException {
    Map<Integer, MatchTier> given = p.of(field, 0);
    Map<Integer, MatchTier> patronymic = p.of(field, 1);
    Map<Integer, MatchTier> surnames = p.of(field, 2);
    // the words up to the one after the last surname are all that is looked at
    int[][] offsets = offsets(text, Collections.max(surnames.keySet()) + 1);
    Found best = null;
    boolean other = false;
    Found otherFound = null;
    int n = offsets[0].length;
    for (int s : sorted(surnames.keySet())) {
      if (s >= n || !Character.isUpperCase(text.charAt(offsets[0][s]))) {
        continue; // a surname is capitalised: 'police' is no typo of Paljuga
      }
      MatchTier st = surnames.get(s);
      Found f = null;
      boolean namesake = false;
      int otherFrom = s;
      int otherTo = s;
      // left: initials (D. A. Palyuga), a first name, a first name and a middle word
      int q = s - 1;
      int initials = 0;
      while (q >= 0
          && initials < 2
          && isInitialToken(text, offsets, q)
          && gapOk(text, offsets, q, q + 1, false)) {
        initials++;
        q--;
      }
      if (initials > 0) {
        int gi = q + 1;
        if (initialMatches(initialOf(token(text, offsets, gi)))) {
          f =
              new Found(
                  name.givenIsInitial() ? PersonMention.Kind.FULL_NAME : PersonMention.Kind.INITIAL,
                  field,
                  gi,
                  s,
                  List.of(st));
        } else {
          namesake = true;
          otherFrom = gi;
        }
      } else if (s - 1 >= 0 && gapOk(text, offsets, s - 1, s, false)) {
        Found g = givenAt(field, text, offsets, s - 1, s, st, given, true);
        if (g == null
            && s - 2 >= 0
            && gapOk(text, offsets, s - 2, s - 1, false)
            && (patronymic.containsKey(s - 1) || isMiddle(token(text, offsets, s - 1)))) {
          g = givenAt(field, text, offsets, s - 2, s, st, given, true);
        }
        if (g != null && g.kind() == PersonMention.Kind.NAMESAKE) {
          namesake = true;
          otherFrom = g.from();
        } else {
          f = g;
        }
      }
      // right: Palyuga D. A., Palyuga Dmitry, PALYUGA, Dmitry
      if (f == null && !namesake && s + 1 < n && gapOk(text, offsets, s, s + 1, true)) {
        if (isInitialToken(text, offsets, s + 1)) {
          if (initialMatches(initialOf(token(text, offsets, s + 1)))) {
            f =
                new Found(
                    name.givenIsInitial()
                        ? PersonMention.Kind.FULL_NAME
                        : PersonMention.Kind.INITIAL,
                    field,
                    s,
                    s + 1,
                    List.of(st));
          } else {
            namesake = true;
            otherTo = s + 1;
          }
        } else {
          Found g = givenAt(field, text, offsets, s + 1, s, st, given, false);
          if (g != null && g.kind() == PersonMention.Kind.NAMESAKE) {
            namesake = true;
            otherTo = g.to();
          } else {
            f = g;
          }
        }
      }
      if (f == null && !namesake) {
        f = new Found(PersonMention.Kind.SURNAME, field, s, s, List.of(st));
      }
      if (namesake) {
        other = true;
        if (otherFound == null) {
          otherFound = new Found(PersonMention.Kind.NAMESAKE, field, otherFrom, otherTo, List.of());
        }
        continue;
      }
      if (best == null || f.kind().compareTo(best.kind()) < 0) {
        best = f;
      }
      if (best.kind() == PersonMention.Kind.FULL_NAME) {
        break;
      }
    }
    return new Found[] {best, other ? otherFound : null};
  }

  /**
   * The word at {@code g} next to the surname at {@code s}: this person's given name (a full
   * mention), a diminutive or equivalent of it (as an initial), another first name (a namesake), or
   * null.
   */
  private Found givenAt(
      String field,
      String text,
      int[][] offsets,
      int g,
      int s,
      MatchTier st,
      Map<Integer, MatchTier> given,
      boolean left) {
    int from = Math.min(g, s);
    int to = Math.max(g, s);
    String w = token(text, offsets, g);
    if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
      return null; // names are capitalised: 'решение' is no typo of Roman
    }
    if (given.containsKey(g) && given.get(g) != MatchTier.FUZZY && !name.givenIsInitial()) {
      return full(field, from, to, left ? List.of(given.get(g), st) : List.of(st, given.get(g)));
    }
    // A typo of the given name is no evidence by itself: capitalised words near a surname
    // (Защита Песадцева, at the start of a sentence) are one edit from many first names. A case
    // form of the same first name is (Павла for Pavel, where the keys differ).
    Set<Integer> ids = PersonName.firstNameIds(engine, w);
    if (ids.isEmpty()) {
      return null;
    }
    if (!name.givenIsInitial() && Initials.overlap(ids, givenIds)) {
      MatchTier gt = given.getOrDefault(g, MatchTier.FAMILY);
      return full(field, from, to, left ? List.of(gt, st) : List.of(st, gt));
    }
    List<String> keys = engine.keys(w);
    if (name.givenIsInitial()) {
      if (Initials.overlap(Initials.ofName(w), givenReadings)) {
        return full(field, from, to, List.of(st));
      }
      return new Found(PersonMention.Kind.NAMESAKE, field, from, to, List.of());
    }
    for (String k : keys) {
      if (name.equivalents().contains(k)) {
        return new Found(
            PersonMention.Kind.INITIAL, field, from, to, List.of(MatchTier.NICKNAME, st));
      }
    }
    return new Found(PersonMention.Kind.NAMESAKE, field, from, to, List.of());
  }

  /** A word that may stand between a given name and a surname: a patronymic or middle name. */
  private static boolean isMiddle(String w) {
    return !w.isEmpty()
        && Character.isUpperCase(w.charAt(0))
        && w.length() > 1
        && (PersonName.isPatronymic(w) || w.length() > 3);
  }

  /** Whether an initial as written (D, Zh, Я) can be this person's given name's. */
  private boolean initialMatches(String initial) {
    return Initials.overlap(Initials.ofInitial(initial), givenReadings);
  }

  /** The first letter group of an initials token: {@code Д} of {@code Д.А}, {@code Zh} of Zh. */
  private static String initialOf(String token) {
    int dot = token.indexOf('.');
    return dot < 0 ? token : token.substring(0, dot);
  }

  /**
   * Whether the token at {@code q} is one or two initials: an upper-case letter (or a Latin digraph
   * such as Zh, Yu), followed by a full stop, or {@code Д.А} as one token.
   */
  private static boolean isInitialToken(String text, int[][] offsets, int q) {
    String t = token(text, offsets, q);
    if (t.isEmpty() || !Character.isUpperCase(t.charAt(0))) {
      return false;
    }
    String[] parts = t.split("\\.", -1);
    for (String part : parts) {
      if (!part.isEmpty() && !PersonName.isInitial(part)) {
        return false;
      }
    }
    int end = offsets[1][q];
    return t.indexOf('.') > 0 || (end < text.length() && text.charAt(end) == '.');
  }

  /**
   * Whether the tokens at {@code a} and {@code b = a + 1} stand together in one mention: only
   * spaces between, or the full stop of an initial, or (when {@code comma}) a comma, as in PALYUGA,
   * Dmitry.
   */
  private static boolean gapOk(String text, int[][] offsets, int a, int b, boolean comma) {
    int from = offsets[1][a];
    int to = offsets[0][b];
    boolean commaSeen = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        continue;
      }
      if (c == '.' && i == from && isInitialToken(text, offsets, a)) {
        continue;
      }
      if (c == ',' && comma && !commaSeen) {
        commaSeen = true;
        continue;
      }
      return false;
    }
    return true;
  }

  private static String token(String text, int[][] offsets, int q) {
    return text.substring(offsets[0][q], offsets[1][q]);
  }

  /**
   * The start and end offsets of the word at each position up to {@code last}, as the index's
   * tokenizer has it (fewer when the text has fewer words).
   */
  private int[][] offsets(String text, int last) throws IOException {
    int[] starts = new int[64];
    int[] ends = new int[64];
    int n = 0;
    tokenizer.setReader(new SurrogateRepairCharFilter(new StringReader(text)));
    try {
      tokenizer.reset();
      while (n <= last && tokenizer.incrementToken()) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, 2 * n);
          ends = Arrays.copyOf(ends, 2 * n);
        }
        starts[n] = offsetAtt.startOffset();
        ends[n] = offsetAtt.endOffset();
        n++;
      }
      tokenizer.end();
    } finally {
      tokenizer.close();
    }
    return new int[][] {Arrays.copyOf(starts, n), Arrays.copyOf(ends, n)};
  }

  /** Collapses runs of white space to one space. */
  private static String flatten(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }
}
