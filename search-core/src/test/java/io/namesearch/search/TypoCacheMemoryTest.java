package io.namesearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The typo-automaton cache is bounded by bytes: long random words cannot fill a small heap. */
class TypoCacheMemoryTest {

  @Test
  /** Before: 24 MB of cached automata per such query (the heap grew 2.4 GB in 100 queries). */
  void longRandomWordQueriesRunInASmallHeap(@TempDir Path tmp) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Path out = tmp.resolve("out.txt");
    Path err = tmp.resolve("err.txt");
    Process p =
        new ProcessBuilder(
                java,
                "-Xmx96m",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                TypoCacheChild.class.getName(),
                "8",
                "7")
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertTrue(p.waitFor(180, TimeUnit.SECONDS), "child finished");
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), stderr);
    assertTrue(Files.readString(out, StandardCharsets.UTF_8).contains("DONE"), stderr);
  }

  @Test
  void theCacheKeepsItsByteBound() {
    long bound = 64 << 10;
    TypoQueries typos = new TypoQueries(bound);
    java.util.Random random = new java.util.Random(3);
    for (int i = 0; i < 300; i++) {
      String key = Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
      typos.get("f", key, 2, 1);
      assertTrue(typos.cachedBytes() <= bound, "bytes " + typos.cachedBytes());
    }
    assertTrue(typos.cachedBytes() > 0);
    // a huge automaton is used but not kept
    String longKey = "abcdefghijklmnopqrstuvwxyz".repeat(10);
    CompiledAutomaton c = TypoQuery.compile(longKey, 2, 1);
    long before = typos.cachedBytes();
    typos.get("f", longKey, 2, 1);
    if (c.ramBytesUsed() > TypoQueries.MAX_ENTRY_BYTES) {
      assertEquals(before, typos.cachedBytes());
    }
  }
}
