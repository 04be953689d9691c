package org.agrifront.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.agrifront.core.Individual;
import org.agrifront.core.variation.OperatorSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every algorithm of every engine's registry, on every genome kind it accepts, reaches the known front of a tiny
 * constrained problem whose optimum lies on the constraint: {@link TwoCounts} (categorical; the front's last point
 * sits exactly at the cap) and {@link OnTheConstraint} (real; the unconstrained optimum is infeasible and the whole
 * front lies on the constraint). Algorithms added to a registry are covered without touching this test.
 */
class EveryAlgorithmFindsKnownOptimumTest {
    static final int POPULATION = 24;
    static final int GENERATIONS = 300;

    static List<Arguments> algorithms() {
        List<Arguments> out = new ArrayList<>();
        for (Engine e : Engines.all()) {
            for (AlgorithmDescriptor d : e.algorithms().all()) {
                for (GenomeKind kind : new TreeSet<>(d.genomes())) out.add(Arguments.of(e.name(), d.name(), kind));
            }
        }
        return out;
    }

    /** Test settings every algorithm accepts: 8 reference directions for the 8-point categorical front. */
    static Map<String, Double> parameters(String engine, String algorithm) {
        Map<String, Double> p = new TreeMap<>();
        for (ParameterSpec s : Engines.get(engine).algorithms().get(algorithm).parameters()) {
            if (s.name().equals("divisions")) p.put("divisions", 7.0);
        }
        return p;
    }

    /**
     * Random search cannot be expected to hit the all-zeros genome among 3^12 with 3,624 samples; it gets the
     * 6-gene instance (729 genomes), whose front it must then find exactly like the others.
     */
    static TwoCounts categorical(String algorithm) {
        return algorithm.equals("random") ? new TwoCounts(6, 4) : new TwoCounts(12, 7);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("algorithms")
    void reachesTheKnownConstrainedFront(String engine, String algorithm, GenomeKind kind) {
        AlgorithmSpec base = new AlgorithmSpec(algorithm, POPULATION, null, null, null, null, parameters(engine, algorithm));
        if (kind == GenomeKind.CATEGORICAL) {
            TwoCounts p = categorical(algorithm);
            AlgorithmSpec spec = base.withOperators(OperatorSpec.of("uniform", "probability", 0.9),
                    OperatorSpec.of("reset", "genes", 1.0));
            RunResult<byte[]> r = Engines.get(engine).run(new RunSpec<>(p, spec, 5, GENERATIONS), RunListener.none());
            Set<String> found = new TreeSet<>();
            for (Individual<byte[]> ind : r.front()) {
                assertTrue(ind.feasible(), "front members must be feasible");
                found.add((int) ind.objectives()[0] + "/" + (int) ind.objectives()[1]);
            }
            Set<String> expected = new TreeSet<>();
            for (int k = 0; k <= p.cap; k++) expected.add(k + "/" + (p.n - k));
            assertEquals(expected, found);
            budget(r);
        } else {
            OnTheConstraint p = new OnTheConstraint();
            RunResult<double[]> r = Engines.get(engine).run(new RunSpec<>(p, base, 5, GENERATIONS), RunListener.none());
            double worstGap = 0, lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            for (Individual<double[]> ind : r.front()) {
                assertTrue(ind.feasible(), "front members must be feasible");
                double[] x = ind.genome();
                double[] lower = {0, 0, -1}, upper = {1, 1, 1};
                for (int i = 0; i < 3; i++) assertTrue(x[i] >= lower[i] && x[i] <= upper[i], "gene " + i + " within bounds: " + x[i]);
                worstGap = Math.max(worstGap, OnTheConstraint.gap(ind.objectives()));
                lo = Math.min(lo, ind.objectives()[0]);
                hi = Math.max(hi, ind.objectives()[0]);
            }
            System.out.printf("REAL %s %s size=%d gap=%.2e lo=%.3f hi=%.3f evals=%d gens=%d%n", engine, algorithm,
                    r.front().size(), worstGap, lo, hi, r.evaluations(), r.generations());
            assertTrue(worstGap <= 0.01, "every front member within 0.01 of the constrained front, worst " + worstGap);
            assertTrue(lo <= 0.05 && hi >= 0.95, "front spans f1 in [0.05, 0.95]: " + lo + ".." + hi);
            budget(r);
        }
    }

    /** The run spent its budget: every generation reported, evaluations within one step of population × (G + 1). */
    private static void budget(RunResult<?> r) {
        assertEquals(GENERATIONS, r.generations());
        long budget = (long) POPULATION * (GENERATIONS + 1);
        assertTrue(r.evaluations() >= budget && r.evaluations() < budget + POPULATION,
                "evaluations " + r.evaluations() + " for a budget of " + budget);
    }
}
