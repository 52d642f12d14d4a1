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

  HitPrinter(PrintWriter out, boolean color) {
    this.out = out;
    this.color = color;
  }

  void printText(SearchResult result, String query) {
    List<Hit> hits = result.hits();
    for (int i = 0; i < hits.size(); i++) {
      Hit hit = hits.get(i);
      String title = hit.title().isBlank() ? hit.id() : hit.title();
      out.println((i + 1) + ". " + bold(flatten(title)));
      List<String> meta = new ArrayList<>();
      meta.add(displaySource(hit));
      meta.add(String.format(Locale.ROOT, "score %.3f", hit.score()));
      if (hit.mention().isPresent()) {
        meta.add(hit.mention().get().explain());
      } else if (!hit.matches().isEmpty()) {
        meta.add(String.join(", ", hit.matches().stream().map(WordMatch::explain).toList()));
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
        result.totalHitsExact() && hits.size() == result.totalHits()
            ? total + " for \"" + query + "\""
            : "showing "
                + hits.size()
                + " of "
                + total
                + " for \""
                + query
                + "\" (use --limit for more)");
  }

  void printJson(SearchResult result) {
    ObjectMapper mapper = new ObjectMapper();
    List<Hit> hits = result.hits();
    for (int i = 0; i < hits.size(); i++) {
      Hit hit = hits.get(i);
      ObjectNode o = mapper.createObjectNode();
      o.put("rank", i + 1);
      o.put("id", hit.id());
      o.put("title", hit.title());
      o.put("source", hit.document().source().orElse(null));
      hit.document().date().ifPresent(d -> o.put("date", d.toString()));
      o.put("score", hit.score());
      o.put("total_hits", result.totalHits());
      o.put("total_hits_exact", result.totalHitsExact());
      ArrayNode snippets = o.putArray("snippets");
      for (Snippet s : hit.snippets()) {
        ObjectNode sn = snippets.addObject();
        sn.put("field", s.field());
        sn.put("text", s.text());
        sn.put("start", s.start());
        sn.put("marked", s.marked("<b>", "</b>"));
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
      hit.mention().ifPresent(m -> {
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
        hit.document().metadata().forEach(meta::put);
      }
      out.println(o.toString());
    }
  }

  private static String displaySource(Hit hit) {
    String source = hit.document().source().orElse(hit.id());
    return source.startsWith("seeds/") ? source.substring("seeds/".length()) : source;
  }

  /** The snippet on one line, highlights in bold colour on a terminal and plain otherwise. */
  private String render(Snippet s) {
    StringBuilder sb = new StringBuilder();
    String text = s.text();
    int pos = 0;
    for (Span span : s.highlights()) {
      int from = span.start() - s.start();
      int to = span.end() - s.start();
      if (from < pos) {
        continue;
      }
      sb.append(flatten(text.substring(pos, from)));
      sb.append(bold(flatten(text.substring(from, to))));
      pos = to;
    }
    sb.append(flatten(text.substring(pos)));
    return sb.toString().strip();
  }

  /** Collapses runs of white space and control characters to one space. */
  static String flatten(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
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
