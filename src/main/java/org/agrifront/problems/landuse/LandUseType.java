package org.agrifront.problems.landuse;

import java.nio.file.Path;

import org.agrifront.core.Problem;
import org.agrifront.io.Json;
import org.agrifront.problems.ProblemSource;
import org.agrifront.problems.ProblemType;
import org.agrifront.problems.Problems;
import org.agrifront.problems.SyntheticInstances;

/** Reads {@code "type": "landuse"} problem files. */
public final class LandUseType implements ProblemType {

    @Override
    public String type() {
        return "landuse";
    }

    @Override
    public String description() {
        return "global land-use allocation (Bayer et al. 2023): one of 10 land uses per cell, LPJ-GUESS data or synthetic";
    }

    @Override
    public Problem<?> load(ProblemSource source) {
        return loadLandUse(source);
    }

    /** Loads the problem with its concrete type (for land-use-specific commands such as seeding and bounds). */
    public static LandUseProblem loadLandUse(ProblemSource source) {
        Path file = source.file();
        LandUseSpec spec = Json.read(file, LandUseSpec.class);
        LandUseSpec.Scenario scenario = Json.require(file, "$.scenario", spec.scenario());
        String rcp = Json.require(file, "$.scenario.rcp", scenario.rcp());
        String period = Json.require(file, "$.scenario.period", scenario.period());
        double factor = spec.constraintFactor() == null ? 1.0 : spec.constraintFactor();
        if (!(factor > 0 && factor <= 10)) {
            throw Json.invalid(file, "$.constraintFactor", "expected a number in (0, 10], found " + factor);
        }
        boolean corrected = spec.protectedAreaCorrection() == null || spec.protectedAreaCorrection();
        Path dataDir = source.dataFolder(spec.data(), spec.synthetic(), () -> synthetic(source, spec.synthetic()),
                "get the LPJ-GUESS tables (see README, 'Real data') or pass --data DIR");
        LandUseData data = LandUseReader.read(dataDir, rcp, period, corrected);
        String name = spec.name() != null ? spec.name() : Problems.defaultName(file);
        HierarchySettings hierarchy;
        try {
            hierarchy = HierarchySettings.from(spec.seeding());
        } catch (IllegalArgumentException e) {
            throw Json.invalid(file, "$.seeding", e.getMessage());
        }
        try {
            return new LandUseProblem(name, data, factor, hierarchy);
        } catch (ArithmeticException e) {
            // reference x factor beyond fixed point: name the factor, the one value the file adds to the data
            throw Json.invalid(file, "$.constraintFactor", "constraint factor " + factor + " times the reference totals is too large: " + e.getMessage());
        }
    }

    /** The cached synthetic instance for {@code s}, generated on first use (atomically, safe across threads). */
    static Path synthetic(ProblemSource source, LandUseSpec.Synthetic s) {
        Path file = source.file();
        LandUseGenerator.Params params;
        try {
            params = new LandUseGenerator.Params(Json.require(file, "$.synthetic.cells", s.cells()),
                    s.biomes() == null ? 8 : s.biomes(), Json.require(file, "$.synthetic.units", s.units()),
                    s.seed() == null ? 1L : s.seed());
        } catch (IllegalArgumentException e) {
            throw Json.invalid(file, "$.synthetic", e.getMessage());
        }
        return SyntheticInstances.cached(source, params.folderName(), dir -> LandUseGenerator.generate(dir, params));
    }
}
