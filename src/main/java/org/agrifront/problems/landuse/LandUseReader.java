package org.agrifront.problems.landuse;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.agrifront.io.InputException;
import org.agrifront.io.Numbers;
import org.agrifront.io.TextTable;
import org.agrifront.problems.landuse.LandUseData.Service;

/**
 * Reads an LPJ-GUESS land-use instance in the layout of the public {@code lpjguessOptim} data:
 * <ul>
 * <li>{@code ESquant/ESquant_rcp{RCP}_{PERIOD}_INT_{N}_v8b_4gcms_{CStor|FoPro|WaSu|Forage}[_cor4ProtArea].txt}:
 * header {@code Lon Lat PNV … Pas [ID]}, one row per cell, whitespace- or tab-separated;</li>
 * <li>{@code constraints.csv}: reference totals per scenario (columns {@code carbon food water forage rcp
 * timePeriod}), converted to file units (carbon ×1e3, food ×1e9, water ×1e3, forage ×1e3);</li>
 * <li>{@code fpu2biomeGrid.csv}: {@code Lon;Lat;ATbiome;FPU_code;newFPU;…}, the biome and food-producing unit ×
 * biome of every cell, joined on coordinates.</li>
 * </ul>
 */
public final class LandUseReader {
    public static final String CORRECTED_SUFFIX = "_cor4ProtArea";

    /**
     * Plausible magnitude of one cell value in file units: LPJ-GUESS's largest (food, 1e-9 Ecal) is below 1e8; the
     * fixed-point form holds up to 1e11.
     */
    public static final double MAX_CELL_VALUE = 1e11;
    /** Plausible reference total in file units (the real ones are below 3e10); a larger one cannot be a target. */
    public static final double MAX_REFERENCE = 1e11;
    /**
     * Largest fixed-point total any allocation may reach (sum over cells of the largest |value|): half of
     * {@code Long.MAX_VALUE}, so totals and their differences to a target never overflow.
     */
    static final double MAX_FIXED_TOTAL = Long.MAX_VALUE / 2.0;

    private LandUseReader() {
    }

    /** Carbon, food and forage are amounts (>= 0); runoff may be negative (irrigation can take more than falls). */
    static boolean mayBeNegative(Service s) {
        return s == Service.RUNOFF;
    }

