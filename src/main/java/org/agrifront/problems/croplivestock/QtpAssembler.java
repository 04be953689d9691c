package org.agrifront.problems.croplivestock;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.agrifront.io.InputException;

/**
 * Turns an instance's file form ({@link QtpTables}) into {@link QtpData}, checking what no single file can: every
 * region and basin id of the rasters is in its table, every layer has data inside the plateau, quantities that
 * cannot be negative are not, today's crops fit the cropland, and every (region, activity) has coefficients.
 * Errors name the file (in {@code dir}), the field and the pixel or line.
 * <p>
 * Planning cells are the pixels whose {@code region} value is a positive id; 0 or no data is outside the plateau.
 * Per-cell coefficients are the region's per-unit values, with crop water use multiplied by the cell's
 * {@code crop_water_factor} (evapotranspiration differences) and crop output by its {@code crop_yield_factor}.
 */
public final class QtpAssembler {
    // Plausible pixel values, declared with the layers they bound: far above real plateau pixels, low enough that
    // the evaluation's totals stay finite.
    /** Cropland or crop area of a pixel (ha); a 0.5-degree pixel holds about 3e5 ha. */
    static final double MAX_HECTARES = 1e7;
    /** Grazing biomass of a pixel (t DM/yr). */
    static final double MAX_BIOMASS = 1e10;
    /** Crop water and yield factors (multipliers of the regional coefficients). */
    static final double MAX_FACTOR = 100;
    /** Today's level of an activity in a pixel (ha or heads). */
    static final double MAX_LEVEL = 1e9;
    /** Non-agricultural load or safe boundary of a pixel (m3, t, kg). */
    static final double MAX_LOAD = 1e15;

    private QtpAssembler() {
    }

