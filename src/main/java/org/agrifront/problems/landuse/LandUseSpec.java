package org.agrifront.problems.landuse;

/**
 * A land-use problem file. Either {@code data} (a folder in the LPJ-GUESS layout, relative to the repository root)
 * or {@code synthetic} (generated on first use into {@code results/data/}) must be given.
 * <pre>{@code
 * {"type": "landuse", "name": "landuse-rcp26-2090", "data": "../shared/data/lpjguess",
 *  "scenario": {"rcp": "26", "period": "2090-2099"}, "protectedAreaCorrection": true, "constraintFactor": 1.0}
 * }</pre>
 */
public record LandUseSpec(String type, String name, String description, String data, Scenario scenario,
                          Boolean protectedAreaCorrection, Double constraintFactor, Synthetic synthetic,
                          Seeding seeding) {

    /** Which of the four climate scenarios: {@code rcp} "26" or "60", {@code period} "2033-2042" or "2090-2099". */
    public record Scenario(String rcp, String period) {
    }

    /** Hierarchical seeding settings (see {@link HierarchySettings}); every field optional. */
    public record Seeding(Double biomeFactor, Double unitFactor, String unitAlgorithm, Integer unitPopulation,
                          Integer unitGenerations, String unitCrossover, String unitMutation) {
    }

    /** Parameters of a generated instance ({@code agrifront generate landuse}). */
    public record Synthetic(Integer cells, Integer biomes, Integer units, Long seed) {
    }
}
