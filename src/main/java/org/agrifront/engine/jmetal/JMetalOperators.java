package org.agrifront.engine.jmetal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;

import org.agrifront.core.RandomStreams;
import org.agrifront.engine.Candidate;
import org.agrifront.engine.RunContext;
import org.uma.jmetal.operator.crossover.CrossoverOperator;
import org.uma.jmetal.operator.mutation.MutationOperator;
import org.uma.jmetal.operator.selection.SelectionOperator;

/** The problem's own operators behind jMetal's interfaces, and the selection helpers the adapters share. */
final class JMetalOperators {
    private JMetalOperators() {
    }

    /** Copies the parents, then applies Agrifront's crossover; jMetal calls the mutation on each child afterwards. */
    static final class CrossoverAdapter<W> implements CrossoverOperator<CandidateSolution<W>> {
        private static final long serialVersionUID = 1L;
        private final transient RunContext<?, W> ctx;
        private final transient JMetalProblemAdapter<W> problem;

        CrossoverAdapter(RunContext<?, W> ctx, JMetalProblemAdapter<W> problem) {
            this.ctx = ctx;
            this.problem = problem;
        }

        @Override
        public List<CandidateSolution<W>> execute(List<CandidateSolution<W>> parents) {
            Candidate<W> a = ctx.child(parents.get(0).candidate);
            Candidate<W> b = ctx.child(parents.get(1).candidate);
            ctx.cross(a, b);
            List<CandidateSolution<W>> children = new ArrayList<>(2);
            children.add(problem.solution(a));
            children.add(problem.solution(b));
            return children;
        }

        @Override
        public double crossoverProbability() {
            return 1.0; // the Agrifront operator applies its own probability
        }

        @Override
        public int numberOfRequiredParents() {
            return 2;
        }

        @Override
        public int numberOfGeneratedChildren() {
            return 2;
        }
    }

    /** Mutates in place (jMetal ignores the returned value). */
    static final class MutationAdapter<W> implements MutationOperator<CandidateSolution<W>> {
        private static final long serialVersionUID = 1L;
        private final transient RunContext<?, W> ctx;

        MutationAdapter(RunContext<?, W> ctx) {
            this.ctx = ctx;
        }

        @Override
        public CandidateSolution<W> execute(CandidateSolution<W> solution) {
            ctx.mutate(solution.candidate);
            return solution;
        }

        @Override
        public double mutationProbability() {
            return 1.0;
        }
    }

    /**
     * Mating selection matching MOEA Framework's NSGA-III default: a binary tournament on total violation with a
     * random tie-break when constrained, uniform random parents otherwise.
     */
    static final class ViolationTournament<W> implements SelectionOperator<List<CandidateSolution<W>>, CandidateSolution<W>> {
        private static final long serialVersionUID = 1L;
        private final boolean constrained;

        ViolationTournament(boolean constrained) {
            this.constrained = constrained;
        }

        @Override
        public CandidateSolution<W> execute(List<CandidateSolution<W>> population) {
            RandomGenerator rng = RandomStreams.current();
            CandidateSolution<W> a = population.get(rng.nextInt(population.size()));
            if (!constrained) return a;
            CandidateSolution<W> b = population.get(rng.nextInt(population.size()));
            int c = Double.compare(a.totalViolation(), b.totalViolation());
            if (c == 0) return rng.nextBoolean() ? a : b;
            return c < 0 ? a : b;
        }
    }

    /**
     * {@code then} behind a feasibility test: the smaller total violation wins first (when constraints are
     * visible), so a fitness or crowding comparator that knows only objectives cannot prefer an infeasible solution.
     */
    static <W, S extends CarriesCandidate<W>> Comparator<S> violationFirst(boolean constrained, Comparator<S> then) {
        if (!constrained) return then;
        return (a, b) -> {
            int c = Double.compare(a.candidate().totalViolation, b.candidate().totalViolation);
            return c != 0 ? c : then.compare(a, b);
        };
    }
}
