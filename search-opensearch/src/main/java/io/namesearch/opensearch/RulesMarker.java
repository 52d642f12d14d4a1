package io.namesearch.opensearch;

import io.namesearch.engine.NameRules;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * The term that records which name rules made a field's keys: {@value #PREFIX} followed by the
 * rules' {@link NameRules#fingerprint()}, one per field value, written at index time by {@link
 * RulesMarkFilter} and read at query time by {@link RulesCheck}. The prefix starts with U+0001,
 * which no tokenizer emits and no key prefix ({@code ~ ^ +}) is, so no query term, typo automaton
 * (their fixed prefix is a key prefix) or highlighter ever reaches it.
 */
final class RulesMarker {

  /** The marker terms' prefix. */
  static final String PREFIX = "\u0001rules:";

  /** Token type of the marker. */
  static final String TYPE = "<NAME_RULES>";

  private static final BytesRef PREFIX_BYTES = new BytesRef(PREFIX);

  /** The fingerprint of this plugin's name rules (the library's defaults). */
  static final String CURRENT = NameRules.defaults().fingerprint();

  private RulesMarker() {}

  /** The marker term of these rules. */
  static String term(String fingerprint) {
    return PREFIX + fingerprint;
  }

  /**
   * What one segment's terms of a field record: the fingerprints of its markers and how many
   * documents carry this plugin's.
   *
   * @param others the fingerprints other than this plugin's, in term order
   * @param currentDocs the documents that carry this plugin's marker
   * @param docs the documents with a term in the field
   */
  record Recorded(List<String> others, int currentDocs, int docs) {

    /** Whether every document with a term in the field carries this plugin's marker only. */
    boolean current() {
      return others.isEmpty() && currentDocs == docs;
    }

    /** The recorded fingerprints other than this plugin's, for a message, or {@code none}. */
    String describe() {
      return others.isEmpty() ? "none" : String.join(", ", others);
    }
  }

  /** Reads the markers of one segment's terms of a field: a seek to the prefix, then its terms. */
  static Recorded read(Terms terms) throws IOException {
    List<String> others = new ArrayList<>(1);
    int currentDocs = 0;
    TermsEnum te = terms.iterator();
    if (te.seekCeil(PREFIX_BYTES) != TermsEnum.SeekStatus.END) {
      for (BytesRef t = te.term(); t != null && StringHelper.startsWith(t, PREFIX_BYTES); ) {
        String fingerprint = t.utf8ToString().substring(PREFIX.length());
        if (fingerprint.equals(CURRENT)) {
          currentDocs = te.docFreq();
        } else {
          others.add(fingerprint);
        }
        t = te.next();
      }
    }
    return new Recorded(List.copyOf(others), currentDocs, terms.getDocCount());
  }
}
