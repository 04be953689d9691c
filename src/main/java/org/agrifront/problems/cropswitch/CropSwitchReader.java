package org.agrifront.problems.cropswitch;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.agrifront.io.InputException;
import org.agrifront.io.TextTable;

/**
 * Reads a crop-switching instance from a folder in the layout of the SPAM 2010 v2.0 tables (IFPRI, "Global
 * Spatially-Disaggregated Crop Production Statistics Data for 2010 Version 2.0", doi:10.7910/DVN/PRFF8V), so SPAM
 * extracts plug in unchanged, plus four small tables for what SPAM does not hold:
 * <pre>
 * spam2010V2r0_global_H_TA.csv  harvested area, all technologies (ha)     SPAM layout, crop columns CODE_a
 * spam2010V2r0_global_H_TI.csv  harvested area, irrigated (ha)            SPAM layout, crop columns CODE_i
 * spam2010V2r0_global_Y_TA.csv  yield, all technologies (kg/ha)           SPAM layout, crop columns CODE_a
 * crops.csv           crop,spam_code,name,season
 * province-crops.csv  name_adm1,crop,spam_share,n_kg_ha,p2o5_kg_ha,k2o_kg_ha,pesticide_kg_ha,net_profit_usd_kg
 * cell-crops.csv      cell5m,crop,blue_water_m3_ha,green_water_m3_ha,ghg_t_co2e_ha
 * rotations.csv       crop_a,crop_b
 * </pre>
 * The SPAM tables are comma-separated, Latin-1, one row per 5-arc-minute cell with SPAM's columns {@code iso3,
 * prod_level, alloc_key, cell5m, x, y, rec_type, tech_type, unit}, one column per SPAM crop code
 * ({@code whea_a … rest_a}; suffix {@code _i} in the irrigated table), then {@code crea_date, year_data, source,
 * name_cntr, name_adm1, name_adm2}. The reader needs {@code cell5m, x, y, name_adm1} and the columns of the codes in
 * {@code crops.csv}; with {@code iso3} set it keeps that country's rows, so the global files work as they are.
 * <p>
 * The study's 13 crops map onto 9 SPAM codes: spring and winter wheat on {@code whea}; early, middle-season and late
 * rice on {@code rice}; spring and summer maize on {@code maiz}; soybean {@code soyb}, rapeseed {@code rape},
 * groundnut {@code grou}, cotton {@code cott}, sugar beet {@code sugb}, sugarcane {@code sugc}.
 * {@code province-crops.csv} gives each crop's share of its code's area in a province (the paper's regional
 * cropping calendars; shares of one code sum to 1) and the provincial intensities the paper takes from the NDRC
 * cost–benefit compendium: fertiliser N, P2O5, K2O and pesticide (kg/ha) and net profit (US$/kg).
 * {@code cell-crops.csv} holds the gridded intensities: irrigation requirement of an irrigated hectare and green
 * water (m3/ha, the paper's crop water model) and GHG emissions (t CO2e/ha, Carlson et al. 2017). Blue water of a
 * harvested hectare is the irrigation requirement times the crop's irrigated share in the cell (H_TI / H_TA).
 * {@code rotations.csv} lists the pairs of crops that may replace each other in a cell.
 */
public final class CropSwitchReader {
    public static final String HARVESTED = "spam2010V2r0_global_H_TA.csv";
    public static final String IRRIGATED = "spam2010V2r0_global_H_TI.csv";
    public static final String YIELD = "spam2010V2r0_global_Y_TA.csv";
    public static final String CROPS = "crops.csv";
    public static final String PROVINCE_CROPS = "province-crops.csv";
    public static final String CELL_CROPS = "cell-crops.csv";
    public static final String ROTATIONS = "rotations.csv";

    /** SPAM's tables are Latin-1 (country and district names). */
    static final Charset SPAM_CHARSET = StandardCharsets.ISO_8859_1;