    public static QtpData assemble(Path dir, QtpTables t, Map<String, Object> provenance) {
        QtpTables.Layers L = t.layers();
        double[] regionLayer = L.get("region");
        List<Integer> pixels = new ArrayList<>();
        for (int p = 0; p < regionLayer.length; p++) {
            double v = regionLayer[p];
            if (Double.isFinite(v) && v > 0) pixels.add(p);
        }
        if (pixels.isEmpty()) throw new InputException(raster(dir, "region"), 0, "region", "no pixel with a region id > 0: the plateau is empty");
        int n = pixels.size();
        int[] pixel = pixels.stream().mapToInt(Integer::intValue).toArray();
        Grid grid = new Grid(L.width(), L.height(), L.originX(), L.originY(), L.pixelX(), L.pixelY(), L.crs(), pixel);

        Map<Integer, Integer> regionIndex = new HashMap<>();
        List<QtpData.Region> regions = new ArrayList<>();
        for (QtpTables.RegionRow r : t.regions()) {
            if (regionIndex.put(r.id(), regions.size()) != null) {
                throw new InputException(dir.resolve(QtpFiles.REGIONS), r.line(), "region", "duplicate region id " + r.id());
            }
            regions.add(new QtpData.Region(r.id(), r.name(), r.population(), r.just()));
        }
        Map<Integer, Integer> basinIndex = new HashMap<>();
        List<QtpData.Basin> basins = new ArrayList<>();
        double[] runoff = new double[t.basins().size()];
        for (QtpTables.BasinRow b : t.basins()) {
            if (basinIndex.put(b.id(), basins.size()) != null) {
                throw new InputException(dir.resolve(QtpFiles.BASINS), b.line(), "basin", "duplicate basin id " + b.id());
            }
            runoff[basins.size()] = b.runoff();
            basins.add(new QtpData.Basin(b.id(), b.name(), b.exorheic()));
        }
        int[] region = ids(dir, grid, L, "region", regionIndex, QtpFiles.REGIONS);
        int[] basin = ids(dir, grid, L, "basin", basinIndex, QtpFiles.BASINS);
        boolean[] prot = mask(dir, grid, L, "protected");
        boolean[] high = mask(dir, grid, L, "high_conflict");
        double[] conflict = cells(dir, grid, L, "conflict", 0, 1);
        double[] cropland = cells(dir, grid, L, "cropland", 0, MAX_HECTARES);
        double[] biomass = cells(dir, grid, L, "biomass", 0, MAX_BIOMASS);
        double[] waterFactor = cells(dir, grid, L, "crop_water_factor", 0, MAX_FACTOR);
        double[] yieldFactor = cells(dir, grid, L, "crop_yield_factor", 0, MAX_FACTOR);
        int A = Activity.COUNT;
        double[] current = new double[n * A];
        for (Activity a : Activity.all()) {
            double[] v = cells(dir, grid, L, QtpFiles.currentLayer(a), 0, MAX_LEVEL);
            for (int i = 0; i < n; i++) current[i * A + a.ordinal()] = v[i];
        }
        for (int i = 0; i < n; i++) {
            double crops = 0;
            for (int a = 0; a < 5; a++) crops += current[i * A + a];
            if (crops > cropland[i] * (1 + 1e-9) + 1e-9) {
                throw new InputException(raster(dir, "cropland"), 0, "cropland", "pixel (row " + grid.row(i) + ", col "
                        + grid.col(i) + "): cropland " + cropland[i] + " ha is smaller than today's five crops (" + crops + " ha)");
            }
        }
        double[][] human = new double[Quantity.PRESSURES][];
        double[][] safe = new double[Quantity.PRESSURES][];
        for (int k = 0; k < Quantity.PRESSURES; k++) {
            Quantity q = Quantity.pressure(k);
            human[k] = cells(dir, grid, L, "human_" + q.fileKey(), 0, MAX_LOAD);
            safe[k] = cells(dir, grid, L, "safe_" + q.fileKey(), 0, MAX_LOAD);
        }

        // activities.csv
        QtpTables.ActivityRow[] act = new QtpTables.ActivityRow[A];
        for (QtpTables.ActivityRow r : t.activities()) {
            if (act[r.activity().ordinal()] != null) {
                throw new InputException(dir.resolve(QtpFiles.ACTIVITIES), r.line(), "activity", "duplicate activity " + r.activity().label);
            }
            act[r.activity().ordinal()] = r;
        }
        double[] perHead = new double[A], weight = new double[A], growth = new double[A];
        for (Activity a : Activity.all()) {
            QtpTables.ActivityRow r = act[a.ordinal()];
            if (r == null) throw new InputException(dir.resolve(QtpFiles.ACTIVITIES), 0, "activity", "missing row for " + a.label);
            perHead[a.ordinal()] = r.biomassPerHead();
            weight[a.ordinal()] = r.conflictWeight();
            growth[a.ordinal()] = r.maxGrowth();
            if (a.kind == Activity.Kind.GRAZER && !(r.biomassPerHead() > 0)) {
                throw new InputException(dir.resolve(QtpFiles.ACTIVITIES), r.line(), "biomass_t_per_head", a.label + " grazes: expected a value > 0, found " + r.biomassPerHead());
            }
            if (a.kind != Activity.Kind.GRAZER && r.biomassPerHead() != 0) {
                throw new InputException(dir.resolve(QtpFiles.ACTIVITIES), r.line(), "biomass_t_per_head", a.label + " does not graze: expected 0, found " + r.biomassPerHead());
            }
            if (a.kind == Activity.Kind.CAPPED && !(r.maxGrowth() >= 0)) {
                throw new InputException(dir.resolve(QtpFiles.ACTIVITIES), r.line(), "max_growth", a.label + " needs a growth cap >= 0 (paper eq. 11)");
            }
        }

        // coefficients.csv: region x activity
        double[][][] coef = new double[regions.size()][A][];
        for (QtpTables.CoefficientRow r : t.coefficients()) {
            Integer ri = regionIndex.get(r.region());
            if (ri == null) {
                throw new InputException(dir.resolve(QtpFiles.COEFFICIENTS), r.line(), "region", "region id " + r.region() + " is not in " + QtpFiles.REGIONS);
            }
            if (coef[ri][r.activity().ordinal()] != null) {
                throw new InputException(dir.resolve(QtpFiles.COEFFICIENTS), r.line(), "activity", "duplicate row for region " + r.region() + ", " + r.activity().label);
            }
            coef[ri][r.activity().ordinal()] = r.perUnit();
        }
        boolean[] used = new boolean[regions.size()];
        for (int ri : region) used[ri] = true;
        for (int ri = 0; ri < regions.size(); ri++) {
            for (Activity a : Activity.all()) {
                if (used[ri] && coef[ri][a.ordinal()] == null) {
                    throw new InputException(dir.resolve(QtpFiles.COEFFICIENTS), 0, "region", "missing row for region "
                            + regions.get(ri).id() + ", activity " + a.label);
                }
            }
        }
        double[][] perUnit = new double[Quantity.COUNT][n * A];
        double[] conflictPerUnit = new double[n * A];
        for (int i = 0; i < n; i++) {
            for (Activity a : Activity.all()) {
                double[] c = coef[region[i]][a.ordinal()];
                int e = i * A + a.ordinal();
                for (Quantity q : Quantity.values()) {
                    double f = 1;
                    if (a.isCrop() && q == Quantity.WATER) f = waterFactor[i];
                    if (a.isCrop() && q == Quantity.OUTPUT) f = yieldFactor[i];
                    perUnit[q.ordinal()][e] = c[q.ordinal()] * f;
                }
                conflictPerUnit[e] = conflict[i] * weight[a.ordinal()];
            }
        }
        checkTotals(dir, n, perUnit, cropland, biomass, perHead, current, growth);
        Coefficients nominal = new Coefficients(perUnit, conflictPerUnit, perHead, biomass, human, runoff);
        Map<String, Object> prov = new LinkedHashMap<>(provenance);
        return new QtpData(grid, region, basin, prot, high, cropland, current, safe, growth, regions, basins, nominal, prov);
    }

