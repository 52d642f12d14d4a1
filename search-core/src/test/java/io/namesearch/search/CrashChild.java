package io.namesearch.search;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A child process for {@link CrashSafetyTest}: indexes numbered documents into an on-disk index in
 * batches, commits each batch and reports it on stdout, until it is killed.
 */
public final class CrashChild {

  static final String COMMITTED = "COMMITTED ";
  static final int BATCH = 25;

  private CrashChild() {}

  /** Arguments: the index directory and the first id to write. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int next = Integer.parseInt(args[1]);
    try (NameIndex index = NameIndex.builder().directory(dir).build()) {
      System.out.println("OPEN " + index.count());
      System.out.flush();
      while (true) {
        for (int i = 0; i < BATCH; i++, next++) {
          index.add(doc(next));
        }
        index.commit();
        System.out.println(COMMITTED + next);
        System.out.flush();
      }
    }
  }

  static Document doc(int id) {
    return Document.builder(Integer.toString(id))
        .title("Report " + id)
        .body("Dmitry Baltrukov and Mikhail Khodorkovsky, item " + id + ". " + "x ".repeat(id % 50))
        .build();
  }
}
