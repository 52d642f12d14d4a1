package io.namesearch.engine.internal;

import io.namesearch.engine.NameRules;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * First-name equivalents and diminutives ({@code nicknames.tsv}): Dmitry ~ Dima ~ Mitya, Aleksandr
 * ~ Sasha ~ Shura, Mykola ~ Nikolai. Every form is stored by its variant keys, so a query in any
 * spelling finds the equivalents in any spelling. The relation is many-to-many: Sasha stands for
 * Aleksandr and for Aleksandra, and a query for it finds both. Immutable and thread-safe.
 *
 * <p>Public only for the query ({@code TierTerms}, {@code PersonName}); not part of the API.
 *
 * @lucene.internal
 */
public final class Nicknames {

  static final String RESOURCE = "nicknames.tsv";

  private static final class DefaultHolder {
    static final Nicknames DEFAULT =
        load(CompiledRules.of(NameRules.defaults()), RuleTable.Source.BUILT_IN);
  }

  /** Variant key of a form -> ids of the groups (table lines) it belongs to. */
  private final Map<String, int[]> groupsByKey;

  /** Group id -> the variant keys of all its forms. */
  private final List<Set<String>> groupKeys;

  /** Variant key of a full name or of its Ukrainian or Belarusian form -> ids of its lines. */
  private final Map<String, int[]> languageGroupsByKey;

  /** Group id -> the variant keys of the full name and its Ukrainian and Belarusian forms. */
  private final List<Set<String>> languageGroupKeys;

  private Nicknames(
      Map<String, int[]> groupsByKey,
      List<Set<String>> groupKeys,
      Map<String, int[]> languageGroupsByKey,
      List<Set<String>> languageGroupKeys,
      List<String> forms) {
    this.groupsByKey = groupsByKey;
    this.groupKeys = groupKeys;
    this.languageGroupsByKey = languageGroupsByKey;
    this.languageGroupKeys = languageGroupKeys;
    this.forms = forms;
  }

  /** Every form of the table (full names, diminutives, other languages), as written there. */
  private final List<String> forms;

  /**
   * Every first name and diminutive of the table, in Cyrillic as written there: the first names a
   * search knows (to tell a person's given name from a surname or another word).
   */
  public List<String> forms() {
    return forms;
  }

  /** The built-in table, keyed with the built-in rules; loaded once. */
  public static Nicknames defaults() {
    return DefaultHolder.DEFAULT;
  }

  /** How many groups (full names) the table holds. */
  public int size() {
    return groupKeys.size();
  }

  /**
   * The variant keys of every name equivalent to a word with these variant keys, without the word's
   * own keys; empty when the word is not a known first name or diminutive.
   */
  public Set<String> equivalents(List<String> keys) {
    return others(keys, groupsByKey, groupKeys);
  }

  /**
   * The variant keys of the same first name in Russian, Ukrainian and Belarusian (the first and
   * third columns of the table: Olena, Alena ~ Elena; Volha ~ Olga; Mikalai, Mykola ~ Nikolai),
   * without diminutives and without the word's own keys; empty when the word is neither a full name
   * nor one of its language forms. These are one name in three languages, not nicknames. The sets
   * hold the family keys of the forms too, so a caller may pass and look up variant and family
   * keys.
   */
  public Set<String> languageForms(List<String> keys) {
    return others(keys, languageGroupsByKey, languageGroupKeys);
  }

  /** The keys of every group that holds one of {@code keys}, without {@code keys}. */
  private static Set<String> others(
      List<String> keys, Map<String, int[]> groupsByKey, List<Set<String>> groupKeys) {
    Set<String> out = new LinkedHashSet<>();
    for (String key : keys) {
      int[] groups = groupsByKey.get(key);
      if (groups != null) {
        for (int g : groups) {
          out.addAll(groupKeys.get(g));
        }
      }
    }
    keys.forEach(out::remove);
    return Set.copyOf(out);
  }

  static Nicknames load(CompiledRules rules, RuleTable.Source source) {
    try (InputStream in = source.open(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + ": missing rule table");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), rules);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Nicknames parse(BufferedReader reader, CompiledRules rules) throws IOException {
    RuleTable table = RuleFile.NICKNAMES.read(reader);
    table.unique(r -> r.text("full") + "\t" + r.text("diminutives"), "full name and diminutives");
    NameKeyer keyer = new NameKeyer(rules);
    Map<String, List<Integer>> byKey = new HashMap<>();
    List<Set<String>> groups = new ArrayList<>();
    Map<String, List<Integer>> languageByKey = new HashMap<>();
    List<Set<String>> languageGroups = new ArrayList<>();
    List<String> allForms = new ArrayList<>();
    for (RuleTable.Row row : table.rows) {
      Set<String> keys = new LinkedHashSet<>();
      Set<String> languageKeys = new LinkedHashSet<>();
      List<String> forms = new ArrayList<>();
      List<String> columns = new ArrayList<>();
      forms.add(row.required("full"));
      columns.add("full");
      int diminutives = 0;
      for (String column : List.of("diminutives", "languages")) {
        for (String f : row.text(column).split(",")) {
          if (!f.isBlank()) {
            boolean diminutive = column.equals("diminutives");
            if (diminutive && forms.subList(1, forms.size()).contains(f.strip())) {
              throw row.error(column, 0, "'" + f.strip() + "' twice in a row");
            }
            forms.add(f.strip());
            columns.add(column);
            diminutives += diminutive ? 1 : 0;
          }
        }
      }
      allForms.addAll(forms);
      for (int fi = 0; fi < forms.size(); fi++) {
        String form = forms.get(fi);
        int n = keyer.analyze(form.toCharArray(), 0, form.length());
        if (n == 0) {
          throw row.error(columns.get(fi), 0, "no key for '" + form + "' (no letters)");
        }
        boolean language = fi == 0 || fi > diminutives;
        for (int i = 0; i < n; i++) {
          keys.add(keyer.key(i));
          if (language) {
            languageKeys.add(keyer.key(i));
          }
        }
        if (language && keyer.hasFamily()) {
          // Belarusian ў reads v in Cyrillic and u in Latin (Яўген, Yauhen): the family key meets
          languageKeys.add(new String(keyer.familyBuffer(), 0, keyer.familyLength()));
        }
      }
      int lid = languageGroups.size();
      languageGroups.add(Set.copyOf(languageKeys));
      for (String k : languageKeys) {
        languageByKey.computeIfAbsent(k, x -> new ArrayList<>()).add(lid);
      }
      int id = groups.size();
      groups.add(Set.copyOf(keys));
      for (String k : keys) {
        byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(id);
      }
    }
    Map<String, int[]> index = new HashMap<>();
    byKey.forEach((k, ids) -> index.put(k, ids.stream().mapToInt(Integer::intValue).toArray()));
    Map<String, int[]> languageIndex = new HashMap<>();
    languageByKey.forEach(
        (k, ids) -> languageIndex.put(k, ids.stream().mapToInt(Integer::intValue).toArray()));
    return new Nicknames(
        Map.copyOf(index),
        List.copyOf(groups),
        Map.copyOf(languageIndex),
        List.copyOf(languageGroups),
        List.copyOf(allForms));
  }
}
