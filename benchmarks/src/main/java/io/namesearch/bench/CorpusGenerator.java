package io.namesearch.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A deterministic generator of news-like documents. Document {@code i} is a pure function of the
 * seed and {@code i} (its own {@link SplittableRandom}), so any document can be regenerated without
 * storing the corpus, in any order or in parallel. Sentences are recombined from the seed articles,
 * with people and places inserted in random spellings: romanisation schemes and other languages
 * ({@link Romanizer}), Cyrillic with case endings, and about 2% typos.
 */
final class CorpusGenerator {

  /** The fixed seed of every published figure. */
  static final long SEED = 20_221_003L;

  /** Share of Latin name mentions that get one random edit. */
  static final double TYPO_RATE = 0.02;

  /** One inserted name: which entity (its Cyrillic nominative) and whether it was misspelt. */
  record Mention(String entity, boolean typo) {}

  /** A generated document. */
  record Doc(String id, String title, String body, List<Mention> mentions) {}

  private static final String[] PERSON_TEMPLATES = {
    "%s said the council would meet again next week.",
    "According to %s, the decision was taken without a vote.",
    "The lawyer of %s declined to comment on the case.",
    "%s was detained by police on Tuesday.",
    "A statement signed by %s was published on Telegram.",
    "Prosecutors accused %s of discrediting the army.",
    "%s told reporters that he had not received a summons.",
  };

  private static final String[] PLACE_TEMPLATES = {
    "The protest took place in %s.",
    "Officials in %s refused to confirm the report.",
    "Residents of %s were told to report to the enlistment office.",
    "A court in %s fined the deputy 44,000 rubles.",
  };

  private static final String[] CYRILLIC_TEMPLATES = {
    "По словам %s, решение принято без голосования.",
    "Суд оштрафовал %s на 44 тысячи рублей.",
    "%s заявил журналистам, что не получал повестки.",
  };

  private final long seed;
  private final List<String> sentences;
  private final double[] surnameCdf;
  private final double[] placeCdf;

  CorpusGenerator(long seed) {
    this.seed = seed;
    this.sentences = loadSeedSentences();
    this.surnameCdf = zipfCdf(Names.SURNAMES.size(), 0.9);
    this.placeCdf = zipfCdf(Names.PLACES.size(), 0.9);
  }

  CorpusGenerator() {
    this(SEED);
  }

  /** Document {@code i}. */
  Doc doc(int i) {
    SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
    List<Mention> mentions = new ArrayList<>(4);
    String title = trimWords(pick(r, sentences), 14);
    if (r.nextInt(4) == 0) {
      title = person(r, mentions, false) + ": " + title;
    }
    StringBuilder body = new StringBuilder(800);
    int n = 3 + r.nextInt(4);
    int names = r.nextInt(4); // 0 to 3 inserted name sentences
    for (int s = 0; s < n + names; s++) {
      if (body.length() > 0) {
        body.append(' ');
      }
      if (s % 2 == 1 && names > 0) {
        names--;
        body.append(nameSentence(r, mentions));
      } else {
        body.append(pick(r, sentences));
      }
    }
    return new Doc("d" + i, title, body.toString(), List.copyOf(mentions));
  }

  private String nameSentence(SplittableRandom r, List<Mention> mentions) {
    int kind = r.nextInt(10);
    if (kind < 6) {
      return String.format(
          Locale.ROOT,
          PERSON_TEMPLATES[r.nextInt(PERSON_TEMPLATES.length)],
          person(r, mentions, true));
    }
    if (kind < 8) {
      return String.format(
          Locale.ROOT, PLACE_TEMPLATES[r.nextInt(PLACE_TEMPLATES.length)], place(r, mentions));
    }
    // Cyrillic: a surname with a case ending inside a Russian sentence.
    String surname = Names.SURNAMES.get(sample(r, surnameCdf));
    mentions.add(new Mention(surname, false));
    List<String> cases = Names.surnameCases(surname);
    String form = cases.get(r.nextInt(cases.size()));
    if (r.nextBoolean()) {
      form = Names.FIRST_NAMES.get(r.nextInt(Names.FIRST_NAMES.size())) + " " + form;
    }
    return String.format(
        Locale.ROOT, CYRILLIC_TEMPLATES[r.nextInt(CYRILLIC_TEMPLATES.length)], form);
  }

