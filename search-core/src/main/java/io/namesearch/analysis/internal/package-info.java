/**
 * Internals of the analysis layer shared with the library's query and the OpenSearch plugin: the
 * index terms of each tier of a query word ({@link io.namesearch.analysis.internal.TierTerms}) and
 * the rule for joining adjacent words ({@link io.namesearch.analysis.internal.WordJoining}). Not
 * exported by the module and not part of the API: they change without notice.
 *
 * @lucene.internal
 */
package io.namesearch.analysis.internal;
