package org.agrifront.engine;

import java.util.List;

import org.agrifront.core.Individual;

/**
 * The outcome of a run: the final non-dominated set (feasible solutions when any exist, see
 * {@link org.agrifront.core.Dominance#nondominated}), the final population, and counters.
 */
public record RunResult<G>(List<Individual<G>> front, List<Individual<G>> population, int generations,
                           long evaluations, long elapsedNanos, boolean stoppedEarly) {
    public boolean feasibleFound() {
        return !front.isEmpty() && front.get(0).feasible();
    }
}
