package org.agrifront.problems.croplivestock;

/**
 * The per-unit quantities of an activity: the four pressures of the paper (water resource use, GHG emissions,
 * N and P surplus to surface water) and the economic output. GHG is in CO2 equivalents with the paper's 100-year
 * GWPs (CH4 × 25, N2O × 298; Methods). The first {@link #PRESSURES} constants are the pressures.
 */
public enum Quantity {
    WATER("water", "m3", "water_m3"),
    GHG("ghg", "t CO2eq", "ghg_t"),
    N("n_surplus", "kg N", "n_kg"),
    P("p_surplus", "kg P", "p_kg"),
    OUTPUT("output", "yuan", "output_yuan");

    /** Number of pressures (water, GHG, N, P). */
    public static final int PRESSURES = 4;
    public static final int COUNT = 5;

    public final String label;
    public final String unit;
    /** Column name in {@code coefficients.csv} and {@code regions.csv} (with a {@code just_} prefix). */
    public final String column;

    Quantity(String label, String unit, String column) {
        this.label = label;
        this.unit = unit;
        this.column = column;
    }

    /** Short name used in raster file names ({@code safe_water.tif}, {@code human_n.tif}). */
    public String fileKey() {
        return switch (this) {
            case WATER -> "water";
            case GHG -> "ghg";
            case N -> "n";
            case P -> "p";
            case OUTPUT -> "output";
        };
    }

    public static Quantity pressure(int k) {
        return values()[k];
    }
}
