package org.agrifront.problems.manure;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.agrifront.io.InputException;
import org.agrifront.io.TextTable;

/**
 * Reads a manure dataset folder (comma-separated, header row, one row per province keyed by {@code code}):
 * <ul>
 * <li>{@code provinces.csv}: {@code code,name,capital,capital_lon,capital_lat,n2o_ef_region,n2o_ef_direct} — the
 * province table every other file is checked against (the "centroid table");</li>
 * <li>{@code livestock-types.csv}: {@code type,heads_per_100_pig_equivalents};</li>
 * <li>{@code livestock.csv}: {@code code} and one head-count column per type;</li>
 * <li>{@code manure-coefficients.csv}: {@code code}, {@code <type>_n}, {@code <type>_p} (kg per head and year);</li>
 * <li>{@code crop-demand.csv}: {@code code,n_t,p_t} (crop nutrient demand A, t per year);</li>
 * <li>{@code balance-parameters.csv}: {@code code,fp_n,fp_p,mp_n,mp_p,mr_n,mr_p} (Eq. 2);</li>
 * <li>{@code ghg.csv}: {@code code,application_crop,ch4_kg_per_kg_n,baseline_mt_co2e}.</li>
 * </ul>
 * Every error names the file, the line and the column.
 */
public final class ManureReader {
    public static final String PROVINCES = "provinces.csv";
    public static final String TYPES = "livestock-types.csv";
    public static final String LIVESTOCK = "livestock.csv";
    public static final String COEFFICIENTS = "manure-coefficients.csv";
    public static final String CROP_DEMAND = "crop-demand.csv";
    public static final String PARAMETERS = "balance-parameters.csv";
    public static final String GHG = "ghg.csv";
    public static final List<String> FILES = List.of(PROVINCES, TYPES, LIVESTOCK, COEFFICIENTS, CROP_DEMAND, PARAMETERS, GHG);

    // Plausible ranges per quantity, far beyond China's provinces but low enough that no total overflows.
    /** Head count of one livestock type in one province; the world holds about 3e10 chickens. */
    static final double MAX_HEADS = 1e11;
    /** Manure N or P per head and year (kg); a dairy cow excretes about 100 kg N. */
    static final double MAX_KG_PER_HEAD = 1e3;
    /** Heads per 100 pig equivalents. */
    static final double MAX_PER_100_PIGS = 1e6;
    /** Crop nutrient demand of a province (t/yr); the world applies about 1.1e8 t N. */
    static final double MAX_DEMAND_T = 1e9;
    /** Extra CH4 per kg of manure N (kg). */
    static final double MAX_CH4_PER_N = 100;
    /** Baseline agricultural emissions of a province (Mt CO2e); the world's are about 6e3. */
    static final double MAX_BASELINE_MT = 1e5;
    /** Crops manure is applied to (the CH4 term distinguishes flooded paddy from upland fields). */
    public static final List<String> APPLICATION_CROPS = List.of("paddy", "upland");

    private ManureReader() {
    }

