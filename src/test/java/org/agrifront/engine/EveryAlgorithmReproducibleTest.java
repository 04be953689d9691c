package org.agrifront.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.agrifront.core.Individual;
import org.agrifront.core.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every registered algorithm of every engine draws all its randomness from the run's stream: the same seed gives
 * bit-identical fronts and populations alone and with two runs at once on two threads (which would interleave any
 * shared generator).
 */
class EveryAlgorithmReproducibleTest {

    static List<org.junit.jupiter.params.provider.Arguments> algorithms() {
        return EveryAlgorithmFindsKnownOptimumTest.algorithms();
    }

    static <G> String fingerprint(RunResult<G> r) {
        StringBuilder sb = new StringBuilder();
        for (List<Individual<G>> list : List.of(r.front(), r.population())) {
            for (Individual<G> ind : list) {
                Object g = ind.genome();
                sb.append(Arrays.toString(ind.objectives())).append(Arrays.toString(ind.violations()))
                        .append(g instanceof byte[] b ? Arrays.toString(b) : Arrays.toString((double[]) g)).append('\n');
            }
            sb.append("--\n");
        }
        return sb.append(r.evaluations()).toString();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static String run(String engine, String algorithm, GenomeKind kind, long seed) {
        Problem problem = kind == GenomeKind.CATEGORICAL ? new TwoCounts(12, 7) : new OnTheConstraint();
        AlgorithmSpec spec = new AlgorithmSpec(algorithm, 16, null, null, null, null,
                EveryAlgorithmFindsKnownOptimumTest.parameters(engine, algorithm));
        return fingerprint(Engines.get(engine).run(new RunSpec<>(problem, spec, seed, 20), RunListener.none()));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("algorithms")
    void sameSeedGivesBitIdenticalResultsOnOneAndTwoThreads(String engine, String algorithm, GenomeKind kind) throws Exception {
        String alone = run(engine, algorithm, kind, 31);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return run(engine, algorithm, kind, 31);
                }));
            }
            assertEquals(alone, futures.get(0).get());
            assertEquals(alone, futures.get(1).get());
        } finally {
            pool.shutdownNow();
        }
    }
}
