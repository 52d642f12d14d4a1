package io.namesearch.eval;

import static io.namesearch.eval.CorpusPeople.ENDINGS;
import static io.namesearch.eval.CorpusPeople.MIDDLES;
import static io.namesearch.eval.CorpusPeople.ONSETS;
import static io.namesearch.eval.CorpusPeople.fillerSurname;
import static io.namesearch.eval.CorpusPeople.neighbour;
import static io.namesearch.eval.CorpusPeople.other;
import static io.namesearch.eval.CorpusPeople.patronymicForm;
import static io.namesearch.eval.CorpusPeople.pick;
import static io.namesearch.eval.CorpusPeople.sur;
import static io.namesearch.eval.CorpusPeople.wiki;

import io.namesearch.eval.CorpusPeople.Case;
import io.namesearch.eval.CorpusPeople.Given;
import io.namesearch.eval.CorpusPeople.Person;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A deterministic generator of a news archive about people, with the judgements to evaluate a
 * person search on it ({@link DocumentCorpus} format). Every surname is invented from syllables;
 * given names and patronymics are common Russian ones. Families share a surname (a man, his spouse,
 * a brother or an unrelated namesake, each with another initial), first names are shared across
 * families, and some surnames have a near neighbour one letter away. Documents name a person
 * news-style: in full first and then by surname, by initials, with the patronymic, surname first,
 * or (for people who are alone with their surname) by surname only; Russian documents inflect the
 * names, English ones spell every name in one scheme or language. Co-occurrence traps put the
 * query's first name on one person and its surname on another.
 */
public final class PersonCorpusGenerator {

  /** The seed of every published figure. */
  public static final long SEED = 20_261_201L;

  private final long seed;
  private final int families;

  public PersonCorpusGenerator(long seed, int families) {
    if (families < 1) {
      throw new IllegalArgumentException("families must be at least 1, not " + families);
    }
    this.seed = seed;
    this.families = families;
  }

  /** Writes documents.tsv, queries.tsv, qrels.txt and labels.tsv into {@code dir}. */
  public void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    SplittableRandom rnd = new SplittableRandom(seed);
    List<Person> people = new ArrayList<>();
    List<List<Person>> byFamily = new ArrayList<>();
    Set<String> surnames = new HashSet<>();
    Map<String, String> neighbourOf = new LinkedHashMap<>();
    List<String> familySurname = new ArrayList<>();
    while (familySurname.size() < families) {
      String s =
          ONSETS[rnd.nextInt(ONSETS.length)]
              + MIDDLES[rnd.nextInt(MIDDLES.length)]
              + ENDINGS[rnd.nextInt(ENDINGS.length)];
      if (surnames.add(s)) {
        familySurname.add(s);
        if (rnd.nextInt(6) == 0 && familySurname.size() < families) {
          // a near neighbour: one letter of the onset changed
          String n = neighbour(s, rnd);
          if (n != null && surnames.add(n)) {
            familySurname.add(n);
            neighbourOf.put(n, s);
            neighbourOf.put(s, n);
          }
        }
      }
    }
    for (String surname : familySurname) {
      int size = rnd.nextInt(10) < 5 ? 1 : 2 + rnd.nextInt(2);
      List<Person> family = new ArrayList<>();
      Set<Character> initials = new HashSet<>();
      for (int k = 0; k < size; k++) {
        boolean male = k == 0 || rnd.nextBoolean();
        Given g;
        int tries = 0;
        do {
          g = pick(rnd, male);
          tries++;
        } while (initials.contains(g.name().charAt(0)) && tries < 50);
        if (initials.contains(g.name().charAt(0))) {
          break;
        }
        initials.add(g.name().charAt(0));
        Given father = pick(rnd, true);
        Person p = new Person(people.size(), g, father, surname, male);
        people.add(p);
        family.add(p);
      }
      byFamily.add(family);
    }

    List<NewsDocuments.Doc> docs = new ArrayList<>();
    for (List<Person> family : byFamily) {
      boolean alone = family.size() == 1;
      for (Person p : family) {
        // news names a person in full most often, then by initials, patronymic, surname first;
        // by surname alone only when nobody else has the surname
        List<String> styles = new ArrayList<>(List.of("full", "full_cyrillic"));
        String[] extra =
            alone
                ? new String[] {
                  "full",
                  "full_cyrillic",
                  "initial",
                  "initial_cyrillic",
                  "surname",
                  "patronymic",
                  "surname_first"
                }
                : new String[] {
                  "full",
                  "full_cyrillic",
                  "initial",
                  "initial_cyrillic",
                  "patronymic",
                  "surname_first"
                };
        int n = 8 + rnd.nextInt(5);
        for (int k = 0; k < n; k++) {
          styles.add(extra[rnd.nextInt(extra.length)]);
        }
        for (String style : styles) {
          Person relative = !alone && rnd.nextInt(4) == 0 ? other(family, p, rnd) : null;
          docs.add(NewsDocuments.personDoc(docs.size(), p, style, relative, rnd));
        }
      }
      if (!alone) {
        // co-occurrence trap: the first name of one person next to the surname of another
        for (int k = 0; k < 2; k++) {
          Person p = family.get(rnd.nextInt(family.size()));
          Person namesake = other(family, p, rnd);
          docs.add(
              NewsDocuments.cooccurrenceDoc(docs.size(), p, namesake, fillerSurname(rnd), rnd));
        }
      }
    }
    // filler: first names with surnames nobody searches for
    int fillers = docs.size() / 4;
    for (int i = 0; i < fillers; i++) {
      docs.add(NewsDocuments.fillerDoc(docs.size(), rnd));
    }

