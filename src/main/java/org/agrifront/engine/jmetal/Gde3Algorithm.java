package org.agrifront.engine.jmetal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.agrifront.engine.AlgorithmDescriptor;
import org.agrifront.engine.Algorithms;
import org.agrifront.engine.Candidate;
import org.agrifront.engine.GenomeKind;
import org.agrifront.engine.ParameterSpec;
import org.uma.jmetal.algorithm.multiobjective.gde3.GDE3;
import org.uma.jmetal.operator.crossover.impl.DifferentialEvolutionCrossover;
import org.uma.jmetal.operator.selection.impl.DifferentialEvolutionSelection;
import org.uma.jmetal.operator.selection.impl.RankingAndCrowdingSelection;
import org.uma.jmetal.solution.doublesolution.DoubleSolution;
import org.uma.jmetal.util.evaluator.impl.SequentialSolutionListEvaluator;

/**
 * GDE3 with the library's DE/rand/1/bin (genes clipped to the bounds by the operator). The library already honours
 * constraints: child against parent with {@code DominanceWithConstraintsComparator}, then ranking-and-crowding
 * truncation with the same comparator. Fix: truncation only when needed (the library throws otherwise).
 */
final class Gde3Algorithm implements JMetalAlgorithm {
    static final ParameterSpec CR = ParameterSpec.real("cr", 0.5, 0, 1, "DE crossover rate (jMetal default 0.5)");
    static final ParameterSpec F = ParameterSpec.real("f", 0.5, 0, 2, "DE scaling factor (jMetal default 0.5)");
    static final AlgorithmDescriptor DESCRIPTOR = new AlgorithmDescriptor("gde3", Algorithms.aliasesOf("gde3"),
            Set.of(GenomeKind.REAL), List.of(CR, F),
            "child against parent and the truncation by Deb's constraint-domination (library)",
            GDE3.class.getName(), "GDE3 (Kukkonen & Lampinen 2005), DE/rand/1/bin; real genomes only");

    @Override
    public AlgorithmDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public <W> List<Candidate<W>> run(JMetalRun<W> run) {
        if (run.populationSize < 4) {
            throw new IllegalArgumentException("algorithm 'gde3' needs a population of at least 4 (DE/rand/1 draws three "
                    + "parents besides the target), found " + run.populationSize);
        }
        RealProblemAdapter problem = new RealProblemAdapter(run.ctx);
        run.ctx.note("operators", "jMetal DE/rand/1/bin (cr, f); the problem's crossover and mutation are not used");
        Gde3<W> algorithm = new Gde3<>(run, problem, new DifferentialEvolutionCrossover(run.real(CR), run.real(F),
                DifferentialEvolutionCrossover.DE_VARIANT.RAND_1_BIN));
        algorithm.run();
        return Progress.candidates(algorithm.solutions());
    }

    private static final class Gde3<W> extends GDE3 {
        private static final long serialVersionUID = 1L;
        private final transient JMetalRun<W> run;
        private final transient RealProblemAdapter adapter;

        Gde3(JMetalRun<W> run, RealProblemAdapter problem, DifferentialEvolutionCrossover crossover) {
            super(problem, run.populationSize, Integer.MAX_VALUE, new DifferentialEvolutionSelection(), crossover,
                    new SequentialSolutionListEvaluator<>());
            this.run = run;
            this.adapter = problem;
        }

        @SuppressWarnings("unchecked")
        List<CarriesCandidate<W>> solutions() {
            return (List<CarriesCandidate<W>>) (List<?>) getPopulation();
        }

        /**
         * The library's replacement, except that it truncates only when the survivors outnumber the population:
         * jMetal 6.6 calls its ranking-and-crowding selection anyway, which throws when every child dominated or
         * was dominated by its parent (exactly a population left).
         */
        @Override
        protected List<DoubleSolution> replacement(List<DoubleSolution> population, List<DoubleSolution> offspring) {
            List<DoubleSolution> survivors = new ArrayList<>(2 * population.size());
            for (int i = 0; i < getMaxPopulationSize(); i++) {
                DoubleSolution parent = population.get(i), child = offspring.get(i);
                int result = dominanceComparator.compare(parent, child);
                if (result == -1) {
                    survivors.add(parent);
                } else if (result == 1) {
                    survivors.add(child);
                } else {
                    survivors.add(child);
                    survivors.add(parent);
                }
            }
            if (survivors.size() <= getMaxPopulationSize()) return survivors;
            return new RankingAndCrowdingSelection<>(getMaxPopulationSize(), dominanceComparator).execute(survivors);
        }

        @Override
        protected List<DoubleSolution> createInitialPopulation() {
            return adapter.initialPopulation(getMaxPopulationSize());
        }

        @Override
        protected void initProgress() {
            super.initProgress();
            run.progress.report(0, solutions());
        }

        @Override
        protected void updateProgress() {
            super.updateProgress();
            run.progress.report(run.progress.generation + 1, solutions());
        }

        @Override
        protected boolean isStoppingConditionReached() {
            return run.progress.done();
        }
    }
}
