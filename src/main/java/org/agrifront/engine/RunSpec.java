package org.agrifront.engine;

import java.util.List;
import java.util.Objects;

import org.agrifront.core.Problem;

/**
 * Everything that determines a run: problem, algorithm, seed and budget ({@code generations} after the initial
 * population, so a run evaluates {@code population × (generations + 1)} solutions). {@code initialPopulation}
 * optionally seeds the first members of the initial population (e.g. from an earlier level); the rest come
 * from the algorithm spec's initialisation.
 */
public record RunSpec<G>(Problem<G> problem, AlgorithmSpec algorithm, long seed, int generations,
                         List<G> initialPopulation) {
    public RunSpec {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(algorithm, "algorithm");
        if (generations < 0) throw new IllegalArgumentException("generations must be >= 0, found " + generations);
        initialPopulation = initialPopulation == null ? List.of() : List.copyOf(initialPopulation);
    }

    public RunSpec(Problem<G> problem, AlgorithmSpec algorithm, long seed, int generations) {
        this(problem, algorithm, seed, generations, List.of());
    }
}