    /** The 42 crop codes of SPAM 2010, in the order of its columns. */
    public static final List<String> SPAM_CODES = List.of("whea", "rice", "maiz", "barl", "pmil", "smil", "sorg",
            "ocer", "pota", "swpo", "yams", "cass", "orts", "bean", "chic", "cowp", "pige", "lent", "opul", "soyb",
            "grou", "cnut", "oilp", "sunf", "rape", "sesa", "ooil", "sugc", "sugb", "cott", "ofib", "acof", "rcof",
            "coco", "teas", "toba", "bana", "plnt", "trof", "temf", "vege", "rest");

    /** SPAM's leading and trailing columns around the crop columns. */
    public static final List<String> SPAM_LEADING = List.of("iso3", "prod_level", "alloc_key", "cell5m", "x", "y",
            "rec_type", "tech_type", "unit");
    public static final List<String> SPAM_TRAILING = List.of("crea_date", "year_data", "source", "name_cntr",
            "name_adm1", "name_adm2");

    // Plausible ranges, declared per quantity: far beyond real values, low enough that no objective total can
    // overflow (validate then catches what a run would die on).
    /** Harvested area of one crop code in a 5-arc-minute cell (ha): the cell is at most 8,600 ha, twice with double cropping. */
    static final double MAX_CELL_HECTARES = 1e5;
    /** Yield (kg/ha); sugarcane, the heaviest, gives about 1.2e5. */
    static final double MAX_YIELD = 1e6;
    /** Fertiliser and pesticide use (kg/ha). */
    static final double MAX_INPUT = 1e4;
    /** |Net profit| (US$/kg); real crops earn well under 1. */
    static final double MAX_PROFIT = 100;
    /** Water requirement (m3/ha); rice needs about 1.5e4. */
    static final double MAX_WATER = 1e5;
    /** GHG emissions (t CO2e/ha). */
    static final double MAX_GHG = 1e3;

    /** Tolerance for irrigated area above harvested area: SPAM rounds areas to 0.1 ha. */
    private static final double AREA_ROUNDING = 0.5;

    private CropSwitchReader() {
    }

