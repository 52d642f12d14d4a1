package io.namesearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.namesearch.analysis.RussianNameFilterFactory;
import java.io.File;
import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.junit.jupiter.api.Test;

/**
 * The module's API boundary: it exports exactly the API packages, to everyone, and opens nothing;
 * no public member of an exported class shows a type of a package it does not export; a user on the
 * module path can use it (rules load, SPI finds the factory); the descriptor and the services file
 * register the same factories.
 */
class ModuleDescriptorTest {

  /** The API: the engine facade, the analysis chain, the index and search API. */
  static final Set<String> API =
      Set.of("io.namesearch.engine", "io.namesearch.analysis", "io.namesearch.search");

  /**
   * The compiled descriptor, with its packages found in the class files (as on the module path).
   */
  private static ModuleDescriptor descriptor() {
    return ModuleFinder.of(Path.of("target/classes"))
        .find("io.namesearch.core")
        .orElseThrow()
        .descriptor();
  }

  @Test
  void exportsExactlyTheApiAndOpensNothing() {
    ModuleDescriptor md = descriptor();
    assertEquals("io.namesearch.core", md.name());
    assertEquals(
        API,
        md.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
    for (ModuleDescriptor.Exports e : md.exports()) {
      assertFalse(e.isQualified(), e + " is exported to everyone");
    }
    assertEquals(Set.of(), md.opens(), "opens nothing");
    assertFalse(md.isOpen(), "not an open module");
    // the internal packages exist, and are not exported
    assertEquals(
        Set.of(
            "io.namesearch.engine",
            "io.namesearch.engine.internal",
            "io.namesearch.analysis",
            "io.namesearch.analysis.internal",
            "io.namesearch.search"),
        md.packages());
  }

  /**
   * Public types of the packages the module does not export are tagged {@code @lucene.internal}, as
   * Lucene tags its own; no type of an exported package is (an exported public type is API).
   */
  @Test
  void internalTypesAreTaggedAndApiTypesAreNot() throws IOException {
    Path sources = Path.of("src/main/java");
    List<String> wrong = new ArrayList<>();
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String name = file.getFileName().toString();
        if (name.equals("module-info.java") || name.equals("package-info.java")) {
          continue;
        }
        String pkg =
            sources.relativize(file.getParent()).toString().replace(File.separatorChar, '.');
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String type = name.substring(0, name.length() - ".java".length());
        int declaration = typeDeclaration(text, type);
        boolean isPublic = text.startsWith("public ", declaration);
        String javadoc = text.substring(text.lastIndexOf("/**", declaration), declaration);
        boolean tagged =
            text.lastIndexOf("/**", declaration) >= 0 && javadoc.contains("@lucene.internal");
        if (API.contains(pkg) && tagged) {
          wrong.add(file + ": an exported type tagged @lucene.internal");
        } else if (!API.contains(pkg) && isPublic && !tagged) {
          wrong.add(file + ": a public type of an internal package not tagged @lucene.internal");
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  /** Where the top-level declaration of {@code type} starts (its modifiers, at a line start). */
  private static int typeDeclaration(String text, String type) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "(?m)^(public )?(final |abstract |sealed )*(class|record|interface|enum|@interface) "
                    + type
                    + "\\b")
            .matcher(text);
    assertTrue(m.find(), "no declaration of " + type);
    return m.start();
  }

  @Test
  void apiSignaturesShowNoInternalType() throws IOException, ClassNotFoundException {
    ModuleDescriptor md = descriptor();
    Set<String> internal = new TreeSet<>(md.packages());
    internal.removeAll(API);
    List<String> leaks = new ArrayList<>();
    for (String name : apiClasses()) {
      Class<?> c = Class.forName(name, false, getClass().getClassLoader());
      if (!Modifier.isPublic(c.getModifiers())) {
        continue;
      }
      List<Type> shown = new ArrayList<>();
      shown.add(c.getGenericSuperclass());
      shown.addAll(List.of(c.getGenericInterfaces()));
      for (Field f : c.getDeclaredFields()) {
        if (visible(f.getModifiers())) {
          shown.add(f.getGenericType());
        }
      }
      List<Executable> members = new ArrayList<>(List.of(c.getDeclaredConstructors()));
      members.addAll(List.of(c.getDeclaredMethods()));
      for (Executable m : members) {
        if (visible(m.getModifiers()) && !m.isSynthetic()) {
          shown.addAll(List.of(m.getGenericParameterTypes()));
          shown.addAll(List.of(m.getGenericExceptionTypes()));
          if (m instanceof Method method) {
            shown.add(method.getGenericReturnType());
          }
        }
      }
      if (c.isRecord()) {
        for (RecordComponent rc : c.getRecordComponents()) {
          shown.add(rc.getGenericType());
        }
      }
      for (Type t : shown) {
        for (Class<?> used : classesOf(t)) {
          if (used.getPackage() != null && internal.contains(used.getPackageName())) {
            leaks.add(name + " shows " + used.getName());
          }
        }
      }
    }
    assertEquals(List.of(), leaks);
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static List<Class<?>> classesOf(Type t) {
    List<Class<?>> out = new ArrayList<>();
    if (t instanceof Class<?> c) {
      out.add(c.isArray() ? c.componentType() : c);
    } else if (t instanceof ParameterizedType p) {
      out.addAll(classesOf(p.getRawType()));
      for (Type a : p.getActualTypeArguments()) {
        out.addAll(classesOf(a));
      }
    }
    return out;
  }

  /** The names of the top-level and nested classes of the exported packages. */
  private static List<String> apiClasses() throws IOException {
    Path classes = Path.of("target/classes");
    try (Stream<Path> files = Files.walk(classes)) {
      return files
          .map(p -> classes.relativize(p).toString())
          .filter(p -> p.endsWith(".class") && !p.equals("module-info.class"))
          .filter(p -> !p.endsWith("package-info.class"))
          .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.'))
          .filter(n -> API.contains(n.substring(0, n.lastIndexOf('.'))))
          .sorted()
          .toList();
    }
  }

  /**
   * On the module path, with nothing opened: the module resolves against Lucene's modules, its rule
   * tables load from inside it, and Lucene's SPI (a service of the module) finds the factory.
   */
  @Test
  void worksOnTheModulePath() throws Exception {
    List<Path> path = new ArrayList<>();
    path.add(Path.of("target/classes"));
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String file = Path.of(entry).getFileName().toString();
      if (file.startsWith("lucene-") && !file.startsWith("lucene-test-framework")) {
        path.add(Path.of(entry));
      }
    }
    ModuleLayer boot = ModuleLayer.boot();
    Configuration config =
        boot.configuration()
            .resolveAndBind(
                ModuleFinder.of(path.toArray(Path[]::new)),
                ModuleFinder.of(),
                Set.of("io.namesearch.core"));
    ModuleLayer layer =
        boot.defineModulesWithOneLoader(config, ClassLoader.getPlatformClassLoader());
    Module core = layer.findModule("io.namesearch.core").orElseThrow();
    assertEquals(
        API,
        core.getDescriptor().exports().stream()
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toSet()));
    ClassLoader loader = core.getClassLoader();
    Class<?> engine = Class.forName("io.namesearch.engine.NameEngine", true, loader);
    assertEquals(core, engine.getModule());
    Object defaults = engine.getMethod("defaults").invoke(null);
    Object keys = engine.getMethod("keys", String.class).invoke(defaults, "Балтруков");
    assertEquals(List.of("baltrukov"), keys);
    // Lucene's factory lookup goes through the module's provides clause
    Class<?> factories =
        Class.forName("org.apache.lucene.analysis.TokenFilterFactory", true, loader);
    Method lookup = factories.getMethod("lookupClass", String.class);
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      Method reload = factories.getMethod("reloadTokenFilters", ClassLoader.class);
      reload.invoke(null, loader);
      Class<?> found = (Class<?>) lookup.invoke(null, RussianNameFilterFactory.NAME);
      assertEquals("io.namesearch.analysis.RussianNameFilterFactory", found.getName());
      assertEquals(core, found.getModule());
    } finally {
      thread.setContextClassLoader(before);
    }
    // the internal packages are not reachable from outside the module
    assertFalse(core.isExported("io.namesearch.engine.internal"));
    Class<?> terms = Class.forName("io.namesearch.analysis.internal.TierTerms", false, loader);
    assertFalse(core.isExported(terms.getPackageName()));
    Constructor<?>[] none = terms.getConstructors();
    assertEquals(0, none.length, "TierTerms has factories only");
  }

  @Test
  void providersMatchServicesFile() throws IOException {
    ModuleDescriptor md = descriptor();
    Set<String> fromModule =
        md.provides().stream()
            .filter(p -> p.service().equals(TokenFilterFactory.class.getName()))
            .flatMap(p -> p.providers().stream())
            .collect(Collectors.toSet());
    Set<String> fromServices =
        Files.readAllLines(
                Path.of(
                    "src/main/resources/META-INF/services/" + TokenFilterFactory.class.getName()),
                StandardCharsets.UTF_8)
            .stream()
            .map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .collect(Collectors.toSet());
    assertEquals(fromServices, fromModule);
  }

  @Test
  void spiFindsTheFactoryByName() {
    assertTrue(TokenFilterFactory.availableTokenFilters().contains(RussianNameFilterFactory.NAME));
    assertEquals(
        RussianNameFilterFactory.class,
        TokenFilterFactory.lookupClass(RussianNameFilterFactory.NAME));
    TokenFilterFactory f =
        TokenFilterFactory.forName(
            RussianNameFilterFactory.NAME, new java.util.HashMap<>(Map.of()));
    assertEquals(RussianNameFilterFactory.class, f.getClass());
  }
}
