package org.agrifront.engine;

import java.util.List;
import java.util.function.Supplier;

import org.agrifront.core.Individual;

/**
 * Progress after one generation (index 0 = the evaluated initial population). {@link #population()} copies the
 * population out of the library on demand, so a listener that only counts pays nothing.
 */
public final class Generation<G> {
    private final int index;
    private final long evaluations;
    private final long elapsedNanos;
    private final Supplier<List<Individual<G>>> population;
    private List<Individual<G>> cached;

    public Generation(int index, long evaluations, long elapsedNanos, Supplier<List<Individual<G>>> population) {
        this.index = index;
        this.evaluations = evaluations;
        this.elapsedNanos = elapsedNanos;
        this.population = population;
    }

    public int index() {
        return index;
    }

    public long evaluations() {
        return evaluations;
    }

    public long elapsedNanos() {
        return elapsedNanos;
    }

    /** The current population in natural units (genomes are copies). */
    public List<Individual<G>> population() {
        if (cached == null) cached = population.get();
        return cached;
    }
}
