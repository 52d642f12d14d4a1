import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * A build step of search-cli (run by {@code package}, after the shade plugin): rewrites the class
 * files of the shaded jar whose class-file version is below 50 (Java 6) to version 52 (Java 8),
 * with stack map frames computed by ASM. The code is unchanged.
 *
 * <p>Why: the JVM's class data sharing (the AOT cache and AppCDS archive the launcher writes) does
 * not keep classes older than version 50, which the old type-inferring verifier checks on every
 * run. picocli is compiled for Java 5 (version 49), so its 178 classes of a search were loaded and
 * verified again on every run, about 80 ms of a 0.5 s search (issue 16).
 *
 * <p>Safety: every rewritten class is then loaded and initialised from the new jar, which makes the
 * JVM verify it with the split (type-checking) verifier; a {@link VerifyError} fails the build.
 * Only then does the new jar replace the old one. The jar records what was rewritten in {@code
 * META-INF/UPGRADED-CLASS-FILES.txt} (picocli's licence, Apache 2.0, asks that changed files say
 * so).
 *
 * <p>Usage: {@code java -cp asm.jar UpgradeClassFiles.java JAR}
 */
public final class UpgradeClassFiles {

  private static final int OLDEST_SHARED = 50;
  private static final String NOTE = "META-INF/UPGRADED-CLASS-FILES.txt";

  private UpgradeClassFiles() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: UpgradeClassFiles JAR");
    }
    Path jar = Path.of(args[0]);
    Path tmp = jar.resolveSibling(jar.getFileName() + ".upgrade.tmp");
    List<String> upgraded = new ArrayList<>();
    try (ZipFile in = new ZipFile(jar.toFile());
        URLClassLoader original = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tmp))) {
      Enumeration<? extends ZipEntry> entries = in.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        if (e.getName().equals(NOTE)) {
          continue; // written again below
        }
        byte[] bytes;
        try (InputStream s = in.getInputStream(e)) {
          bytes = s.readAllBytes();
        }
        if (e.getName().endsWith(".class") && version(bytes) < OLDEST_SHARED) {
          bytes = upgrade(bytes, original);
          upgraded.add(e.getName());
        }
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTime(e.getTime());
        out.putNextEntry(copy);
        out.write(bytes);
        out.closeEntry();
      }
      if (!upgraded.isEmpty()) {
        ZipEntry note = new ZipEntry(NOTE);
        out.putNextEntry(note);
        out.write(note(upgraded).getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    int verified = verify(tmp, upgraded);
    Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    System.out.println(
        "UpgradeClassFiles: "
            + upgraded.size()
            + " class files of "
            + jar
            + " now version 52 ("
            + verified
            + " loaded and verified)");
  }

  private static int version(byte[] classFile) {
    return ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
  }

  private static byte[] upgrade(byte[] classFile, ClassLoader hierarchy) {
    ClassWriter writer =
        new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
          @Override
          protected ClassLoader getClassLoader() {
            return hierarchy; // common super classes are looked up among the jar's classes
          }
        };
    ClassVisitor toJava8 =
        new ClassVisitor(Opcodes.ASM9, writer) {
          @Override
          public void visit(
              int version,
              int access,
              String name,
              String signature,
              String superName,
              String[] interfaces) {
            super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
          }
        };
    new ClassReader(classFile).accept(toJava8, ClassReader.SKIP_FRAMES);
    return writer.toByteArray();
  }

  /**
   * Loads and initialises each rewritten class from the new jar: the JVM verifies it on linking.
   */
  private static int verify(Path jar, List<String> classFiles) throws IOException {
    int verified = 0;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      for (String file : classFiles) {
        String name = file.substring(0, file.length() - ".class".length()).replace('/', '.');
        try {
          Class.forName(name, true, loader);
          verified++;
        } catch (VerifyError | ClassFormatError e) {
          Files.deleteIfExists(jar);
          throw new IllegalStateException("rewritten " + name + " does not verify: " + e, e);
        } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
          // an optional dependency missing, or a static initialiser's own failure: not the bytecode
        }
      }
    }
    return verified;
  }

  private static String note(List<String> upgraded) {
    StringBuilder b =
        new StringBuilder(
            "These class files were rewritten from class-file version 49 (Java 5) to 52 (Java 8)\n"
                + "at build time by search-cli's UpgradeClassFiles (ASM, stack map frames"
                + " computed),\nso that the JVM's class data sharing keeps them. Their code is"
                + " unchanged.\n\n");
    for (String f : upgraded) {
      b.append(f).append('\n');
    }
    return b.toString();
  }
}
