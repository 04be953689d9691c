package org.agrifront.engine.jmetal;

import java.util.List;
import java.util.Set;

import org.agrifront.engine.AlgorithmDescriptor;
import org.agrifront.engine.Algorithms;
import org.agrifront.engine.Candidate;
import org.agrifront.engine.GenomeKind;
import org.agrifront.engine.ParameterSpec;
import org.uma.jmetal.algorithm.multiobjective.smpso.SMPSO;
import org.uma.jmetal.operator.mutation.impl.PolynomialMutation;
import org.uma.jmetal.solution.doublesolution.DoubleSolution;
import org.uma.jmetal.util.archive.BoundedArchive;
import org.uma.jmetal.util.archive.impl.CrowdingDistanceArchive;
import org.uma.jmetal.util.comparator.dominanceComparator.impl.DominanceWithConstraintsComparator;
import org.uma.jmetal.util.evaluator.impl.SequentialSolutionListEvaluator;

/**
 * SMPSO with the library's settings (c1, c2 in [1.5, 2.5], constriction, velocity bounds, polynomial mutation on
 * every sixth particle; positions clipped to the bounds). jMetal's builder defaults to plain dominance for the
 * personal bests and a plain-dominance leader archive, both ignoring constraints; here both use
 * {@code DominanceWithConstraintsComparator}. The swarm size is the population; the leader archive is the result.
 */
final class SmpsoAlgorithm implements JMetalAlgorithm {
    static final ParameterSpec ARCHIVE_SIZE = ParameterSpec.integer("archiveSize", 0, 1, 1_000_000,
            "size of the crowding-distance leader archive (jMetal default 100)").derived("population");
    static final ParameterSpec MUTATION_INDEX = ParameterSpec.real("mutationDistributionIndex", 20, 0, 1000,
            "distribution index of the polynomial mutation (probability 1/variables; jMetal default 20)");
    static final AlgorithmDescriptor DESCRIPTOR = new AlgorithmDescriptor("smpso", Algorithms.aliasesOf("smpso"),
            Set.of(GenomeKind.REAL), List.of(ARCHIVE_SIZE, MUTATION_INDEX),
            "personal bests and leader archive by Deb's constraint-domination (the builder's defaults ignore "
                    + "constraints)",
            SMPSO.class.getName(), "SMPSO (Nebro et al. 2009); real genomes only; result = leader archive");

    @Override
    public AlgorithmDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public <W> List<Candidate<W>> run(JMetalRun<W> run) {
        RealProblemAdapter problem = new RealProblemAdapter(run.ctx);
        run.ctx.note("operators", "jMetal SMPSO velocity update and polynomial mutation; the problem's crossover and mutation are not used");
        int archiveSize = run.ctx.spec.algorithm().parameters().containsKey(ARCHIVE_SIZE.name())
                ? run.integer(ARCHIVE_SIZE) : run.populationSize;
        BoundedArchive<DoubleSolution> leaders = new CrowdingDistanceArchive<>(archiveSize,
                new DominanceWithConstraintsComparator<>());
        Smpso<W> algorithm = new Smpso<>(run, problem, leaders, run.real(MUTATION_INDEX));
        algorithm.run();
        return Progress.candidates(Smpso.carriers(leaders));
    }

    private static final class Smpso<W> extends SMPSO {
        private static final long serialVersionUID = 1L;
        private final transient JMetalRun<W> run;
        private final transient RealProblemAdapter adapter;
        private final transient BoundedArchive<DoubleSolution> leaders;

        Smpso(JMetalRun<W> run, RealProblemAdapter problem, BoundedArchive<DoubleSolution> leaders, double index) {
            super(problem, run.populationSize, leaders,
                    new PolynomialMutation(1.0 / problem.numberOfVariables(), index),
                    run.ctx.spec.generations() + 1, 0.0, 1.0, 0.0, 1.0, 1.5, 2.5, 1.5, 2.5, 0.1, 0.1, -1, -1,
                    new DominanceWithConstraintsComparator<>(), new SequentialSolutionListEvaluator<>());
            this.run = run;
            this.adapter = problem;
            this.leaders = leaders;
        }

        @SuppressWarnings("unchecked")
        static <W> List<CarriesCandidate<W>> carriers(BoundedArchive<DoubleSolution> archive) {
            return (List<CarriesCandidate<W>>) (List<?>) archive.solutions();
        }

        @Override
        protected List<DoubleSolution> createInitialSwarm() {
            return adapter.initialPopulation(run.populationSize);
        }

        @Override
        protected void initProgress() {
            super.initProgress();
            run.progress.report(0, carriers(leaders));
        }

        @Override
        protected void updateProgress() {
            super.updateProgress();
            run.progress.report(run.progress.generation + 1, carriers(leaders));
        }

        @Override
        protected boolean isStoppingConditionReached() {
            return run.progress.done();
        }
    }
}