    public static ManureData read(Path dir) {
        if (!java.nio.file.Files.isDirectory(dir)) throw InputException.file(dir, "data folder not found");
        List<ManureData.Province> provinces = readProvinces(dir.resolve(PROVINCES));
        int n = provinces.size();

        TextTable types = TextTable.read(dir.resolve(TYPES), TextTable.Delimiter.COMMA);
        types.requireColumns("type", "heads_per_100_pig_equivalents");
        List<String> typeNames = new ArrayList<>();
        double[] per100 = new double[types.size()];
        for (int r = 0; r < types.size(); r++) {
            String t = types.text(r, "type");
            if (t.isEmpty()) throw types.error(r, "type", "empty livestock type");
            if (typeNames.contains(t)) throw types.error(r, "type", "livestock type '" + t + "' listed twice");
            typeNames.add(t);
            per100[r] = types.inRange(r, "heads_per_100_pig_equivalents", 0, MAX_PER_100_PIGS, "heads");
            if (!(per100[r] > 0)) throw types.error(r, "heads_per_100_pig_equivalents", "expected a value > 0, found " + types.text(r, "heads_per_100_pig_equivalents"));
        }
        if (typeNames.isEmpty()) throw InputException.file(dir.resolve(TYPES), "no livestock types");

        TextTable livestock = TextTable.read(dir.resolve(LIVESTOCK), TextTable.Delimiter.COMMA);
        int[] lRow = rowsByProvince(livestock, provinces);
        TextTable coef = TextTable.read(dir.resolve(COEFFICIENTS), TextTable.Delimiter.COMMA);
        int[] cRow = rowsByProvince(coef, provinces);
        double[][] heads = new double[n][typeNames.size()];
        double[][] coefN = new double[n][typeNames.size()];
        double[][] coefP = new double[n][typeNames.size()];
        for (int t = 0; t < typeNames.size(); t++) {
            String type = typeNames.get(t);
            livestock.column(type);
            coef.requireColumns(type + "_n", type + "_p");
            for (int i = 0; i < n; i++) {
                heads[i][t] = livestock.inRange(lRow[i], type, 0, MAX_HEADS, "heads");
                coefN[i][t] = coef.inRange(cRow[i], type + "_n", 0, MAX_KG_PER_HEAD, "kg per head");
                coefP[i][t] = coef.inRange(cRow[i], type + "_p", 0, MAX_KG_PER_HEAD, "kg per head");
            }
        }

        TextTable crop = TextTable.read(dir.resolve(CROP_DEMAND), TextTable.Delimiter.COMMA);
        crop.requireColumns("n_t", "p_t");
        int[] aRow = rowsByProvince(crop, provinces);
        double[] cropN = new double[n], cropP = new double[n];
        for (int i = 0; i < n; i++) {
            cropN[i] = crop.inRange(aRow[i], "n_t", 0, MAX_DEMAND_T, "t");
            cropP[i] = crop.inRange(aRow[i], "p_t", 0, MAX_DEMAND_T, "t");
        }

        TextTable par = TextTable.read(dir.resolve(PARAMETERS), TextTable.Delimiter.COMMA);
        par.requireColumns("fp_n", "fp_p", "mp_n", "mp_p", "mr_n", "mr_p");
        int[] pRow = rowsByProvince(par, provinces);
        List<ManureData.BalanceParameters> params = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int r = pRow[i];
            params.add(new ManureData.BalanceParameters(share(par, r, "fp_n"), share(par, r, "fp_p"),
                    share(par, r, "mp_n"), share(par, r, "mp_p"), positiveShare(par, r, "mr_n"), positiveShare(par, r, "mr_p")));
        }

