package org.agrifront.engine.jmetal;

import org.uma.jmetal.util.comparator.dominanceComparator.DominanceComparator;

/**
 * Deb's constraint-domination for jMetal, reading the violation kept with each solution. jMetal's own
 * {@code DominanceWithConstraintsComparator} gives the same order but recomputes violations with streams on every
 * comparison, and the algorithms default to a comparator that ignores constraints altogether.
 */
final class ConstrainedDominance<W> implements DominanceComparator<CandidateSolution<W>> {
    private final boolean constrained;

    /** {@code constrained} false: plain Pareto dominance (penalty handling has folded violations into objectives). */
    ConstrainedDominance(boolean constrained) {
        this.constrained = constrained;
    }

    @Override
    public int compare(CandidateSolution<W> a, CandidateSolution<W> b) {
        if (constrained) {
            double va = a.totalViolation(), vb = b.totalViolation();
            if (va > 0 || vb > 0) {
                return Double.compare(va, vb);
            }
        }
        double[] x = a.objectives(), y = b.objectives();
        boolean aBetter = false, bBetter = false;
        for (int i = 0; i < x.length; i++) {
            if (x[i] < y[i]) aBetter = true;
            else if (y[i] < x[i]) bBetter = true;
            if (aBetter && bBetter) return 0;
        }
        return aBetter == bBetter ? 0 : (aBetter ? -1 : 1);
    }
}