    // queries, judgements and labels
    try (BufferedWriter d =
            Files.newBufferedWriter(dir.resolve("documents.tsv"), StandardCharsets.UTF_8);
        BufferedWriter q =
            Files.newBufferedWriter(dir.resolve("queries.tsv"), StandardCharsets.UTF_8);
        BufferedWriter r =
            Files.newBufferedWriter(dir.resolve("qrels.txt"), StandardCharsets.UTF_8);
        BufferedWriter l =
            Files.newBufferedWriter(dir.resolve("labels.tsv"), StandardCharsets.UTF_8)) {
      d.write("doc_id\ttitle\ttext\n");
      for (NewsDocuments.Doc doc : docs) {
        d.write(doc.id() + "\t" + doc.title() + "\t" + doc.text() + "\n");
      }
      q.write("query_id\tquery\ttype\n");
      l.write("query_id\tdoc_id\tlabel\n");
      int qn = 0;
      for (Person p : people) {
        List<String[]> queries = new ArrayList<>();
        LatinScheme other = LatinScheme.values()[1 + rnd.nextInt(LatinScheme.values().length - 1)];
        queries.add(new String[] {wiki(p.given().name()) + " " + wiki(sur(p)), "full_wiki"});
        String scheme =
            rnd.nextBoolean()
                ? other.romanize(p.given().name()) + " " + other.romanize(sur(p))
                : other.romanize(sur(p)) + ", " + other.romanize(p.given().name());
        queries.add(new String[] {scheme, "full_scheme"});
        String cyr =
            rnd.nextBoolean()
                ? p.given().name() + " " + sur(p)
                : sur(p) + " " + p.given().name() + " " + patronymicForm(p, Case.NOM);
        queries.add(new String[] {cyr, "full_cyrillic"});
        for (String[] query : queries) {
          String id = "q" + (++qn);
          q.write(id + "\t" + query[0] + "\t" + query[1] + "\n");
          judge(id, p, docs, people, neighbourOf, r, l);
        }
      }
      for (List<Person> family : byFamily) {
        Person p = family.get(0);
        String id = "q" + (++qn);
        q.write(id + "\t" + wiki(p.surname()) + "\tsurname\n");
        for (NewsDocuments.Doc doc : docs) {
          boolean rel = false;
          for (Person m : family) {
            rel |= doc.named().containsKey(m.id());
          }
          if (rel) {
            r.write(id + " 0 " + doc.id() + " 1\n");
            l.write(id + "\t" + doc.id() + "\tsurname_query\n");
          }
        }
      }
    }
  }

  private static void judge(
      String id,
      Person p,
      List<NewsDocuments.Doc> docs,
      List<Person> people,
      Map<String, String> neighbourOf,
      BufferedWriter r,
      BufferedWriter l)
      throws IOException {
    String neighbour = neighbourOf.get(p.surname());
    for (NewsDocuments.Doc doc : docs) {
      String how = doc.named().get(p.id());
      if (how != null) {
        int grade =
            how.startsWith("full") || how.equals("patronymic") || how.equals("surname_first")
                ? 2
                : 1;
        r.write(id + " 0 " + doc.id() + " " + grade + "\n");
        l.write(id + "\t" + doc.id() + "\t" + how + "\n");
        continue;
      }
      String label = null;
      boolean namesake = false;
      for (Map.Entry<Integer, String> e : doc.named().entrySet()) {
        if (e.getKey() < 0) {
          continue; // a marker, not a person
        }
        Person m = people.get(e.getKey());
        if (m.surname().equals(p.surname())) {
          namesake = true;
        } else if (neighbour != null && m.surname().equals(neighbour) && label == null) {
          label = "neighbour";
        }
      }
      if (namesake) {
        label =
            doc.named().containsValue("cooccurrence:" + p.given().name())
                ? "cooccurrence"
                : "namesake";
      }
      if (label != null) {
        l.write(id + "\t" + doc.id() + "\t" + label + "\n");
      }
    }
  }
}
