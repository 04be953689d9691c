package org.agrifront.problems.allocation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.agrifront.core.Sense;
import org.agrifront.io.InputException;
import org.agrifront.io.Json;
import org.agrifront.io.TextTable;
import org.agrifront.problems.ProblemSource;
import org.agrifront.problems.Problems;

/**
 * Reads a {@code "type": "allocation"} problem file and its tables (see {@code docs/own-problems.md}):
 * <pre>{@code
 * {"type": "allocation", "name": "my-landscape", "cells": "cells.csv", "options": ["forest", "cropland", "pasture"],
 *  "values": {"carbon": "carbon.csv", "food": "food.csv", "water": "water.csv"},
 *  "objectives": [{"name": "carbon", "sense": "max", "unit": "t C"}, {"name": "food", "sense": "max"}],
 *  "constraints": [{"value": "water", "min": 1.0e6}, {"value": "food", "min": {"baseline": "current"}}],
 *  "baseline": "current", "groups": ["region"]}
 * }</pre>
 * Table paths are relative to the problem file (or to {@code --data DIR}). Fields whose name starts with {@code _}
 * are comments and ignored; any other unknown field is an error. Every error names the file, the line or JSON path
 * and the field.
 */
public final class AllocationReader {
    static final Set<String> TOP = Set.of("type", "name", "description", "cells", "options", "values", "objectives",
            "constraints", "baseline", "groups");
    /** Largest fixed-point exponent; values are kept to 9 decimals at most. */
    static final int MAX_DECIMALS = 9;
    /** Sums of the largest values must fit this in fixed point (a quarter of 2^62: room for bound factors up to 4). */
    static final double HEADROOM = 0x1p62 / 4;

    private AllocationReader() {
    }

