package io.namesearch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.namesearch.search.Hit;
import io.namesearch.search.SearchResult;
import io.namesearch.search.Snippet;
import io.namesearch.search.Span;
import io.namesearch.search.WordMatch;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Prints hits as text (with or without ANSI highlighting) or as JSON lines. */
final class HitPrinter {

  private static final String BOLD_ON = "\u001B[1;33m";
  private static final String BOLD_OFF = "\u001B[0m";
  private static final String DIM_ON = "\u001B[2m";

  private final PrintWriter out;
  private final boolean color;

  /** The rank of the first hit printed: 1, or the offset plus 1 on a later page. */
  private int firstRank = 1;

  HitPrinter(PrintWriter out, boolean color) {
    this.out = out;
    this.color = color;
  }

  /** Numbers the hits from {@code rank} (the offset of the page plus 1). */
  HitPrinter ranksFrom(int rank) {
    this.firstRank = rank;
    return this;
  }

  /** The counts of {@code --count-by}, one line per key. */
  void printTextCounts(SearchResult result) {
    if (!result.tierCounts().isEmpty()) {
      List<String> parts = new ArrayList<>();
      result.tierCounts().forEach((t, n) -> parts.add(t.label() + " " + n));
      out.println("by tier: " + String.join(", ", parts));
    }
    result
        .valueCounts()
        .forEach(
            (key, counts) -> {
              List<String> parts = new ArrayList<>();
              counts.forEach((v, n) -> parts.add(flatten(v) + " " + n));
              out.println(
                  "by "
                      + flatten(key)
                      + ": "
                      + (parts.isEmpty() ? "(none)" : String.join(", ", parts)));
            });
  }

