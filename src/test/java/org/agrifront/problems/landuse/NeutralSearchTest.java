package org.agrifront.problems.landuse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.agrifront.core.CategoricalGenome;
import org.agrifront.core.Individual;
import org.agrifront.core.Problem;
import org.agrifront.core.variation.OperatorSpec;
import org.agrifront.core.variation.Operators;
import org.agrifront.engine.AlgorithmSpec;
import org.agrifront.engine.Engines;
import org.agrifront.engine.RunListener;
import org.agrifront.engine.RunResult;
import org.agrifront.engine.RunSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The neutral start and the exchange mutation: feasible, free of exact models, improving, reproducible. */
class NeutralSearchTest {
    @TempDir
    static Path tmp;
    static LandUseProblem synthetic;

    @BeforeAll
    static void instance() {
        Path dir = tmp.resolve("synthetic");
        // the instance of problems/landuse-synthetic.json
        LandUseGenerator.generate(dir, new LandUseGenerator.Params(2000, 8, 150, 2023));
        synthetic = new LandUseProblem("synthetic", LandUseReader.read(dir, "26", "2090-2099", true), 1.0);
    }

    static boolean feasible(Problem<byte[]> p, byte[] genes) {
        double[] f = new double[p.numberOfObjectives()], v = new double[p.numberOfConstraints()];
        p.evaluate(genes, f, v);
        return Arrays.stream(v).allMatch(x -> x == 0);
    }

    @Test
    void neutralIsTheDefaultStartAndOnlyScalarizedIsInformed() {
        assertEquals(Problem.NEUTRAL, synthetic.defaultInitialization());
        assertTrue(synthetic.initializations().containsAll(List.of("random", Problem.NEUTRAL, LandUseProblem.SCALARIZED)));
        assertTrue(synthetic.isInformed(LandUseProblem.SCALARIZED));
        assertFalse(synthetic.isInformed(Problem.NEUTRAL));
        assertFalse(synthetic.isInformed("random"));
        assertEquals("exchange", synthetic.defaultMutation().orElseThrow().name());
    }

