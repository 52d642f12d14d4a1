package io.namesearch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads the version written into the jar at build time. */
final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() throws IOException {
    Properties p = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    }
    return new String[] {
      "search " + p.getProperty("version", "unknown"),
      "Lucene " + org.apache.lucene.util.Version.LATEST + ", Java " + Runtime.version()
    };
  }
}
