package io.namesearch.eval;

/** A pairwise name matcher under evaluation: a similarity of two names, higher is more alike. */
public interface PairSystem {

  /** The name in the report. */
  String name();

  /** The similarity of the two names (any scale, higher is more alike). */
  double score(String a, String b);

  /** The threshold the system matches at by default, or NaN when it has none. */
  default double defaultThreshold() {
    return Double.NaN;
  }
}
