package org.agrifront.problems.croplivestock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.agrifront.io.AtomicFiles;
import org.agrifront.io.GeoRaster;
import org.agrifront.io.GeoTiff;
import org.agrifront.io.InputException;
import org.agrifront.io.Numbers;
import org.agrifront.io.RasterGrid;
import org.agrifront.io.TextTable;

/**
 * The file layout of a crop-livestock instance (what {@code agrifront generate qtp} writes and what the problem
 * reads; a user with the real data writes the same files):
 * <pre>
 * region.tif            region id per pixel (0 or no data = outside the plateau); ids in regions.csv
 * basin.tif             basin id per pixel; ids in basins.csv
 * protected.tif         1 = protected area, else 0
 * high_conflict.tif     1 = high-risk zone of human-wildlife conflict (top 20% of probabilities), else 0
 * conflict.tif          probability of human-wildlife conflict, 0..1
 * cropland.tif          total available cultivated area, ha (today's; crops may not exceed it)
 * biomass.tif           above-ground biomass available for grazing, t dry matter per year
 * current_&lt;activity&gt;.tif today's hectares (barley, wheat, rapeseed, potatoes, maize) or heads (cattle,
 *                       chickens, goats, sheep, pigs)
 * human_&lt;p&gt;.tif         non-agricultural use or emissions, p = water (m3), ghg (t CO2eq), n (kg N), p (kg P)
 * safe_&lt;p&gt;.tif          safe boundary of pressure p in the same unit
 * crop_water_factor.tif multiplier of the regional crop water use (evapotranspiration), e.g. 0.8..1.25
 * crop_yield_factor.tif multiplier of the regional crop output per hectare
 * activities.csv        activity,unit,biomass_t_per_head,conflict_weight,max_growth
 * coefficients.csv      region,activity,water_m3,ghg_t,n_kg,p_kg,output_yuan   (per ha or head and year)
 * regions.csv           region,name,population,just_water_m3,just_ghg_t,just_n_kg,just_p_kg
 * basins.csv            basin,name,exorheic,runoff_m3
 * </pre>
 * All rasters are single-band GeoTIFFs in WGS 84 longitude/latitude (EPSG:4326, the project's GeoTIFF reader's
 * requirement; reproject 5 km Albers rasters with e.g. {@code gdalwarp -t_srs EPSG:4326}) of the same size and
 * georeferencing; ids and masks are integers (nodata -1), the others 64-bit floats (nodata NaN). CSV files are
 * comma-separated with a header.
 */
public final class QtpFiles {
    public static final String ACTIVITIES = "activities.csv";
    public static final String COEFFICIENTS = "coefficients.csv";
    public static final String REGIONS = "regions.csv";
    public static final String BASINS = "basins.csv";
    public static final String RASTER_SUFFIX = ".tif";

    /** Every raster layer, by name. */
    public static final List<String> LAYERS;

    static {
        List<String> l = new ArrayList<>(List.of("region", "basin", "protected", "high_conflict", "conflict", "cropland", "biomass"));
        for (Activity a : Activity.all()) l.add(currentLayer(a));
        for (int k = 0; k < Quantity.PRESSURES; k++) l.add("human_" + Quantity.pressure(k).fileKey());
        for (int k = 0; k < Quantity.PRESSURES; k++) l.add("safe_" + Quantity.pressure(k).fileKey());
        l.add("crop_water_factor");
        l.add("crop_yield_factor");
        LAYERS = List.copyOf(l);
    }

    private QtpFiles() {
    }

    public static String currentLayer(Activity a) {
        return "current_" + a.label;
    }

    /** Integer layers (ids and masks). */
    static boolean integerLayer(String layer) {
        return layer.equals("region") || layer.equals("basin") || layer.equals("protected") || layer.equals("high_conflict");
    }

    /** Unit of a layer, written as the band unit. */
    static String unit(String layer) {
        if (layer.startsWith("current_")) return Activity.byLabel(layer.substring(8)).unit();
        if (layer.startsWith("human_") || layer.startsWith("safe_")) {
            String key = layer.substring(layer.indexOf('_') + 1);
            for (int k = 0; k < Quantity.PRESSURES; k++) if (Quantity.pressure(k).fileKey().equals(key)) return Quantity.pressure(k).unit;
        }
        return switch (layer) {
            case "cropland" -> "ha";
            case "biomass" -> "t DM/yr";
            case "conflict" -> "probability";
            default -> "";
        };
    }

    // ---- the whole instance -----------------------------------------------------------------------------------

