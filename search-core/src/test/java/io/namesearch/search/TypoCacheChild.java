package io.namesearch.search;

import java.io.IOException;
import java.util.Random;

/**
 * A child process for {@link TypoCacheMemoryTest}: distinct queries of 16 random 255-letter words,
 * in the small heap the test gives it. Prints the cache's bytes and DONE.
 */
public final class TypoCacheChild {

  private TypoCacheChild() {}

  /** Arguments: the number of queries and the random seed. */
  public static void main(String[] args) throws IOException {
    int queries = Integer.parseInt(args[0]);
    Random random = new Random(Long.parseLong(args[1]));
    try (NameIndex index = NameIndex.builder().build()) {
      index.add(Document.builder("a").body("Dmitry Baltrukov was called up").build());
      index.commit();
      for (int q = 0; q < queries; q++) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < NameIndex.MAX_QUERY_WORDS; w++) {
          for (int i = 0; i < NameIndex.MAX_WORD_LENGTH; i++) {
            text.append((char) ('a' + random.nextInt(26)));
          }
          text.append(' ');
        }
        index.search(text.toString(), SearchOptions.defaults());
      }
      System.out.println("DONE");
    }
  }
}