    /** Reads the instance in {@code dir}, keeping the rows of country {@code iso3} (all rows when null). */
    public static CropSwitchData read(Path dir, String iso3) {
        Path cropsFile = dir.resolve(CROPS);
        List<Crop> crops = readCrops(cropsFile);
        Map<String, Integer> cropIndex = new HashMap<>();
        for (int k = 0; k < crops.size(); k++) cropIndex.put(crops.get(k).id(), k);
        List<String> codes = new ArrayList<>(new TreeSet<>(crops.stream().map(Crop::spamCode).toList()));
        codes.sort((a, b) -> SPAM_CODES.indexOf(a) - SPAM_CODES.indexOf(b));
        List<int[]> pairs = readRotations(dir.resolve(ROTATIONS), cropIndex, cropsFile);

        // harvested area: the cells
        TextTable ha = spamTable(dir.resolve(HARVESTED), iso3);
        ha.requireColumns("cell5m", "x", "y", "name_adm1");
        Map<Long, Integer> rowOf = new LinkedHashMap<>();
        List<Integer> rows = new ArrayList<>();
        double[][] codeArea = new double[ha.size()][];
        for (int r = 0; r < ha.size(); r++) {
            double[] a = new double[codes.size()];
            double sum = 0;
            for (int s = 0; s < codes.size(); s++) {
                a[s] = ha.inRange(r, codes.get(s) + "_a", 0, MAX_CELL_HECTARES, "ha");
                sum += a[s];
            }
            long id = cellId(ha, r);
            Integer prev = rowOf.put(id, r);
            if (prev != null) throw ha.error(r, "cell5m", "cell " + id + " listed twice (also line " + ha.line(prev) + ")");
            codeArea[r] = a;
            if (sum > 0) rows.add(r);
        }
        if (rows.isEmpty()) {
            throw InputException.file(ha.file(), "no cell with harvested area of the crops in " + CROPS
                    + (iso3 == null ? "" : " for iso3 '" + iso3 + "'"));
        }
        double[][] irrigated = codeValues(spamTable(dir.resolve(IRRIGATED), iso3), "_i", codes, rowOf, ha, rows, true);
        double[][] yieldKg = codeValues(spamTable(dir.resolve(YIELD), iso3), "_a", codes, rowOf, ha, rows, false);

        // provinces of the cells, in order of first appearance
        List<String> provinces = new ArrayList<>();
        Map<String, Integer> provinceIndex = new HashMap<>();
        int n = rows.size();
        long[] cell5m = new long[n];
        double[] x = new double[n], y = new double[n];
        int[] cellProvince = new int[n];
        for (int c = 0; c < n; c++) {
            int r = rows.get(c);
            cell5m[c] = cellId(ha, r);
            x[c] = ha.inRange(r, "x", -180, 180, "degrees");
            y[c] = ha.inRange(r, "y", -90, 90, "degrees");
            String p = ha.text(r, "name_adm1");
            cellProvince[c] = provinceIndex.computeIfAbsent(p, key -> {
                provinces.add(key);
                return provinces.size() - 1;
            });
        }
        ProvinceCrops pc = readProvinceCrops(dir.resolve(PROVINCE_CROPS), cropIndex, crops, cropsFile);
        Map<Long, double[][]> gridded = readCellCrops(dir.resolve(CELL_CROPS), cropIndex, cropsFile, rowOf.keySet());

        int k = crops.size();
        double[][] cellArea = new double[n][k], cellYield = new double[n][k];
        double[][][] intensity = new double[n][k][Dimension.COUNT];
        for (int c = 0; c < n; c++) {
            int r = rows.get(c);
            String province = provinces.get(cellProvince[c]);
            for (int s = 0; s < codes.size(); s++) {
                double codeHa = codeArea[r][s];
                if (codeHa <= 0) continue;
                String code = codes.get(s);
                if (!pc.hasCode(province, code)) {
                    throw ha.error(r, code + "_a", "cell " + cell5m[c] + " in province '" + province + "' grows SPAM crop '"
                            + code + "' but " + PROVINCE_CROPS + " has no row for a crop of '" + code + "' in '" + province + "'");
                }
                double irrigatedShare = Math.min(1.0, irrigated[c][s] / codeHa);
                for (int j = 0; j < k; j++) {
                    if (!crops.get(j).spamCode().equals(code)) continue;
                    double[] prov = pc.values(province, j);
                    if (prov == null || prov[0] <= 0) continue;
                    double[] grid = gridded.get(cell5m[c]) == null ? null : gridded.get(cell5m[c])[j];
                    if (grid == null) {
                        throw new InputException(dir.resolve(CELL_CROPS), 0, "crop", "no row for cell5m " + cell5m[c] + " and crop '"
                                + crops.get(j).id() + "', which the cell grows (" + HARVESTED + " line " + ha.line(r) + ")");
                    }
                    cellArea[c][j] = codeHa * prov[0];
                    cellYield[c][j] = yieldKg[c][s] / 1e3;
                    double[] u = intensity[c][j];
                    u[Dimension.BLUE_WATER.ordinal()] = grid[0] * irrigatedShare / 1e6;
                    u[Dimension.GREEN_WATER.ordinal()] = grid[1] / 1e6;
                    u[Dimension.GHG.ordinal()] = grid[2] / 1e3;
                    u[Dimension.NITROGEN.ordinal()] = prov[1] / 1e3;
                    u[Dimension.PHOSPHORUS.ordinal()] = prov[2] / 1e3;
                    u[Dimension.POTASSIUM.ordinal()] = prov[3] / 1e3;
                    u[Dimension.PESTICIDES.ordinal()] = prov[4] / 1e3;
                    u[Dimension.INCOME.ordinal()] = yieldKg[c][s] * prov[5] / 1e6;
                }
            }
        }
        checkTotals(dir, crops, cellArea, intensity);
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("dataDir", dir.toString());
        if (iso3 != null) provenance.put("iso3", iso3);
        provenance.put("files", List.of(HARVESTED, IRRIGATED, YIELD, CROPS, PROVINCE_CROPS, CELL_CROPS, ROTATIONS));
        provenance.put("rotationPairs", pairs.size());
        return CropSwitchData.build(crops, provinces, cell5m, x, y, cellProvince, cellArea, cellYield, intensity, pairs,
                provenance);
    }

