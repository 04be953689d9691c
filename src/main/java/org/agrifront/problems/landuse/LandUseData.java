package org.agrifront.problems.landuse;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One land-use allocation instance: per cell (or per aggregated unit) the value of each ecosystem service under
 * each land use, cell coordinates, biome and food-producing unit, and the reference totals of the 2017 land use.
 * <p>
 * Values are held as exact fixed-point integers ({@link #SCALE} per file unit, i.e. 6 decimals, the precision of
 * the LPJ-GUESS tables), interleaved per (cell, land use) so one gene's four services share a cache line. Sums of
 * integers do not depend on summation order, so incremental and full evaluation agree to the last bit.
 */
public final class LandUseData {
    /** Fixed-point scale: values are stored in millionths of the file unit. */
    public static final long SCALE = 1_000_000L;

    /** The ten land uses, in the column order of the ESquant tables. */
    public static final List<String> LAND_USES = List.of("PNV", "C3cer_TeWW", "C3cer_TeWWi", "C3crps_TeSW",
            "C3crps_TeSWi", "C4crps_TeCo", "C4crps_TeCoi", "Rice_TrRi", "Rice_TrRii", "Pas");

    /** Services: objective/constraint name, ESquant file code, constraints.csv column, conversion factor. */
    public enum Service {
        CARBON("carbon", "CStor", "carbon", 1e3, "1e-3 PgC"),
        CROP("crop", "FoPro", "food", 1e9, "1e-9 Ecal"),
        RUNOFF("runoff", "WaSu", "water", 1e3, "1e-3 Pg H2O"),
        FORAGE("forage", "Forage", "forage", 1e3, "1e-3 constraints.csv forage units");

        public final String label;
        public final String fileCode;
        public final String referenceColumn;
        public final double referenceFactor;
        public final String unit;

        Service(String label, String fileCode, String referenceColumn, double referenceFactor, String unit) {
            this.label = label;
            this.fileCode = fileCode;
            this.referenceColumn = referenceColumn;
            this.referenceFactor = referenceFactor;
            this.unit = unit;
        }
    }

    public static final int SERVICES = Service.values().length;

    private final int cells;
    private final int options;
    private final double[] lon;
    private final double[] lat;
    private final int[] biome;
    private final int[] unit;
    private final long[] values;
    private final double[] reference;
    private final Map<String, Object> provenance;

    /**
     * @param values    fixed-point values, index {@code (cell * options + option) * SERVICES + service}
     * @param reference reference totals per service, in file units
     */
    public LandUseData(double[] lon, double[] lat, int[] biome, int[] unit, int options, long[] values,
                       double[] reference, Map<String, Object> provenance) {
        this.cells = lon.length;
        this.options = options;
        if (lat.length != cells || biome.length != cells || unit.length != cells
                || values.length != (long) cells * options * SERVICES || reference.length != SERVICES) {
            throw new IllegalArgumentException("inconsistent land-use arrays");
        }
        this.lon = lon;
        this.lat = lat;
        this.biome = biome;
        this.unit = unit;
        this.values = values;
        this.reference = reference;
        this.provenance = Map.copyOf(provenance);
    }

    public int cells() {
        return cells;
    }

    public int options() {
        return options;
    }

    public double lon(int cell) {
        return lon[cell];
    }

    public double lat(int cell) {
        return lat[cell];
    }

    public int biome(int cell) {
        return biome[cell];
    }

    /** The food-producing unit × biome code ({@code newFPU}) of the cell. */
    public int unit(int cell) {
        return unit[cell];
    }

    /** Fixed-point value of {@code service} in {@code cell} under land use {@code option}. */
    public long value(int cell, int option, Service service) {
        return values[(cell * options + option) * SERVICES + service.ordinal()];
    }

    /** Value in file units. */
    public double valueInFileUnits(int cell, int option, Service service) {
        return (double) value(cell, option, service) / SCALE;
    }

    /** The interleaved fixed-point table (shared, do not modify). */
    long[] rawValues() {
        return values;
    }

    private volatile double[] relative;

    /**
     * Every value divided by its service's reference total, index {@code (cell * options + option) * SERVICES +
     * service} (shared, do not modify): the common scale on which weighted sums of the services are taken.
     */
    double[] relativeValues() {
        double[] r = relative;
        if (r != null) return r;
        synchronized (this) {
            if (relative == null) {
                double[] out = new double[values.length];
                for (int i = 0; i < values.length; i++) {
                    double ref = Math.abs(reference[i % SERVICES]);
                    out[i] = (double) values[i] / SCALE / (ref > 0 ? ref : 1.0);
                }
                relative = out;
            }
            return relative;
        }
    }

    /** Reference (2017 land use) total of {@code service} in file units. */
    public double reference(Service service) {
        return reference[service.ordinal()];
    }

    public Map<String, Object> provenance() {
        return provenance;
    }

    /** Fixed-point total of {@code service} for an allocation. */
    public long total(byte[] genes, Service service) {
        long s = 0;
        int sv = service.ordinal();
        for (int c = 0; c < cells; c++) s += values[(c * options + genes[c]) * SERVICES + sv];
        return s;
    }

    /**
     * Aggregates cells into groups (e.g. units or biomes): a group's value under a land use is the sum over its
     * cells. Coordinates become group centroids; biome and unit are taken from the group's first cell.
     */
    public LandUseData aggregate(int[] groupOfCell, int groups, String level) {
        long[] agg = new long[groups * options * SERVICES];
        double[] glon = new double[groups], glat = new double[groups];
        int[] gbiome = new int[groups], gunit = new int[groups], count = new int[groups];
        Arrays.fill(gbiome, -1);
        for (int c = 0; c < cells; c++) {
            int g = groupOfCell[c];
            count[g]++;
            glon[g] += lon[c];
            glat[g] += lat[c];
            if (gbiome[g] < 0) {
                gbiome[g] = biome[c];
                gunit[g] = unit[c];
            }
            int src = c * options * SERVICES, dst = g * options * SERVICES;
            for (int k = 0; k < options * SERVICES; k++) agg[dst + k] += values[src + k];
        }
        for (int g = 0; g < groups; g++) {
            if (count[g] == 0) throw new IllegalArgumentException("group " + g + " of level " + level + " has no cells");
            glon[g] /= count[g];
            glat[g] /= count[g];
        }
        Map<String, Object> prov = new LinkedHashMap<>(provenance);
        prov.put("aggregation", level + " (" + groups + " groups of " + cells + " cells)");
        return new LandUseData(glon, glat, gbiome, gunit, options, agg, reference.clone(), prov);
    }

    /** Converts a file-unit value into fixed point, failing on values fixed point cannot hold. */
    public static long toFixed(double v) {
        double scaled = v * SCALE;
        if (!(Math.abs(scaled) < 1e17)) throw new ArithmeticException("value " + v + " too large for fixed point");
        return Math.round(scaled);
    }
}
