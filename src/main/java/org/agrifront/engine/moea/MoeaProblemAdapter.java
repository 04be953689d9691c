package org.agrifront.engine.moea;

import org.agrifront.engine.Candidate;
import org.agrifront.engine.RunContext;
import org.moeaframework.core.Solution;
import org.moeaframework.core.constraint.LessThanOrEqual;
import org.moeaframework.problem.AbstractProblem;

/**
 * An Agrifront problem as seen by MOEA Framework: one variable, minimised objectives, and the constraints folded
 * into ONE constraint, the total violation, declared as {@code <= 0} (MOEA's default constraint is {@code == 0},
 * which would also reject slack). MOEA's constraint-domination only ever uses the sum of violation magnitudes
 * ({@code AggregateConstraintComparator}), which is this total to the last bit, so the search is unchanged; but
 * the sum is recomputed over constraint objects on every one of the O(N²) comparisons of each sort, the largest
 * cost of a generation with four constraints. Per-constraint violations stay in the {@link Candidate}.
 */
final class MoeaProblemAdapter<W> extends AbstractProblem {
    private final RunContext<?, W> ctx;
    private final double[] objectives;
    private final double[] violations;

    MoeaProblemAdapter(RunContext<?, W> ctx) {
        this(ctx, false);
    }

    /**
     * {@code hideConstraints}: the library sees no constraint (for algorithms that refuse constrained problems and
     * get their constraint handling from Agrifront, e.g. IBEA); violations are still in each {@link Candidate}.
     */
    MoeaProblemAdapter(RunContext<?, W> ctx, boolean hideConstraints) {
        super(1, ctx.objectives, !hideConstraints && ctx.libraryConstraints() > 0 ? 1 : 0);
        this.ctx = ctx;
        this.objectives = new double[ctx.objectives];
        this.violations = new double[ctx.constraints];
    }

    @Override
    public String getName() {
        return ctx.problem.name();
    }

    /** Wraps a candidate into a MOEA solution with {@code <= 0} constraints. */
    Solution solution(Candidate<W> candidate) {
        Solution s = new Solution(1, numberOfObjectives, numberOfConstraints);
        s.setVariable(0, new CandidateVariable<>(candidate, ctx.ops));
        for (int i = 0; i < numberOfConstraints; i++) s.setConstraint(i, LessThanOrEqual.to(0.0));
        return s;
    }

    @SuppressWarnings("unchecked")
    static <W> Candidate<W> candidate(Solution s) {
        return ((CandidateVariable<W>) s.getVariable(0)).candidate;
    }

    @Override
    public Solution newSolution() {
        return solution(ctx.initial(Integer.MAX_VALUE, Integer.MAX_VALUE));
    }

    boolean batched() {
        return ctx.batched();
    }

    /** Evaluates {@code solutions} through the population-level hook ({@link RunContext#evaluateAll}), in order. */
    void evaluateAll(java.util.List<Solution> solutions) {
        java.util.List<Candidate<W>> cs = new java.util.ArrayList<>(solutions.size());
        for (Solution s : solutions) cs.add(candidate(s));
        double[][] o = new double[cs.size()][numberOfObjectives];
        double[][] v = new double[cs.size()][ctx.constraints];
        ctx.evaluateAll(cs, o, v);
        for (int i = 0; i < cs.size(); i++) {
            Solution s = solutions.get(i);
            s.setObjectiveValues(o[i]);
            if (numberOfConstraints > 0) s.setConstraintValue(0, cs.get(i).totalViolation);
        }
    }

    @Override
    public void evaluate(Solution solution) {
        Candidate<W> c = candidate(solution);
        ctx.evaluate(c, objectives, violations);
        solution.setObjectiveValues(objectives);
        if (numberOfConstraints > 0) solution.setConstraintValue(0, c.totalViolation);
    }
}
