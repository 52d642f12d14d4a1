package io.namesearch.search;

/**
 * Two query words joined by a hyphen (or another single non-space character), written as one
 * word ({@code Yuzhno-Sakhalinsk} as {@code
 * Yuzhnosakhalinsk}).
 *
 * @param key the first variant key of the joined word, without prefix
 * @param family its family key, or the variant key when it has none, without prefix
 */
record Joined(String key, String family) {}
