package io.namesearch.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar on stderr, drawn only on a terminal and only once the work has taken long
 * enough to be worth watching.
 */
final class Progress {

  private static final long SHOW_AFTER_NANOS = 700_000_000L;
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final boolean enabled;
  private final long start = System.nanoTime();
  private long lastDraw;
  private boolean drawn;

  private final String unit;

  Progress(PrintWriter err, boolean enabled) {
    this(err, enabled, "files");
  }

  /** A bar counting {@code unit} (such as "files" or "names"). */
  Progress(PrintWriter err, boolean enabled, String unit) {
    this.err = err;
    this.enabled = enabled;
    this.unit = unit;
  }

  /** Reports that {@code done} of {@code total} items are finished. */
  void update(int done, int total) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (now - start < SHOW_AFTER_NANOS || now - lastDraw < 100_000_000L && done < total) {
      return;
    }
    lastDraw = now;
    int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
    StringBuilder bar = new StringBuilder("\r[");
    for (int i = 0; i < WIDTH; i++) {
      bar.append(i < filled ? '#' : ' ');
    }
    bar.append("] ").append(done).append('/').append(total).append(' ').append(unit);
    err.print(bar);
    err.flush();
    drawn = true;
  }

  /** Clears the bar, if one was drawn. */
  void finish() {
    if (drawn) {
      err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
      err.flush();
    }
  }
}
