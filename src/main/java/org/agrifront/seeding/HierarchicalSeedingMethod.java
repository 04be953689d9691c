package org.agrifront.seeding;

import java.io.PrintStream;
import java.nio.file.Path;

import org.agrifront.core.Problem;
import org.agrifront.engine.AlgorithmSpec;
import org.agrifront.engine.Engine;
import org.agrifront.experiment.SeedingMethod;
import org.agrifront.problems.allocation.AllocationProblem;
import org.agrifront.problems.landuse.LandUseProblem;

/**
 * {@code "seeding": "hierarchical"} in a study: the biome and unit levels of {@link HierarchicalSeeding} with the
 * problem file's settings, or for an allocation problem its group levels ({@link AllocationSeeding}, default
 * settings); the study runs the cell level (with its trace) like any other run.
 */
public final class HierarchicalSeedingMethod implements SeedingMethod {
    @Override
    public String name() {
        return "hierarchical";
    }

    @Override
    public boolean supports(Problem<?> problem) {
        return problem instanceof LandUseProblem
                || problem instanceof AllocationProblem a && !a.data().groupNames().isEmpty();
    }

    @Override
    public Seeds prepare(Problem<?> problem, Engine engine, AlgorithmSpec spec, long seed, int threads, Path dir, PrintStream log) {
        if (problem instanceof AllocationProblem allocation) {
            return AllocationSeeding.prepare(engine, allocation, spec, seed, AllocationSeeding.Settings.DEFAULTS, dir, log);
        }
        if (!(problem instanceof LandUseProblem landUse)) {
            throw new IllegalArgumentException("seeding 'hierarchical' needs a land-use problem or an allocation problem with groups; "
                    + problem.name() + " is neither");
        }
        HierarchicalSeeding.Prepared p = HierarchicalSeeding.prepare(engine, landUse, spec, seed, landUse.hierarchy(), threads, dir, log);
        return new Seeds(p.cellSeeds(), HierarchicalSeeding.summary(p, landUse, null));
    }
}
