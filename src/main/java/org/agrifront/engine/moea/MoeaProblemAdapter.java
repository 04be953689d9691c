package org.agrifront.engine.moea;

import org.agrifront.engine.Candidate;
import org.agrifront.engine.RunContext;
import org.moeaframework.core.Solution;
import org.moeaframework.core.constraint.LessThanOrEqual;
import org.moeaframework.problem.AbstractProblem;

/**
 * An Agrifront problem as seen by MOEA Framework: one variable, minimised objectives, and constraints declared as
 * {@code violation <= 0} (MOEA's default constraint is {@code == 0}, which would also reject slack).
 */
final class MoeaProblemAdapter<W> extends AbstractProblem {
    private final RunContext<?, W> ctx;
    private final double[] objectives;
    private final double[] violations;

    MoeaProblemAdapter(RunContext<?, W> ctx) {
        super(1, ctx.objectives, ctx.libraryConstraints());
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

    @Override
    public void evaluate(Solution solution) {
        Candidate<W> c = candidate(solution);
        ctx.evaluate(c, objectives, violations);
        solution.setObjectiveValues(objectives);
        for (int i = 0; i < numberOfConstraints; i++) solution.setConstraintValue(i, violations[i]);
    }
}
