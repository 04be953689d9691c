package org.agrifront.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.agrifront.core.Constraint;
import org.agrifront.core.Encoding;
import org.agrifront.core.Individual;
import org.agrifront.core.Objective;
import org.agrifront.core.Problem;
import org.agrifront.core.RealEncoding;
import org.agrifront.core.Repair;
import org.agrifront.core.variation.AdaptiveMutation;
import org.agrifront.core.variation.Mutation;
import org.agrifront.core.variation.OperatorSpec;
import org.agrifront.problems.ProblemSource;
import org.agrifront.problems.manure.ManureProblem;
import org.agrifront.problems.manure.ManureType;
import org.junit.jupiter.api.Test;

/** The adaptive mutation gets every generation's population in both engines, and runs stay determined by the seed. */
class AdaptiveMutationInBothEnginesTest {

    /** The manure problem, but handing out a mutation that records what the engine reports. */
    private static final class Recording implements Problem<double[]> {
        final ManureProblem inner;
        final List<Integer> generations = new ArrayList<>();
        final List<Double> rates = new ArrayList<>();

        Recording(ManureProblem inner) {
            this.inner = inner;
        }

        public String name() { return inner.name(); }
        public Encoding<double[]> encoding() { return inner.encoding(); }
        public List<Objective> objectives() { return inner.objectives(); }
        public List<Constraint> constraints() { return inner.constraints(); }
        public void evaluate(double[] g, double[] o, double[] v) { inner.evaluate(g, o, v); }
        public Optional<Repair<double[]>> repair() { return inner.repair(); }

        @Override
        public Optional<Mutation<?>> mutation(OperatorSpec spec) {
            AdaptiveMutation m = AdaptiveMutation.of((RealEncoding) inner.encoding(), spec);
            return Optional.of(new RecordingMutation(m));
        }

        final class RecordingMutation implements Mutation<double[]>, org.agrifront.core.variation.GenerationAware {
            final AdaptiveMutation m;

            RecordingMutation(AdaptiveMutation m) {
                this.m = m;
            }

            public void mutate(double[] g, java.util.random.RandomGenerator rng) { m.mutate(g, rng); }

            public void onGeneration(int generation, double[][] f, double[] v) {
                m.onGeneration(generation, f, v);
                generations.add(generation);
                rates.add(m.rate());
            }
        }
    }

    private static List<Individual<double[]>> run(String engine, Recording p, long seed) {
        AlgorithmSpec a = new AlgorithmSpec("nsga2", 30, OperatorSpec.of("uniform"), OperatorSpec.of("adaptive"),
                ConstraintHandling.DOMINANCE, null, null);
        return Engines.get(engine).run(new RunSpec<>(p, a, seed, 25), null).front();
    }

    @Test
    void bothEnginesReportEveryGenerationAndTheRateAdapts() {
        ManureProblem problem = ManureType.loadManure(ProblemSource.of(Path.of("problems/manure-china-2020.json"), null));
        for (String engine : List.of("moea", "jmetal")) {
            Recording a = new Recording(problem), b = new Recording(problem);
            List<Individual<double[]>> fa = run(engine, a, 5), fb = run(engine, b, 5);
            List<Integer> expected = new ArrayList<>();
            for (int g = 0; g <= 25; g++) expected.add(g);
            assertEquals(expected, a.generations, engine);
            assertTrue(a.rates.stream().distinct().count() > 2, engine + ": the rate never moved: " + a.rates);
            assertEquals(a.rates, b.rates, engine + ": same seed, same rate trajectory");
            assertEquals(fa.size(), fb.size());
            for (int i = 0; i < fa.size(); i++) {
                assertEquals(java.util.Arrays.toString(fa.get(i).genome()), java.util.Arrays.toString(fb.get(i).genome()), engine);
            }
        }
    }
}
