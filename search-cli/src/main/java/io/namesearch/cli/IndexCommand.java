package io.namesearch.cli;

import io.namesearch.search.NameIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code search index --index DIR PATH...}: indexes text files and folders. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Indexes .txt and .md files, and folders of them, into the index in DIR.",
      "Run it again to update: changed files are re-indexed, unchanged ones skipped,",
      "and files deleted from an indexed folder are removed from the index.",
      "With --rebuild-from OLD, DIR (a new folder) is first built from the documents",
      "stored in the index OLD, with this version's name rules; OLD is only read.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  search index --index ~/news-index ~/articles notes.md",
      "  search index --index ~/news-index-2 --rebuild-from ~/news-index"
    })
final class IndexCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = {"-i", "--index"},
      required = true,
      paramLabel = "DIR",
      description = "The index directory; created if missing.")
  Path index;

  @Parameters(
      arity = "0..*",
      paramLabel = "PATH",
      description = "Files or folders to index (at least one, unless --rebuild-from is given).")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = "--rebuild-from",
      paramLabel = "OLD",
      description =
          "First copy every document stored in the index OLD into DIR, which must be missing or"
              + " empty (for an index built with other name rules).")
  Path rebuildFrom;

  @Option(
      names = "--follow-links",
      description = "Follow symbolic links inside folders (off by default: links are skipped).")
  boolean followLinks;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print nothing but errors.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (index.toString().isEmpty()) {
      throw new CliException("empty index path: give the index folder");
    }
    if (Files.exists(index) && !Files.isDirectory(index)) {
      throw new CliException("index path is not a directory: " + FilePaths.display(index));
    }
    if (paths.isEmpty() && rebuildFrom == null) {
      throw new CliException("give a file or folder to index (or --rebuild-from OLD)");
    }
    // Every path is checked before the index is opened (and its lock taken).
    FileIndexer.roots(paths);
    if (rebuildFrom != null) {
      if (!Files.isDirectory(rebuildFrom)) {
        throw new CliException("no index at " + FilePaths.display(rebuildFrom));
      }
      long n = NameIndex.rebuild(rebuildFrom, index);
      if (!quiet) {
        out.printf(
            Locale.ROOT,
            "rebuilt %d documents from %s into %s%n",
            n,
            FilePaths.display(rebuildFrom),
            FilePaths.display(index));
      }
      if (paths.isEmpty()) {
        return ExitCodes.OK;
      }
    }
    Progress progress = new Progress(err, !quiet && picocli.CommandLine.Help.Ansi.AUTO.enabled());
    FileIndexer.Summary s;
    try (NameIndex idx = NameIndex.builder().directory(index).build()) {
      s = new FileIndexer(idx, followLinks, d -> progress.update(d[0], d[1])).run(paths);
      progress.finish();
      if (!quiet) {
        out.printf(
            Locale.ROOT,
            "indexed %d new, %d changed, %d unchanged, %d removed; %d documents in %s%n",
            s.added(),
            s.updated(),
            s.unchanged(),
            s.removed(),
            idx.count(),
            FilePaths.display(index));
      }
    } finally {
      progress.finish();
    }
    for (String e : s.errors()) {
      err.println("search: " + Terminal.escape(e)); // one line, whatever the file's name
    }
    if (!s.errors().isEmpty()) {
      err.println(
          "search: " + s.errors().size() + " file(s) could not be indexed; the rest were indexed");
      return ExitCodes.USAGE;
    }
    return ExitCodes.OK;
  }
}
