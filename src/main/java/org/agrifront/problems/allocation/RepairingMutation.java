package org.agrifront.problems.allocation;

import java.util.random.RandomGenerator;

import org.agrifront.core.CategoricalGenome;
import org.agrifront.core.variation.Mutation;

/**
 * A mutation followed by the greedy repair when it leaves the child infeasible ({@code repair=1} on an allocation
 * problem's mutations). Feasibility is checked on the child's incremental totals, in O(changed cells); the repair
 * runs only on infeasible children. Moves towards one objective's extreme usually break a constraint; repaired, they
 * survive selection, which lets the front's ends reach the constrained optima.
 */
final class RepairingMutation implements Mutation<CategoricalGenome> {
    private final Mutation<CategoricalGenome> inner;
    private final AllocationProblem problem;
    private final AllocationRepair repair;

    RepairingMutation(Mutation<CategoricalGenome> inner, AllocationProblem problem, AllocationRepair repair) {
        this.inner = inner;
        this.problem = problem;
        this.repair = repair;
    }

    @Override
    public void mutate(CategoricalGenome genome, RandomGenerator rng) {
        inner.mutate(genome, rng);
        double[] objectives = new double[problem.numberOfObjectives()], violations = new double[problem.numberOfConstraints()];
        genome.evaluate(problem, objectives, violations);
        for (double v : violations) {
            if (v > 0) {
                repair.repair(genome.genes());
                genome.invalidate();
                return;
            }
        }
    }

    @Override
    public String toString() {
        return inner + "+repair";
    }
}