  /** The counts of {@code --count-by} as one JSON object on a last line. */
  void printJsonCounts(SearchResult result) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode o = mapper.createObjectNode();
    o.put("total_hits", result.totalHits());
    ObjectNode counts = o.putObject("counts");
    if (!result.tierCounts().isEmpty()) {
      ObjectNode t = counts.putObject("tier");
      result.tierCounts().forEach((tier, n) -> t.put(tier.label(), n));
    }
    result
        .valueCounts()
        .forEach(
            (key, values) -> {
              ObjectNode v = counts.putObject(key);
              values.forEach(v::put);
            });
    out.println(o.toString());
  }

  void printText(SearchResult result, String query) {
    List<Hit> hits = result.hits();
    for (int i = 0; i < hits.size(); i++) {
      Hit hit = hits.get(i);
      String title = hit.title().isBlank() ? hit.id() : hit.title();
      out.println((firstRank + i) + ". " + bold(flatten(title)));
      List<String> meta = new ArrayList<>();
      meta.add(displaySource(hit));
      hit.document().date().ifPresent(d -> meta.add(d.toString()));
      meta.add(String.format(Locale.ROOT, "score %.3f", hit.score()));
      if (hit.mention().isPresent()) {
        meta.add(flatten(hit.mention().get().explain()));
      } else if (!hit.matches().isEmpty()) {
        meta.add(
            flatten(String.join(", ", hit.matches().stream().map(WordMatch::explain).toList())));
      }
      out.println("   " + dim(String.join("  ·  ", meta)));
      for (Snippet s : hit.snippets()) {
        out.println("   " + render(s));
      }
      out.println();
    }
    String total =
        result.totalHitsExact()
            ? plural(result.totalHits(), "hit")
            : "at least " + result.totalHits() + " hits";
    out.println(
        result.totalHitsExact() && hits.size() == result.totalHits() && firstRank == 1
            ? total + " for \"" + query + "\""
            : "showing "
                + (firstRank == 1
                    ? String.valueOf(hits.size())
                    : firstRank + "-" + (firstRank + hits.size() - 1))
                + " of "
                + total
                + " for \""
                + query
                + "\" (use --limit or --offset for more)");
  }

  void printJson(SearchResult result) {
    ObjectMapper mapper = new ObjectMapper();
    List<Hit> hits = result.hits();
    for (int i = 0; i < hits.size(); i++) {
      Hit hit = hits.get(i);
      ObjectNode o = mapper.createObjectNode();
      o.put("rank", firstRank + i);
      o.put("id", hit.id());
      o.put("title", hit.title());
      o.put("source", hit.document().source().orElse(null));
      hit.document().date().ifPresent(d -> o.put("date", d.toString()));
      o.put("score", hit.score());
      o.put("normalized_score", hit.normalizedScore());
      o.put("cursor", hit.cursor());
      o.put("total_hits", result.totalHits());
      o.put("total_hits_exact", result.totalHitsExact());
      ArrayNode snippets = o.putArray("snippets");
      for (Snippet s : hit.snippets()) {
        ObjectNode sn = snippets.addObject();
        sn.put("field", s.field());
        sn.put("text", s.text());
        sn.put("start", s.start());
        sn.put("marked", markedHtml(s)); // HTML: the text escaped, matches in <b>
        ArrayNode hl = sn.putArray("highlights");
        for (Span span : s.highlights()) {
          hl.addObject().put("start", span.start()).put("end", span.end());
        }
      }
      ArrayNode matches = o.putArray("matches");
      for (WordMatch m : hit.matches()) {
        matches
            .addObject()
            .put("query", m.queryWord())
            .put("document", m.documentWord())
            .put("tier", m.tier().label())
            .put("field", m.field());
      }
      hit.mention()
          .ifPresent(
              m -> {
                ObjectNode mo = o.putObject("mention");
                mo.put("kind", m.kind().id());
                mo.put("document", m.documentText());
                mo.put("query", m.query());
                mo.put("field", m.field());
                ArrayNode tiers = mo.putArray("tiers");
                m.tiers().forEach(t -> tiers.add(t.label()));
                mo.put("explain", m.explain());
              });
      if (!hit.document().metadata().isEmpty()) {
        ObjectNode meta = o.putObject("metadata");
        new java.util.TreeMap<>(hit.document().metadata()).forEach(meta::put); // sorted keys
      }
      out.println(o.toString());
    }
  }

  private static String displaySource(Hit hit) {
    String source = hit.document().source().orElse(hit.id());
    return Terminal.escape(
        source.startsWith("seeds/") ? source.substring("seeds/".length()) : source);
  }

  /** The snippet as HTML: its text escaped ({@code & < > " '}), each highlight in {@code <b>}. */
  static String markedHtml(Snippet s) {
    StringBuilder sb = new StringBuilder();
    walk(
        s,
        t -> html(sb, t),
        t -> {
          sb.append("<b>");
          html(sb, t);
          sb.append("</b>");
        });
    return sb.toString();
  }

  /**
   * Walks the snippet's text in order, handing each plain run and each highlighted span (spans that
   * overlap an earlier one are skipped) to its consumer.
   */
  private static void walk(
      Snippet s,
      java.util.function.Consumer<String> plain,
      java.util.function.Consumer<String> highlighted) {
    String text = s.text();
    int pos = 0;
    for (Span span : s.highlights()) {
      int from = span.start() - s.start();
      int to = span.end() - s.start();
      if (from < pos) {
        continue;
      }
      plain.accept(text.substring(pos, from));
      highlighted.accept(text.substring(from, to));
      pos = to;
    }
    plain.accept(text.substring(pos));
  }

  private static void html(StringBuilder sb, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
  }

  /** The snippet on one line, highlights in bold colour on a terminal and plain otherwise. */
  private String render(Snippet s) {
    StringBuilder sb = new StringBuilder();
    walk(s, t -> sb.append(flatten(t)), t -> sb.append(bold(flatten(t))));
    return sb.toString().strip();
  }

  /**
   * Collapses runs of white space and control characters (and line separators and bidirectional
   * controls, see {@link Terminal}) to one space: titles and snippets are one line of plain text.
   */
  static String flatten(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c) || Terminal.isUnsafe(c)) {
        if (!space) {
          sb.append(' ');
          space = true;
        }
      } else {
        sb.append(c);
        space = false;
      }
    }
    return sb.toString();
  }

  private String bold(String s) {
    return color ? BOLD_ON + s + BOLD_OFF : s;
  }

  private String dim(String s) {
    return color ? DIM_ON + s + BOLD_OFF : s;
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
