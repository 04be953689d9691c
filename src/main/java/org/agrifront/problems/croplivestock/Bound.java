package org.agrifront.problems.croplivestock;

import java.util.List;

/**
 * The constraint groups of the crop-livestock problem, one column each in {@code front.csv}, in the paper's order
 * (Methods, "Optimizing model", constraints (1)–(8)). Each reports a dimensionless violation: the summed excess of
 * its rows over their right-hand sides divided by the group's total right-hand side (e.g. the water used beyond the
 * cells' safe boundaries as a share of all cells' safe water), so that groups in m³, t and kg weigh alike in Deb's
 * total violation. 0 means every row of the group holds.
 */
public enum Bound {
    CELL_WATER("cell_water_safe", "(1) agricultural water use in every cell <= safe boundary minus non-agricultural use"),
    CELL_GHG("cell_ghg_safe", "(1) agricultural GHG in every cell <= safe boundary (carbon sequestration) minus non-agricultural emissions"),
    CELL_N("cell_n_safe", "(1) agricultural N surplus in every cell <= safe boundary minus human waste N"),
    CELL_P("cell_p_safe", "(1) agricultural P surplus in every cell <= safe boundary minus human waste P"),
    GRAZING("grazing_biomass", "(1) biomass eaten by cattle, goats and sheep in every cell <= available above-ground biomass"),
    JUST_WATER("region_just_water", "(2) water use of every region <= its just (per-capita) share"),
    JUST_GHG("region_just_ghg", "(2) GHG emissions of every region <= its just share"),
    JUST_N("region_just_n", "(2) N surplus of every region <= its just share"),
    JUST_P("region_just_p", "(2) P surplus of every region <= its just share"),
    CROPLAND("cropland_current", "(3) crop area in every cell <= today's cultivated area"),
    BASIN_WATER("basin_water_current", "(4) agricultural water use in every exorheic basin <= today's"),
    BASIN_N("basin_n_2mgL", "(5) N surplus / basin surface water <= 2 mg/L in every basin"),
    BASIN_P("basin_p_04mgL", "(5) P surplus / basin surface water <= 0.4 mg/L in every basin"),
    PROTECTED("protected_average", "(6) mean water, GHG, N, P over protected and high-conflict cells <= today's protected-area mean"),
    OUTPUT("output_current", "(7) total economic output >= today's"),
    CHICKEN_CAP("chicken_growth_cap", "(8) chickens in every cell <= today's x (1 + maximum recent growth rate)"),
    PIG_CAP("pig_growth_cap", "(8) pigs in every cell <= today's x (1 + maximum recent growth rate)");

    public static final int COUNT = 17;
    private static final List<Bound> ALL = List.of(values());

    public final String label;
    public final String description;

    Bound(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public static List<Bound> all() {
        return ALL;
    }

    /** The per-cell safe-boundary group of pressure {@code k}. */
    static Bound cell(int k) {
        return ALL.get(CELL_WATER.ordinal() + k);
    }

    /** The regional just-boundary group of pressure {@code k}. */
    static Bound just(int k) {
        return ALL.get(JUST_WATER.ordinal() + k);
    }
}
