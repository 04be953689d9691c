package org.agrifront.engine.jmetal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.agrifront.engine.AlgorithmDescriptor;
import org.agrifront.engine.Algorithms;
import org.agrifront.engine.Candidate;
import org.agrifront.engine.GenomeKind;
import org.agrifront.engine.ParameterSpec;
import org.uma.jmetal.algorithm.multiobjective.smsemoa.SMSEMOA;
import org.uma.jmetal.operator.selection.impl.RandomSelection;
import org.uma.jmetal.util.legacy.qualityindicator.impl.hypervolume.Hypervolume;
import org.uma.jmetal.util.legacy.qualityindicator.impl.hypervolume.impl.PISAHypervolume;
import org.uma.jmetal.util.ranking.Ranking;
import org.uma.jmetal.util.ranking.impl.FastNonDominatedSortRanking;

/**
 * SMS-EMOA, steady state: one child per step, the worst of population + child removed. jMetal 6.6 keeps a dominance
 * comparator field but its replacement ranks with {@code MergeNonDominatedSortRanking}, which ignores constraints,
 * so an infeasible child with good objectives could push out feasible solutions. Here the replacement ranks with
 * Deb's constraint-domination; the last front then holds either feasible solutions only, or infeasible ones of
 * equal total violation. Within it the library's rule applies: the member with the smallest hypervolume
 * contribution goes (first ranking that front by plain Pareto dominance, since infeasible members of equal
 * violation may dominate each other).
 */
final class SmsEmoaAlgorithm implements JMetalAlgorithm {
    static final ParameterSpec OFFSET = ParameterSpec.real("offset", 100, 0, 1e12,
            "offset of the hypervolume reference point beyond the worst value (jMetal default 100)");
    static final AlgorithmDescriptor DESCRIPTOR = new AlgorithmDescriptor("smsemoa", Algorithms.aliasesOf("smsemoa"),
            Set.of(GenomeKind.CATEGORICAL, GenomeKind.REAL), List.of(OFFSET),
            "replacement ranks with Deb's constraint-domination (the library's ignores constraints), so the removed "
                    + "solution is always from the worst violation class; random parents as in the library",
            SMSEMOA.class.getName(), "SMS-EMOA (Beume, Naujoks & Emmerich 2007), steady state");

    @Override
    public AlgorithmDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public <W> List<Candidate<W>> run(JMetalRun<W> run) {
        double offset = run.real(OFFSET);
        PISAHypervolume<CandidateSolution<W>> hv = new PISAHypervolume<>();
        hv.setOffset(offset);
        SmsEmoa<W> algorithm = new SmsEmoa<>(run, offset, hv);
        algorithm.run();
        return Progress.candidates(algorithm.getPopulation());
    }

    private static final class SmsEmoa<W> extends SMSEMOA<CandidateSolution<W>> {
        private static final long serialVersionUID = 1L;
        private final transient JMetalRun<W> run;
        private final transient Hypervolume<CandidateSolution<W>> hypervolume;
        private final transient ConstrainedDominance<W> plain = new ConstrainedDominance<>(false);

        SmsEmoa(JMetalRun<W> run, double offset, Hypervolume<CandidateSolution<W>> hypervolume) {
            super(run.problem, Integer.MAX_VALUE, run.populationSize, offset, run.crossover, run.mutation,
                    new RandomSelection<>(), run.dominance, hypervolume);
            this.run = run;
            this.hypervolume = hypervolume;
        }

        @Override
        protected List<CandidateSolution<W>> createInitialPopulation() {
            return run.initialPopulation(getMaxPopulationSize());
        }

        @Override
        protected List<CandidateSolution<W>> replacement(List<CandidateSolution<W>> population,
                                                         List<CandidateSolution<W>> offspring) {
            List<CandidateSolution<W>> joint = new ArrayList<>(population.size() + offspring.size());
            joint.addAll(population);
            joint.addAll(offspring);
            Ranking<CandidateSolution<W>> ranking = new FastNonDominatedSortRanking<>(run.dominance);
            ranking.compute(joint);
            List<CandidateSolution<W>> last = ranking.getSubFront(ranking.getNumberOfSubFronts() - 1);
            CandidateSolution<W> worst = leastContributing(last, joint);
            List<CandidateSolution<W>> next = new ArrayList<>(joint.size() - 1);
            for (int i = 0; i < ranking.getNumberOfSubFronts(); i++) {
                for (CandidateSolution<W> s : ranking.getSubFront(i)) if (s != worst) next.add(s);
            }
            return next;
        }

        private CandidateSolution<W> leastContributing(List<CandidateSolution<W>> front, List<CandidateSolution<W>> joint) {
            if (front.size() == 1) return front.get(0);
            Ranking<CandidateSolution<W>> byObjectives = new FastNonDominatedSortRanking<>(plain);
            byObjectives.compute(front);
            List<CandidateSolution<W>> last = new ArrayList<>(byObjectives.getSubFront(byObjectives.getNumberOfSubFronts() - 1));
            if (last.size() == 1) return last.get(0);
            List<CandidateSolution<W>> sorted = hypervolume.computeHypervolumeContribution(last, joint);
            return sorted.get(sorted.size() - 1);
        }

        @Override
        protected void initProgress() {
            super.initProgress();
            run.progress.report(0, getPopulation());
        }

        @Override
        protected void updateProgress() {
            super.updateProgress();
            run.progress.evaluated(getPopulation());
        }

        @Override
        protected boolean isStoppingConditionReached() {
            return run.progress.exhausted();
        }
    }
}
