package org.agrifront.problems.allocation;

import java.util.List;
import java.util.Map;

/**
 * The tables of an allocation problem: cells (ids, optional coordinates, group memberships, named allocations such
 * as the baseline), the options, and per value table the value of every (cell, option) pair.
 * <p>
 * Values are exact fixed-point integers, {@code round(value × 10^decimals(t))} per table {@code t}, where the
 * number of decimals is the most any value of the file is written with (at most 9), fewer when the totals would
 * not fit a {@code long}. Sums of integers do
 * not depend on summation order, so incremental and full evaluation agree to the last bit. An option whose field is
 * empty in any values file is not allowed in that cell.
 *
 * @param ids        cell ids in file order
 * @param lon        cell-centre longitudes (degrees), or null when cells.csv has no coordinates
 * @param lat        cell-centre latitudes, or null
 * @param options    option names (the gene codes 0..k-1)
 * @param groupNames group columns, coarsest first
 * @param groups     per group column, each cell's group index (indices in order of first appearance)
 * @param groupLabels per group column, the label of each group index
 * @param allocations named allocations read from cells.csv columns (e.g. the baseline), option codes per cell
 * @param valueNames value tables in the order of the problem file's {@code values} object
 * @param values     per value table, fixed-point values at {@code cell * options + option} (0 where not allowed)
 * @param decimals   per value table, the fixed-point exponent: file value = fixed / 10^decimals
 * @param allowed    allowed options at {@code cell * options + option}
 */
public record AllocationData(List<String> ids, double[] lon, double[] lat, List<String> options, List<String> groupNames,
                             int[][] groups, List<List<String>> groupLabels, Map<String, byte[]> allocations,
                             List<String> valueNames, long[][] values, int[] decimals, boolean[] allowed) {

    public int cells() {
        return ids.size();
    }

    public int optionCount() {
        return options.size();
    }

    public boolean hasCoordinates() {
        return lon != null;
    }

    public boolean allowed(int cell, int option) {
        return allowed[cell * options.size() + option];
    }

    /** Index of value table {@code name}, or -1. */
    public int valueIndex(String name) {
        return valueNames.indexOf(name);
    }

    /** Fixed-point value of table {@code t} for {@code cell} under {@code option}. */
    public long value(int t, int cell, int option) {
        return values[t][cell * options.size() + option];
    }

    /** 10^decimals of table {@code t}: fixed-point units per file unit. */
    public double scale(int t) {
        return Math.pow(10, decimals[t]);
    }

    /** Fixed-point total of table {@code t} for an allocation. */
    public long total(int t, byte[] genes) {
        long[] v = values[t];
        int k = options.size();
        long s = 0;
        for (int c = 0; c < genes.length; c++) s += v[c * k + genes[c]];
        return s;
    }

    /** Σ over cells of the largest |value| of table {@code t} (fixed point): a scale for totals and bounds. */
    public long span(int t) {
        long[] v = values[t];
        int k = options.size();
        long s = 0;
        for (int c = 0; c < cells(); c++) {
            long m = 0;
            for (int o = 0; o < k; o++) if (allowed[c * k + o]) m = Math.max(m, Math.abs(v[c * k + o]));
            s += m;
        }
        return s;
    }

    /** The allowed options of every cell, as lists of codes. */
    public byte[][] allowedOptions() {
        int k = options.size();
        byte[][] out = new byte[cells()][];
        for (int c = 0; c < cells(); c++) {
            int n = 0;
            for (int o = 0; o < k; o++) if (allowed[c * k + o]) n++;
            out[c] = new byte[n];
            n = 0;
            for (int o = 0; o < k; o++) if (allowed[c * k + o]) out[c][n++] = (byte) o;
        }
        return out;
    }
}
