package org.agrifront.experiment;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.agrifront.core.Problem;
import org.agrifront.engine.AlgorithmSpec;
import org.agrifront.engine.Engine;

/**
 * A way of making a run's initial population with earlier optimisation levels (e.g. the land-use study's biome →
 * unit hierarchy), found by {@link ServiceLoader} (list implementations in
 * {@code META-INF/services/org.agrifront.experiment.SeedingMethod}). {@code run --seeding NAME} and a study's
 * {@code "seeding": "NAME"} call {@link #prepare} and then run the final level like any run, seeded with the result.
 * {@code random} (no method) is the plain start.
 */
public interface SeedingMethod {
    String RANDOM = "random";

    String name();

    boolean supports(Problem<?> problem);

    /**
     * Runs the earlier levels for a run of {@code spec} with {@code seed} on {@code engine}, writes their files below
     * {@code dir}, and returns the seeds (genomes of {@code problem}) with a summary of the levels for run.json.
     * Determined by its arguments (never by {@code threads}).
     */
    Seeds prepare(Problem<?> problem, Engine engine, AlgorithmSpec spec, long seed, int threads, Path dir, PrintStream log);

    /** Genomes for the initial population and what to record about how they were made. */
    record Seeds(List<?> genomes, Map<String, Object> summary) {
    }

    /** The method called {@code name}, or an error naming the known ones. */
    static SeedingMethod forName(String name) {
        List<String> names = new ArrayList<>(List.of(RANDOM));
        for (SeedingMethod m : ServiceLoader.load(SeedingMethod.class)) {
            if (m.name().equals(name)) return m;
            names.add(m.name());
        }
        throw new IllegalArgumentException("unknown seeding '" + name + "'; known: " + String.join(", ", names));
    }
}
