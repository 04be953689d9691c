package org.agrifront.engine.moea;

import org.agrifront.core.RealEncoding;
import org.agrifront.core.Repair;
import org.agrifront.engine.Candidate;
import org.agrifront.engine.ConstraintHandling;
import org.agrifront.engine.RunContext;
import org.moeaframework.core.Solution;
import org.moeaframework.core.constraint.LessThanOrEqual;
import org.moeaframework.core.variable.RealVariable;
import org.moeaframework.problem.AbstractProblem;

/**
 * A real-coded Agrifront problem as MOEA Framework's real-valued algorithms (GDE3's differential evolution, the
 * particle swarms, CMA-ES) need it: one {@link RealVariable} per gene, so the library's own search moves the genes.
 * Each gene is presented scaled to [0, 1] (DE and the swarms are invariant to that; CMA-ES's step size then means a
 * share of each variable's range) and mapped back to the problem's bounds, clamped, before evaluation. Every
 * evaluation goes through {@link RunContext#evaluate}, so the evaluation count, archive, traces, penalty handling and
 * (here, before evaluating) repair apply as for any other algorithm. The evaluated {@link Candidate} rides on the
 * first variable; a solution whose genes changed after its evaluation is never converted back (see
 * {@link #candidate}).
 */
final class RealCodedProblem extends AbstractProblem {
    private final RunContext<double[], double[]> ctx;
    private final double[] lower;
    private final double[] upper;
    private final Repair<double[]> repair;
    private final double[] objectives;
    private final double[] violations;
    /** Solutions still to take from the problem's initialisation (set while the library initialises). */
    private int initialRemaining;
    private int initialIndex;
    private int initialSize;

    RealCodedProblem(RunContext<double[], double[]> ctx) {
        super(ctx.problem.encoding().length(), ctx.objectives, ctx.libraryConstraints() > 0 ? 1 : 0);
        RealEncoding encoding = (RealEncoding) ctx.problem.encoding();
        this.ctx = ctx;
        this.lower = encoding.lower().clone();
        this.upper = encoding.upper().clone();
        this.repair = ctx.spec.algorithm().constraintHandling() == ConstraintHandling.REPAIR
                ? ctx.problem.repair().orElseThrow() : null;
        this.objectives = new double[ctx.objectives];
        this.violations = new double[ctx.constraints];
    }

    @Override
    public String getName() {
        return ctx.problem.name();
    }

    /**
     * The next {@code size} calls of {@link #newSolution()} return members 0..size-1 of the problem's initial
     * population (seeds first), for algorithms that build their start with the library's random initialisation.
     */
    void initialiseNext(int size) {
        initialRemaining = size;
        initialIndex = 0;
        initialSize = size;
    }

    @Override
    public Solution newSolution() {
        Solution s = new Solution(numberOfVariables, numberOfObjectives, numberOfConstraints);
        double[] x = null;
        if (initialRemaining > 0) {
            initialRemaining--;
            x = ctx.initial(initialIndex++, initialSize).genome;
        }
        for (int i = 0; i < numberOfVariables; i++) {
            Gene g = new Gene();
            if (x != null) g.setValue(toUnit(i, x[i]));
            s.setVariable(i, g);
        }
        for (int i = 0; i < numberOfConstraints; i++) s.setConstraint(i, LessThanOrEqual.to(0.0));
        return s;
    }

    /** A solution holding {@code x} (already within bounds), for library initialisations fed by Agrifront's. */
    Solution solution(double[] x) {
        Solution s = new Solution(numberOfVariables, numberOfObjectives, numberOfConstraints);
        for (int i = 0; i < numberOfVariables; i++) {
            Gene g = new Gene();
            g.setValue(toUnit(i, x[i]));
            s.setVariable(i, g);
        }
        for (int i = 0; i < numberOfConstraints; i++) s.setConstraint(i, LessThanOrEqual.to(0.0));
        return s;
    }

    private double toUnit(int i, double v) {
        double range = upper[i] - lower[i];
        return range == 0 ? 0 : Math.min(1, Math.max(0, (v - lower[i]) / range));
    }

    private double[] genes(Solution s) {
        double[] x = new double[numberOfVariables];
        for (int i = 0; i < numberOfVariables; i++) {
            double u = ((RealVariable) s.getVariable(i)).getValue();
            x[i] = Math.min(upper[i], Math.max(lower[i], lower[i] + u * (upper[i] - lower[i])));
        }
        return x;
    }

    @Override
    public void evaluate(Solution solution) {
        double[] x = genes(solution);
        if (repair != null) {
            repair.repair(x);
            for (int i = 0; i < numberOfVariables; i++) ((RealVariable) solution.getVariable(i)).setValue(toUnit(i, x[i]));
            x = genes(solution); // what the library now holds, so the carried evaluation matches it exactly
        }
        Candidate<double[]> c = new Candidate<>(x, ctx.objectives, ctx.constraints);
        ctx.evaluate(c, objectives, violations);
        solution.setObjectiveValues(objectives);
        if (numberOfConstraints > 0) solution.setConstraintValue(0, c.totalViolation);
        ((Gene) solution.getVariable(0)).evaluated = c;
    }

    /** The evaluated candidate of {@code s}; fails if its genes changed after the evaluation. */
    Candidate<double[]> candidate(Solution s) {
        Candidate<double[]> c = ((Gene) s.getVariable(0)).evaluated;
        if (c == null || !java.util.Arrays.equals(c.genome, genes(s))) {
            throw new IllegalStateException("a solution of " + getName() + " was read back without its evaluation");
        }
        return c;
    }

    /**
     * A gene in [0, 1]. {@code randomize()} does nothing: initial genes come from the problem's initialisation
     * through {@link #newSolution()}. The first gene of a solution carries its last evaluation.
     */
    static final class Gene extends RealVariable {
        private static final long serialVersionUID = 1L;
        transient Candidate<double[]> evaluated;

        Gene() {
            super(0.0, 1.0);
        }

        @Override
        public void randomize() {
            // Agrifront's initialisation sets the value (see newSolution); the library's uniform draw would bypass it.
        }

        @Override
        public Gene copy() {
            Gene g = new Gene();
            g.setValue(getValue());
            g.evaluated = evaluated;
            return g;
        }
    }
}
