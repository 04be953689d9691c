package org.agrifront.engine.jmetal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.agrifront.core.Individual;
import org.agrifront.core.Problem;
import org.agrifront.core.variation.OperatorSpec;
import org.agrifront.engine.AlgorithmSpec;
import org.agrifront.engine.ConstraintHandling;
import org.agrifront.engine.Engines;
import org.agrifront.engine.GenomeKind;
import org.agrifront.engine.RunListener;
import org.agrifront.engine.RunResult;
import org.agrifront.engine.RunSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every jMetal algorithm on the two toy problems whose optimum lies on a constraint: the constrained optimum is
 * found and the front is feasible (an algorithm that ignored the constraint would lose the constrained extreme to
 * the infeasible solutions that dominate it in objectives), the evaluation budget and the generation reports follow
 * the convention, and a run on a busy second thread equals a run made alone.
 */
class JMetalAlgorithmsTest {
    static final String[] EVERYWHERE = {"nsga2", "nsga3", "moead", "spea2", "smsemoa", "ibea", "agemoea2", "pesa2",
            "mocell", "random"};

    static AlgorithmSpec categorical(String algorithm) {
        return new AlgorithmSpec(algorithm, 24, OperatorSpec.of("uniform", "probability", 0.9),
                OperatorSpec.of("reset", "genes", 1.0), null, null,
                algorithm.equals("nsga3") ? java.util.Map.of("divisions", 7.0) : null);
    }