    @Test
    void neutralStartIsFeasibleAndVaried() {
        SplittableRandom rng = new SplittableRandom(3);
        List<byte[]> starts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            byte[] g = synthetic.initialGenome(Problem.NEUTRAL, i, 20, rng);
            assertTrue(feasible(synthetic, g), "neutral member " + i + " is feasible");
            starts.add(g);
        }
        assertFalse(Arrays.equals(starts.get(0), starts.get(1)), "members differ");
        // A random allocation of this instance is infeasible: the repair did the work.
        assertFalse(feasible(synthetic, synthetic.initialGenome("random", 0, 1, new SplittableRandom(3))));
    }

    /**
     * Three cells, land use 0 (nature: carbon 10, crop 0) or 1 (crop: carbon 0, 9, 9; crop 10, 1, 1); runoff and
     * forage equal under both, carbon must stay at 19. The crop optimum is cell 0 cropped and one of cells 1, 2
     * cropped: crop 11. From (nature, crop, crop), crop 2, no single change that keeps carbon at 19 gains crop; only
     * the exchange (crop cell 0, give cell 1 or 2 back to nature) does.
     */
    static LandUseProblem exchangeInstance() {
        double[][][] v = new double[4][3][2];
        double[][] carbon = {{10, 0}, {10, 9}, {10, 9}}, crop = {{0, 10}, {0, 1}, {0, 1}};
        for (int c = 0; c < 3; c++) {
            v[0][c] = carbon[c];
            v[1][c] = crop[c];
            v[2][c] = new double[] {1, 1};
            v[3][c] = new double[] {1, 1};
        }
        LandUseData d = TinyLandUse.of(v, new double[] {19, 1, 3, 3}, new int[] {1, 1, 1}, new int[] {1, 1, 1});
        return new LandUseProblem("exchange", d, 1.0);
    }

    @Test
    void exchangeReachesTheCropOptimumThatSingleChangesCannot() {
        LandUseProblem p = exchangeInstance();
        ExchangeMutation m = (ExchangeMutation) Operators.mutation(p, OperatorSpec.of("exchange", "moves", 5));
        CategoricalGenome g = CategoricalGenome.of(p, new byte[] {0, 1, 1});
        m.apply(g, new double[] {0, 1, 0}, false, false, new SplittableRandom(1));
        double[] f = new double[3], v = new double[4];
        g.evaluate(p, f, v);
        assertEquals(11.0, f[1], 1e-9, "crop optimum");
        assertEquals(19.0, f[0], 1e-9, "carbon at its target");
        assertEquals(1, g.get(0));
        assertEquals(1, g.get(1) + g.get(2));
        // Greedy slack spending alone stays at crop 2.
        byte[] greedy = {0, 1, 1};
        p.improveFor(greedy, 1);
        assertArrayEquals(new byte[] {0, 1, 1}, greedy);
    }

    @Test
    void sweepAloneReachesTheCropOptimum() {
        LandUseProblem p = exchangeInstance();
        ExchangeMutation m = (ExchangeMutation) Operators.mutation(p, OperatorSpec.parse("exchange:moves=0,sweep=1"));
        CategoricalGenome g = CategoricalGenome.of(p, new byte[] {0, 1, 1});
        m.apply(g, new double[] {0, 1, 0}, false, true, new SplittableRandom(1));
        // the best gainer (cell 0) paired with the givers in order of carbon per crop lost (equal: the later cell first)
        assertArrayEquals(new byte[] {1, 1, 0}, g.genes().clone());
        // moves=0 and no sweep: nothing changes
        CategoricalGenome h = CategoricalGenome.of(p, new byte[] {0, 1, 1});
        m.apply(h, new double[] {0, 1, 0}, false, false, new SplittableRandom(1));
        assertArrayEquals(new byte[] {0, 1, 1}, h.genes().clone());
    }

    @Test
    void dominatingExchangeNeverLowersAnObjective() {
        LandUseProblem p = exchangeInstance();
        ExchangeMutation m = (ExchangeMutation) Operators.mutation(p, OperatorSpec.of("exchange", "moves", 5));
        // (nature, nature, crop): carbon 29, crop 1. Cropping cell 0 would cost carbon, so a dominating step may not.
        CategoricalGenome g = CategoricalGenome.of(p, new byte[] {0, 0, 1});
        m.apply(g, new double[] {0, 1, 0}, true, false, new SplittableRandom(1));
        assertArrayEquals(new byte[] {0, 0, 1}, g.genes().clone());
        m.apply(g, new double[] {0, 1, 0}, false, false, new SplittableRandom(1));
        double[] f = new double[3], v = new double[4];
        g.evaluate(p, f, v);
        assertEquals(11.0, f[1], 1e-9, "a trading step may");
    }

    @Test
    void exchangeKeepsChildrenFeasibleAndRepairsInfeasibleOnes() {
        Operators.mutation(synthetic, OperatorSpec.of("exchange"));
        ExchangeMutation m = (ExchangeMutation) Operators.mutation(synthetic, synthetic.defaultMutation().orElseThrow());
        SplittableRandom rng = new SplittableRandom(11);
        double[] f = new double[3], v = new double[4], full = new double[3];
        byte[] start = synthetic.initialGenome(Problem.NEUTRAL, 0, 1, rng);
        CategoricalGenome g = CategoricalGenome.of(synthetic, start.clone());
        g.evaluate(synthetic, f, v);
        double weighted = f[0] + f[1] + f[2];
        for (int i = 0; i < 200; i++) {
            m.mutate(g, rng);
            g.evaluate(synthetic, f, v);
            assertTrue(Arrays.stream(v).allMatch(x -> x == 0), "child " + i + " feasible");
            synthetic.evaluate(g.genes(), full, v);
            assertArrayEquals(full, f, 0.0, "incremental totals follow every change");
        }
        assertNotEquals(weighted, f[0] + f[1] + f[2]);
        // An infeasible genome (random allocation) comes out feasible.
        CategoricalGenome r = CategoricalGenome.of(synthetic, synthetic.initialGenome("random", 0, 1, rng));
        m.mutate(r, rng);
        r.evaluate(synthetic, f, v);
        assertTrue(Arrays.stream(v).allMatch(x -> x == 0), "repaired");
    }

    @ParameterizedTest
    @ValueSource(strings = {"moea", "jmetal"})
    void defaultNeutralRunsAreFeasibleAndReproducible(String engine) {
        AlgorithmSpec spec = new AlgorithmSpec("nsga2", 20, null, null, null, Problem.NEUTRAL, null);
        RunResult<byte[]> a = Engines.get(engine).run(new RunSpec<>(synthetic, spec, 5, 10), RunListener.none());
        RunResult<byte[]> b = Engines.get(engine).run(new RunSpec<>(synthetic, spec, 5, 10), RunListener.none());
        assertTrue(a.population().stream().allMatch(Individual::feasible), "every member feasible");
        assertEquals(a.population().size(), b.population().size());
        for (int i = 0; i < a.population().size(); i++) {
            assertArrayEquals(a.population().get(i).genome(), b.population().get(i).genome());
        }
        RunResult<byte[]> c = Engines.get(engine).run(new RunSpec<>(synthetic, spec, 6, 10), RunListener.none());
        assertFalse(Arrays.equals(a.population().get(0).genome(), c.population().get(0).genome())
                && Arrays.equals(a.population().get(1).genome(), c.population().get(1).genome()));
    }

    /**
     * The neutral start and the default operators (sweeps included), in a class loader in which the exact models and
     * the LP library do not exist: nothing of a neutral run may need them.
     */
    @Test
    void neutralRunNeedsNoExactModel() throws Exception {
        URL main = LandUseProblem.class.getProtectionDomain().getCodeSource().getLocation();
        URL test = NeutralSearchTest.class.getProtectionDomain().getCodeSource().getLocation();
        try (NoExactLoader loader = new NoExactLoader(new URL[] {main, test}, NeutralSearchTest.class.getClassLoader())) {
            Class<?> probe = loader.loadClass(NeutralRunProbe.class.getName());
            assertEquals(loader, probe.getClassLoader(), "the probe runs inside the restricted loader");
            Object feasible = probe.getMethod("run", Path.class).invoke(null, tmp.resolve("probe"));
            assertEquals(Boolean.TRUE, feasible);
            assertEquals(List.of(), loader.refused, "classes a neutral run tried to load");
        }
    }

    /** Loads Agrifront classes itself, refuses the exact package and OR-Tools, delegates the rest. */
    static final class NoExactLoader extends URLClassLoader {
        final List<String> refused = new ArrayList<>();

        NoExactLoader(URL[] urls, ClassLoader parent) {
            super(urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                if (name.startsWith("org.agrifront.exact.") || name.startsWith("com.google.ortools.")) {
                    refused.add(name);
                    throw new ClassNotFoundException(name + " is not reachable in a neutral run");
                }
                if (!name.startsWith("org.agrifront.")) return super.loadClass(name, resolve);
                Class<?> c = findLoadedClass(name);
                if (c == null) c = findClass(name);
                if (resolve) resolveClass(c);
                return c;
            }
        }
    }
}
