package io.namesearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.namesearch.cli.SearchProcess.Run;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The {@code ./search} launcher on the jar that {@code package} built (failsafe, after package): a
 * damaged start-up archive (an AOT cache on JDK 25+, a dynamic AppCDS archive before) is not used
 * and is rebuilt, the seed corpus's cached index prints what indexing the seeds in memory prints
 * and is written again when damaged, and an on-disk index prints no restricted-method warning on
 * JDK 24+. Only a search writes the archive: a first {@code search match} does not.
 */
class LauncherIT {

  private static final Path ROOT =
      Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent();
  private static final Path CDS = ROOT.resolve("search-cli/target/cds");

  private static Run search(Path cwd, String... args) throws IOException, InterruptedException {
    return search(cwd, java.util.Map.of(), args);
  }

  private static Run search(Path cwd, java.util.Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> cmd = new java.util.ArrayList<>(List.of(ROOT.resolve("search").toString()));
    cmd.addAll(List.of(args));
    return SearchProcess.run(cmd, cwd, null, env, 120);
  }

  private static List<Path> seedIndexes() throws IOException {
    if (!Files.isDirectory(CDS)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(CDS)) {
      return s.filter(p -> p.getFileName().toString().startsWith("seeds-")).toList();
    }
  }

  private static List<Path> archives() throws IOException {
    if (!Files.isDirectory(CDS)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(CDS)) {
      return s.filter(p -> p.toString().endsWith(".jsa") || p.toString().endsWith(".aot")).toList();
    }
  }

  @Test
  void aDamagedStartUpArchiveIsNotUsedAndIsRebuilt(@TempDir Path cwd) throws Exception {
    assumeTrue(Files.isRegularFile(ROOT.resolve("search-cli/target/search.jar")), "no jar");
    Run first = search(cwd, "Baltrukov");
    assertEquals(0, first.exit(), first.toString());
    if (archives().isEmpty()) {
      first = search(cwd, "Baltrukov");
    }
    List<Path> jsa = archives();
    assumeTrue(!jsa.isEmpty(), "skipped: this JVM writes no AppCDS archive");
    // a run that verifies and uses the archive records it as trusted: later runs skip the check,
    // until the archive is written to (as below)
    Run verified = search(cwd, "Baltrukov");
    assertEquals(0, verified.exit(), verified.toString());
    Path ok = Path.of(jsa.get(0) + ".ok");
    assertTrue(Files.isRegularFile(ok), "the verified archive is recorded in " + ok);
    try (RandomAccessFile f = new RandomAccessFile(jsa.get(0).toFile(), "rw")) {
      long at = f.length() / 5;
      byte[] junk = new byte[65536];
      f.seek(at);
      f.readFully(junk);
      for (int i = 0; i < junk.length; i++) {
        junk[i] ^= 0x5a;
      }
      f.seek(at);
      f.write(junk);
    }
    Run damaged = search(cwd, "Baltrukov");
    assertEquals(0, damaged.exit(), damaged.toString());
    assertTrue(damaged.out().startsWith("1. "), "the search ran: " + damaged);
    assertFalse(damaged.out().contains("fatal error"), damaged.out());
    Run again = search(cwd, "Baltrukov");
    assertEquals(0, again.exit(), again.toString());
    Run third = search(cwd, "Baltrukov");
    assertEquals(first.out(), third.out());
    assertFalse(archives().isEmpty(), "a new archive was written");
    try (Stream<Path> s = Files.list(cwd)) {
      assertEquals(
          List.of(), s.filter(p -> p.getFileName().toString().startsWith("hs_err")).toList());
    }
  }