    /** Writes every raster and table of {@code t} into {@code dir} (created if needed), each file atomically. */
    public static void write(Path dir, QtpTables t) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir + ": " + e.getMessage(), e);
        }
        QtpTables.Layers L = t.layers();
        RasterGrid grid = new RasterGrid(L.originX(), L.originY(), L.pixelX(), -L.pixelY(), L.width(), L.height());
        for (String name : LAYERS) {
            double[] v = L.get(name);
            if (v == null) throw new IllegalArgumentException("layer '" + name + "' missing");
            GeoRaster raster;
            if (integerLayer(name)) {
                double[] ints = v.clone();
                for (int p = 0; p < ints.length; p++) if (Double.isNaN(ints[p])) ints[p] = -1;
                raster = GeoRaster.of(grid, GeoRaster.SampleType.INT32, -1, GeoRaster.Band.continuous(name, unit(name), ints));
            } else {
                raster = GeoRaster.of(grid, GeoRaster.SampleType.FLOAT64, Double.NaN, GeoRaster.Band.continuous(name, unit(name), v));
            }
            GeoTiff.write(dir.resolve(name + RASTER_SUFFIX), raster);
        }
        writeTables(dir, t);
    }

    /** Reads and cross-checks an instance from {@code dir}. */
    public static QtpData read(Path dir) {
        QtpTables t = new QtpTables(readLayers(dir), readActivities(dir), readCoefficients(dir), readRegions(dir), readBasins(dir));
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("dataDir", dir.toString());
        return QtpAssembler.assemble(dir, t, provenance);
    }

    /**
     * Reads every layer; all must share the first one's grid. Nodata becomes NaN. A layer on another grid is an
     * error naming its file and field and both grids.
     */
    static QtpTables.Layers readLayers(Path dir) {
        Map<String, double[]> values = new LinkedHashMap<>();
        RasterGrid first = null;
        String firstName = null;
        for (String name : LAYERS) {
            Path file = dir.resolve(name + RASTER_SUFFIX);
            if (!Files.isRegularFile(file)) throw InputException.file(file, "file not found (layer '" + name + "'; see 'agrifront generate qtp --help' for the layout)");
            GeoRaster r = GeoTiff.read(file);
            if (r.bands().size() != 1) throw new InputException(file, 0, name, "expected one band, found " + r.bands().size());
            if (first == null) {
                first = r.grid();
                firstName = name;
            } else if (!r.grid().matches(first)) {
                throw new InputException(file, 0, name, "raster is " + r.grid().width() + " x " + r.grid().height() + " cells on "
                        + r.grid() + ", but " + firstName + RASTER_SUFFIX + " is " + first.width() + " x " + first.height()
                        + " on " + first + ": every layer must share one grid");
            }
            double[] v = r.band(0).values().clone();
            for (int p = 0; p < v.length; p++) if (r.isNodata(v[p])) v[p] = Double.NaN;
            values.put(name, v);
        }
        return new QtpTables.Layers(first.width(), first.height(), first.west(), first.north(), first.cellWidth(),
                -first.cellHeight(), "EPSG:4326", values);
    }

    // ---- CSV tables -------------------------------------------------------------------------------------------

    static void writeTables(Path dir, QtpTables t) {
        StringBuilder sb = new StringBuilder("activity,unit,biomass_t_per_head,conflict_weight,max_growth\n");
        for (QtpTables.ActivityRow r : t.activities()) {
            sb.append(r.activity().label).append(',').append(r.activity().unit()).append(',')
                    .append(Numbers.format(r.biomassPerHead())).append(',').append(Numbers.format(r.conflictWeight())).append(',')
                    .append(Double.isNaN(r.maxGrowth()) ? "" : Numbers.format(r.maxGrowth())).append('\n');
        }
        AtomicFiles.writeString(dir.resolve(ACTIVITIES), sb.toString());
        sb = new StringBuilder("region,activity");
        for (Quantity q : Quantity.values()) sb.append(',').append(q.column);
        sb.append('\n');
        for (QtpTables.CoefficientRow r : t.coefficients()) {
            sb.append(r.region()).append(',').append(r.activity().label);
            for (double v : r.perUnit()) sb.append(',').append(Numbers.format(v));
            sb.append('\n');
        }
        AtomicFiles.writeString(dir.resolve(COEFFICIENTS), sb.toString());
        sb = new StringBuilder("region,name,population");
        for (int k = 0; k < Quantity.PRESSURES; k++) sb.append(",just_").append(Quantity.pressure(k).column);
        sb.append('\n');
        for (QtpTables.RegionRow r : t.regions()) {
            sb.append(r.id()).append(',').append(quote(r.name())).append(',').append(Numbers.format(r.population()));
            for (double v : r.just()) sb.append(',').append(Numbers.format(v));
            sb.append('\n');
        }
        AtomicFiles.writeString(dir.resolve(REGIONS), sb.toString());
        sb = new StringBuilder("basin,name,exorheic,runoff_m3\n");
        for (QtpTables.BasinRow b : t.basins()) {
            sb.append(b.id()).append(',').append(quote(b.name())).append(',').append(b.exorheic() ? 1 : 0).append(',')
                    .append(Numbers.format(b.runoff())).append('\n');
        }
        AtomicFiles.writeString(dir.resolve(BASINS), sb.toString());
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    // Plausible ranges of the table values, far beyond any real plateau value but low enough that no total of the
    // evaluation can overflow a double.
    /** Per hectare or head, in the quantity's unit (m3, t CO2eq, kg N, kg P, yuan); real values are below 1e5. */
    static final double MAX_PER_UNIT = 1e7;
    /** Biomass eaten per head and year (t DM); a yak eats about 2. */
    static final double MAX_BIOMASS_PER_HEAD = 100;
    /** Conflict weight (livestock units per head) and growth cap (fraction). */
    static final double MAX_WEIGHT = 100;
    /** Population of a region. */
    static final double MAX_POPULATION = 1e10;
    /** A region's just allowance (m3, t, kg). */
    static final double MAX_ALLOWANCE = 1e15;
    /** Natural runoff of a basin (m3/yr); the Amazon's is about 7e12. */
    static final double MAX_RUNOFF = 1e14;

    static List<QtpTables.ActivityRow> readActivities(Path dir) {
        TextTable t = TextTable.read(dir.resolve(ACTIVITIES), TextTable.Delimiter.COMMA);
        t.requireColumns("activity", "biomass_t_per_head", "conflict_weight", "max_growth");
        List<QtpTables.ActivityRow> rows = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) {
            Activity a = activity(t, r);
            if (t.hasColumn("unit") && !t.text(r, "unit").equals(a.unit())) {
                throw t.error(r, "unit", a.label + " is counted in " + a.unit() + ", found '" + t.text(r, "unit") + "'");
            }
            String growth = t.text(r, "max_growth");
            double g = growth.isEmpty() ? Double.NaN : t.inRange(r, "max_growth", 0, MAX_WEIGHT, "");
            rows.add(new QtpTables.ActivityRow(a, t.inRange(r, "biomass_t_per_head", 0, MAX_BIOMASS_PER_HEAD, "t DM"),
                    t.inRange(r, "conflict_weight", 0, MAX_WEIGHT, "livestock units"), g, t.line(r)));
        }
        return rows;
    }

    static List<QtpTables.CoefficientRow> readCoefficients(Path dir) {
        TextTable t = TextTable.read(dir.resolve(COEFFICIENTS), TextTable.Delimiter.COMMA);
        t.requireColumns("region", "activity");
        for (Quantity q : Quantity.values()) t.requireColumns(q.column);
        List<QtpTables.CoefficientRow> rows = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) {
            double[] v = new double[Quantity.COUNT];
            for (Quantity q : Quantity.values()) v[q.ordinal()] = t.inRange(r, q.column, 0, MAX_PER_UNIT, q.unit + " per ha or head");
            rows.add(new QtpTables.CoefficientRow(t.integer(r, "region"), activity(t, r), v, t.line(r)));
        }
        return rows;
    }

    static List<QtpTables.RegionRow> readRegions(Path dir) {
        TextTable t = TextTable.read(dir.resolve(REGIONS), TextTable.Delimiter.COMMA);
        t.requireColumns("region", "name", "population");
        List<QtpTables.RegionRow> rows = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) {
            double[] just = new double[Quantity.PRESSURES];
            for (int k = 0; k < Quantity.PRESSURES; k++) {
                just[k] = t.inRange(r, "just_" + Quantity.pressure(k).column, 0, MAX_ALLOWANCE, Quantity.pressure(k).unit);
            }
            int id = t.integer(r, "region");
            if (id <= 0) throw t.error(r, "region", "expected a region id > 0 (0 marks pixels outside the plateau), found " + id);
            rows.add(new QtpTables.RegionRow(id, t.text(r, "name"), t.inRange(r, "population", 0, MAX_POPULATION, "people"), just, t.line(r)));
        }
        if (rows.isEmpty()) throw InputException.file(t.file(), "no regions");
        return rows;
    }

    static List<QtpTables.BasinRow> readBasins(Path dir) {
        TextTable t = TextTable.read(dir.resolve(BASINS), TextTable.Delimiter.COMMA);
        t.requireColumns("basin", "name", "exorheic", "runoff_m3");
        List<QtpTables.BasinRow> rows = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) {
            String ex = t.text(r, "exorheic");
            if (!ex.equals("0") && !ex.equals("1")) throw t.error(r, "exorheic", "expected 0 or 1, found '" + ex + "'");
            double runoff = t.inRange(r, "runoff_m3", 0, MAX_RUNOFF, "m3");
            if (runoff == 0) throw t.error(r, "runoff_m3", "expected a runoff > 0 (the concentration limits divide by it)");
            rows.add(new QtpTables.BasinRow(t.integer(r, "basin"), t.text(r, "name"), ex.equals("1"), runoff, t.line(r)));
        }
        if (rows.isEmpty()) throw InputException.file(t.file(), "no basins");
        return rows;
    }

    private static Activity activity(TextTable t, int r) {
        String s = t.text(r, "activity");
        Activity a = Activity.byLabel(s);
        if (a == null) throw t.error(r, "activity", "unknown activity '" + s + "'; known: " + String.join(", ", Activity.labels()));
        return a;
    }
}
