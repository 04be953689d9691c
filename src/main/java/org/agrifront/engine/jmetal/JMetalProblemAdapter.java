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

    boolean batched() {
        return ctx.batched();
    }

    /** Evaluates {@code solutions} in order through the population-level hook ({@link RunContext#evaluateAll}). */
    void evaluateAll(java.util.List<CandidateSolution<W>> solutions) {
        java.util.List<Candidate<W>> cs = new java.util.ArrayList<>(solutions.size());
        for (CandidateSolution<W> s : solutions) cs.add(s.candidate);
        double[][] o = new double[cs.size()][];
        double[][] v = new double[cs.size()][ctx.constraints];
        for (int i = 0; i < o.length; i++) o[i] = solutions.get(i).objectives();
        ctx.evaluateAll(cs, o, v);
        for (int i = 0; i < o.length; i++) {
            double[] c = solutions.get(i).constraints();
            for (int j = 0; j < c.length; j++) c[j] = -v[i][j];
        }
    }

    /** jMetal requires a randomly filled solution here; Agrifront's initial population is built by the algorithm. */
    @Override
    public CandidateSolution<W> createSolution() {
        return solution(ctx.initial(Integer.MAX_VALUE, Integer.MAX_VALUE));
    }
}
