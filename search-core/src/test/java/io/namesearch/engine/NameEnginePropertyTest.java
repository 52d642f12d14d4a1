package io.namesearch.engine;

import io.namesearch.engine.internal.NameKeyer;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the pure engine, checked by jqwik on generated text: any string at all (unpaired
 * surrogates, combining marks, control characters, mixed scripts), and name-like words.
 */
class NameEnginePropertyTest {

  private final NameEngine engine = NameEngine.defaults();

  /** Any UTF-16 text, including unpaired surrogates and combining marks. */
  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.strings().all().ofMinLength(0).ofMaxLength(600);
  }

  /** Words from the letters names are written with: Latin with diacritics, Cyrillic, Greek. */
  @Provide
  Arbitrary<String> nameLike() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withCharRange('A', 'Z')
        .withCharRange('\u00C0', '\u017F')
        .withCharRange('\u0400', '\u045F')
        .withCharRange('\u0391', '\u03C9')
        .withChars('\'', '\u2019', '\u02B9', '\u0301', '\u0308', '\u030C', '-')
        .ofMinLength(1)
        .ofMaxLength(40);
  }

  @Property(tries = 2000)
  void neverThrowsAndOutputIsBounded(@ForAll("anyText") String s) {
    List<String> keys = engine.keys(s);
    Optional<String> family = engine.family(s);
    if (keys.size() > NameKeyer.MAX_KEYS) {
      throw new AssertionError("too many keys for " + s + ": " + keys);
    }
    for (String k : keys) {
      if (k.isEmpty() || k.length() > NameKeyer.MAX_INPUT) {
        throw new AssertionError("key out of bounds: " + k.length());
      }
    }
    if (family.isPresent() && family.get().length() > NameKeyer.MAX_INPUT) {
      throw new AssertionError("family key out of bounds");
    }
    engine.compare(s, s);
  }

  @Property(tries = 2000)
  void keysAreDeterministicAndCaseInsensitive(@ForAll("nameLike") String s) {
    List<String> once = engine.keys(s);
    if (!once.equals(engine.keys(s))) {
      throw new AssertionError("not deterministic: " + s);
    }
    String upper = s.toUpperCase(java.util.Locale.ROOT);
    if (upper.length() == s.length() && !once.equals(engine.keys(upper))) {
      throw new AssertionError(
          "case changes keys: " + s + " " + once + " vs " + engine.keys(upper));
    }
  }

  @Property(tries = 3000)
  void normalisationIsIdempotent(@ForAll("anyText") String s) {
    String once = engine.normalize(s);
    String twice = engine.normalize(once);
    if (!once.equals(twice)) {
      throw new AssertionError(s + " -> " + once + " -> " + twice);
    }
    if (once.length() > NameKeyer.MAX_INPUT) {
      throw new AssertionError("normalised form too long: " + once.length());
    }
  }

  @Property(tries = 2000)
  void normalisationKeepsKeys(@ForAll("nameLike") String s) {
    // Keys are computed from the normalised form, so normalising first changes nothing.
    if (!engine.keys(s).equals(engine.keys(engine.normalize(s)))) {
      throw new AssertionError(
          s + ": " + engine.keys(s) + " vs " + engine.keys(engine.normalize(s)));
    }
  }

  @Property(tries = 1000)
  void aWordMatchesItselfExactly(@ForAll("nameLike") String s) {
    if (!engine.keys(s).isEmpty() && engine.compare(s, s).orElseThrow() != MatchTier.EXACT) {
      throw new AssertionError(s);
    }
  }
}
