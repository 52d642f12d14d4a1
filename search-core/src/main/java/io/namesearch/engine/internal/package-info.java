/**
 * The name engine's internals, not exported by the module: the allocation-free keyer ({@code
 * NameKeyer}) that the token filter owns, its readers and folds, the compiled rule tables ({@code
 * CompiledRules}, behind the API's {@code NameRules}) and their loader ({@code RuleTable}), the
 * nickname table, and the person-name parser and scorer behind {@code NameMatcher}. Public classes
 * here are public only for the other packages of this module and for the OpenSearch plugin, which
 * loads the jar on its class path: they are tagged {@code lucene.internal} and may change in any
 * release.
 *
 * @lucene.internal
 */
package io.namesearch.engine.internal;
