package org.agrifront.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.agrifront.core.Individual;

/**
 * The external archive every run keeps by default (parameter {@code archive=N}, default the population size; see
 * {@link FrontSource}): the non-dominated set of the best solutions a run has evaluated, bounded to {@code N}.
 * NSGA-II's crowding and NSGA-III's niching can drop solutions nothing dominates, so the last population may cover
 * less of the front than an earlier one (land use: a Lagrangian first population with normalised hypervolume 0.43
 * fell to 0.33 within 100 generations). The archive only reads what is evaluated; the population, the random
 * numbers and the survivors are the same with and without it.
 * <p>
 * <b>Feasible first.</b> The archive holds the non-dominated members among the solutions with the smallest total
 * violation seen so far: while nothing is feasible, the least-violating ones (a less violating candidate empties
 * it); once a feasible solution arrives, feasible ones only. This is the final-front rule of
 * {@link org.agrifront.core.Dominance#nondominated} applied to everything evaluated.
 * <p>
 * <b>Truncation.</b> Objectives are in minimisation form. A candidate weakly dominated by a member is rejected;
 * members it dominates leave. When an entry brings the archive to {@code N + 1}, one member leaves at once: the
 * one closest to its nearest neighbour (ties: closest to its second-nearest, then the newer), never an
 * objective's best member (SPEA2's truncation, one removal per insertion). Distances are measured with each
 * objective divided by a power of two at least its range over the archive; the scale changes only when a range
 * outgrows it or falls below a quarter of it, so nearest neighbours are kept incrementally (an insertion or
 * removal costs one pass over the archive, not a distance matrix). Everything is decided by the order of
 * candidates, so runs stay reproducible.
 * <p>
 * <b>No re-entry.</b> A bounded archive that forgets what it truncated can take back a point that a truncated member
 * dominated (the known deterioration of SPEA2-style archives): the front would then hold a point worse than one the
 * run had already found. The archive therefore keeps the objective vectors of truncated members as <em>witnesses</em>
 * (no genomes: {@code m} doubles each) and rejects a candidate that a witness weakly dominates. A witness leaves when
 * an entering member weakly dominates it (that member, or whoever later dominates or outlives it as a witness, rejects
 * the same candidates), and all leave when a less violating candidate empties the archive. So every member is
 * non-dominated among everything offered at the archive's violation level. Witnesses are consulted only for
 * candidates no member rejects, so they cost nothing for the many dominated children.
 */
final class NondominatedArchive<G> {
    private final int capacity;
    private final int slots;
    private int m = -1;
    private double[] f; // slot-major objectives: slot i at [i*m, i*m+m)
    private Individual<G>[] member;
    private long[] seq;
    private boolean[] used;
    private int size;
    private long nextSeq;
    private double violation = Double.POSITIVE_INFINITY;
    private int truncations;
    /** Slots that rejected recent candidates: children are usually dominated by the members that rejected their siblings. */
    private final int[] recent = {-1, -1, -1, -1, -1, -1, -1, -1};
    private int recentNext;
    // per slot: squared scaled distance to the nearest and second-nearest member, and which slots those are
    private double[] d1, d2;
    private int[] n1, n2;
    private boolean neighboursValid;
    private double[] scale, inverseScale;
    private int[] scratch;
    private int rescales;
    private Consumer<Individual<G>> truncated = x -> { };
    /** Objective vectors of truncated members that no member dominates: witness k at [k*m, k*m+m). */
    private double[] witness = new double[0];
    private int witnesses;

    NondominatedArchive(int capacity) {
        if (capacity < 2) throw new IllegalArgumentException("parameter archive must be 0 (off) or >= 2, found " + capacity);
        this.capacity = capacity;
        this.slots = capacity + 1;
    }

    /** For tests: sees each member truncation removes. */
    void onTruncation(Consumer<Individual<G>> sink) {
        this.truncated = sink;
    }

    /** True when a solution with minimisation-form objectives {@code x} and total violation {@code v} would enter. */
    boolean accepts(double[] x, double v) {
        if (v > violation) return false;
        if (v < violation) return true;
        if (recentlyDominated(x)) return false;
        for (int i = 0; i < slots; i++) {
            if (used[i] && memberDominates(i, x)) {
                remember(i);
                return false;
            }
        }
        return !witnessed(x);
    }

