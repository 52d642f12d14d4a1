package io.namesearch.opensearch;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.tests.util.LuceneTestCase;
import org.apache.lucene.util.Version;

/**
 * The plugin runs on the Lucene that OpenSearch ships, so that Lucene must be the one the project
 * builds and tests with: OpenSearch's declared Lucene version ({@code Version.CURRENT
 * .luceneVersion}, compiled into the opensearch jar) equals the Lucene on the class path and the
 * parent pom's {@code lucene.version}.
 */
public class LuceneVersionTests extends LuceneTestCase {

  public void testOpenSearchShipsOurLucene() throws Exception {
    Version openSearchLucene = org.opensearch.Version.CURRENT.luceneVersion;
    assertEquals(
        "OpenSearch " + org.opensearch.Version.CURRENT + " is built on Lucene " + openSearchLucene,
        openSearchLucene,
        Version.LATEST);
    Path pom =
        Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent().resolve("pom.xml");
    Matcher m =
        Pattern.compile("<lucene\\.version>([^<]+)</lucene\\.version>")
            .matcher(Files.readString(pom, StandardCharsets.UTF_8));
    assertTrue("lucene.version in " + pom, m.find());
    assertEquals(m.group(1), openSearchLucene.toString());
  }
}