    /** The ESquant file of one service and scenario (which must exist exactly once). */
    public static Path esquantFile(Path dir, String rcp, String period, Service service, boolean corrected) {
        Path esquant = dir.resolve("ESquant");
        String suffix = "_" + service.fileCode + (corrected ? CORRECTED_SUFFIX : "") + ".txt";
        Pattern pattern = Pattern.compile(Pattern.quote("ESquant_rcp" + rcp + "_" + period + "_INT_")
                + "\\d+_v8b_4gcms" + Pattern.quote(suffix));
        String expected = "ESquant_rcp" + rcp + "_" + period + "_INT_<cells>_v8b_4gcms" + suffix;
        if (!Files.isDirectory(esquant)) {
            throw InputException.file(esquant, "data folder not found (expected the ESquant tables, e.g. " + expected
                    + "; see README: 'Real data')");
        }
        List<Path> hits = new ArrayList<>();
        String cellsSeen = null;
        Pattern sibling = Pattern.compile(Pattern.quote("ESquant_rcp" + rcp + "_" + period + "_INT_") + "(\\d+)_v8b_4gcms_.*");
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(esquant)) {
            for (Path p : ds) {
                String name = p.getFileName().toString();
                if (pattern.matcher(name).matches()) hits.add(p);
                java.util.regex.Matcher m = sibling.matcher(name);
                if (m.matches()) cellsSeen = m.group(1);
            }
        } catch (IOException e) {
            throw InputException.file(esquant, "cannot list: " + e.getMessage());
        }
        if (hits.isEmpty()) {
            // name the file exactly when the scenario's other tables tell the cell count
            String name = cellsSeen == null ? expected : expected.replace("<cells>", cellsSeen);
            throw InputException.file(esquant.resolve(name), "file not found");
        }
        if (hits.size() > 1) throw InputException.file(esquant, "more than one file matches " + expected + ": " + hits);
        return hits.get(0);
    }

    /** Reads scenario ({@code rcp}, {@code period}) from {@code dir}. */
    public static LandUseData read(Path dir, String rcp, String period, boolean protectedAreaCorrection) {
        int options = LandUseData.LAND_USES.size();
        double[] lon = null, lat = null;
        long[] values = null;
        Path first = null;
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("dataDir", dir.toString());
        provenance.put("scenario", "rcp" + rcp + " " + period);
        provenance.put("protectedAreaCorrection", protectedAreaCorrection);
        List<String> files = new ArrayList<>();
        for (Service s : Service.values()) {
            Path f = esquantFile(dir, rcp, period, s, protectedAreaCorrection);
            files.add(f.getFileName().toString());
            TextTable t = TextTable.read(f, TextTable.Delimiter.WHITESPACE).requireRows();
            t.requireColumns("Lon", "Lat");
            int[] col = new int[options];
            for (int o = 0; o < options; o++) col[o] = t.column(LandUseData.LAND_USES.get(o));
            int n = t.size();
            if (lon == null) {
                lon = new double[n];
                lat = new double[n];
                values = new long[n * options * LandUseData.SERVICES];
                first = f;
                Map<Long, Integer> seen = new HashMap<>();
                Map<String, Integer> ids = new HashMap<>();
                for (int r = 0; r < n; r++) {
                    lon[r] = t.inRange(r, "Lon", -180, 180, "degrees");
                    lat[r] = t.inRange(r, "Lat", -90, 90, "degrees");
                    Integer prev = seen.put(key(lon[r], lat[r]), r);
                    if (prev != null) {
                        throw t.error(r, "Lon", "cell " + t.text(r, "Lon") + "/" + t.text(r, "Lat") + " listed twice (also line "
                                + t.line(prev) + ")");
                    }
                    if (t.hasColumn("ID")) {
                        prev = ids.put(t.text(r, "ID"), r);
                        if (prev != null) throw t.error(r, "ID", "cell id " + t.text(r, "ID") + " listed twice (also line " + t.line(prev) + ")");
                    }
                }
            } else if (n != lon.length) {
                throw InputException.file(f, "has " + n + " cells but " + first.getFileName() + " has " + lon.length);
            }
            int lonCol = t.column("Lon"), latCol = t.column("Lat");
            double reach = 0;
            for (int r = 0; r < n; r++) {
                if (t.number(r, lonCol) != lon[r] || t.number(r, latCol) != lat[r]) {
                    throw t.error(r, "Lon", "cell " + (r + 1) + " is at " + t.text(r, lonCol) + "/" + t.text(r, latCol)
                            + " but at " + lon[r] + "/" + lat[r] + " in " + first.getFileName());
                }
                double largest = 0;
                for (int o = 0; o < options; o++) {
                    String use = LandUseData.LAND_USES.get(o);
                    double v = t.inRange(r, use, mayBeNegative(s) ? -MAX_CELL_VALUE : 0, MAX_CELL_VALUE, s.unit);
                    values[(r * options + o) * LandUseData.SERVICES + s.ordinal()] = LandUseData.toFixed(v);
                    largest = Math.max(largest, Math.abs(v));
                }
                reach += largest;
            }
            // the largest total any allocation can reach, summed in double: must fit the fixed-point long
            if (!(reach * LandUseData.SCALE <= MAX_FIXED_TOTAL)) {
                throw InputException.file(f, "the " + s.label + " values sum to up to " + reach + " " + s.unit
                        + " over the cells, more than fixed point can total (" + MAX_FIXED_TOTAL / LandUseData.SCALE + ")");
            }
        }
        provenance.put("files", files);
        double[] reference = readReference(dir.resolve("constraints.csv"), rcp, period);
        int[][] membership = readMembership(dir.resolve("fpu2biomeGrid.csv"), lon, lat, first);
        return new LandUseData(lon, lat, membership[0], membership[1], options, values, reference, provenance);
    }

    /** Reference totals of one scenario in file units. */
    public static double[] readReference(Path file, String rcp, String period) {
        TextTable t = TextTable.read(file, TextTable.Delimiter.WHITESPACE).requireRows();
        t.requireColumns("rcp", "timePeriod");
        List<String> seen = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) {
            String rowRcp = t.text(r, "rcp"), rowPeriod = t.text(r, "timePeriod");
            seen.add("rcp" + rowRcp + " " + rowPeriod);
            if (!rowRcp.equals(rcp) || !rowPeriod.equals(period)) continue;
            double[] ref = new double[LandUseData.SERVICES];
            for (Service s : Service.values()) {
                // a reference is a positive total: constraints are fractions of it and weights divide by it
                double v = t.number(r, s.referenceColumn) * s.referenceFactor;
                if (!(v > 0 && v <= MAX_REFERENCE)) {
                    throw t.error(r, s.referenceColumn, "expected a reference total in (0, " + Numbers.format(MAX_REFERENCE / s.referenceFactor)
                            + "], found " + t.text(r, s.referenceColumn));
                }
                ref[s.ordinal()] = v;
            }
            return ref;
        }
        throw InputException.file(file, "no row for scenario rcp" + rcp + " " + period + "; the file has: " + String.join(", ", seen));
    }

    /** Biome ({@code ATbiome}) and unit ({@code newFPU}) of every cell, joined on coordinates. */
    private static int[][] readMembership(Path file, double[] lon, double[] lat, Path cellsFile) {
        TextTable t = TextTable.read(file, TextTable.Delimiter.SEMICOLON).requireRows();
        t.requireColumns("Lon", "Lat", "ATbiome", "newFPU");
        Map<Long, Integer> rowOf = new HashMap<>();
        for (int r = 0; r < t.size(); r++) {
            Integer prev = rowOf.put(key(t.number(r, "Lon"), t.number(r, "Lat")), r);
            if (prev != null) throw t.error(r, "Lon", "cell " + t.text(r, "Lon") + "/" + t.text(r, "Lat") + " listed twice (also line " + t.line(prev) + ")");
        }
        int[] biome = new int[lon.length], unit = new int[lon.length];
        for (int c = 0; c < lon.length; c++) {
            Integer r = rowOf.get(key(lon[c], lat[c]));
            if (r == null) {
                throw new InputException(file, 0, "Lon", "no row for cell " + (c + 1) + " at " + lon[c] + "/" + lat[c]
                        + " of " + cellsFile.getFileName());
            }
            biome[c] = t.integer(r, "ATbiome");
            unit[c] = t.integer(r, "newFPU");
            if (biome[c] < 1) throw t.error(r, "ATbiome", "expected a biome id >= 1, found " + t.text(r, "ATbiome"));
        }
        return new int[][] {biome, unit};
    }

    /** Coordinates to a join key at 1e-4 degree. */
    private static long key(double lon, double lat) {
        return Math.round(lon * 1e4) * 10_000_000L + Math.round(lat * 1e4);
    }
}
