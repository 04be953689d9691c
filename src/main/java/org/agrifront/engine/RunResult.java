package org.agrifront.engine;

import java.util.List;
import java.util.Map;

import org.agrifront.core.Individual;

/**
 * The outcome of a run: the final non-dominated set (feasible solutions when any exist, see
 * {@link org.agrifront.core.Dominance#nondominated}), the final population, counters, and what the engine reports
 * about its set-up ({@code diagnostics}, e.g. NSGA-III's number of reference directions), written to run.json.
 */
public record RunResult<G>(List<Individual<G>> front, List<Individual<G>> population, int generations,
                           long evaluations, long elapsedNanos, boolean stoppedEarly, Map<String, Object> diagnostics) {
    public RunResult {
        diagnostics = diagnostics == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(diagnostics));
    }

    public RunResult(List<Individual<G>> front, List<Individual<G>> population, int generations, long evaluations,
                     long elapsedNanos, boolean stoppedEarly) {
        this(front, population, generations, evaluations, elapsedNanos, stoppedEarly, Map.of());
    }

    public boolean feasibleFound() {
        return !front.isEmpty() && front.get(0).feasible();
    }
}
