package org.agrifront.problems.landuse;

/**
 * Settings of the paper's hierarchical seeding (biome → unit → cell), from the problem file's {@code seeding} object
 * or {@code run} flags. {@code biomeFactor}: constraint factor of the exhaustive biome level; {@code unitFactor}:
 * relaxed factor of the unit level (the paper says 0.95, its reference code uses 0.98); the unit level's algorithm,
 * population, generations and operators (null = the encoding's defaults). The cell level uses the run's own
 * settings and the problem's {@code constraintFactor}.
 * <pre>{@code
 * "seeding": {"biomeFactor": 1.0, "unitFactor": 0.98, "unitAlgorithm": "nsga2", "unitPopulation": 100,
 *             "unitGenerations": 500, "unitCrossover": "uniform", "unitMutation": "reset:genes=2"}
 * }</pre>
 */
public record HierarchySettings(double biomeFactor, double unitFactor, String unitAlgorithm, int unitPopulation,
                                int unitGenerations, String unitCrossover, String unitMutation) {
    public static final HierarchySettings DEFAULTS = new HierarchySettings(1.0, 0.98, "nsga2", 100, 500, null, null);

    public HierarchySettings {
        if (!(biomeFactor > 0 && biomeFactor <= 10)) throw new IllegalArgumentException("biomeFactor: expected a number in (0, 10], found " + biomeFactor);
        if (!(unitFactor > 0 && unitFactor <= 10)) throw new IllegalArgumentException("unitFactor: expected a number in (0, 10], found " + unitFactor);
        if (unitPopulation < 4) throw new IllegalArgumentException("unitPopulation: expected >= 4, found " + unitPopulation);
        if (unitGenerations < 0) throw new IllegalArgumentException("unitGenerations: expected >= 0, found " + unitGenerations);
        if (unitAlgorithm == null || unitAlgorithm.isBlank()) throw new IllegalArgumentException("unitAlgorithm: expected nsga2 or nsga3");
    }

    public HierarchySettings withBiomeFactor(double v) {
        return new HierarchySettings(v, unitFactor, unitAlgorithm, unitPopulation, unitGenerations, unitCrossover, unitMutation);
    }

    public HierarchySettings withUnitFactor(double v) {
        return new HierarchySettings(biomeFactor, v, unitAlgorithm, unitPopulation, unitGenerations, unitCrossover, unitMutation);
    }

    public HierarchySettings withUnitGenerations(int v) {
        return new HierarchySettings(biomeFactor, unitFactor, unitAlgorithm, unitPopulation, v, unitCrossover, unitMutation);
    }

    public HierarchySettings withUnitPopulation(int v) {
        return new HierarchySettings(biomeFactor, unitFactor, unitAlgorithm, v, unitGenerations, unitCrossover, unitMutation);
    }

    /** Merges the file's (possibly partial) object over the defaults. */
    static HierarchySettings from(LandUseSpec.Seeding s) {
        if (s == null) return DEFAULTS;
        HierarchySettings d = DEFAULTS;
        return new HierarchySettings(s.biomeFactor() != null ? s.biomeFactor() : d.biomeFactor,
                s.unitFactor() != null ? s.unitFactor() : d.unitFactor,
                s.unitAlgorithm() != null ? s.unitAlgorithm() : d.unitAlgorithm,
                s.unitPopulation() != null ? s.unitPopulation() : d.unitPopulation,
                s.unitGenerations() != null ? s.unitGenerations() : d.unitGenerations,
                s.unitCrossover(), s.unitMutation());
    }
}
