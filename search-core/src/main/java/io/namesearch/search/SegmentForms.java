package io.namesearch.search;

import io.namesearch.analysis.NameTokens;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * A segment's words by key term, for {@link VariantFinder}: built once per segment from its terms
 * dictionary (each distinct word analysed alone, as the index analyser saw it: keys do not depend
 * on neighbours, except for joined words, which are left out), and dropped with the segment.
 */
final class SegmentForms {

  /** Prefixed key → the lower-case words that carry it. */
  final Map<String, String[]> byKey;

  /** Every word with its keys, for the overview of all names: word → first variant key. */
  final Map<String, String> firstKey;

  private SegmentForms(Map<String, String[]> byKey, Map<String, String> firstKey) {
    this.byKey = byKey;
    this.firstKey = firstKey;
  }

  /** Whether a term of a text field is a key term (by its prefix), not a word. */
  static boolean isKey(byte first) {
    return first == NameTokens.VARIANT_PREFIX
        || first == NameTokens.FAMILY_PREFIX
        || first == NameTokens.JOINED_PREFIX;
  }

  /** The forms of each segment, built on first use and dropped when the segment closes. */
  static final class Cache {
    private final Analyzer analyzer;
    private final Map<Object, SegmentForms> cache = new ConcurrentHashMap<>();

    Cache(Analyzer analyzer) {
      this.analyzer = analyzer;
    }

    SegmentForms forms(LeafReaderContext leaf) throws IOException {
      IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
      Object key = helper == null ? leaf.reader() : helper.getKey();
      SegmentForms f = cache.get(key);
      if (f == null) {
        f = build(leaf);
        if (cache.putIfAbsent(key, f) == null && helper != null) {
          helper.addClosedListener(cache::remove);
        }
      }
      return f;
    }

    private SegmentForms build(LeafReaderContext leaf) throws IOException {
      Map<String, List<String>> byKey = new HashMap<>();
      Map<String, String> firstKey = new HashMap<>();
      Set<String> seen = new HashSet<>();
      for (String field : IndexFields.TEXT_FIELDS) {
        Terms terms = leaf.reader().terms(field);
        if (terms == null) {
          continue;
        }
        TermsEnum te = terms.iterator();
        for (BytesRef t = te.next(); t != null; t = te.next()) {
          if (t.length == 0 || isKey(t.bytes[t.offset])) {
            continue;
          }
          String word = t.utf8ToString();
          if (!seen.add(word)) {
            continue;
          }
          try (TokenStream ts = analyzer.tokenStream(field, word)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            boolean first = true;
            while (ts.incrementToken()) {
              String ty = type.type();
              if (first) {
                first = false;
                if (!term.toString().equals(word)) {
                  break; // not a word the analyser keeps as it is: no keys of its own
                }
                continue;
              }
              if (ty.equals(NameTokens.TYPE_JOINED_FAMILY) || NameTokens.tierOfType(ty).isEmpty()) {
                continue;
              }
              String k = term.toString();
              byKey.computeIfAbsent(k, x -> new ArrayList<>(2)).add(word);
              if (ty.equals(NameTokens.TYPE_VARIANT)) {
                firstKey.putIfAbsent(word, k);
              }
            }
            ts.end();
          }
        }
      }
      Map<String, String[]> frozen = new HashMap<>(byKey.size() * 2);
      byKey.forEach((k, v) -> frozen.put(k, v.toArray(String[]::new)));
      return new SegmentForms(frozen, firstKey);
    }
  }
}