    /** Every dimension's largest total (all area under each cell's most intensive crop), summed in double, is finite. */
    private static void checkTotals(Path dir, List<Crop> crops, double[][] cellArea, double[][][] intensity) {
        for (Dimension d : Dimension.values()) {
            double total = 0;
            for (int c = 0; c < cellArea.length; c++) {
                double area = 0, most = 0;
                for (int j = 0; j < crops.size(); j++) {
                    area += cellArea[c][j];
                    most = Math.max(most, Math.abs(intensity[c][j][d.ordinal()]));
                }
                total += area * most;
            }
            if (!Double.isFinite(total) || total > Double.MAX_VALUE / 1e6) {
                throw InputException.file(dir, "the " + d.label + " of the instance can reach " + total + " " + d.unit + ": too large to evaluate");
            }
        }
    }

    private static TextTable spamTable(Path file, String iso3) {
        if (iso3 == null) return TextTable.read(file, TextTable.Delimiter.COMMA, SPAM_CHARSET, null);
        int[] col = {-2};
        return TextTable.read(file, TextTable.Delimiter.COMMA, SPAM_CHARSET, (header, fields) -> {
            if (col[0] == -2) {
                col[0] = header.indexOf("iso3");
                if (col[0] < 0) {
                    throw new InputException(file, 1, "iso3", "missing column (needed to keep the rows of '" + iso3
                            + "'); the header has: " + String.join(", ", header));
                }
            }
            return iso3.equals(fields[col[0]]);
        });
    }

    private static long cellId(TextTable t, int row) {
        String s = t.text(row, "cell5m");
        try {
            long v = Long.parseLong(s);
            if (v < 0) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException e) {
            try {
                double d = Double.parseDouble(s);
                if (d >= 0 && d == Math.rint(d) && d < 1e15) return (long) d;
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw t.error(row, "cell5m", "expected a cell id (integer >= 0), found '" + s + "'");
        }
    }

    /**
     * Per-code values of the instance's cells from a second SPAM table, joined on {@code cell5m}: irrigated areas
     * (at most the harvested area) or yields (positive wherever the crop is harvested).
     */
    private static double[][] codeValues(TextTable t, String suffix, List<String> codes, Map<Long, Integer> haRowOf,
                                         TextTable ha, List<Integer> haRows, boolean irrigated) {
        t.requireColumns("cell5m");
        Map<Long, Integer> rowOf = new HashMap<>();
        for (int r = 0; r < t.size(); r++) {
            long id = cellId(t, r);
            if (!haRowOf.containsKey(id)) continue;
            Integer prev = rowOf.put(id, r);
            if (prev != null) throw t.error(r, "cell5m", "cell " + id + " listed twice (also line " + t.line(prev) + ")");
        }
        double[][] out = new double[haRows.size()][codes.size()];
        for (int c = 0; c < haRows.size(); c++) {
            int hr = haRows.get(c);
            long id = cellId(ha, hr);
            Integer r = rowOf.get(id);
            if (r == null) {
                throw new InputException(t.file(), 0, "cell5m", "no row for cell " + id + " (" + ha.file().getFileName()
                        + " line " + ha.line(hr) + ")");
            }
            for (int s = 0; s < codes.size(); s++) {
                String col = codes.get(s) + suffix;
                double v = t.inRange(r, col, 0, irrigated ? MAX_CELL_HECTARES : MAX_YIELD, irrigated ? "ha" : "kg/ha");
                double harvested = ha.number(hr, codes.get(s) + "_a");
                if (irrigated && v > harvested + AREA_ROUNDING) {
                    throw t.error(r, col, "irrigated area " + t.text(r, col) + " ha exceeds the harvested area "
                            + ha.text(hr, codes.get(s) + "_a") + " ha of " + ha.file().getFileName() + " line " + ha.line(hr));
                }
                if (!irrigated && harvested > 0 && v <= 0) {
                    throw t.error(r, col, "expected a yield > 0 where " + ha.file().getFileName() + " line " + ha.line(hr)
                            + " has " + ha.text(hr, codes.get(s) + "_a") + " ha, found " + t.text(r, col));
                }
                out[c][s] = v;
            }
        }
        return out;
    }

    /** The crop table. Ids must be unique, codes SPAM 2010 crop codes. */
    public static List<Crop> readCrops(Path file) {
        TextTable t = TextTable.read(file, TextTable.Delimiter.COMMA);
        t.requireColumns("crop", "spam_code", "name", "season");
        List<Crop> crops = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int r = 0; r < t.size(); r++) {
            String id = t.text(r, "crop");
            if (id.isEmpty()) throw t.error(r, "crop", "empty crop id");
            Integer prev = seen.put(id, r);
            if (prev != null) throw t.error(r, "crop", "crop '" + id + "' listed twice (also line " + t.line(prev) + ")");
            String code = t.text(r, "spam_code");
            if (!SPAM_CODES.contains(code)) {
                throw t.error(r, "spam_code", "unknown SPAM 2010 crop code '" + code + "'; known: " + String.join(", ", SPAM_CODES));
            }
            crops.add(new Crop(id, code, t.text(r, "name"), t.text(r, "season")));
        }
        if (crops.isEmpty()) throw InputException.file(file, "no crops");
        return crops;
    }

