package io.namesearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM with SIGKILL at random moments while it indexes and commits, at least 20 times.
 * After each kill the index opens, every document of the last reported commit is there, and the
 * next child resumes indexing. This is Lucene's commit guarantee holding through our API: a commit
 * is atomic and durable once {@code commit()} returns.
 */
class CrashSafetyTest {

  private static final int KILLS = 20;

  @Test
  void killedWriterLosesNothingCommitted(@TempDir Path dir) throws Exception {
    Random random = new Random(20261121L);
    String java = ProcessHandle.current().info().command().orElse("java");
    int lastCommitted = 0; // ids [0, lastCommitted) were reported committed
    int kills = 0;
    int resumedFrom = 0;
    while (kills < KILLS) {
      Process child =
          new ProcessBuilder(
                  java,
                  "-cp",
                  System.getProperty("java.class.path"),
                  "-XX:TieredStopAtLevel=1",
                  CrashChild.class.getName(),
                  dir.toString(),
                  Integer.toString(resumedFrom))
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      AtomicInteger reported = new AtomicInteger(lastCommitted);
      java.util.concurrent.CountDownLatch opened = new java.util.concurrent.CountDownLatch(1);
      Thread reader =
          new Thread(
              () -> {
                try (BufferedReader in =
                    new BufferedReader(
                        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                  String line;
                  while ((line = in.readLine()) != null) {
                    if (line.startsWith("OPEN ")) {
                      opened.countDown();
                    } else if (line.startsWith(CrashChild.COMMITTED)) {
                      reported.set(Integer.parseInt(line.substring(CrashChild.COMMITTED.length())));
                    }
                  }
                } catch (java.io.IOException e) {
                  // the child died: expected
                }
              });
      reader.start();
      // Kill at a random moment after the child opened the index (timed from then, not from the
      // JVM's start, which takes seconds on a loaded machine): sometimes before the first commit,
      // mostly in the middle of work.
      opened.await(60, TimeUnit.SECONDS);
      Thread.sleep(random.nextInt(1000));
      child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no close()
      assertTrue(child.waitFor(30, TimeUnit.SECONDS));
      reader.join(10_000);
      kills++;
      lastCommitted = reported.get();

      try (NameIndex index = NameIndex.builder().directory(dir).build()) {
        int count = index.count();
        assertTrue(
            count >= lastCommitted,
            "kill "
                + kills
                + ": "
                + count
                + " documents, but "
                + lastCommitted
                + " were committed");
        Set<String> ids = new HashSet<>();
        index.forEach(d -> ids.add(d.id()));
        for (int i = 0; i < lastCommitted; i++) {
          assertTrue(ids.contains(Integer.toString(i)), "kill " + kills + ": lost document " + i);
        }
        assertEquals(count, ids.size(), "no duplicate ids");
        // A committed document is searchable, not only stored.
        if (lastCommitted > 0) {
          SearchOptions exact =
              SearchOptions.builder().totalHitsThreshold(Integer.MAX_VALUE).build();
          assertTrue(index.search("Baltrukov", exact).totalHits() >= lastCommitted);
        }
        resumedFrom = count;
      }
    }
    assertTrue(lastCommitted > 0, "the children committed something");
    System.out.printf(
        Locale.ROOT,
        "crash safety: %d SIGKILLs, %d documents committed, none lost%n",
        kills,
        lastCommitted);
  }
}
