package io.namesearch.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets the annotated code use an API that forbiddenapis (see the parent pom) forbids, such as
 * {@code System.out} where a command prints for the user; {@link #reason()} says why.
 *
 * @lucene.internal
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.CONSTRUCTOR, ElementType.FIELD, ElementType.METHOD, ElementType.TYPE})
public @interface SuppressForbidden {
  /** Why the forbidden API is right here. */
  String reason();
}
