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
    private final Supplier<List<Individual<G>>> front;
    private List<Individual<G>> cached;
    private List<Individual<G>> cachedFront;

    public Generation(int index, long evaluations, long elapsedNanos, Supplier<List<Individual<G>>> population,
                      Supplier<List<Individual<G>>> front) {
        this.index = index;
        this.evaluations = evaluations;
        this.elapsedNanos = elapsedNanos;
        this.population = population;
        this.front = front;
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

    /**
     * The run's front so far, defined as its final front will be ({@link FrontSource}): the archive's members by
     * default, else the population's non-dominated set; feasible solutions when any exist.
     */
    public List<Individual<G>> front() {
        if (cachedFront == null) cachedFront = front.get();
        return cachedFront;
    }
}
