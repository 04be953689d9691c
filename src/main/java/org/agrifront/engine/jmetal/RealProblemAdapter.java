package org.agrifront.engine.jmetal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.agrifront.core.Problem;
import org.agrifront.core.RealEncoding;
import org.agrifront.core.Repair;
import org.agrifront.engine.Candidate;
import org.agrifront.engine.ConstraintHandling;
import org.agrifront.engine.RunContext;
import org.uma.jmetal.problem.doubleproblem.DoubleProblem;
import org.uma.jmetal.solution.doublesolution.DoubleSolution;
import org.uma.jmetal.util.bounds.Bounds;

/**
 * A real-coded Agrifront problem as jMetal's {@link DoubleProblem}, for DE and particle swarms. Evaluation goes
 * through {@link RunContext} (archive, trace, evaluation count, penalty); since these algorithms move genes with
 * their own operators instead of the context's mutation, the problem's repair is applied here, before each
 * evaluation, under repair handling.
 */
final class RealProblemAdapter implements DoubleProblem {
    private static final long serialVersionUID = 1L;
    private final transient RunContext<?, double[]> ctx;
    private final transient Repair<double[]> repair;
    private final List<Bounds<Double>> bounds;
    private final double[] violations;

    @SuppressWarnings("unchecked")
    RealProblemAdapter(RunContext<?, ?> ctx) {
        this.ctx = (RunContext<?, double[]>) ctx;
        Problem<double[]> problem = (Problem<double[]>) ctx.problem;
        RealEncoding encoding = (RealEncoding) problem.encoding();
        this.bounds = new ArrayList<>(encoding.length());
        for (int i = 0; i < encoding.length(); i++) bounds.add(Bounds.create(encoding.lower(i), encoding.upper(i)));
        Optional<Repair<double[]>> r = problem.repair();
        this.repair = ctx.spec.algorithm().constraintHandling() == ConstraintHandling.REPAIR ? r.orElse(null) : null;
        this.violations = new double[ctx.constraints];
    }

    RealSolution solution(Candidate<double[]> candidate) {
        return new RealSolution(candidate, bounds, ctx.objectives, ctx.libraryConstraints());
    }

    /** The initial population: injected seeds first, then the spec's initialisation (unevaluated). */
    List<DoubleSolution> initialPopulation(int size) {
        List<DoubleSolution> pop = new ArrayList<>(size);
        for (int i = 0; i < size; i++) pop.add(solution(ctx.initial(i, size)));
        return pop;
    }

    @Override
    public List<Bounds<Double>> variableBounds() {
        return bounds;
    }

    @Override
    public int numberOfVariables() {
        return bounds.size();
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
    public DoubleSolution evaluate(DoubleSolution s) {
        RealSolution solution = (RealSolution) s;
        if (repair != null) repair.repair(solution.candidate.genome);
        ctx.evaluate(solution.candidate, solution.objectives(), violations);
        double[] c = solution.constraints();
        for (int i = 0; i < c.length; i++) c[i] = -violations[i];
        return solution;
    }

    /** jMetal requires a randomly filled solution here; initial populations are built by the algorithms. */
    @Override
    public DoubleSolution createSolution() {
        return solution(ctx.initial(Integer.MAX_VALUE, Integer.MAX_VALUE));
    }
}