  @Test
  void onlyASearchWritesTheStartUpArchive(@TempDir Path cwd) throws Exception {
    assumeTrue(Files.isRegularFile(ROOT.resolve("search-cli/target/search.jar")), "no jar");
    // the launcher's list of the commands that do not write the archive names every subcommand
    String launcher = Files.readString(ROOT.resolve("search"));
    String line =
        launcher.lines().filter(l -> l.contains("| index | help |")).findFirst().orElseThrow();
    CommandLine cl =
        Main.newCommandLine(
            new java.io.PrintWriter(java.io.Writer.nullWriter()),
            new java.io.PrintWriter(java.io.Writer.nullWriter()));
    for (String name : cl.getSubcommands().keySet()) {
      assertTrue(line.contains("| " + name + " ") || line.contains("| " + name + ")"), name);
    }
    if (Files.isDirectory(CDS)) {
      try (Stream<Path> s = Files.list(CDS)) {
        for (Path p : s.filter(p -> p.getFileName().toString().startsWith("search")).toList()) {
          Files.delete(p);
        }
      }
    }
    // a first `search match` leaves no archive of its own classes for later searches
    Run match = search(cwd, "match", "Dmitri Baltrukow", "BALTRUKOV Dmitry");
    assertEquals(0, match.exit(), match.toString());
    assertEquals(List.of(), archives(), "match wrote no archive");
    Run first = search(cwd, "Baltrukov");
    assertEquals(0, first.exit(), first.toString());
    if (archives().isEmpty()) {
      first = search(cwd, "Baltrukov");
    }
    assumeTrue(!archives().isEmpty(), "skipped: this JVM writes no AppCDS archive");
    Run after = search(cwd, "match", "Dmitri Baltrukow", "BALTRUKOV Dmitry");
    assertEquals(match.out(), after.out(), "match uses the search's archive");
  }

  @Test
  void theCachedSeedIndexPrintsWhatTheSeedsInMemoryDo(@TempDir Path cwd) throws Exception {
    assumeTrue(Files.isRegularFile(ROOT.resolve("search-cli/target/search.jar")), "no jar");
    // SEARCH_CDS=0: no archive and no cached seed index, the seeds indexed in memory
    Run memory = search(cwd, java.util.Map.of("SEARCH_CDS", "0"), "Baltrukov", "--json");
    assertEquals(0, memory.exit(), memory.toString());
    Run first = search(cwd, "Baltrukov", "--json");
    assertEquals(0, first.exit(), first.toString());
    List<Path> cached = seedIndexes();
    assertEquals(1, cached.size(), "one cached seed index: " + cached);
    Run cachedRun = search(cwd, "Baltrukov", "--json");
    assertEquals(memory.out(), first.out());
    assertEquals(memory.out(), cachedRun.out());
    // a damaged cache is not trusted: it is written again
    try (Stream<Path> s = Files.list(cached.get(0))) {
      for (Path p : s.filter(p -> p.getFileName().toString().startsWith("segments")).toList()) {
        Files.write(p, new byte[] {1, 2, 3});
      }
    }
    Run damaged = search(cwd, "Baltrukov", "--json");
    assertEquals(0, damaged.exit(), damaged.toString());
    assertEquals(memory.out(), damaged.out());
    assertEquals("", damaged.err());
    assertEquals(1, seedIndexes().size(), "written again: " + seedIndexes());
    Run again = search(cwd, "Baltrukov", "--json");
    assertEquals(memory.out(), again.out());
  }

  @Test
  void anOnDiskIndexPrintsNoRestrictedMethodWarning(@TempDir Path cwd) throws Exception {
    assumeTrue(Files.isRegularFile(ROOT.resolve("search-cli/target/search.jar")), "no jar");
    Path idx = cwd.resolve("idx");
    Run index = search(cwd, "index", "--index", idx.toString(), ROOT.resolve("seeds").toString());
    assertEquals(0, index.exit(), index.toString());
    Run r = search(cwd, "--index", idx.toString(), "Baltrukov");
    assertEquals(0, r.exit(), r.toString());
    assertFalse(r.err().contains("WARNING"), r.err());
    assertFalse(index.err().contains("WARNING"), index.err());
  }
}
