package org.agrifront.problems.croplivestock;

import java.util.List;
import java.util.Map;

/**
 * An instance in its file form, before cross-checking ({@link QtpAssembler}): the raster layers (one GeoTIFF each)
 * and the four CSV tables. {@link QtpGenerator} builds one, {@link QtpFiles} writes and reads one.
 *
 * @param layers     raster layers by name (file {@code <name>.tif}), see {@link QtpFiles#LAYERS}
 * @param activities per activity: biomass eaten per head (t DM/yr), conflict weight (livestock units), max growth
 * @param coefficients per region and activity: water, GHG, N, P, output per ha or head (by {@link Quantity})
 * @param regions    regions with population and just boundaries
 * @param basins     basins with exorheic flag and natural runoff (m³/yr)
 */
public record QtpTables(Layers layers, List<ActivityRow> activities, List<CoefficientRow> coefficients,
                        List<RegionRow> regions, List<BasinRow> basins) {

    /** Same-sized raster layers with one georeferencing. {@code values[row * width + col]}, NaN = no data. */
    public record Layers(int width, int height, double originX, double originY, double pixelX, double pixelY, String crs,
                         Map<String, double[]> byName) {
        public double[] get(String name) {
            return byName.get(name);
        }
    }

    /** A row of {@code activities.csv}; {@code line} is its line in the file (0 when built in code). */
    public record ActivityRow(Activity activity, double biomassPerHead, double conflictWeight, double maxGrowth, int line) {
    }

    /** A row of {@code coefficients.csv}: per-unit values of one activity in one region, by {@link Quantity}. */
    public record CoefficientRow(int region, Activity activity, double[] perUnit, int line) {
    }

    /** A row of {@code regions.csv}. */
    public record RegionRow(int id, String name, double population, double[] just, int line) {
    }

    /** A row of {@code basins.csv}. */
    public record BasinRow(int id, String name, boolean exorheic, double runoff, int line) {
    }
}
