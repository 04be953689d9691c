package org.agrifront.engine.jmetal;

import java.lang.reflect.Field;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.agrifront.engine.AlgorithmDescriptor;
import org.agrifront.engine.Algorithms;
import org.agrifront.engine.Candidate;
import org.agrifront.engine.GenomeKind;
import org.agrifront.engine.ParameterSpec;
import org.uma.jmetal.algorithm.multiobjective.omopso.OMOPSO;
import org.uma.jmetal.operator.mutation.impl.NonUniformMutation;
import org.uma.jmetal.operator.mutation.impl.UniformMutation;
import org.uma.jmetal.solution.doublesolution.DoubleSolution;
import org.uma.jmetal.util.archive.impl.CrowdingDistanceArchive;
import org.uma.jmetal.util.archive.impl.NonDominatedSolutionListArchive;
import org.uma.jmetal.util.comparator.dominanceComparator.impl.DominanceWithConstraintsComparator;
import org.uma.jmetal.util.comparator.dominanceComparator.impl.EpsilonDominanceComparator;
import org.uma.jmetal.util.evaluator.impl.SequentialSolutionListEvaluator;

/**
 * OMOPSO with the library's settings (uniform and non-uniform mutation on two thirds of the swarm, perturbation
 * 0.5; positions clipped to the bounds). Its personal bests use constraint-domination, but the leader archive
 * (crowding, plain dominance) and the ε-archive (the result; ε-dominance) ignore constraints and are private
 * fields without setters; they are replaced after construction, by reflection on jMetal 6.6's field names, with
 * the same archives under Deb's constraint-domination (total violation first, ε-dominance among equals).
 */
final class OmopsoAlgorithm implements JMetalAlgorithm {
    static final ParameterSpec ARCHIVE_SIZE = ParameterSpec.integer("archiveSize", 0, 1, 1_000_000,
            "size of the crowding-distance leader archive (jMetal default 100)").derived("population");
    static final ParameterSpec ETA = ParameterSpec.real("eta", 0.0075, 0, 1e12,
            "ε of the result archive's ε-dominance, in (minimised) objective units (jMetal default 0.0075)");
    static final ParameterSpec PERTURBATION = ParameterSpec.real("perturbation", 0.5, 0, 1,
            "perturbation of the uniform and non-uniform mutations (probability 1/variables; jMetal default 0.5)");
    static final AlgorithmDescriptor DESCRIPTOR = new AlgorithmDescriptor("omopso", Algorithms.aliasesOf("omopso"),
            Set.of(GenomeKind.REAL), List.of(ARCHIVE_SIZE, ETA, PERTURBATION),
            "personal bests by Deb's constraint-domination (library); leader and ε-archives replaced by "
                    + "constraint-aware ones (the library's ignore constraints)",
            OMOPSO.class.getName(), "OMOPSO (Sierra & Coello Coello 2005); real genomes only; result = ε-archive");

    @Override
    public AlgorithmDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public <W> List<Candidate<W>> run(JMetalRun<W> run) {
        RealProblemAdapter problem = new RealProblemAdapter(run.ctx);
        run.ctx.note("operators", "jMetal OMOPSO velocity update, uniform and non-uniform mutation; the problem's crossover and mutation are not used");
        int archiveSize = run.ctx.spec.algorithm().parameters().containsKey(ARCHIVE_SIZE.name())
                ? run.integer(ARCHIVE_SIZE) : run.populationSize;
        Omopso<W> algorithm = new Omopso<>(run, problem, archiveSize, run.real(ETA), run.real(PERTURBATION));
        algorithm.run();
        return Progress.candidates(Omopso.carriers(algorithm.result()));
    }

    private static final class Omopso<W> extends OMOPSO {
        private static final long serialVersionUID = 1L;
        private final transient JMetalRun<W> run;
        private final transient RealProblemAdapter adapter;

        Omopso(JMetalRun<W> run, RealProblemAdapter problem, int archiveSize, double eta, double perturbation) {
            super(problem, new SequentialSolutionListEvaluator<>(), run.populationSize, run.ctx.spec.generations() + 1,
                    archiveSize, eta, new UniformMutation(1.0 / problem.numberOfVariables(), perturbation),
                    new NonUniformMutation(1.0 / problem.numberOfVariables(), perturbation, run.ctx.spec.generations() + 1));
            this.run = run;
            this.adapter = problem;
            Comparator<DoubleSolution> constrained = new DominanceWithConstraintsComparator<>();
            Comparator<DoubleSolution> epsilon = new EpsilonDominanceComparator<>(eta);
            replace("leaderArchive", new CrowdingDistanceArchive<DoubleSolution>(archiveSize, new DominanceWithConstraintsComparator<>()));
            replace("epsilonArchive", new NonDominatedSolutionListArchive<DoubleSolution>((a, b) -> {
                int c = constrained.compare(a, b);
                return c != 0 ? c : epsilon.compare(a, b);
            }));
        }

        private void replace(String name, Object archive) {
            try {
                Field f = OMOPSO.class.getDeclaredField(name);
                f.setAccessible(true);
                f.set(this, archive);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("OMOPSO." + name + " not found: jMetal version other than 6.6?", e);
            }
        }

        @SuppressWarnings("unchecked")
        static <W> List<CarriesCandidate<W>> carriers(List<DoubleSolution> solutions) {
            return (List<CarriesCandidate<W>>) (List<?>) solutions;
        }

        @Override
        protected List<DoubleSolution> createInitialSwarm() {
            return adapter.initialPopulation(run.populationSize);
        }

        @Override
        protected void initProgress() {
            super.initProgress();
            run.progress.report(0, carriers(result()));
        }

        @Override
        protected void updateProgress() {
            super.updateProgress();
            run.progress.report(run.progress.generation + 1, carriers(result()));
        }

        @Override
        protected boolean isStoppingConditionReached() {
            return run.progress.done();
        }
    }
}
