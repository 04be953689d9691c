package org.agrifront.core;

import java.util.Arrays;

/**
 * A categorical genome as the engines hold it: the {@code byte[]} genes plus, for problems with
 * {@link IncrementalEvaluation}, the accumulators of the last evaluation. Every write goes through
 * {@link #set(int, int)}, which keeps valid accumulators up to date, so evaluating a child that differs from
 * its parent in k genes costs O(k).
 */
public final class CategoricalGenome {
    private final byte[] genes;
    private final IncrementalEvaluation incremental;
    private final long[] state;
    private boolean stateValid;

    public CategoricalGenome(byte[] genes, IncrementalEvaluation incremental) {
        this.genes = genes;
        this.incremental = incremental;
        this.state = incremental == null ? null : new long[incremental.stateLength()];
    }

    private CategoricalGenome(CategoricalGenome other) {
        this.genes = other.genes.clone();
        this.incremental = other.incremental;
        this.state = other.state == null ? null : other.state.clone();
        this.stateValid = other.stateValid;
    }

    public CategoricalGenome copy() {
        return new CategoricalGenome(this);
    }

    public int length() {
        return genes.length;
    }

    public int get(int i) {
        return genes[i];
    }

    /** Sets gene {@code i} to {@code option}, updating the accumulators in O(1) when they are valid. */
    public void set(int i, int option) {
        int old = genes[i];
        if (old == option) return;
        genes[i] = (byte) option;
        if (stateValid) incremental.change(i, old, option, state);
    }

    /** Copies genes {@code [from, to)} from {@code donor}, gene by gene through {@link #set(int, int)}. */
    public void copyRange(CategoricalGenome donor, int from, int to) {
        byte[] d = donor.genes;
        for (int i = from; i < to; i++) {
            if (genes[i] != d[i]) set(i, d[i]);
        }
    }

    /**
     * Read-only view of the genes. Writing into the returned array bypasses the accumulators; call
     * {@link #invalidate()} after doing so.
     */
    public byte[] genes() {
        return genes;
    }

    /** Marks the accumulators stale: the next evaluation re-sums all genes. */
    public void invalidate() {
        stateValid = false;
    }

    /** Evaluates with the accumulators when the problem supports them, otherwise in full. */
    public void evaluate(Problem<byte[]> problem, double[] objectives, double[] violations) {
        if (incremental == null) {
            problem.evaluate(genes, objectives, violations);
            return;
        }
        if (!stateValid) {
            incremental.accumulate(genes, state);
            stateValid = true;
        }
        incremental.finish(state, objectives, violations);
    }

    /** Creates the engine-side genome for {@code problem}, enabling incremental evaluation where offered. */
    public static CategoricalGenome of(Problem<byte[]> problem, byte[] genes) {
        return new CategoricalGenome(genes, problem instanceof IncrementalEvaluation inc ? inc : null);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CategoricalGenome g && Arrays.equals(genes, g.genes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(genes);
    }
}
