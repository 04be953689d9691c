package org.agrifront.problems.landuse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.agrifront.core.CategoricalGenome;
import org.agrifront.core.Individual;
import org.agrifront.core.variation.OperatorSpec;
import org.agrifront.engine.AlgorithmSpec;
import org.agrifront.engine.Engines;
import org.agrifront.engine.RunListener;
import org.agrifront.engine.RunResult;
import org.agrifront.engine.RunSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The land-use problem's own operators: unit-block and weighted-best mutation, in both engines. */
class LandUseOperatorsTest {
    @TempDir
    static Path tmp;
    static LandUseProblem problem;

    @BeforeAll
    static void instance() {
        Path dir = tmp.resolve("d");
        LandUseGenerator.generate(dir, new LandUseGenerator.Params(500, 8, 60, 77));
        problem = new LandUseProblem("ops", LandUseReader.read(dir, "26", "2090-2099", true), 1.0);
    }

    @Test
    void unitBlockMutationSetsWholeUnitsToOneLandUse() {
        LandUseData d = problem.data();
        byte[] genes = new byte[d.cells()];
        for (int c = 0; c < genes.length; c++) genes[c] = (byte) (c % d.options()); // every unit mixed
        CategoricalGenome g = CategoricalGenome.of(problem, genes.clone());
        new UnitBlockMutation(d, false, 1).mutate(g, new SplittableRandom(4));
        Set<Integer> changedUnits = new HashSet<>();
        for (int c = 0; c < genes.length; c++) if (g.get(c) != genes[c]) changedUnits.add(d.unit(c));
        assertEquals(1, changedUnits.size(), "one block changes one unit");
        int unit = changedUnits.iterator().next();
        Set<Integer> uses = new HashSet<>();
        for (int c = 0; c < genes.length; c++) if (d.unit(c) == unit) uses.add(g.get(c));
        assertEquals(1, uses.size(), "all cells of the unit take one land use");
        // Incremental totals follow the block change.
        double[] inc = new double[3], full = new double[3], v = new double[4];
        g.evaluate(problem, inc, v);
        problem.evaluate(g.genes(), full, v);
        assertArrayEquals(full, inc, 0.0);
    }

    @Test
    void weightedBestMutationPicksAParetoSensibleLandUse() {
        LandUseData d = problem.data();
        byte[] genes = new byte[d.cells()];
        CategoricalGenome g = CategoricalGenome.of(problem, genes.clone());
        new WeightedBestMutation(d, 1).mutate(g, new SplittableRandom(8));
        int changed = -1;
        for (int c = 0; c < genes.length; c++) if (g.get(c) != genes[c]) changed = c;
        if (changed < 0) return; // option 0 was already the best for the drawn weights
        int c = changed, o = g.get(c);
        // The chosen land use is not dominated in all four services by another land use of the same cell.
        for (int q = 0; q < d.options(); q++) {
            boolean dominates = true, strictly = false;
            for (LandUseData.Service s : LandUseData.Service.values()) {
                if (d.value(c, q, s) < d.value(c, o, s)) dominates = false;
                if (d.value(c, q, s) > d.value(c, o, s)) strictly = true;
            }
            assertTrue(!(dominates && strictly), "land use " + o + " of cell " + c + " is dominated by " + q);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"moea,unit-block:blocks=2", "jmetal,unit-block:blocks=2", "moea,unit-block:level=1", "jmetal,weighted-best:genes=3", "moea,weighted-best:genes=3"})
    void operatorsRunInBothEnginesReproducibly(String engine, String mutation) {
        AlgorithmSpec spec = new AlgorithmSpec("nsga2", 20, null, OperatorSpec.parse(mutation), null, LandUseProblem.SCALARIZED, null);
        RunResult<byte[]> a = Engines.get(engine).run(new RunSpec<>(problem, spec, 5, 15), RunListener.none());
        RunResult<byte[]> b = Engines.get(engine).run(new RunSpec<>(problem, spec, 5, 15), RunListener.none());
        List<Individual<byte[]>> fa = a.front(), fb = b.front();
        assertEquals(fa.size(), fb.size());
        for (int i = 0; i < fa.size(); i++) assertArrayEquals(fa.get(i).genome(), fb.get(i).genome());
        assertTrue(fa.stream().allMatch(Individual::feasible));
        RunResult<byte[]> other = Engines.get(engine).run(new RunSpec<>(problem, spec, 6, 15), RunListener.none());
        assertNotEquals(java.util.Arrays.deepToString(fa.stream().map(Individual::genome).toArray()),
                java.util.Arrays.deepToString(other.front().stream().map(Individual::genome).toArray()));
    }
}