  /** A person in a Latin spelling: full name or surname only, one scheme, maybe a typo. */
  private String person(SplittableRandom r, List<Mention> mentions, boolean mayBeFull) {
    String surname = Names.SURNAMES.get(sample(r, surnameCdf));
    Romanizer scheme = scheme(r);
    String latin = scheme.romanize(surname);
    boolean typo = r.nextDouble() < TYPO_RATE;
    if (typo) {
      latin = typo(r, latin);
    }
    mentions.add(new Mention(surname, typo));
    if (mayBeFull && r.nextBoolean()) {
      String first = Names.FIRST_NAMES.get(r.nextInt(Names.FIRST_NAMES.size()));
      return scheme.romanize(first) + " " + latin;
    }
    return latin;
  }

  private String place(SplittableRandom r, List<Mention> mentions) {
    String place = Names.PLACES.get(sample(r, placeCdf));
    Romanizer scheme = scheme(r);
    StringBuilder latin = new StringBuilder();
    for (String part : place.split("-")) {
      if (latin.length() > 0) {
        latin.append('-');
      }
      latin.append(scheme.romanize(part));
    }
    String s = latin.toString();
    boolean typo = r.nextDouble() < TYPO_RATE;
    if (typo) {
      s = typo(r, s);
    }
    mentions.add(new Mention(place, typo));
    return s;
  }

  /** Half of Latin mentions use the English scheme, the rest one of the others. */
  private static Romanizer scheme(SplittableRandom r) {
    if (r.nextBoolean()) {
      return Romanizer.ENGLISH;
    }
    return Romanizer.ALL.get(1 + r.nextInt(Romanizer.ALL.size() - 1));
  }

  /**
   * One random edit (substitution, deletion, insertion or transposition), never the first letter.
   */
  static String typo(SplittableRandom r, String w) {
    if (w.length() < 4) {
      return w;
    }
    StringBuilder b = new StringBuilder(w);
    int p = 1 + r.nextInt(w.length() - 2);
    char c = "aeiouklmnrstv".charAt(r.nextInt(13));
    switch (r.nextInt(4)) {
      case 0 -> b.setCharAt(p, c == b.charAt(p) ? 'x' : c);
      case 1 -> b.deleteCharAt(p);
      case 2 -> b.insert(p, c);
      default -> {
        char t = b.charAt(p);
        b.setCharAt(p, b.charAt(p + 1));
        b.setCharAt(p + 1, t);
      }
    }
    return b.toString();
  }

  private static String pick(SplittableRandom r, List<String> list) {
    return list.get(r.nextInt(list.size()));
  }

  private static String trimWords(String s, int max) {
    String[] w = s.split(" ");
    return w.length <= max ? s : String.join(" ", java.util.Arrays.copyOf(w, max));
  }

  private static int sample(SplittableRandom r, double[] cdf) {
    double u = r.nextDouble();
    int i = java.util.Arrays.binarySearch(cdf, u);
    return Math.min(cdf.length - 1, i >= 0 ? i : -i - 1);
  }

  private static double[] zipfCdf(int n, double s) {
    double[] w = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      w[i] = 1 / Math.pow(i + 1, s);
      sum += w[i];
    }
    double acc = 0;
    for (int i = 0; i < n; i++) {
      acc += w[i] / sum;
      w[i] = acc;
    }
    return w;
  }

  /** The seed articles split into sentences (date lines and very short lines dropped). */
  static List<String> loadSeedSentences() {
    List<String> out = new ArrayList<>();
    for (String name : SEED_FILES) {
      try (InputStream in = CorpusGenerator.class.getResourceAsStream("seeds/" + name)) {
        if (in == null) {
          throw new IllegalStateException("seed article missing from the jar: " + name);
        }
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
          for (String s : line.split("(?<=[.!?…])\\s+")) {
            s = s.strip();
            if (s.split(" ").length >= 5 && !s.startsWith("date ")) {
              out.add(s);
            }
          }
        }
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("no seed sentences");
    }
    return List.copyOf(out);
  }

  /** The seed files, listed so the generator does not depend on directory listing order. */
  static final List<String> SEED_FILES =
      List.of(
          "000_2ae35e11502cc4ad.txt",
          "001_1671f51fc9d73053.txt",
          "002_c216761a71068422.txt",
          "003_4ab8a011891d9a26.txt",
          "004_361af92bbf6ab35b.txt");
}