    /**
     * {@link #accepts} and {@link #add} in one pass over the members: adds the solution made by {@code make} when
     * it enters, and says whether it did.
     */
    boolean offer(double[] x, double v, java.util.function.Supplier<Individual<G>> make) {
        if (v > violation) return false;
        if (v == violation) {
            if (recentlyDominated(x)) return false;
            int dominated = 0;
            for (int i = 0; i < slots; i++) {
                if (!used[i]) continue;
                if (memberDominates(i, x)) {
                    remember(i);
                    return false;
                }
                if (dominatesMember(x, i)) scratch[dominated++] = i;
            }
            if (witnessed(x)) return false;
            for (int k = 0; k < dominated; k++) remove(scratch[k]);
        }
        insert(x, v, make.get());
        return true;
    }

    private boolean recentlyDominated(double[] x) {
        for (int r : recent) if (r >= 0 && used[r] && memberDominates(r, x)) return true;
        return false;
    }

    private void remember(int slot) {
        recent[recentNext] = slot;
        recentNext = (recentNext + 1) & 7;
    }

    /** Feasible-only shorthand of {@link #accepts(double[], double)}. */
    boolean accepts(double[] x) {
        return accepts(x, 0);
    }

    void add(double[] x, Individual<G> ind) {
        add(x, 0, ind);
    }

    /** Adds a solution {@link #accepts} let in ({@code x} is copied). */
    void add(double[] x, double v, Individual<G> ind) {
        if (v == violation) {
            for (int i = 0; i < slots; i++) if (used[i] && dominatesMember(x, i)) remove(i);
        }
        insert(x, v, ind);
    }

    @SuppressWarnings("unchecked")
    private void insert(double[] x, double v, Individual<G> ind) {
        if (m < 0) {
            m = x.length;
            f = new double[slots * m];
            scratch = new int[slots];
            member = new Individual[slots];
            seq = new long[slots];
            used = new boolean[slots];
            d1 = new double[slots];
            d2 = new double[slots];
            n1 = new int[slots];
            n2 = new int[slots];
            scale = new double[m];
            inverseScale = new double[m];
            Arrays.fill(scale, 1);
            Arrays.fill(inverseScale, 1);
        }
        if (v < violation) {
            Arrays.fill(used, false);
            Arrays.fill(member, null);
            size = 0;
            violation = v;
            neighboursValid = false;
            witnesses = 0;
        } else {
            dropWitnessesDominatedBy(x);
        }
        int slot = 0;
        while (used[slot]) slot++;
        System.arraycopy(x, 0, f, slot * m, m);
        member[slot] = ind;
        seq[slot] = nextSeq++;
        used[slot] = true;
        size++;
        if (neighboursValid) insertNeighbours(slot);
        if (size > capacity) {
            rescale();
            if (!neighboursValid) allNeighbours();
            int victim = victim();
            truncations++;
            truncated.accept(member[victim]);
            addWitness(victim);
            remove(victim);
        }
    }

    /** The members in the order they entered (a snapshot; the archive is not changed). */
    List<Individual<G>> members() {
        List<Individual<G>> out = new ArrayList<>(size);
        if (m < 0) return out;
        Integer[] order = new Integer[size];
        int k = 0;
        for (int i = 0; i < slots; i++) if (used[i]) order[k++] = i;
        Arrays.sort(order, (a, b) -> Long.compare(seq[a], seq[b]));
        for (int i : order) out.add(member[i]);
        return out;
    }

    int size() {
        return size;
    }

    /** Members removed by truncation so far. */
    int truncations() {
        return truncations;
    }

    /** Truncated members' vectors kept to reject what they dominate. */
    int witnesses() {
        return witnesses;
    }

    /** A witness weakly dominates {@code x}. */
    private boolean witnessed(double[] x) {
        for (int k = 0, a = 0; k < witnesses; k++, a += m) {
            boolean all = true;
            for (int j = 0; j < m && all; j++) all = witness[a + j] <= x[j];
            if (all) return true;
        }
        return false;
    }

    /** Drops the witnesses {@code x} weakly dominates (x, or what later covers it, rejects the same candidates). */
    private void dropWitnessesDominatedBy(double[] x) {
        for (int k = 0; k < witnesses; ) {
            int a = k * m;
            boolean all = true;
            for (int j = 0; j < m && all; j++) all = x[j] <= witness[a + j];
            if (all) {
                witnesses--;
                System.arraycopy(witness, witnesses * m, witness, a, m); // the last one fills the gap
            } else {
                k++;
            }
        }
    }

    private void addWitness(int slot) {
        if ((witnesses + 1) * m > witness.length) witness = Arrays.copyOf(witness, Math.max(4 * m, 2 * witness.length));
        System.arraycopy(f, slot * m, witness, witnesses * m, m);
        witnesses++;
    }

    /** Times the distance scale changed while the archive was full (each costs one all-pairs pass). */
    int rescales() {
        return rescales;
    }