    /**
     * The largest total of each quantity any allocation can reach (every activity at its gene's upper level in every
     * cell), summed in double: it must be finite, or an objective would become Inf during the run.
     */
    private static void checkTotals(Path dir, int n, double[][] perUnit, double[] cropland, double[] biomass,
                                    double[] perHead, double[] current, double[] growth) {
        int A = Activity.COUNT;
        for (Quantity q : Quantity.values()) {
            double total = 0;
            for (int i = 0; i < n; i++) {
                for (Activity a : Activity.all()) {
                    int e = i * A + a.ordinal();
                    double level = switch (a.kind) {
                        case CROP -> cropland[i];
                        case GRAZER -> perHead[a.ordinal()] > 0 ? biomass[i] / perHead[a.ordinal()] : 0;
                        case CAPPED -> current[e] * (1 + (Double.isNaN(growth[a.ordinal()]) ? 0 : growth[a.ordinal()]));
                    };
                    total += perUnit[q.ordinal()][e] * Math.max(level, current[e]);
                }
            }
            if (!Double.isFinite(total) || total > Double.MAX_VALUE / 1e6) {
                throw new InputException(dir.resolve(QtpFiles.COEFFICIENTS), 0, q.column, "the " + q.label
                        + " of all activities at their upper levels sums to " + total + " " + q.unit + ": too large to evaluate");
            }
        }
    }

    static Path raster(Path dir, String layer) {
        return dir.resolve(layer + QtpFiles.RASTER_SUFFIX);
    }

    private static InputException pixelError(Path dir, Grid grid, String layer, int i, String message) {
        return new InputException(raster(dir, layer), 0, layer, "pixel (row " + grid.row(i) + ", col " + grid.col(i) + "): " + message);
    }

    private static double[] cells(Path dir, Grid grid, QtpTables.Layers L, String layer, double lo, double hi) {
        double[] values = L.get(layer);
        if (values == null) throw InputException.file(raster(dir, layer), "file not found (layer '" + layer + "')");
        double[] out = new double[grid.cells()];
        for (int i = 0; i < out.length; i++) {
            double v = values[grid.pixel()[i]];
            if (!Double.isFinite(v)) throw pixelError(dir, grid, layer, i, "no data inside the plateau");
            if (v < lo) throw pixelError(dir, grid, layer, i, "expected a value >= " + num(lo) + ", found " + v);
            if (v > hi) throw pixelError(dir, grid, layer, i, "expected a value <= " + num(hi) + ", found " + v);
            out[i] = v;
        }
        return out;
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static boolean[] mask(Path dir, Grid grid, QtpTables.Layers L, String layer) {
        double[] v = cells(dir, grid, L, layer, 0, 1);
        boolean[] out = new boolean[v.length];
        for (int i = 0; i < v.length; i++) {
            if (v[i] != 0 && v[i] != 1) throw pixelError(dir, grid, layer, i, "expected 0 or 1, found " + v[i]);
            out[i] = v[i] == 1;
        }
        return out;
    }

    private static int[] ids(Path dir, Grid grid, QtpTables.Layers L, String layer, Map<Integer, Integer> index, String table) {
        double[] v = cells(dir, grid, L, layer, 0, Double.POSITIVE_INFINITY);
        int[] out = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            if (v[i] != Math.rint(v[i])) throw pixelError(dir, grid, layer, i, "expected an integer id, found " + v[i]);
            Integer idx = index.get((int) v[i]);
            if (idx == null) throw pixelError(dir, grid, layer, i, layer + " id " + (int) v[i] + " is not in " + table);
            out[i] = idx;
        }
        return out;
    }
}
