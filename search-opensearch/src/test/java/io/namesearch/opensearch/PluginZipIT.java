package io.namesearch.opensearch;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.opensearch.Version;
import org.opensearch.cluster.metadata.IndexMetadata;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.env.TestEnvironment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.IndexAnalyzers;
import org.opensearch.indices.analysis.AnalysisModule;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.PluginInfo;
import org.opensearch.plugins.PluginsService;
import org.opensearch.test.IndexSettingsModule;

/**
 * The packaged plugin zip, loaded the way an OpenSearch node loads an installed plugin: unpacked
 * into a plugins folder, its descriptor checked, its jars checked for jar hell against OpenSearch's
 * classpath and loaded in their own class loader by {@link PluginsService}, then its analyzers
 * built by OpenSearch's {@link AnalysisModule}.
 *
 * <p>Runs after {@code package} (failsafe). The test class path deliberately holds neither this
 * module's classes nor search-core: they come from the zip only, as on a real node.
 */
public class PluginZipIT {

  private Path home;

  @Before
  public void unpack() throws IOException {
    home = Files.createTempDirectory("opensearch-home");
  }

  @After
  public void clean() throws IOException {
    try (Stream<Path> paths = Files.walk(home)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Test
  public void zipInstallsAndLoadsLikeAnInstalledPlugin() throws Exception {
    Path zip = Path.of(System.getProperty("plugin.zip"));
    Path pluginDir = home.resolve("plugins").resolve("analysis-russian-name");
    Files.createDirectories(pluginDir);
    Set<String> entries = new TreeSet<>();
    try (ZipFile z = new ZipFile(zip.toFile())) {
      for (ZipEntry e : z.stream().toList()) {
        entries.add(e.getName());
        try (InputStream in = z.getInputStream(e)) {
          Files.copy(in, pluginDir.resolve(e.getName()));
        }
      }
    }
    // the descriptor and two jars at the root; nothing that OpenSearch ships (Lucene, OpenSearch)
    assertEquals(3, entries.size());
    assertTrue(entries.toString(), entries.contains("plugin-descriptor.properties"));
    assertTrue(entries.toString(), entries.stream().anyMatch(n -> n.startsWith("search-core-")));
    assertTrue(
        entries.toString(), entries.stream().anyMatch(n -> n.startsWith("search-opensearch-")));

    PluginInfo info = PluginInfo.readFromProperties(pluginDir);
    assertEquals("analysis-russian-name", info.getName());
    assertEquals("io.namesearch.opensearch.RussianNamePlugin", info.getClassname());
    assertEquals("21", info.getJavaVersion());
    assertEquals(Version.fromString("3.8.0"), Version.CURRENT);
    assertTrue(PluginsService.isPluginVersionCompatible(info, Version.CURRENT));
    PluginsService.verifyCompatibility(info);

    // not on this test's class path: the plugin classes come from the zip only
    assertThrows(
        ClassNotFoundException.class,
        () -> Class.forName("io.namesearch.opensearch.RussianNamePlugin"));

    Settings settings =
        Settings.builder().put(Environment.PATH_HOME_SETTING.getKey(), home).build();
    Environment env = TestEnvironment.newEnvironment(settings);
    PluginsService plugins =
        new PluginsService(settings, env.configDir(), null, env.pluginsDir(), List.of());
    List<AnalysisPlugin> analysisPlugins = plugins.filterPlugins(AnalysisPlugin.class);
    assertEquals(1, analysisPlugins.size());

    AnalysisModule analysis = new AnalysisModule(env, analysisPlugins);
    IndexSettings indexSettings =
        IndexSettingsModule.newIndexSettings(
            "test",
            Settings.builder()
                .put(IndexMetadata.SETTING_VERSION_CREATED, Version.CURRENT)
                .put("index.analysis.analyzer.names_no_family.type", "russian_name")
                .put("index.analysis.analyzer.names_no_family.family", false)
                .build());
    try (IndexAnalyzers analyzers = analysis.getAnalysisRegistry().build(indexSettings)) {
      // search-core is not on this class path (it comes from the zip), so the family key is
      // checked by relation: the feminine and the genitive share it
      List<String> polish = terms(analyzers.get("russian_name"), "Chodorkowski");
      assertEquals(List.of("chodorkowski", "~hodorkovski", "~šedorkovski"), polish.subList(0, 3));
      // then the family keys: of the first reading, and of the second when it is another family
      assertTrue(polish.toString(), polish.size() >= 4 && polish.size() <= 5);
      assertTrue(
          polish.toString(),
          polish.subList(3, polish.size()).stream().allMatch(t -> t.startsWith("^")));
      String family = polish.get(3);
      assertTrue(terms(analyzers.get("russian_name"), "Khodorkovskaya").contains(family));
      assertTrue(terms(analyzers.get("russian_name"), "Ходорковского").contains(family));
      assertEquals(
          List.of("ходорковский", "~hodorkovski"),
          terms(analyzers.get("names_no_family"), "Ходорковский"));
      assertEquals(
          List.of("~hodorkovski"), terms(analyzers.get("russian_name_typo"), "Khodorkovsky"));
    }
  }

  private static List<String> terms(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }
}
