package io.namesearch.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Screening throughput: {@code search screen --list NAMES --index DIR} run in-process (the real
 * command: every listed name searched in the index and its hits scored by the name matcher) on a
 * generated list against the benchmark corpus index. Prints names per second and the peak heap and
 * resident memory. Not JMH: one screening run is long enough to time by itself, and the figure
 * users care about is the whole run.
 *
 * <pre>java -cp benchmarks.jar io.namesearch.bench.ScreeningBenchmark [DOCS [NAMES [THREADS]]]
 * </pre>
 *
 * Defaults: 100,000 documents, 10,000 names, all cores. Half the names are people the corpus
 * mentions (a surname and a first name of {@link Names}, written in a random scheme, some with a
 * patronymic, initial or typo), half are invented and should find nothing.
 */
public final class ScreeningBenchmark {

  private ScreeningBenchmark() {}

  public static void main(String[] args) throws Exception {
    int docs = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int names = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    String threads =
        args.length > 2 ? args[2] : Integer.toString(Runtime.getRuntime().availableProcessors());
    Path index = CorpusIndex.ensure(docs, Systems.Kind.OURS);
    Path list = Files.createTempFile("screen-list", ".txt");
    try {
      Files.write(list, listNames(names, new SplittableRandom(17)), StandardCharsets.UTF_8);
      // warm-up: a short list (class loading, JIT), not timed
      Path warm = Files.createTempFile("screen-warm", ".txt");
      Files.write(warm, listNames(300, new SplittableRandom(3)), StandardCharsets.UTF_8);
      run(warm, index, threads, Writer.nullWriter());
      Files.delete(warm);

      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        pool.resetPeakUsage();
      }
      CountingWriter out = new CountingWriter();
      long t0 = System.nanoTime();
      int code = run(list, index, threads, out);
      double seconds = (System.nanoTime() - t0) / 1e9;
      long peakHeap = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          peakHeap += pool.getPeakUsage().getUsed();
        }
      }
      System.out.printf(
          Locale.ROOT,
          "screening: %,d names against %,d documents, %s threads: %.1f s, %.0f names/s, "
              + "%,d result lines, exit %d%n",
          names,
          docs,
          threads,
          seconds,
          names / seconds,
          out.lines - 1,
          code);
      System.out.printf(
          Locale.ROOT,
          "peak heap used %.0f MiB (max heap %.0f MiB), peak RSS %s%n",
          peakHeap / 1048576.0,
          Runtime.getRuntime().maxMemory() / 1048576.0,
          peakRss());
    } finally {
      Files.deleteIfExists(list);
    }
  }

  private static int run(Path list, Path index, String threads, Writer out) {
    StringWriter err = new StringWriter();
    int code =
        io.namesearch.cli.Main.newCommandLine(new PrintWriter(out), new PrintWriter(err))
            .execute(
                "screen",
                "--list",
                list.toString(),
                "--index",
                index.toString(),
                "--threads",
                threads,
                "--quiet");
    if (code == 2) {
      throw new IllegalStateException("screen failed: " + err);
    }
    return code;
  }

  /** The list: half people of the corpus in random spellings, half invented names. */
  static List<String> listNames(int n, SplittableRandom r) {
    List<String> out = new ArrayList<>(n);
    String[] patronymics = {"Александрович", "Сергеевич", "Ivanovich", "Petrovich", "A."};
    String[] invented = {
      "Qarvex",
      "Lunbrig",
      "Tomzell",
      "Vraskin",
      "Oppledon",
      "Yurtagh",
      "Hexmoor",
      "Brandulf",
      "Kestrow",
      "Mirabault"
    };
    for (int i = 0; i < n; i++) {
      if (i % 2 == 1) {
        out.add(
            invented[r.nextInt(invented.length)]
                + " "
                + invented[r.nextInt(invented.length)].substring(0, 4)
                + "o"
                + i);
        continue;
      }
      String surname = Names.SURNAMES.get(r.nextInt(Names.SURNAMES.size()));
      String first = Names.FIRST_NAMES.get(r.nextInt(Names.FIRST_NAMES.size()));
      Romanizer scheme = Romanizer.ALL.get(r.nextInt(Romanizer.ALL.size()));
      String s = r.nextInt(4) == 0 ? surname : scheme.romanize(surname);
      String f = r.nextInt(4) == 0 ? first : scheme.romanize(first);
      if (r.nextInt(8) == 0) {
        s = CorpusGenerator.typo(r, s);
      }
      String name =
          switch (r.nextInt(3)) {
            case 0 -> f + " " + s;
            case 1 -> s.toUpperCase(Locale.ROOT) + ", " + f;
            default -> s + " " + f + " " + patronymics[r.nextInt(patronymics.length)];
          };
      out.add(name);
    }
    return out;
  }

  private static String peakRss() {
    try {
      for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (l.startsWith("VmHWM:")) {
          long kb = Long.parseLong(l.replaceAll("[^0-9]", ""));
          return String.format(Locale.ROOT, "%.0f MiB", kb / 1024.0);
        }
      }
    } catch (Exception e) {
      // not Linux
    }
    return "n/a";
  }

  /** Counts output lines, keeps nothing. */
  private static final class CountingWriter extends Writer {
    long lines;

    @Override
    public void write(char[] cbuf, int off, int len) {
      for (int i = off; i < off + len; i++) {
        if (cbuf[i] == '\n') {
          lines++;
        }
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