    static <G> RunResult<G> run(Problem<G> p, AlgorithmSpec spec, long seed, int generations, List<Integer> reports) {
        RunListener<G> listener = g -> {
            if (reports != null) reports.add(g.index());
            return true;
        };
        return Engines.get("jmetal").run(new RunSpec<>(p, spec, seed, generations), listener);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nsga2", "nsga3", "moead", "spea2", "smsemoa", "ibea", "agemoea2", "pesa2", "mocell"})
    void categoricalFindsTheFrontUpToTheConstraint(String algorithm) {
        org.agrifront.engine.TwoCounts p = new org.agrifront.engine.TwoCounts(12, 7);
        List<Integer> reports = new ArrayList<>();
        RunResult<byte[]> r = run(p, categorical(algorithm), 5, 80, reports);
        Set<String> found = new TreeSet<>();
        for (Individual<byte[]> ind : r.front()) {
            assertTrue(ind.feasible(), "front members must be feasible");
            found.add((int) ind.objectives()[0] + "/" + (int) ind.objectives()[1]);
        }
        assertTrue(found.contains("7/5"), "the constrained optimum of 'twos' (on the cap) is found: " + found);
        Set<String> front = new TreeSet<>();
        for (int k = 0; k <= 7; k++) front.add(k + "/" + (12 - k));
        assertTrue(front.containsAll(found), "only true front points: " + found);
        assertTrue(found.size() >= 7, "nearly the whole front of 8 points: " + found);
        long feasible = r.population().stream().filter(Individual::feasible).count();
        assertTrue(feasible >= r.population().size() * 0.9, feasible + " of " + r.population().size() + " feasible");
        assertEquals(24L * 81, r.evaluations());
        assertEquals(80, r.generations());
        List<Integer> expected = new ArrayList<>();
        for (int g = 0; g <= 80; g++) expected.add(g);
        assertEquals(expected, reports);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nsga2", "nsga3", "moead", "spea2", "smsemoa", "ibea", "agemoea2", "pesa2", "mocell"})
    void realFindsTheFrontUpToTheConstraint(String algorithm) {
        assertRealFront(algorithm);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"gde3", "smpso", "omopso"})
    void realOnlyAlgorithmsFindTheFrontUpToTheConstraint(String algorithm) {
        assertRealFront(algorithm);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"gde3", "smpso", "omopso"})
    void realOnlyAlgorithmsRefuseCategoricalGenomes(String algorithm) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> run(new org.agrifront.engine.TwoCounts(6, 3), AlgorithmSpec.of(algorithm, 10), 1, 2, null));
        assertTrue(e.getMessage().contains("needs a real genome"), e.getMessage());
    }

    /** 3^6 = 729 genomes and 24 × 151 samples: the archive holds exactly the feasible front {(k, 6 − k): k ≤ 3}. */
    @org.junit.jupiter.api.Test
    void randomSearchKeepsTheFeasibleNondominatedSamples() {
        List<Integer> reports = new ArrayList<>();
        RunResult<byte[]> r = run(new org.agrifront.engine.TwoCounts(6, 3), categorical("random"), 5, 150, reports);
        Set<String> found = new TreeSet<>();
        for (Individual<byte[]> ind : r.population()) {
            assertTrue(ind.feasible(), "archive members must be feasible");
            found.add((int) ind.objectives()[0] + "/" + (int) ind.objectives()[1]);
        }
        assertEquals(Set.of("0/6", "1/5", "2/4", "3/3"), found);
        assertEquals(24L * 151, r.evaluations());
        assertEquals(151, reports.size());
    }

    static void assertRealFront(String algorithm) {
        ConstrainedToyProblems.CutLine p = new ConstrainedToyProblems.CutLine();
        AlgorithmSpec spec = AlgorithmSpec.of(algorithm, 24);
        if (algorithm.equals("nsga3")) spec = spec.withParameter("divisions", 23);
        List<Integer> reports = new ArrayList<>();
        RunResult<double[]> r = run(p, spec, 7, 100, reports);
        double minF1 = Double.POSITIVE_INFINITY;
        for (Individual<double[]> ind : r.front()) {
            assertTrue(ind.feasible(), "front members must be feasible: " + Arrays.toString(ind.genome()));
            double[] x = ind.genome();
            for (double v : x) assertTrue(v >= 0 && v <= 1, "within bounds: " + Arrays.toString(x));
            assertTrue(ind.objectives()[0] + ind.objectives()[1] < 1.05, "converged: " + Arrays.toString(ind.objectives()));
            minF1 = Math.min(minF1, ind.objectives()[0]);
        }
        assertTrue(minF1 < ConstrainedToyProblems.CutLine.CUT + 0.02, "reaches the constraint: min f1 " + minF1);
        assertTrue(r.front().size() >= 5, "spread: " + r.front().size());
        assertEquals(24L * 101, r.evaluations());
        assertEquals(101, reports.size());
        assertEquals(100, reports.get(reports.size() - 1));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nsga2", "nsga3", "moead", "spea2", "smsemoa", "ibea", "agemoea2", "pesa2", "mocell",
            "random", "gde3", "smpso", "omopso"})
    void concurrentRunEqualsARunMadeAlone(String algorithm) throws Exception {
        GenomeKind kind = Engines.get("jmetal").algorithms().get(algorithm).accepts(GenomeKind.CATEGORICAL)
                ? GenomeKind.CATEGORICAL : GenomeKind.REAL;
        String alone = fingerprint(algorithm, kind, 21);
        String other = fingerprint("nsga2", kind, 22);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CyclicBarrier start = new CyclicBarrier(2);
        try {
            Future<String> a = pool.submit(() -> {
                start.await();
                return fingerprint(algorithm, kind, 21);
            });
            Future<String> b = pool.submit(() -> {
                start.await();
                return fingerprint("nsga2", kind, 22);
            });
            assertEquals(alone, a.get());
            assertEquals(other, b.get());
        } finally {
            pool.shutdown();
        }
        String differentSeed = fingerprint(algorithm, kind, 23);
        assertTrue(!alone.equals(differentSeed), "a different seed gives a different run");
    }

    /** Under penalty handling the library sees no constraints; the penalised objectives must still lead to the cap. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nsga2", "nsga3", "moead", "spea2", "smsemoa", "ibea", "agemoea2", "pesa2", "mocell"})
    void penaltyHandlingAlsoStopsAtTheConstraint(String algorithm) {
        AlgorithmSpec spec = categorical(algorithm).withConstraintHandling(ConstraintHandling.PENALTY);
        RunResult<byte[]> r = run(new org.agrifront.engine.TwoCounts(12, 7), spec, 5, 60, null);
        boolean cap = false;
        for (Individual<byte[]> ind : r.front()) {
            assertTrue(ind.feasible(), "front members must be feasible");
            cap |= ind.objectives()[0] == 7 && ind.objectives()[1] == 5;
        }
        assertTrue(cap, "the constrained optimum (7, 5) is found");
    }

    /** Three objectives (counts of each option, at most 4 twos out of 9): runs to budget with a feasible front. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nsga2", "nsga3", "moead", "spea2", "smsemoa", "ibea", "agemoea2", "pesa2", "mocell",
            "random"})
    void threeObjectivesRunToBudget(String algorithm) {
        ConstrainedToyProblems.CappedCounts3 p = new ConstrainedToyProblems.CappedCounts3(9, 4);
        List<Integer> reports = new ArrayList<>();
        RunResult<byte[]> r = run(p, categorical(algorithm).withParameters(algorithm.equals("nsga3")
                ? java.util.Map.of("divisions", 4.0) : java.util.Map.of()), 3, 40, reports);
        assertEquals(24L * 41, r.evaluations());
        assertEquals(41, reports.size());
        int withFourTwos = 0;
        for (Individual<byte[]> ind : r.front()) {
            assertTrue(ind.feasible(), "front members must be feasible");
            assertEquals(9, ind.objectives()[0] + ind.objectives()[1] + ind.objectives()[2], 0, "every gene counted");
            if (ind.objectives()[2] == 4) withFourTwos++;
        }
        // PESA-II's grid pruning keeps no extremes (seed 3: 23 members, none with four 2s by generation 40)
        assertTrue(withFourTwos > 0 || algorithm.equals("random") || algorithm.equals("pesa2"), "front reaches the cap on twos");
        assertTrue(r.front().size() >= 10, "spread over the 40 feasible trade-offs: " + r.front().size());
    }

    /**
     * DE and the swarms move genes with their own operators, not the context's mutation; under repair handling the
     * repair (here: lift x0 to the cut) must still reach every evaluated solution, so nothing infeasible is ever seen.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"gde3", "smpso", "omopso"})
    void repairHandlingRepairsEveryEvaluatedSolution(String algorithm) {
        double[] smallestX0 = {Double.POSITIVE_INFINITY};
        ConstrainedToyProblems.CutLine repaired = new ConstrainedToyProblems.CutLine() {
            @Override
            public java.util.Optional<org.agrifront.core.Repair<double[]>> repair() {
                return java.util.Optional.of(x -> x[0] = Math.max(x[0], CUT));
            }

            @Override
            public void evaluate(double[] x, double[] objectives, double[] violations) {
                smallestX0[0] = Math.min(smallestX0[0], x[0]);
                super.evaluate(x, objectives, violations);
            }
        };
        AlgorithmSpec spec = AlgorithmSpec.of(algorithm, 12).withConstraintHandling(ConstraintHandling.REPAIR);
        RunResult<double[]> r = Engines.get("jmetal").run(new RunSpec<>(repaired, spec, 4, 20), RunListener.none());
        assertEquals(12L * 21, r.evaluations());
        assertTrue(smallestX0[0] >= ConstrainedToyProblems.CutLine.CUT, "smallest x0 evaluated: " + smallestX0[0]);
    }

    /** No generation after the initial population: exactly one population evaluated, one report, a result. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nsga2", "nsga3", "moead", "spea2", "smsemoa", "ibea", "agemoea2", "pesa2", "mocell",
            "random", "gde3", "smpso", "omopso"})
    void zeroGenerationsEvaluateOnlyTheInitialPopulation(String algorithm) {
        List<Integer> reports = new ArrayList<>();
        RunResult<?> r = realOnly(algorithm)
                ? run(new ConstrainedToyProblems.CutLine(), AlgorithmSpec.of(algorithm, 10), 1, 0, reports)
                : run(new org.agrifront.engine.TwoCounts(12, 7), categorical(algorithm), 1, 0, reports);
        assertEquals(List.of(0), reports);
        assertEquals(algorithm.equals("nsga3") ? 24 : realOnly(algorithm) ? 10 : 24, r.evaluations());
        assertTrue(!r.population().isEmpty() && !r.front().isEmpty());
    }

    /** A listener that answers false after generation 3 stops the run there. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nsga2", "nsga3", "moead", "spea2", "smsemoa", "ibea", "agemoea2", "pesa2", "mocell",
            "random", "gde3", "smpso", "omopso"})
    void listenerStopsTheRun(String algorithm) {
        RunListener<Object> stopAt3 = g -> g.index() < 3;
        @SuppressWarnings({"unchecked", "rawtypes"})
        RunResult<?> r = realOnly(algorithm)
                ? Engines.get("jmetal").run(new RunSpec<>(new ConstrainedToyProblems.CutLine(), AlgorithmSpec.of(algorithm, 10), 1, 50), (RunListener) stopAt3)
                : Engines.get("jmetal").run(new RunSpec<>(new org.agrifront.engine.TwoCounts(12, 7), categorical(algorithm), 1, 50), (RunListener) stopAt3);
        assertTrue(r.stoppedEarly());
        assertEquals(3, r.generations());
        assertEquals((realOnly(algorithm) ? 10L : 24L) * 4, r.evaluations());
    }

    static boolean realOnly(String algorithm) {
        return !Engines.get("jmetal").algorithms().get(algorithm).accepts(GenomeKind.CATEGORICAL);
    }

    static String fingerprint(String algorithm, GenomeKind kind, long seed) {
        List<Integer> reports = new ArrayList<>();
        RunResult<?> r = kind == GenomeKind.CATEGORICAL
                ? run(new org.agrifront.engine.TwoCounts(30, 12), categorical(algorithm), seed, 30, reports)
                : run(new ConstrainedToyProblems.CutLine(), AlgorithmSpec.of(algorithm, 20), seed, 30, reports);
        StringBuilder sb = new StringBuilder().append(r.evaluations()).append(reports);
        for (Individual<?> ind : r.population()) {
            Object g = ind.genome();
            sb.append(g instanceof byte[] b ? Arrays.toString(b) : Arrays.toString((double[]) g));
            sb.append(Arrays.toString(ind.objectives()));
        }
        return sb.toString();
    }
}