        TextTable ghg = TextTable.read(dir.resolve(GHG), TextTable.Delimiter.COMMA);
        ghg.requireColumns("application_crop", "ch4_kg_per_kg_n", "baseline_mt_co2e");
        int[] gRow = rowsByProvince(ghg, provinces);
        List<ManureData.Ghg> ghgs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int r = gRow[i];
            String crop1 = ghg.text(r, "application_crop");
            if (!APPLICATION_CROPS.contains(crop1)) {
                throw ghg.error(r, "application_crop", "unknown crop '" + crop1 + "'; known: " + String.join(", ", APPLICATION_CROPS));
            }
            double baseline = ghg.inRange(r, "baseline_mt_co2e", 0, MAX_BASELINE_MT, "Mt CO2e");
            if (!(baseline > 0)) throw ghg.error(r, "baseline_mt_co2e", "expected a value > 0, found " + ghg.text(r, "baseline_mt_co2e"));
            ghgs.add(new ManureData.Ghg(crop1, ghg.inRange(r, "ch4_kg_per_kg_n", 0, MAX_CH4_PER_N, "kg"), baseline));
        }

        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("dataDir", dir.toString());
        provenance.put("files", FILES);
        ManureData data = new ManureData(provinces, typeNames, per100, heads, coefN, coefP, cropN, cropP, params, ghgs, provenance);
        checkDefined(data, crop, aRow);
        return data;
    }

    /** The province table: unique codes, coordinates in range, a non-negative direct N2O factor. */
    public static List<ManureData.Province> readProvinces(Path file) {
        TextTable t = TextTable.read(file, TextTable.Delimiter.COMMA);
        t.requireColumns("code", "name", "capital_lon", "capital_lat", "n2o_ef_region", "n2o_ef_direct");
        List<ManureData.Province> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int r = 0; r < t.size(); r++) {
            String code = t.text(r, "code");
            if (code.isEmpty()) throw t.error(r, "code", "empty province code");
            Integer prev = seen.put(code, r);
            if (prev != null) throw t.error(r, "code", "province " + code + " listed twice (also line " + t.line(prev) + ")");
            double lon = t.number(r, "capital_lon"), lat = t.number(r, "capital_lat");
            if (lon < -180 || lon > 180) throw t.error(r, "capital_lon", "expected a longitude in [-180, 180], found " + lon);
            if (lat < -90 || lat > 90) throw t.error(r, "capital_lat", "expected a latitude in [-90, 90], found " + lat);
            out.add(new ManureData.Province(code, t.text(r, "name"), lon, lat, t.text(r, "n2o_ef_region"),
                    t.inRange(r, "n2o_ef_direct", 0, 1, "kg N2O-N per kg N")));
        }
        if (out.isEmpty()) throw InputException.file(file, "no provinces");
        return out;
    }

    /**
     * The row of every province in {@code t}: each code must be one of {@code provinces.csv} (the centroid table),
     * appear once, and every province must have a row.
     */
    static int[] rowsByProvince(TextTable t, List<ManureData.Province> provinces) {
        t.requireColumns("code");
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < provinces.size(); i++) index.put(provinces.get(i).code(), i);
        int[] row = new int[provinces.size()];
        java.util.Arrays.fill(row, -1);
        for (int r = 0; r < t.size(); r++) {
            String code = t.text(r, "code");
            Integer i = index.get(code);
            if (i == null) {
                throw t.error(r, "code", "unknown province code '" + code + "' (not in " + PROVINCES + ")");
            }
            if (row[i] >= 0) throw t.error(r, "code", "province " + code + " listed twice (also line " + t.line(row[i]) + ")");
            row[i] = r;
        }
        for (int i = 0; i < row.length; i++) {
            if (row[i] < 0) {
                throw new InputException(t.file(), 0, "code", "no row for province " + provinces.get(i).code()
                        + " (" + provinces.get(i).name() + "); every province of " + PROVINCES + " needs one");
            }
        }
        return row;
    }

    private static double share(TextTable t, int r, String column) {
        double v = t.number(r, column);
        if (v < 0 || v > 1) throw t.error(r, column, "expected a share in [0, 1], found " + t.text(r, column));
        return v;
    }

    private static double positiveShare(TextTable t, int r, String column) {
        double v = share(t, r, column);
        if (v == 0) throw t.error(r, column, "expected a share in (0, 1], found 0");
        return v;
    }

    /** A province with manure but no manure-nutrient demand has no LCCSR (division by zero): reject it. */
    private static void checkDefined(ManureData data, TextTable crop, int[] rows) {
        NutrientBalance b = NutrientBalance.of(data);
        for (int i = 0; i < data.size(); i++) {
            if (b.supplyN(i) > 0 && !(b.demandN(i) > 0)) {
                throw crop.error(rows[i], "n_t", "province " + data.code(i) + " has manure N but no N demand from manure "
                        + "(crop demand x FP x MP / MR = 0): its LCCSR is undefined");
            }
            if (b.supplyP(i) > 0 && !(b.demandP(i) > 0)) {
                throw crop.error(rows[i], "p_t", "province " + data.code(i) + " has manure P but no P demand from manure "
                        + "(crop demand x FP x MP / MR = 0): its LCCSR is undefined");
            }
        }
    }
}