    private static int crop(TextTable t, int row, String column, Map<String, Integer> cropIndex, Path cropsFile) {
        String id = t.text(row, column);
        Integer k = cropIndex.get(id);
        if (k == null) {
            throw t.error(row, column, "unknown crop '" + id + "': not in the crop table " + cropsFile.getFileName()
                    + " (" + String.join(", ", new TreeSet<>(cropIndex.keySet())) + ")");
        }
        return k;
    }

    /** Pairs of crops that may replace each other. */
    static List<int[]> readRotations(Path file, Map<String, Integer> cropIndex, Path cropsFile) {
        TextTable t = TextTable.read(file, TextTable.Delimiter.COMMA);
        t.requireColumns("crop_a", "crop_b");
        List<int[]> pairs = new ArrayList<>();
        Map<Long, Integer> seen = new HashMap<>();
        for (int r = 0; r < t.size(); r++) {
            int a = crop(t, r, "crop_a", cropIndex, cropsFile), b = crop(t, r, "crop_b", cropIndex, cropsFile);
            if (a == b) throw t.error(r, "crop_b", "a crop cannot replace itself ('" + t.text(r, "crop_b") + "')");
            Integer prev = seen.put((long) Math.min(a, b) << 32 | Math.max(a, b), r);
            if (prev != null) {
                throw t.error(r, "crop_b", "pair " + t.text(r, "crop_a") + "/" + t.text(r, "crop_b") + " listed twice (also line " + t.line(prev) + ")");
            }
            pairs.add(new int[] {a, b});
        }
        return pairs;
    }

    /** Provincial shares and intensities: [share, N, P2O5, K2O, pesticide, net profit] per (province, crop). */
    private record ProvinceCrops(Map<String, double[][]> values, Map<String, Set<String>> codes) {
        boolean hasCode(String province, String code) {
            Set<String> s = codes.get(province);
            return s != null && s.contains(code);
        }

        double[] values(String province, int crop) {
            double[][] v = values.get(province);
            return v == null ? null : v[crop];
        }
    }

    private static final String[] PROVINCE_COLUMNS = {"spam_share", "n_kg_ha", "p2o5_kg_ha", "k2o_kg_ha",
            "pesticide_kg_ha", "net_profit_usd_kg"};

