package org.agrifront.problems.landuse;

import java.nio.file.Path;

import org.agrifront.core.Individual;
import org.agrifront.core.Problem;
import org.agrifront.engine.AlgorithmSpec;
import org.agrifront.engine.Engines;
import org.agrifront.engine.RunListener;
import org.agrifront.engine.RunResult;
import org.agrifront.engine.RunSpec;

/** A short neutral run with the problem's default operators, loaded by {@link NeutralSearchTest}'s restricted loader. */
public final class NeutralRunProbe {
    private NeutralRunProbe() {
    }

    /** True when every member of the last population is feasible. */
    public static boolean run(Path dir) {
        LandUseGenerator.generate(dir, new LandUseGenerator.Params(500, 8, 60, 31));
        LandUseProblem problem = new LandUseProblem("probe", LandUseReader.read(dir, "26", "2090-2099", true), 1.0);
        AlgorithmSpec spec = new AlgorithmSpec("nsga2", 20, null, null, null, Problem.NEUTRAL, null);
        RunResult<byte[]> r = Engines.get("moea").run(new RunSpec<>(problem, spec, 2, 5), RunListener.none());
        return r.population().stream().allMatch(Individual::feasible);
    }
}
