package io.namesearch.cli;

/**
 * A subcommand of {@code search} that lives in another module and is found on the class path with
 * {@link java.util.ServiceLoader}: an implementation is a picocli {@code @Command} with a public
 * no-argument constructor, listed in {@code META-INF/services/io.namesearch.cli.Subcommand}. {@code
 * search eval} and {@code search eval-docs} come this way from the search-eval module, so that the
 * {@code search} jar carries neither the evaluation baselines nor ICU4J.
 *
 * @lucene.internal
 */
public interface Subcommand {}
