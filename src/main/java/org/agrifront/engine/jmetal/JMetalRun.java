package org.agrifront.engine.jmetal;

import java.util.ArrayList;
import java.util.List;

import org.agrifront.engine.ParameterSpec;
import org.agrifront.engine.RunContext;
import org.uma.jmetal.operator.crossover.CrossoverOperator;
import org.uma.jmetal.operator.mutation.MutationOperator;

/**
 * What every jMetal algorithm of one run is built from: the problem as jMetal sees it, the problem's own operators
 * behind jMetal's interfaces, constraint-domination, progress, and the algorithm's parameters.
 */
final class JMetalRun<W> {
    final RunContext<?, W> ctx;
    final JMetalProblemAdapter<W> problem;
    final CrossoverOperator<CandidateSolution<W>> crossover;
    final MutationOperator<CandidateSolution<W>> mutation;
    final ConstrainedDominance<W> dominance;
    final Progress<W> progress;
    final int populationSize;

    JMetalRun(RunContext<?, W> ctx) {
        this.ctx = ctx;
        this.problem = new JMetalProblemAdapter<>(ctx);
        this.crossover = new JMetalOperators.CrossoverAdapter<>(ctx, problem);
        this.mutation = new JMetalOperators.MutationAdapter<>(ctx);
        this.dominance = new ConstrainedDominance<>(ctx.constrained());
        this.progress = new Progress<>(ctx);
        this.populationSize = ctx.spec.algorithm().populationSize();
    }

    /** The value of {@code p} in this run's spec, else its default. */
    double real(ParameterSpec p) {
        return ctx.spec.algorithm().parameter(p.name(), p.defaultValue());
    }

    int integer(ParameterSpec p) {
        return (int) real(p);
    }

    /** The initial population: injected seeds first, then the spec's initialisation (unevaluated). */
    List<CandidateSolution<W>> initialPopulation(int size) {
        List<CandidateSolution<W>> pop = new ArrayList<>(size);
        for (int i = 0; i < size; i++) pop.add(problem.solution(ctx.initial(i, size)));
        return pop;
    }

    /** True when constraints are visible to the algorithm (not folded into the objectives by penalty handling). */
    boolean constrained() {
        return ctx.constrained();
    }
}
