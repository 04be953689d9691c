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

    /**
     * Exchanges the whole content (genes and accumulators) with {@code other}, in O(n) without touching the
     * accumulators gene by gene. Crossover uses it to exchange the shorter side of a cut instead of the longer.
     */
    public void swapContents(CategoricalGenome other) {
        byte[] a = genes, b = other.genes;
        for (int i = 0; i < a.length; i++) {
            byte t = a[i];
            a[i] = b[i];
            b[i] = t;
        }
        if (state != null) {
            for (int i = 0; i < state.length; i++) {
                long t = state[i];
                state[i] = other.state[i];
                other.state[i] = t;
            }
        }
        boolean v = stateValid;
        stateValid = other.stateValid;
        other.stateValid = v;
    }

    /** Exchanges genes {@code [from, to)} with {@code other}, keeping both genomes' accumulators valid. */
    public void exchangeRange(CategoricalGenome other, int from, int to) {
        byte[] a = genes, b = other.genes;
        for (int i = from; i < to; i++) {
            if (a[i] != b[i]) {
                int x = a[i];
                set(i, b[i]);
                other.set(i, x);
            }
        }
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

    /**
     * Copies the accumulators into {@code out} and returns true when they are valid, so an operator that needs the
     * running sums (e.g. service totals) reads them in O(1) instead of re-summing every gene.
     */
    public boolean copyState(long[] out) {
        if (!stateValid) return false;
        System.arraycopy(state, 0, out, 0, state.length);
        return true;
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