    private static ProvinceCrops readProvinceCrops(Path file, Map<String, Integer> cropIndex, List<Crop> crops, Path cropsFile) {
        TextTable t = TextTable.read(file, TextTable.Delimiter.COMMA);
        t.requireColumns("name_adm1", "crop");
        t.requireColumns(PROVINCE_COLUMNS);
        Map<String, double[][]> values = new HashMap<>();
        Map<String, Set<String>> codes = new HashMap<>();
        Map<String, Double> shareSum = new TreeMap<>();
        Map<String, Integer> lastRow = new HashMap<>();
        for (int r = 0; r < t.size(); r++) {
            String p = t.text(r, "name_adm1");
            int k = crop(t, r, "crop", cropIndex, cropsFile);
            double[][] v = values.computeIfAbsent(p, key -> new double[crops.size()][]);
            if (v[k] != null) throw t.error(r, "crop", "crop '" + crops.get(k).id() + "' listed twice for province '" + p + "'");
            double[] row = new double[PROVINCE_COLUMNS.length];
            for (int i = 0; i < row.length; i++) {
                row[i] = i == 0 ? t.inRange(r, PROVINCE_COLUMNS[i], 0, 1, "")
                        : i == PROVINCE_COLUMNS.length - 1 ? t.inRange(r, PROVINCE_COLUMNS[i], -MAX_PROFIT, MAX_PROFIT, "US$/kg")
                        : t.inRange(r, PROVINCE_COLUMNS[i], 0, MAX_INPUT, "kg/ha");
            }
            if (row[0] > 1) throw t.error(r, "spam_share", "expected a share in [0, 1], found " + t.text(r, "spam_share"));
            v[k] = row;
            String key = p + "\u0000" + crops.get(k).spamCode();
            shareSum.merge(key, row[0], Double::sum);
            lastRow.put(key, r);
            codes.computeIfAbsent(p, key2 -> new TreeSet<>()).add(crops.get(k).spamCode());
        }
        for (Map.Entry<String, Double> e : shareSum.entrySet()) {
            if (Math.abs(e.getValue() - 1.0) > 1e-6) {
                String[] pc = e.getKey().split("\u0000");
                throw t.error(lastRow.get(e.getKey()), "spam_share", "the shares of the crops of SPAM code '" + pc[1]
                        + "' in province '" + pc[0] + "' sum to " + e.getValue() + ", expected 1");
            }
        }
        return new ProvinceCrops(values, codes);
    }

    private static final String[] CELL_COLUMNS = {"blue_water_m3_ha", "green_water_m3_ha", "ghg_t_co2e_ha"};

    /** Gridded intensities by cell: [crop][blue, green, ghg]; rows of cells outside the instance are skipped. */
    private static Map<Long, double[][]> readCellCrops(Path file, Map<String, Integer> cropIndex, Path cropsFile, Set<Long> cells) {
        TextTable t = TextTable.read(file, TextTable.Delimiter.COMMA);
        t.requireColumns("cell5m", "crop");
        t.requireColumns(CELL_COLUMNS);
        Map<Long, double[][]> out = new HashMap<>();
        int k = cropIndex.size();
        for (int r = 0; r < t.size(); r++) {
            long id = cellId(t, r);
            int crop = crop(t, r, "crop", cropIndex, cropsFile);
            if (!cells.contains(id)) continue;
            double[][] v = out.computeIfAbsent(id, key -> new double[k][]);
            if (v[crop] != null) throw t.error(r, "crop", "cell " + id + " and crop '" + t.text(r, "crop") + "' listed twice");
            double[] row = new double[CELL_COLUMNS.length];
            for (int i = 0; i < row.length; i++) {
                row[i] = t.inRange(r, CELL_COLUMNS[i], 0, i < 2 ? MAX_WATER : MAX_GHG, i < 2 ? "m3/ha" : "t CO2e/ha");
            }
            v[crop] = row;
        }
        return out;
    }
}
