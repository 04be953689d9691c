package org.agrifront.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

import org.agrifront.core.variation.Crossover;
import org.agrifront.core.variation.Mutation;
import org.agrifront.core.variation.OperatorSpec;

/**
 * A problem-neutral optimisation problem over a primitive genome {@code G} ({@code byte[]} or {@code double[]}).
 * <p>
 * A new problem is one class implementing this interface plus a JSON file read by its {@link ProblemType};
 * it never sees an engine. Objective values are written in their natural sense (a maximised total is a large
 * positive number); constraint entries are violations, 0 when satisfied and positive otherwise.
 */
public interface Problem<G> {

    String name();

    Encoding<G> encoding();

    List<Objective> objectives();

    List<Constraint> constraints();

    /** Writes the objectives and constraint violations of {@code genome}. Must not draw random numbers. */
    void evaluate(G genome, double[] objectives, double[] violations);

    /**
     * How many genomes this problem prefers to evaluate in one call of {@link #evaluateAll}; 1 (the default) means
     * one at a time. An external model that is faster on many solutions at once asks for more; engines then hand
     * whole populations to {@link #evaluateAll}.
     */
    default int batchSize() {
        return 1;
    }

    /**
     * Evaluates {@code genomes} in order, as {@link #evaluate} would one by one (row {@code i} of {@code objectives}
     * and {@code violations} for genome {@code i}). Results must not depend on how genomes are grouped, so a run is
     * the same with and without batches.
     */
    default void evaluateAll(List<G> genomes, double[][] objectives, double[][] violations) {
        for (int i = 0; i < genomes.size(); i++) evaluate(genomes.get(i), objectives[i], violations[i]);
    }

    /** Extra quantities reported for final solutions (not optimised). */
    default List<Output> outputs() {
        return List.of();
    }

    /** Computes {@link #outputs()} for one genome; called only when results are written, never in the hot loop. */
    default void computeOutputs(G genome, double[] values) {
    }

    /**
     * The crossover a run uses when it names none; empty = the encoding's default (uniform, SBX). A problem whose
     * constraints random variation cannot keep (e.g. crop switching) names its own.
     */
    default Optional<OperatorSpec> defaultCrossover() {
        return Optional.empty();
    }

    /** The mutation a run uses when it names none; empty = the encoding's default (reset, polynomial). */
    default Optional<OperatorSpec> defaultMutation() {
        return Optional.empty();
    }

    /**
     * The name of every problem's neutral start: one that uses no exact knowledge (no output of {@code bounds} or
     * {@code scenarios}, no LP solution, no LP dual). Comparisons of algorithms start here.
     */
    String NEUTRAL = "neutral";

    /**
     * True when the named initialisation uses exact knowledge (an LP solution or dual, the output of {@code bounds}
     * or {@code scenarios}, Lagrange multipliers): such starts are labelled {@code informed} in run.json and the
     * report. Problems override this for their informed starts; {@code random} and {@link #NEUTRAL} are neutral.
     */
    default boolean isInformed(String initialization) {
        return false;
    }

    /** The initialisation the command line uses when none is named. */
    default String defaultInitialization() {
        return "random";
    }

    /** Names of the initialisations this problem offers besides {@code random}. */
    default List<String> initializations() {
        return List.of("random");
    }

    /**
     * Creates member {@code index} of an initial population of {@code size} with the named initialisation.
     * The default, {@code random}, draws a uniform genome.
     */
    default G initialGenome(String initialization, int index, int size, RandomGenerator rng) {
        if (!"random".equals(initialization)) {
            throw new IllegalArgumentException("unknown initialisation '" + initialization + "' for " + name()
                    + "; known: " + initializations());
        }
        return encoding().random(rng);
    }

    /**
     * Problem-specific mutation operators by name (e.g. land use's {@code unit-block}); empty by default. The
     * operator works on the engine's working genome: {@link CategoricalGenome} for {@code byte[]} problems,
     * {@code double[]} for real ones.
     */
    default Optional<Mutation<?>> mutation(OperatorSpec spec) {
        return Optional.empty();
    }

    /** Problem-specific crossover operators by name; empty by default. Working genome as for {@link #mutation}. */
    default Optional<Crossover<?>> crossover(OperatorSpec spec) {
        return Optional.empty();
    }

    /** A repair that moves a genome into the feasible region (or towards it), if the problem has one. */
    default Optional<Repair<G>> repair() {
        return Optional.empty();
    }

    /** Name of variable {@code i} (a column of {@code solutions.csv}). */
    default String variableName(int i) {
        return "x" + (i + 1);
    }

    /**
     * Attributes of every variable written to {@code variables.csv} (e.g. a cell's coordinates, biome and unit):
     * column names, then one row per variable. Empty by default.
     */
    default List<String> variableAttributeNames() {
        return List.of();
    }

    default List<String> variableAttributes(int i) {
        return List.of();
    }

    /**
     * Reference values of objectives, e.g. the 2017 land use's totals, by objective name; a run summary reports
     * gains over them. Empty by default.
     */
    default Map<String, Double> objectiveReferences() {
        return Map.of();
    }

    /**
     * Writes problem-specific files next to a run's {@code front.csv} (e.g. the manure study's
     * {@code manure-outcome.json}); called once per finished run. Nothing by default.
     */
    default void writeArtifacts(java.nio.file.Path runDir, List<Individual<G>> front) {
    }

    /** Describes the problem instance for run metadata (sizes, data files, parameters). */
    default Map<String, Object> describe() {
        return Map.of();
    }

    default int numberOfObjectives() {
        return objectives().size();
    }

    default int numberOfConstraints() {
        return constraints().size();
    }
}
