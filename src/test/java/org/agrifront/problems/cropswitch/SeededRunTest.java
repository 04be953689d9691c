package org.agrifront.problems.cropswitch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.agrifront.core.Individual;
import org.agrifront.engine.AlgorithmSpec;
import org.agrifront.engine.Engines;
import org.agrifront.engine.RunListener;
import org.agrifront.engine.RunResult;
import org.agrifront.engine.RunSpec;
import org.agrifront.exact.Bounds;
import org.agrifront.exact.BoundsOptions;
import org.agrifront.exact.BoundsResult;
import org.agrifront.exact.ExactPoint;
import org.agrifront.experiment.SolutionsFile;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** NSGA-III seeded with the LP's single-objective optima (read back from optima-solutions.csv) keeps them in its front. */
class SeededRunTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"moea", "jmetal"})
    void theFrontReachesEveryG1OptimumWithTheExtremeArchive(String engine, @TempDir Path dir) {
        CropSwitchGenerator.generate(dir.resolve("data"), new CropSwitchGenerator.Params(40, 3));
        CropSwitchProblem p = new CropSwitchProblem("g", CropSwitchReader.read(dir.resolve("data"), "CHN"));
        BoundsResult bounds = Bounds.compute(p, new BoundsOptions(10, false, 0));
        Bounds.write(dir.resolve("bounds"), p, bounds);
        List<double[]> seeds = SolutionsFile.read(dir.resolve("bounds").resolve(Bounds.OPTIMA_SOLUTIONS), p);
        assertEquals(8, seeds.size());
        AlgorithmSpec spec = new AlgorithmSpec("nsga3", 156, null, null, null, CropSwitchProblem.CURRENT,
                Map.of("extremeArchive", 1.0));
        RunResult<double[]> r = Engines.get(engine).run(new RunSpec<>(p, spec, 2, 20, new ArrayList<>(seeds)), RunListener.none());
        for (Dimension d : Dimension.values()) {
            ExactPoint lp = bounds.optima().get(d.ordinal());
            double best = Double.POSITIVE_INFINITY;
            for (Individual<double[]> ind : r.front()) {
                assertTrue(ind.feasible());
                best = Math.min(best, d.sense.toMinimization(ind.objectives()[d.ordinal()]));
            }
            double target = d.sense.toMinimization(lp.objectives()[d.ordinal()]);
            assertTrue(best <= target + 1e-9 * Math.abs(target), d + ": front " + best + " vs LP " + target);
            assertTrue(best >= target - 1e-5 * Math.abs(target), d + ": nothing beats the LP optimum beyond tolerance");
        }
    }
}
