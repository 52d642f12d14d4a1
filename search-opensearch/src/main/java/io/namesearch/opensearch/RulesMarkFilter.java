package io.namesearch.opensearch;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.opensearch.core.index.shard.ShardId;
import org.opensearch.index.engine.Engine;
import org.opensearch.index.shard.IndexingOperationListener;

/**
 * Adds the {@link RulesMarker} term to each field value that the plugin's index-side analysis keys,
 * at index time only: right after the value's first token, at its position (increment 0, so
 * positions and the length norm stay as they were) and with its offsets, typed {@link
 * RulesMarker#TYPE} and marked as a keyword. One term with one posting per document and field.
 *
 * <p>The same analyzer also analyses query text ({@code match}, {@code _analyze}, the highlighter),
 * where a marker stacked on the first word would match every document. So the filter writes it only
 * while the shard indexes a document on this thread: {@link Listener} (an {@link
 * IndexingOperationListener} on every index) says so from {@code preIndex} to {@code postIndex},
 * which {@code IndexShard} calls around the engine's indexing, where Lucene analyses the document,
 * for primaries, replicas and translog replay alike.
 */
final class RulesMarkFilter extends TokenFilter {

  /** The fingerprint to write while this thread indexes a document; unset otherwise. */
  private static final ThreadLocal<String> INDEXING = new ThreadLocal<>();

  /**
   * The fingerprint written: this plugin's. Tests set another, or the empty string for none (as a
   * plugin before markers wrote), to build an index as an older plugin did.
   */
  private static volatile String written = RulesMarker.CURRENT;

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);

  private String marker; // the marker term of this value, or null: none to write
  private boolean first;
  private boolean pending;
  private int startOffset;
  private int endOffset;

  RulesMarkFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pending) {
      pending = false;
      clearAttributes();
      termAtt.setEmpty().append(marker);
      typeAtt.setType(RulesMarker.TYPE);
      posIncAtt.setPositionIncrement(0);
      posLenAtt.setPositionLength(1);
      offsetAtt.setOffset(startOffset, endOffset);
      keywordAtt.setKeyword(true);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (first) {
      first = false;
      if (marker != null) {
        pending = true;
        startOffset = offsetAtt.startOffset();
        endOffset = offsetAtt.endOffset();
      }
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    String fingerprint = INDEXING.get();
    marker = fingerprint == null || fingerprint.isEmpty() ? null : RulesMarker.term(fingerprint);
    first = true;
    pending = false;
  }

  /**
   * This thread starts indexing a document: values analysed until {@link #endIndexing} are marked.
   */
  static void beginIndexing() {
    INDEXING.set(written);
  }

  /** This thread has indexed its document (or failed to). */
  static void endIndexing() {
    INDEXING.remove();
  }

  /**
   * For tests: write {@code fingerprint} instead of this plugin's ({@code ""}: no marker), on every
   * node of the JVM, until called with {@link RulesMarker#CURRENT}.
   */
  static void writeForTests(String fingerprint) {
    written = fingerprint;
  }

  /** Tells the filter when a shard indexes a document (see the class description). */
  static final class Listener implements IndexingOperationListener {

    @Override
    public Engine.Index preIndex(ShardId shardId, Engine.Index operation) {
      beginIndexing();
      return operation;
    }

    @Override
    public void postIndex(ShardId shardId, Engine.Index index, Engine.IndexResult result) {
      endIndexing();
    }

    @Override
    public void postIndex(ShardId shardId, Engine.Index index, Exception ex) {
      endIndexing();
    }
  }
}
