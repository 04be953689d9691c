package org.agrifront.engine.jmetal;

import org.agrifront.engine.Candidate;
import org.agrifront.engine.RunContext;
import org.uma.jmetal.problem.Problem;

/** An Agrifront problem as seen by jMetal: minimised objectives, constraints as {@code -violation}. */
final class JMetalProblemAdapter<W> implements Problem<CandidateSolution<W>> {
    private static final long serialVersionUID = 1L;
    private final transient RunContext<?, W> ctx;
    private final double[] violations;

    JMetalProblemAdapter(RunContext<?, W> ctx) {
        this.ctx = ctx;
        this.violations = new double[ctx.constraints];
    }

    CandidateSolution<W> solution(Candidate<W> candidate) {
        return new CandidateSolution<>(candidate, ctx.ops, ctx.objectives, ctx.libraryConstraints());
    }

    @Override
    public int numberOfVariables() {
        return ctx.problem.encoding().length();
    }

    @Override
    public int numberOfObjectives() {
        return ctx.objectives;
    }

    @Override
    public int numberOfConstraints() {
        return ctx.libraryConstraints();
    }

    @Override
    public String name() {
        return ctx.problem.name();
    }

    @Override
    public CandidateSolution<W> evaluate(CandidateSolution<W> solution) {
        ctx.evaluate(solution.candidate, solution.objectives(), violations);
        double[] c = solution.constraints();
        for (int i = 0; i < c.length; i++) c[i] = -violations[i];
        return solution;
    }

    /** jMetal requires a randomly filled solution here; Agrifront's initial population is built by the algorithm. */
    @Override
    public CandidateSolution<W> createSolution() {
        return solution(ctx.initial(Integer.MAX_VALUE, Integer.MAX_VALUE));
    }
}