    private void remove(int slot) {
        used[slot] = false;
        member[slot] = null;
        size--;
        if (!neighboursValid) return;
        for (int i = 0; i < slots; i++) {
            if (used[i] && (n1[i] == slot || n2[i] == slot)) neighbours(i);
        }
    }

    /** The member truncation removes: smallest (nearest, second-nearest) distance, never an objective's best. */
    private int victim() {
        boolean[] keep = new boolean[slots];
        for (int j = 0; j < m; j++) {
            int best = -1;
            for (int i = 0; i < slots; i++) {
                if (used[i] && (best < 0 || f[i * m + j] < f[best * m + j] || (f[i * m + j] == f[best * m + j] && seq[i] < seq[best]))) best = i;
            }
            keep[best] = true;
        }
        int worst = pick(keep);
        return worst >= 0 ? worst : pick(new boolean[slots]); // fewer members than objectives' bests: any may go
    }

    private int pick(boolean[] keep) {
        int worst = -1;
        for (int i = 0; i < slots; i++) {
            if (!used[i] || keep[i]) continue;
            if (worst < 0 || d1[i] < d1[worst] || (d1[i] == d1[worst] && (d2[i] < d2[worst]
                    || (d2[i] == d2[worst] && seq[i] > seq[worst])))) worst = i;
        }
        return worst;
    }

    /**
     * Sets each objective's scale to the power of two at or above its range when the range has outgrown it or
     * fallen below a quarter of it; a change invalidates the kept neighbours.
     */
    private void rescale() {
        boolean changed = false;
        for (int j = 0; j < m; j++) {
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < slots; i++) {
                if (!used[i]) continue;
                lo = Math.min(lo, f[i * m + j]);
                hi = Math.max(hi, f[i * m + j]);
            }
            double range = hi - lo;
            if (!(range > 0) || !Double.isFinite(range)) continue;
            if (range > scale[j] || range < scale[j] / 4) {
                double s = Math.scalb(1.0, Math.getExponent(range));
                scale[j] = s < range ? 2 * s : s;
                inverseScale[j] = 1 / scale[j]; // a power of two: exact
                changed = true;
            }
        }
        if (changed) {
            if (neighboursValid) rescales++;
            neighboursValid = false;
        }
    }

    private void allNeighbours() {
        for (int i = 0; i < slots; i++) if (used[i]) neighbours(i);
        neighboursValid = true;
    }

    /** Recomputes slot {@code i}'s nearest and second-nearest members. */
    private void neighbours(int i) {
        double a = Double.POSITIVE_INFINITY, b = Double.POSITIVE_INFINITY;
        int ia = -1, ib = -1;
        for (int k = 0; k < slots; k++) {
            if (k == i || !used[k]) continue;
            double d = distance(i, k);
            if (d < a) {
                b = a;
                ib = ia;
                a = d;
                ia = k;
            } else if (d < b) {
                b = d;
                ib = k;
            }
        }
        d1[i] = a;
        d2[i] = b;
        n1[i] = ia;
        n2[i] = ib;
    }

    /** Updates every member's neighbours with the new member {@code p}, and finds {@code p}'s. */
    private void insertNeighbours(int p) {
        double a = Double.POSITIVE_INFINITY, b = Double.POSITIVE_INFINITY;
        int ia = -1, ib = -1;
        for (int k = 0; k < slots; k++) {
            if (k == p || !used[k]) continue;
            double d = distance(p, k);
            if (d < a) {
                b = a;
                ib = ia;
                a = d;
                ia = k;
            } else if (d < b) {
                b = d;
                ib = k;
            }
            if (d < d1[k]) {
                d2[k] = d1[k];
                n2[k] = n1[k];
                d1[k] = d;
                n1[k] = p;
            } else if (d < d2[k]) {
                d2[k] = d;
                n2[k] = p;
            }
        }
        d1[p] = a;
        d2[p] = b;
        n1[p] = ia;
        n2[p] = ib;
    }

    private double distance(int i, int k) {
        int a = i * m, b = k * m;
        double s = 0;
        for (int j = 0; j < m; j++) {
            double t = (f[a + j] - f[b + j]) * inverseScale[j];
            s += t * t;
        }
        return s;
    }

    /** Member {@code i} weakly dominates {@code x}. */
    private boolean memberDominates(int i, double[] x) {
        int a = i * m;
        for (int j = 0; j < m; j++) if (f[a + j] > x[j]) return false;
        return true;
    }

    /** {@code x} weakly dominates member {@code i}. */
    private boolean dominatesMember(double[] x, int i) {
        int a = i * m;
        for (int j = 0; j < m; j++) if (x[j] > f[a + j]) return false;
        return true;
    }
}
