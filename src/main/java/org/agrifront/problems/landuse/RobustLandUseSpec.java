package org.agrifront.problems.landuse;

import java.util.List;

/**
 * A robust land-use problem file: several climate scenarios of the same cells, each given by a land-use problem
 * file ({@code "type": "landuse"}), optionally perturbed (seeded) to make synthetic scenarios.
 * <pre>{@code
 * {"type": "landuse-robust", "name": "landuse-robust", "mode": "worst", "constraintFactor": 1.0,
 *  "scenarios": [{"name": "rcp26-2042", "problem": "problems/landuse-rcp26-2042.json"}, ...],
 *  "scenarioOptima": "results/bounds/landuse-robust/scenario-optima.csv"}
 * }</pre>
 * {@code mode} is {@code worst} (default), {@code mean} or {@code regret}; {@code scenarioOptima} (the
 * {@code scenario-optima.csv} written by {@code bounds} for the same scenarios) is needed by {@code regret} only.
 * {@code constraintFactor} defaults to 1.0 (the scenario files' own factors are not used: one factor for all).
 */
public record RobustLandUseSpec(String type, String name, String description, String mode, Double constraintFactor,
                                List<Scenario> scenarios, String scenarioOptima) {

    /** One scenario: a name (a column prefix in outputs) and its land-use problem file. */
    public record Scenario(String name, String problem, Perturbation perturbation) {
    }

    /**
     * A seeded perturbation of the scenario's tables, for synthetic multi-scenario instances: every value is
     * multiplied by {@code exp(spread · z − spread²/2)}, z standard normal per cell, land use and service; the
     * reference totals stay.
     */
    public record Perturbation(Long seed, Double spread) {
    }
}
