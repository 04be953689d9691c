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
 * <p>
 * What every algorithm must show, at 24 × 101 evaluations: only feasible, exact front points (categorical) or feasible
 * points within bounds (real); the optimum on the constraint reached (the categorical point at the cap; a real point
 * within 1e-3 of the constrained front); the whole budget spent. How much of each front every algorithm covers is
 * measured, not asserted, and recorded in docs/algorithms.md: at this budget some (SMS-EMOA, AGE-MOEA-II, RVEA)
 * cover only part of it.
 */
class EveryAlgorithmFindsKnownOptimumTest {
    static final int POPULATION = 24;
    static final int GENERATIONS = 100;

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
        // The search is judged, not the archive's truncation: keep every non-dominated point it evaluated.
        p.put("archive", 10_000.0);
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
            System.out.printf("CAT %s %s found %d of %d: %s%n", engine, algorithm, found.size(), expected.size(), found);
            if (algorithm.equals("rvea")) {
                // Measured shortfall, see docs/algorithms.md: RVEA keeps at most one member per reference vector and
                // its angle penalty grows to full weight by the last generation, so at this budget its members still
                // carry wasted genes. It must still reach the constraint: some member with exactly `cap` twos.
                assertTrue(found.stream().anyMatch(f -> f.startsWith(p.cap + "/")), "a point at the cap, found " + found);
            } else {
                assertTrue(expected.containsAll(found), "only Pareto-optimal points, found " + found);
                assertTrue(found.contains(p.cap + "/" + (p.n - p.cap)), "the optimum at the cap, found " + found);
            }
            budget(r);
        } else {
            OnTheConstraint p = new OnTheConstraint();
            RunResult<double[]> r = Engines.get(engine).run(new RunSpec<>(p, base, 5, GENERATIONS), RunListener.none());
            double worstGap = 0, bestGap = Double.POSITIVE_INFINITY, lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            for (Individual<double[]> ind : r.front()) {
                assertTrue(ind.feasible(), "front members must be feasible");
                double[] x = ind.genome();
                double[] lower = {0, 0, -1}, upper = {1, 1, 1};
                for (int i = 0; i < 3; i++) assertTrue(x[i] >= lower[i] && x[i] <= upper[i], "gene " + i + " within bounds: " + x[i]);
                worstGap = Math.max(worstGap, OnTheConstraint.gap(ind.objectives()));
                bestGap = Math.min(bestGap, OnTheConstraint.gap(ind.objectives()));
                lo = Math.min(lo, ind.objectives()[0]);
                hi = Math.max(hi, ind.objectives()[0]);
            }
            System.out.printf("REAL %s %s size=%d best=%.1e worst=%.2e lo=%.3f hi=%.3f evals=%d gens=%d%n", engine, algorithm,
                    r.front().size(), bestGap, worstGap, lo, hi, r.evaluations(), r.generations());
            assertTrue(bestGap >= -1e-12, "nothing beyond the constrained front (feasible points cannot be)");
            // Random search and CMA-ES (a single search distribution for the whole front) get 1e-2, measured 5.6e-3
            // and 3.4e-3; everything else reaches 1e-3 (measured 1e-13 .. 6.5e-4).
            // jMetal's PESA-II keeps one member per occupied grid box, so its best member sits up to a box's width off
            // the front: measured 1.1e-3, given 2e-3.
            double tolerance = algorithm.equals("random") || algorithm.equals("cmaes") ? 1e-2
                    : algorithm.equals("pesa2") ? 2e-3 : 1e-3;
            assertTrue(bestGap <= tolerance, "a point within " + tolerance + " of the constrained front, best " + bestGap);
            budget(r);
        }
    }

    /**
     * The run spent its budget: every generation reported, evaluations at least population × (G + 1) and past it by
     * less than one step (epsilon-NSGA-II's restart steps inject up to population / injectionRate solutions at once).
     */
    private static void budget(RunResult<?> r) {
        assertEquals(GENERATIONS, r.generations());
        long budget = (long) POPULATION * (GENERATIONS + 1);
        assertTrue(r.evaluations() >= budget && r.evaluations() < budget + 5L * POPULATION,
                "evaluations " + r.evaluations() + " for a budget of " + budget);
    }
}
