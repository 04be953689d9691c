package org.agrifront.engine;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.agrifront.core.variation.OperatorSpec;

/**
 * An algorithm by Agrifront name ({@code nsga2}, {@code nsga3}, ...) with its settings. {@code crossover} and
 * {@code mutation} may be null for the encoding's defaults. {@code parameters} holds algorithm-specific numbers
 * (e.g. NSGA-III {@code divisions}, {@code innerDivisions}; {@code penalty} for penalty handling).
 */
public record AlgorithmSpec(String name, int populationSize, OperatorSpec crossover, OperatorSpec mutation,
                            ConstraintHandling constraintHandling, String initialization,
                            Map<String, Double> parameters) {
    public AlgorithmSpec {
        Objects.requireNonNull(name, "name");
        if (populationSize < 2) throw new IllegalArgumentException("population must be >= 2, found " + populationSize);
        constraintHandling = constraintHandling == null ? ConstraintHandling.DOMINANCE : constraintHandling;
        initialization = initialization == null ? "random" : initialization;
        parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(parameters));
    }

    public static AlgorithmSpec of(String name, int populationSize) {
        return new AlgorithmSpec(name, populationSize, null, null, null, null, null);
    }

    public AlgorithmSpec withOperators(OperatorSpec crossover, OperatorSpec mutation) {
        return new AlgorithmSpec(name, populationSize, crossover, mutation, constraintHandling, initialization, parameters);
    }

    public AlgorithmSpec withInitialization(String initialization) {
        return new AlgorithmSpec(name, populationSize, crossover, mutation, constraintHandling, initialization, parameters);
    }

    public AlgorithmSpec withConstraintHandling(ConstraintHandling handling) {
        return new AlgorithmSpec(name, populationSize, crossover, mutation, handling, initialization, parameters);
    }

    public AlgorithmSpec withParameter(String key, double value) {
        Map<String, Double> p = new TreeMap<>(parameters);
        p.put(key, value);
        return new AlgorithmSpec(name, populationSize, crossover, mutation, constraintHandling, initialization, p);
    }

    public AlgorithmSpec withParameters(Map<String, Double> values) {
        Map<String, Double> p = new TreeMap<>(parameters);
        p.putAll(values);
        return new AlgorithmSpec(name, populationSize, crossover, mutation, constraintHandling, initialization, p);
    }

    public double parameter(String key, double defaultValue) {
        Double v = parameters.get(key);
        return v == null ? defaultValue : v;
    }
}
