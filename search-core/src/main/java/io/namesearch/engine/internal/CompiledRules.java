package io.namesearch.engine.internal;

import io.namesearch.engine.NameRules;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The immutable rule tables of the name engine, loaded from the resource files in {@code
 * io/namesearch/engine/} ({@link RuleFile}; the rules README documents each) and compiled into
 * arrays. A table that breaks its schema fails the load with a {@code file:line:column} message.
 * Safe to share across threads. The API handle is {@link NameRules}; {@link #of} reads the tables
 * behind one.
 *
 * @lucene.internal
 */
public final class CompiledRules {

  /**
   * The revision of the code that turns rules into keys, part of the {@link #fingerprint()}. Raise
   * it when a code change alters the keys a word gets while no rule table changes (the analyzer's
   * golden file, {@code russian-name-filter.golden}, changes and its test says so): an index built
   * before it then asks to be built again instead of silently missing the new keys.
   */
  static final int KEYS_REVISION = 1;

  /** Chars below this bound have direct-indexed tables; the rest fold to themselves. */
  static final int TABLE_LIMIT = 0x2000;

  /**
   * The two ways across the API boundary, set by {@link NameRules} when it is initialised (the way
   * Lucene's {@code TestSecrets} lets a package reach another's internals).
   */
  public interface Access {
    /** The tables behind {@code rules}. */
    CompiledRules tables(NameRules rules);

    /** A handle for {@code tables}. */
    NameRules handle(CompiledRules tables);
  }

  private static volatile Access access;

  /** Called once, by {@link NameRules}. */
  public static void setAccess(Access a) {
    if (access != null) {
      throw new IllegalStateException("access already set");
    }
    access = a;
  }

  /** The tables behind {@code rules}. */
  public static CompiledRules of(NameRules rules) {
    // A NameRules instance exists, so its class is initialised and access is set.
    return access.tables(rules);
  }

  /** A handle for these tables. */
  NameRules handle() {
    if (access == null) {
      NameRules.defaults(); // initialises NameRules, which sets access
    }
    return access.handle(this);
  }

  /** The built-in tables, read from this jar. */
  public static CompiledRules builtIn() {
    return new CompiledRules(RuleTable.Source.BUILT_IN);
  }

  // --- compiled tables (package-private for NameKeyer and its parts) ---
  /** Lowercase base letter of each char (diacritics removed), or the char itself. */
  final char[] fold = new char[TABLE_LIMIT];

  /** Sorted (base << 16 | combining mark) keys and the composed chars. */
  final int[] composeKeys;

  final char[] composeValues;

  /** The letters keys are written in: those of the keys of cyrillic.tsv, sorted. */
  final String keyAlphabet;

  /** Cyrillic letter (c - 0x400) -> key letters, null when unknown. */
  final char[][] cyrillic = new char[0x100][];

  /** Latin homoglyph -> Cyrillic, and back, 0 when none. */
  final char[] latinToCyrillic = new char[TABLE_LIMIT];

  final char[] cyrillicToLatin = new char[TABLE_LIMIT];

  /** Latin rules by first char, longest first. */
  final GraphemeRule[][] rulesByChar = new GraphemeRule[TABLE_LIMIT][];

  /** Chars that occur in a rule pattern and are therefore not folded before matching. */
  final boolean[] ruleSignificant = new boolean[TABLE_LIMIT];

  final GraphemeRule[] cues;
  final String[] profiles;
  final KeyFold[] folds;
  final Ending[] endings;
  final KeyFold[] familyFolds;

  /** Derivational suffixes of family keys (derivations.tsv). */
  final Derivation[] derivations;

  /** Fleeting vowels of nominatives (fleeting.tsv). */
  final Fleeting[] fleeting;

  /** What the keys depend on, digested: see {@link #fingerprint()}. */
  private final String fingerprint;

  /** Loads and compiles the tables that {@code source} opens. */
  CompiledRules(RuleTable.Source source) {
    MessageDigest digest = sha256();
    digest.update(ByteBuffer.allocate(4).putInt(KEYS_REVISION).array());
    // Unicode folding of letters with diacritics to their base letter.
    List<int[]> compose = new ArrayList<>();
    for (int c = 0; c < TABLE_LIMIT; c++) {
      char ch = (char) c;
      char f = ch;
      if (Character.isLetter(ch)) {
        String nfd = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD);
        char base = Character.toLowerCase(nfd.charAt(0));
        if (Character.isLetter(base)) {
          f = base;
        }
        if (nfd.length() == 2 && Character.isLowerCase(ch)) {
          compose.add(new int[] {(nfd.charAt(0) << 16) | nfd.charAt(1), c});
        }
      }
      fold[c] = Character.toLowerCase(f);
    }
    compose.sort(Comparator.comparingInt(a -> a[0]));
    composeKeys = new int[compose.size()];
    composeValues = new char[compose.size()];
    for (int i = 0; i < compose.size(); i++) {
      composeKeys[i] = compose.get(i)[0];
      composeValues[i] = (char) compose.get(i)[1];
    }

    RuleTable cyr = read(RuleFile.CYRILLIC, source, digest);
    cyr.unique(r -> r.text("letter"), "letter");
    TreeSet<Character> alphabet = new TreeSet<>();
    for (RuleTable.Row row : cyr.rows) {
      char c = row.letter("letter", 0x500);
      if (c < 0x400) {
        throw row.error("letter", 0, "expected a Cyrillic letter, found '" + c + "'");
      }
      cyrillic[c - 0x400] = row.text("key").toCharArray();
      for (char k : cyrillic[c - 0x400]) {
        alphabet.add(k);
      }
    }
    StringBuilder letters = new StringBuilder();
    alphabet.forEach(letters::append);
    keyAlphabet = letters.toString();

    RuleTable homo = read(RuleFile.HOMOGLYPHS, source, digest);
    homo.unique(r -> r.text("latin"), "Latin letter");
    homo.unique(r -> r.text("cyrillic"), "Cyrillic letter");
    for (RuleTable.Row row : homo.rows) {
      char l = row.letter("latin", TABLE_LIMIT);
      char c = row.letter("cyrillic", TABLE_LIMIT);
      latinToCyrillic[l] = c;
      cyrillicToLatin[c] = l;
    }

    Map<String, Integer> profileIndex =
        LatinTables.profiles(read(RuleFile.PROFILES, source, digest));
    profiles = profileIndex.keySet().toArray(new String[0]);
    cues = LatinTables.cues(read(RuleFile.CUES, source, digest), profileIndex);
    LatinTables.rules(
        read(RuleFile.LATIN, source, digest),
        profileIndex,
        keyAlphabet,
        rulesByChar,
        ruleSignificant);

    folds = KeyTables.folds(read(RuleFile.FOLDS, source, digest), keyAlphabet);
    endings = KeyTables.endings(read(RuleFile.ENDINGS, source, digest), keyAlphabet);
    familyFolds = KeyTables.folds(read(RuleFile.FAMILY_FOLDS, source, digest), keyAlphabet);
    derivations = KeyTables.derivations(read(RuleFile.DERIVATIONS, source, digest), keyAlphabet);
    fleeting = KeyTables.fleeting(read(RuleFile.FLEETING, source, digest), keyAlphabet);

    // The letter folding comes from the JDK's Unicode tables, not from a rule file.
    ByteBuffer folding = ByteBuffer.allocate(2 * fold.length);
    folding.asCharBuffer().put(fold);
    digest.update(folding);
    fingerprint = HexFormat.of().formatHex(digest.digest(), 0, 8);
  }

  private static RuleTable read(RuleFile file, RuleTable.Source source, MessageDigest digest) {
    RuleTable table = file.read(source);
    table.digest(digest);
    return table;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /**
   * A short hex digest of everything the keys depend on: the rows of the tables that make keys
   * (cyrillic, homoglyphs, profiles, cues, latin, folds, endings, family-folds, derivations,
   * fleeting; comments and examples excluded), the letter folding and {@link #KEYS_REVISION}. Two
   * rule sets with one fingerprint give every word the same keys. The query-only tables (nicknames,
   * titles, patronymic and gender endings) are not part of it.
   */
  public String fingerprint() {
    return fingerprint;
  }

  /** Number of orthography profiles (base first). */
  public int profileCount() {
    return profiles.length;
  }

  /** The name of profile {@code i}. */
  public String profileName(int i) {
    return profiles[i];
  }

  /** Binary search in the composition table; 0 when the pair does not compose. */
  char compose(char base, char mark) {
    int key = (base << 16) | mark;
    int i = Arrays.binarySearch(composeKeys, key);
    return i >= 0 ? composeValues[i] : 0;
  }

  @Override
  public String toString() {
    return "CompiledRules" + Arrays.toString(profiles);
  }
}
