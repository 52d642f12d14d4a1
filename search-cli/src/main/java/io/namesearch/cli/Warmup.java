package io.namesearch.cli;

import io.namesearch.analysis.RussianNameAnalyzer;
import io.namesearch.engine.NameRules;
import java.io.IOException;
import org.apache.lucene.analysis.TokenStream;

/**
 * Start-up work that every search does and that does not depend on the command line, done on a
 * daemon thread while the main thread builds picocli's model of the command line (its annotations
 * read by reflection): compiling the built-in name rules and digesting their fingerprint, which
 * opening an index checks; loading Lucene's default codec; and analysing a few words, so that the
 * analyzer's classes are initialised. The main thread later finds them ready, or waits for the
 * class initialisation under way; it never does the work twice. Nothing here prints or fails
 * visibly: an error recurs, with its message, where the main thread needs the same code.
 */
final class Warmup {

  private Warmup() {}

  /**
   * Below this heap, no warm-up: the command needs the memory, and an {@code OutOfMemoryError} in a
   * class initialiser on this thread would reach the main thread as a {@code NoClassDefFoundError}
   * instead of the out-of-memory line it prints.
   */
  static final long MIN_HEAP = 64L << 20;

  /** Starts the warm-up thread; returns at once. */
  static void start() {
    if (Runtime.getRuntime().maxMemory() < MIN_HEAP) {
      return;
    }
    Thread t = new Thread(Warmup::run, "namesearch-warmup");
    t.setDaemon(true);
    t.setUncaughtExceptionHandler((thread, e) -> {}); // the main thread reports what matters
    t.start();
  }

  private static void run() {
    try {
      NameRules.defaults().fingerprint();
      // the codecs Lucene looks up by name when it opens an index (service loading)
      org.apache.lucene.codecs.Codec.getDefault();
      // the analyzer's first words: its classes initialised, its code run once
      try (RussianNameAnalyzer a = new RussianNameAnalyzer();
          TokenStream ts = a.tokenStream("body", "Дмитрий Балтруков, Dmitry Baltrukov")) {
        ts.reset();
        while (ts.incrementToken()) {
          // only running it
        }
        ts.end();
      }
    } catch (IOException | RuntimeException | Error e) {
      // the main thread meets the same error where it needs the rules, and reports it
    }
  }
}
