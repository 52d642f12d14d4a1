package io.namesearch.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.lucene.index.StoredFields;

/**
 * Reading every stored document of an index, and {@link NameIndex#rebuild}: a new index built from
 * an old one's stored documents, the old one only read.
 */
final class IndexRebuild {

  private IndexRebuild() {}

  /** See {@link NameIndex#rebuild}. */
  static long rebuild(Path source, Path target) throws IOException {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    if (java.nio.file.Files.exists(target)) {
      if (!java.nio.file.Files.isDirectory(target)) {
        throw new IOException("rebuild target is not a directory: " + target);
      }
      try (java.util.stream.Stream<Path> entries = java.nio.file.Files.list(target)) {
        if (entries.findAny().isPresent()) {
          throw new IOException("rebuild target is not empty: " + target + "; give a new folder");
        }
      }
    }
    long copied;
    try (org.apache.lucene.store.Directory dir = IndexFolder.open(source, false)) {
      if (!org.apache.lucene.index.DirectoryReader.indexExists(dir)) {
        throw new IOException("no index in " + source);
      }
      IndexFormat.checkFormat(dir, source.toString());
      try (var reader = org.apache.lucene.index.DirectoryReader.open(dir);
          NameIndex out = NameIndex.builder().directory(target).build();
          BulkIndexer bulk = out.bulk().build()) {
        copied = eachDocument(reader, bulk::add);
      }
    }
    return copied;
  }

  /** Calls {@code action} on every live document of {@code reader}, in index order; the count. */
  static long eachDocument(
      org.apache.lucene.index.IndexReader reader,
      org.apache.lucene.util.IOConsumer<Document> action)
      throws IOException {
    StoredFields stored = reader.storedFields();
    long n = 0;
    for (var leaf : reader.leaves()) {
      var live = leaf.reader().getLiveDocs();
      for (int i = 0; i < leaf.reader().maxDoc(); i++) {
        if (live == null || live.get(i)) {
          action.accept(IndexFields.fromLucene(stored.document(leaf.docBase + i)));
          n++;
        }
      }
    }
    return n;
  }
}