    public static AllocationProblem read(ProblemSource source) {
        Path file = source.file();
        JsonNode root = Json.tree(file);
        if (!root.isObject()) throw new InputException(file, 1, "$", "expected a JSON object");
        checkFields(file, "$", root, TOP);
        Path dir = source.dataOverride() != null ? source.dataOverride()
                : file.toAbsolutePath().normalize().getParent();
        String name = optionalText(file, root, "name");
        if (name == null) name = Problems.defaultName(file);
        String description = optionalText(file, root, "description");

        List<String> options = textList(file, root, "options", true);
        if (options.isEmpty() || options.size() > Byte.MAX_VALUE) {
            throw Json.invalid(file, "$.options", "expected 1 to " + Byte.MAX_VALUE + " option names, found " + options.size());
        }
        checkDistinct(file, "$.options", options);
        List<String> groupNames = root.has("groups") ? textList(file, root, "groups", false) : List.of();
        String baseline = optionalText(file, root, "baseline");

        JsonNode valuesNode = root.get("values");
        if (valuesNode == null) throw Json.missing(file, "$.values");
        if (!valuesNode.isObject() || valuesNode.isEmpty()) {
            throw Json.invalid(file, "$.values", "expected an object naming at least one values file, e.g. {\"carbon\": \"carbon.csv\"}");
        }
        Map<String, Path> valueFiles = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = valuesNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().startsWith("_")) continue;
            if (!e.getValue().isTextual()) throw Json.invalid(file, "$.values." + e.getKey(), "expected a file name, found " + e.getValue());
            valueFiles.put(e.getKey(), dir.resolve(e.getValue().asText()).normalize());
        }
        List<String> valueNames = new ArrayList<>(valueFiles.keySet());

        // objectives and constraints refer to value tables by name
        JsonNode objNode = root.get("objectives");
        if (objNode == null) throw Json.missing(file, "$.objectives");
        if (!objNode.isArray() || objNode.isEmpty()) throw Json.invalid(file, "$.objectives", "expected a non-empty array");
        List<ObjectiveSpec> objectives = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < objNode.size(); i++) {
            String at = "$.objectives[" + i + "]";
            JsonNode o = objNode.get(i);
            if (!o.isObject()) throw Json.invalid(file, at, "expected an object like {\"name\": \"carbon\", \"sense\": \"max\"}");
            checkFields(file, at, o, Set.of("name", "value", "sense", "unit"));
            String oname = requireText(file, at, o, "name");
            String value = o.has("value") ? requireText(file, at, o, "value") : oname;
            int t = tableIndex(file, at + (o.has("value") ? ".value" : ".name"), valueNames, value);
            Sense sense;
            try {
                sense = Sense.parse(requireText(file, at, o, "sense"));
            } catch (IllegalArgumentException e) {
                throw Json.invalid(file, at + ".sense", e.getMessage());
            }
            if (!seen.add(oname)) throw Json.invalid(file, at + ".name", "objective '" + oname + "' appears twice");
            objectives.add(new ObjectiveSpec(oname, t, sense, o.has("unit") ? requireText(file, at, o, "unit") : ""));
        }
        List<ConstraintSpec> constraints = new ArrayList<>();
        JsonNode conNode = root.get("constraints");
        if (conNode != null && !conNode.isArray()) throw Json.invalid(file, "$.constraints", "expected an array");
        Set<String> allocationColumns = new java.util.LinkedHashSet<>();
        if (baseline != null) allocationColumns.add(baseline);
        for (int i = 0; conNode != null && i < conNode.size(); i++) {
            String at = "$.constraints[" + i + "]";
            JsonNode c = conNode.get(i);
            if (!c.isObject()) throw Json.invalid(file, at, "expected an object like {\"value\": \"water\", \"min\": 1.0e6}");
            checkFields(file, at, c, Set.of("value", "min", "max", "name"));
            String value = requireText(file, at, c, "value");
            int t = tableIndex(file, at + ".value", valueNames, value);
            BoundSpec min = bound(file, at + ".min", c.get("min"), allocationColumns);
            BoundSpec max = bound(file, at + ".max", c.get("max"), allocationColumns);
            if (min == null && max == null) throw Json.invalid(file, at, "give 'min', 'max' or both");
            String cname = c.has("name") ? requireText(file, at, c, "name")
                    : value + (min != null && max != null ? "_range" : min != null ? "_min" : "_max");
            if (!seen.add(cname)) throw Json.invalid(file, at + ".name", "name '" + cname + "' is already used; give the constraint a \"name\"");
            constraints.add(new ConstraintSpec(cname, t, min, max, at));
        }

        Path cellsFile = dir.resolve(requireText(file, "$", root, "cells")).normalize();
        AllocationData data = readTables(file, cellsFile, options, groupNames, allocationColumns, valueNames, valueFiles);
        return new AllocationProblem(name, description, file, data, objectives, constraints, baseline);
    }

    /** An objective as written: its name, value table, sense and unit. */
    record ObjectiveSpec(String name, int table, Sense sense, String unit) {
    }

    /** A bound: a number, or the total of a named allocation (a cells.csv column) times a factor. */
    record BoundSpec(Double number, String allocation, double factor) {
        String describe() {
            if (number != null) return org.agrifront.io.Numbers.format(number);
            return (factor == 1 ? "" : org.agrifront.io.Numbers.format(factor) + " x ") + "'" + allocation + "' total";
        }
    }

    /** A constraint as written: the value table and its bounds; {@code at} is its JSON path for errors. */
    record ConstraintSpec(String name, int table, BoundSpec min, BoundSpec max, String at) {
    }

    private static BoundSpec bound(Path file, String at, JsonNode n, Set<String> allocationColumns) {
        if (n == null || n.isNull()) return null;
        if (n.isNumber()) {
            double v = n.asDouble();
            if (!Double.isFinite(v)) throw Json.invalid(file, at, "expected a finite number, found " + n);
            return new BoundSpec(v, null, 1);
        }
        if (n.isObject()) {
            checkFields(file, at, n, Set.of("baseline", "factor"));
            String col = requireText(file, at, n, "baseline");
            double factor = 1;
            if (n.has("factor")) {
                if (!n.get("factor").isNumber()) throw Json.invalid(file, at + ".factor", "expected a number, found " + n.get("factor"));
                factor = n.get("factor").asDouble();
                if (!(factor >= -100 && factor <= 100)) throw Json.invalid(file, at + ".factor", "expected a number in [-100, 100], found " + n.get("factor"));
            }
            allocationColumns.add(col);
            return new BoundSpec(null, col, factor);
        }
        throw Json.invalid(file, at, "expected a number or {\"baseline\": \"COLUMN\"[, \"factor\": F]}, found " + n);
    }

    /** Reads cells.csv and every values file into fixed-point tables. */
    static AllocationData readTables(Path problemFile, Path cellsFile, List<String> options, List<String> groupNames,
                                     Set<String> allocationColumns, List<String> valueNames, Map<String, Path> valueFiles) {
        TextTable cells = TextTable.read(cellsFile, TextTable.Delimiter.COMMA);
        checkHeader(cells);
        cells.requireColumns("id");
        int n = cells.size();
        if (n == 0) throw InputException.file(cellsFile, "no cells: expected one row per cell after the header");
        List<String> ids = new ArrayList<>(n);
        Map<String, Integer> cellOf = new HashMap<>();
        for (int r = 0; r < n; r++) {
            String id = cells.text(r, "id");
            if (id.isEmpty()) throw cells.error(r, "id", "empty cell id");
            Integer prev = cellOf.put(id, r);
            if (prev != null) throw cells.error(r, "id", "duplicate id '" + id + "' (also on line " + cells.line(prev) + ")");
            ids.add(id);
        }
        double[] lon = null, lat = null;
        if (cells.hasColumn("lon") != cells.hasColumn("lat")) {
            throw new InputException(cellsFile, 1, cells.hasColumn("lon") ? "lat" : "lon", "give both 'lon' and 'lat' or neither");
        }
        if (cells.hasColumn("lon")) {
            lon = new double[n];
            lat = new double[n];
            for (int r = 0; r < n; r++) {
                lon[r] = cells.number(r, "lon");
                lat[r] = cells.number(r, "lat");
                if (lon[r] < -180 || lon[r] > 360) throw cells.error(r, "lon", "expected degrees in [-180, 360], found " + cells.text(r, "lon"));
                if (lat[r] < -90 || lat[r] > 90) throw cells.error(r, "lat", "expected degrees in [-90, 90], found " + cells.text(r, "lat"));
            }
        }
        int[][] groups = new int[groupNames.size()][n];
        List<List<String>> groupLabels = new ArrayList<>();
        for (int g = 0; g < groupNames.size(); g++) {
            String col = groupNames.get(g);
            if (!cells.hasColumn(col)) {
                throw new InputException(cellsFile, 1, col, "missing group column (named in " + problemFile.getFileName()
                        + " $.groups); the header has: " + String.join(", ", cells.header()));
            }
            Map<String, Integer> index = new LinkedHashMap<>();
            for (int r = 0; r < n; r++) {
                String label = cells.text(r, col);
                if (label.isEmpty()) throw cells.error(r, col, "empty group label");
                Integer i = index.get(label);
                if (i == null) index.put(label, i = index.size());
                groups[g][r] = i;
            }
            groupLabels.add(List.copyOf(index.keySet()));
        }

        int k = options.size();
        long[][] fixed = new long[valueNames.size()][];
        int[] decimals = new int[valueNames.size()];
        boolean[] allowed = new boolean[n * k];
        java.util.Arrays.fill(allowed, true);
        String[] emptyIn = new String[n * k]; // first values file leaving the option out, for messages
        for (int t = 0; t < valueNames.size(); t++) {
            Path vf = valueFiles.get(valueNames.get(t));
            int[] written = new int[1];
            double[] raw = readValues(vf, cellsFile, cellOf, ids, options, allowed, emptyIn, written);
            double span = 0;
            for (int c = 0; c < n; c++) {
                double m = 0;
                for (int o = 0; o < k; o++) if (!Double.isNaN(raw[c * k + o])) m = Math.max(m, Math.abs(raw[c * k + o]));
                span += m;
            }
            int d = Math.min(MAX_DECIMALS, written[0]);
            while (d > -18 && span * Math.pow(10, d) > HEADROOM) d--;
            decimals[t] = d;
            double scale = Math.pow(10, d);
            long[] f = new long[n * k];
            for (int i = 0; i < f.length; i++) f[i] = Double.isNaN(raw[i]) ? 0 : Math.round(raw[i] * scale);
            fixed[t] = f;
        }
        for (int c = 0; c < n; c++) {
            boolean any = false;
            for (int o = 0; o < k; o++) any |= allowed[c * k + o];
            if (!any) throw cells.error(c, "id", "cell '" + ids.get(c) + "' has no allowed option (every option is empty in some values file)");
        }
        Map<String, byte[]> allocations = new LinkedHashMap<>();
        for (String col : allocationColumns) {
            if (!cells.hasColumn(col)) {
                throw new InputException(cellsFile, 1, col, "missing allocation column (named as a baseline in "
                        + problemFile.getFileName() + "); the header has: " + String.join(", ", cells.header()));
            }
            byte[] genes = new byte[n];
            for (int r = 0; r < n; r++) {
                String opt = cells.text(r, col);
                int o = options.indexOf(opt);
                if (o < 0) throw cells.error(r, col, "unknown option '" + opt + "'; options: " + String.join(", ", options));
                if (!allowed[r * k + o]) {
                    throw cells.error(r, col, "option '" + opt + "' is not allowed in cell '" + ids.get(r)
                            + "': its field is empty in " + emptyIn[r * k + o]);
                }
                genes[r] = (byte) o;
            }
            allocations.put(col, genes);
        }
        return new AllocationData(List.copyOf(ids), lon, lat, List.copyOf(options), List.copyOf(groupNames), groups,
                List.copyOf(groupLabels), allocations, List.copyOf(valueNames), fixed, decimals, allowed);
    }

    /** One values file: {@code id} plus one column per option; NaN where a field is empty (option not allowed). */
    private static double[] readValues(Path file, Path cellsFile, Map<String, Integer> cellOf, List<String> ids,
                                       List<String> options, boolean[] allowed, String[] emptyIn, int[] maxDecimals) {
        TextTable t = TextTable.read(file, TextTable.Delimiter.COMMA);
        checkHeader(t);
        t.requireColumns("id");
        int k = options.size();
        int[] col = new int[k];
        for (String h : t.header()) {
            if (!h.equals("id") && !options.contains(h)) {
                throw new InputException(file, 1, h, "unknown option column; expected 'id' and the options: " + String.join(", ", options));
            }
        }
        for (int o = 0; o < k; o++) {
            if (!t.hasColumn(options.get(o))) {
                throw new InputException(file, 1, options.get(o), "missing option column (leave its fields empty where the option is not allowed)");
            }
            col[o] = t.column(options.get(o));
        }
        int n = ids.size();
        double[] raw = new double[n * k];
        int[] rowOf = new int[n];
        java.util.Arrays.fill(rowOf, -1);
        for (int r = 0; r < t.size(); r++) {
            String id = t.text(r, "id");
            Integer c = cellOf.get(id);
            if (c == null) throw t.error(r, "id", "id '" + id + "' is not a cell of " + cellsFile.getFileName());
            if (rowOf[c] >= 0) throw t.error(r, "id", "duplicate id '" + id + "' (also on line " + t.line(rowOf[c]) + ")");
            rowOf[c] = r;
            for (int o = 0; o < k; o++) {
                String s = t.text(r, col[o]);
                int i = c * k + o;
                if (s.isEmpty()) {
                    raw[i] = Double.NaN;
                    if (allowed[i]) {
                        allowed[i] = false;
                        emptyIn[i] = file.getFileName().toString();
                    }
                    continue;
                }
                double v;
                try {
                    v = Double.parseDouble(s);
                } catch (NumberFormatException e) {
                    v = Double.NaN;
                }
                if (!Double.isFinite(v)) {
                    throw t.error(r, options.get(o), "expected a number (or an empty field: option not allowed), found '" + s + "'");
                }
                raw[i] = v;
                maxDecimals[0] = Math.max(maxDecimals[0], decimals(s));
            }
        }
        for (int c = 0; c < n; c++) {
            if (rowOf[c] < 0) throw InputException.file(file, "no row for cell '" + ids.get(c) + "' of " + cellsFile.getFileName());
        }
        return raw;
    }

    /** Decimals a number is written with ({@code 1.250} → 2, {@code 3e-4} → 4, {@code 12} → 0). */
    static int decimals(String s) {
        int e = Math.max(s.indexOf('e'), s.indexOf('E'));
        int exponent = 0;
        String mantissa = s;
        if (e >= 0) {
            try {
                exponent = Integer.parseInt(s.substring(e + 1));
            } catch (NumberFormatException x) {
                return MAX_DECIMALS;
            }
            mantissa = s.substring(0, e);
        }
        int dot = mantissa.indexOf('.');
        int digits = 0;
        if (dot >= 0) {
            int end = mantissa.length();
            while (end > dot + 1 && mantissa.charAt(end - 1) == '0') end--;
            digits = end - dot - 1;
        }
        return Math.max(0, Math.min(MAX_DECIMALS, digits - exponent));
    }

    private static void checkHeader(TextTable t) {
        Set<String> seen = new HashSet<>();
        for (String h : t.header()) {
            if (h.isEmpty()) throw new InputException(t.file(), 1, null, "empty column name in the header");
            if (!seen.add(h)) throw new InputException(t.file(), 1, h, "column appears twice in the header");
        }
    }

    private static int tableIndex(Path file, String at, List<String> valueNames, String value) {
        int t = valueNames.indexOf(value);
        if (t < 0) throw Json.invalid(file, at, "no values table '" + value + "'; $.values names: " + String.join(", ", valueNames));
        return t;
    }

    static void checkFields(Path file, String at, JsonNode node, Set<String> known) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (f.startsWith("_") || known.contains(f)) continue;
            throw Json.invalid(file, at + "." + f, "unknown field; known: " + String.join(", ", new java.util.TreeSet<>(known))
                    + " (fields starting with '_' are comments)");
        }
    }

    private static String optionalText(Path file, JsonNode root, String field) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) return null;
        if (!n.isTextual()) throw Json.invalid(file, "$." + field, "expected a string, found " + n);
        return n.asText();
    }

    private static String requireText(Path file, String at, JsonNode node, String field) {
        JsonNode n = node.get(field);
        if (n == null) throw Json.missing(file, at + "." + field);
        if (!n.isTextual() || n.asText().isBlank()) throw Json.invalid(file, at + "." + field, "expected a non-empty string, found " + n);
        return n.asText();
    }

    private static List<String> textList(Path file, JsonNode root, String field, boolean required) {
        JsonNode n = root.get(field);
        if (n == null) {
            if (required) throw Json.missing(file, "$." + field);
            return List.of();
        }
        if (!n.isArray()) throw Json.invalid(file, "$." + field, "expected an array of strings, found " + n);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            if (!n.get(i).isTextual() || n.get(i).asText().isBlank()) {
                throw Json.invalid(file, "$." + field + "[" + i + "]", "expected a non-empty string, found " + n.get(i));
            }
            out.add(n.get(i).asText());
        }
        return out;
    }

    private static void checkDistinct(Path file, String at, List<String> names) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            if (!seen.add(names.get(i).toLowerCase(Locale.ROOT))) throw Json.invalid(file, at + "[" + i + "]", "option '" + names.get(i) + "' appears twice");
            if (names.get(i).equals("id")) throw Json.invalid(file, at + "[" + i + "]", "'id' cannot be an option name (it is the id column)");
        }
    }
}
