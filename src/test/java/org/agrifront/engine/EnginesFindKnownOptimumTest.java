package org.agrifront.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;

import org.agrifront.core.Individual;
import org.agrifront.core.variation.OperatorSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnginesFindKnownOptimumTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"moea,nsga2", "moea,nsga3", "jmetal,nsga2", "jmetal,nsga3"})
    void findsTheWholeHandComputedFront(String engine, String algorithm) {
        TwoCounts p = new TwoCounts(12, 7);
        AlgorithmSpec spec = new AlgorithmSpec(algorithm, 24, OperatorSpec.of("uniform", "probability", 0.9),
                OperatorSpec.of("reset", "genes", 1.0), null, null,
                algorithm.equals("nsga3") ? java.util.Map.of("divisions", 7.0) : null);
        RunResult<byte[]> r = Engines.get(engine).run(new RunSpec<>(p, spec, 5, 150), RunListener.none());
        Set<String> found = new TreeSet<>();
        for (Individual<byte[]> ind : r.front()) {
            assertTrue(ind.feasible(), "front members must be feasible");
            found.add((int) ind.objectives()[0] + "/" + (int) ind.objectives()[1]);
        }
        Set<String> expected = new TreeSet<>();
        for (int k = 0; k <= 7; k++) expected.add(k + "/" + (12 - k));
        assertEquals(expected, found);
        assertEquals(150, r.generations());
        assertEquals(24L * 151, r.evaluations());
    }

    /**
     * Regression: jMetal 6.6's NSGA-III normalises with untranslated objectives, so with maximised (negated)
     * objectives half the population piled onto one end of the front and inner points were lost. With 8 reference
     * directions on the 8 front points and 24 members, NSGA-III's niching keeps 3 members on every point.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"moea", "jmetal"})
    void nsga3SpreadsThePopulationEvenlyOverTheReferenceDirections(String engine) {
        TwoCounts p = new TwoCounts(12, 7);
        AlgorithmSpec spec = new AlgorithmSpec("nsga3", 24, OperatorSpec.of("uniform", "probability", 0.9),
                OperatorSpec.of("reset", "genes", 1.0), null, null, java.util.Map.of("divisions", 7.0));
        RunResult<byte[]> r = Engines.get(engine).run(new RunSpec<>(p, spec, 3, 150), RunListener.none());
        java.util.Map<Integer, Integer> perPoint = new java.util.TreeMap<>();
        for (Individual<byte[]> ind : r.population()) perPoint.merge((int) ind.objectives()[0], 1, Integer::sum);
        for (int k = 0; k <= 7; k++) assertEquals(3, perPoint.getOrDefault(k, 0), "members on front point " + k);
    }
}
