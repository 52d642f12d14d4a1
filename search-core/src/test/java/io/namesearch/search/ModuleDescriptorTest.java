package io.namesearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.namesearch.analysis.RussianNameFilterFactory;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.junit.jupiter.api.Test;

/** The module descriptor and the services file register the same factories, and SPI finds them. */
class ModuleDescriptorTest {

  @Test
  void providersMatchServicesFile() throws IOException {
    ModuleDescriptor md;
    try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
      md = ModuleDescriptor.read(in);
    }
    assertEquals("io.namesearch.core", md.name());
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
    assertEquals(
        Set.of("io.namesearch.engine", "io.namesearch.analysis", "io.namesearch.search"),
        md.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
  }

  @Test
  void spiFindsTheFactoryByName() {
    assertTrue(TokenFilterFactory.availableTokenFilters().contains(RussianNameFilterFactory.NAME));
    assertEquals(
        RussianNameFilterFactory.class,
        TokenFilterFactory.lookupClass(RussianNameFilterFactory.NAME));
    TokenFilterFactory f = TokenFilterFactory.forName(RussianNameFilterFactory.NAME, new java.util.HashMap<>(Map.of()));
    assertEquals(RussianNameFilterFactory.class, f.getClass());
  }
}
