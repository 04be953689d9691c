package org.agrifront.problems.croplivestock;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.agrifront.io.AtomicFiles;
import org.agrifront.io.InputException;
import org.agrifront.io.Numbers;
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
 * All rasters are single-band GeoTIFFs of the same size and georeferencing. CSV files are comma-separated with
 * a header.
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

    static List<QtpTables.ActivityRow> readActivities(Path dir) {
        TextTable t = TextTable.read(dir.resolve(ACTIVITIES), TextTable.Delimiter.COMMA);
        t.requireColumns("activity", "biomass_t_per_head", "conflict_weight", "max_growth");
        List<QtpTables.ActivityRow> rows = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) {
            Activity a = activity(t, r);
            String growth = t.text(r, "max_growth");
            double g = growth.isEmpty() ? Double.NaN : t.nonNegative(r, "max_growth");
            rows.add(new QtpTables.ActivityRow(a, t.nonNegative(r, "biomass_t_per_head"), t.nonNegative(r, "conflict_weight"), g, t.line(r)));
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
            for (Quantity q : Quantity.values()) v[q.ordinal()] = t.nonNegative(r, q.column);
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
            for (int k = 0; k < Quantity.PRESSURES; k++) just[k] = t.nonNegative(r, "just_" + Quantity.pressure(k).column);
            int id = t.integer(r, "region");
            if (id <= 0) throw t.error(r, "region", "expected a region id > 0 (0 marks pixels outside the plateau), found " + id);
            rows.add(new QtpTables.RegionRow(id, t.text(r, "name"), t.nonNegative(r, "population"), just, t.line(r)));
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
            double runoff = t.nonNegative(r, "runoff_m3");
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
