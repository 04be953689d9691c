package org.agrifront.engine.jmetal;

import java.util.ArrayList;
import java.util.List;

import org.agrifront.engine.Candidate;
import org.agrifront.engine.RunContext;

/**
 * Generation counting, progress reports and the stop decision for one run. Generational algorithms report after
 * each generation ({@link #report}, {@link #done}). Algorithms whose step is not one population of evaluations
 * (steady-state, MOEA/D, PESA-II's half-population batches) call {@link #evaluated} after each evaluation or batch:
 * it reports another "generation" each time another {@code population} evaluations are done, and
 * {@link #exhausted} stops them at the run's budget of {@code population × (generations + 1)} evaluations.
 */
final class Progress<W> {
    final RunContext<?, W> ctx;
    final int populationSize;
    final long budget;
    int generation;
    boolean stopped;

    Progress(RunContext<?, W> ctx) {
        this.ctx = ctx;
        this.populationSize = ctx.spec.algorithm().populationSize();
        this.budget = (long) populationSize * (ctx.spec.generations() + 1L);
    }

    void report(int index, List<? extends CarriesCandidate<W>> population) {
        generation = index;
        List<Candidate<W>> snapshot = candidates(population); // archives change after the report
        if (!ctx.report(index, () -> snapshot)) stopped = true;
    }

    /** Generational stop: the last generation is reported, or the listener asked to stop. */
    boolean done() {
        return stopped || generation >= ctx.spec.generations();
    }

    /** Reports every generation whose evaluations are complete; {@code population} is read only when reported. */
    void evaluated(List<? extends CarriesCandidate<W>> population) {
        while (!stopped && ctx.evaluations() >= (generation + 2L) * populationSize) {
            report(generation + 1, population);
        }
    }

    /** Evaluation-budget stop: the budget is spent, or the listener asked to stop. */
    boolean exhausted() {
        return stopped || ctx.evaluations() >= budget;
    }

    /** Evaluations left in the budget (0 when spent). */
    long remaining() {
        return Math.max(0, budget - ctx.evaluations());
    }

    static <W> List<Candidate<W>> candidates(List<? extends CarriesCandidate<W>> population) {
        List<Candidate<W>> out = new ArrayList<>(population.size());
        for (CarriesCandidate<W> s : population) out.add(s.candidate());
        return out;
    }
}
