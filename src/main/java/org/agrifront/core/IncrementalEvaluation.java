package org.agrifront.core;

/**
 * Optional capability of a categorical problem whose objectives and constraints are sums over genes.
 * A genome then carries its accumulators ({@code long[] state}); changing one gene costs O(1) instead of
 * re-summing all genes. Accumulators are exact integers (fixed point), so the result of any sequence of
 * changes is bit-identical to a full re-evaluation.
 */
public interface IncrementalEvaluation {

    /** Number of accumulators per genome. */
    int stateLength();

    /** Fills {@code state} from scratch for {@code genes}. */
    void accumulate(byte[] genes, long[] state);

    /** Updates {@code state} for gene {@code gene} changing from option {@code from} to option {@code to}. */
    void change(int gene, int from, int to, long[] state);

    /** Turns accumulators into objective values and constraint violations. */
    void finish(long[] state, double[] objectives, double[] violations);
}
