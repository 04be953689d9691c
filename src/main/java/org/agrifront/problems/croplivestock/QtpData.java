package org.agrifront.problems.croplivestock;

import java.util.List;
import java.util.Map;

/**
 * One crop-livestock instance of the Qinghai–Tibetan Plateau study, read by {@link QtpReader} or built in code
 * (tests). Per cell {@code i} (arrays indexed by cell; per-activity arrays by {@code i * 10 + activity}):
 * <ul>
 * <li>{@code region[i]}, {@code basin[i]}: indices into {@link #regions()} and {@link #basins()};</li>
 * <li>{@code protectedArea[i]}, {@code highConflict[i]}: the masks of the biodiversity constraint (paper eq. 9);</li>
 * <li>{@code cropland[i]}: total available cultivated area (ha) — crops may not expand beyond it (eq. 6);</li>
 * <li>{@code current[i * 10 + a]}: today's hectares or heads of activity {@code a};</li>
 * <li>{@code safe[k][i]}: the cell's safe boundary of pressure {@code k} (eq. 3), in the pressure's unit;</li>
 * </ul>
 * per activity: {@code maxGrowth[a]} (largest allowed relative increase per cell; chickens and pigs, eq. 11; NaN
 * for the others); the regions with their just boundaries (eq. 5), the basins with their runoff (eqs. 7–8), and
 * the nominal {@link Coefficients}. Arrays are not copied: do not modify them.
 */
public record QtpData(Grid grid, int[] region, int[] basin, boolean[] protectedArea, boolean[] highConflict,
                      double[] cropland, double[] current, double[][] safe, double[] maxGrowth,
                      List<Region> regions, List<Basin> basins, Coefficients nominal, Map<String, Object> provenance) {

    /** A region of the just boundaries: population and per-pressure allowance (just_k of eq. 5). */
    public record Region(int id, String name, double population, double[] just) {
    }

    /**
     * A river basin: {@code exorheic} basins (the paper's seven: Yellow, Tarim, Yangtze, Ganges-Brahmaputra, Mekong,
     * Salween, Indus) may not use more water than today (eq. 7); every basin must keep N and P concentrations within
     * the surface-water standard (eq. 8).
     */
    public record Basin(int id, String name, boolean exorheic) {
    }

    public QtpData {
        int n = grid.cells();
        check(region.length == n && basin.length == n && protectedArea.length == n && highConflict.length == n
                && cropland.length == n && current.length == n * Activity.COUNT, "per-cell arrays must have one entry per cell");
        check(safe.length == Quantity.PRESSURES, "safe needs the four pressures");
        for (double[] s : safe) check(s.length == n, "safe arrays need one entry per cell");
        check(maxGrowth.length == Activity.COUNT, "maxGrowth needs 10 activities");
        check(nominal.cells() == n, "coefficients must cover every cell");
        check(nominal.runoff().length == basins.size(), "one runoff per basin");
        for (int i = 0; i < n; i++) {
            check(region[i] >= 0 && region[i] < regions.size(), "cell " + i + ": region index out of range");
            check(basin[i] >= 0 && basin[i] < basins.size(), "cell " + i + ": basin index out of range");
        }
        for (Activity a : Activity.all()) {
            if (a.kind == Activity.Kind.CAPPED) {
                check(maxGrowth[a.ordinal()] >= 0, a.label + " needs a maximum growth rate >= 0");
            }
            if (a.kind == Activity.Kind.GRAZER) {
                check(nominal.biomassPerHead()[a.ordinal()] > 0, a.label + " needs biomass per head > 0");
            }
        }
        provenance = provenance == null ? Map.of() : provenance;
    }

    private static void check(boolean ok, String message) {
        if (!ok) throw new IllegalArgumentException(message);
    }

    public int cells() {
        return grid.cells();
    }

    /** Today's level of activity {@code a} in cell {@code i}. */
    public double current(int i, Activity a) {
        return current[i * Activity.COUNT + a.ordinal()];
    }

    /** True when cell {@code i} is under the biodiversity constraint (protected or high human–wildlife conflict). */
    public boolean masked(int i) {
        return protectedArea[i] || highConflict[i];
    }
}
