package io.namesearch.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The query tasks file ({@code tasks/names.tasks}): {@code Category: query # entity} lines. */
final class Tasks {

  /** One query: its category, text, and the entity it looks for ({@code -} for none). */
  record Task(String category, String query, String entity) {
    boolean absent() {
      return entity.equals("-");
    }
  }

  private Tasks() {}

  static List<Task> load() {
    try (InputStream in = Tasks.class.getResourceAsStream("/tasks/names.tasks")) {
      if (in == null) {
        throw new IllegalStateException("tasks/names.tasks missing from the jar");
      }
      List<Task> out = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int colon = line.indexOf(':');
        int hash = line.indexOf('#');
        if (colon < 0 || hash < colon) {
          throw new IllegalStateException("bad task line: " + line);
        }
        out.add(
            new Task(
                line.substring(0, colon).strip(),
                line.substring(colon + 1, hash).strip(),
                line.substring(hash + 1).strip()));
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Task> category(String category) {
    List<Task> t = load().stream().filter(x -> x.category().equals(category)).toList();
    if (t.isEmpty()) {
      throw new IllegalArgumentException("no tasks in category " + category);
    }
    return t;
  }
}
