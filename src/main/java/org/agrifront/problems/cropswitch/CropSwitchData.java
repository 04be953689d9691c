package org.agrifront.problems.cropswitch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A crop-switching instance: grid cells with the harvested area of each crop present, per-hectare intensities of
 * the eight {@link Dimension}s and yields, each cell's province, and the substitution groups that the rotation
 * rules allow.
 * <p>
 * An <em>entry</em> is one crop present in one cell. Entries are ordered by cell, then by group, then by crop. A
 * <em>group</em> is a connected set of a cell's present crops under the "may replace each other" pairs of the
 * rotation table: area can move from any member to any other along a chain of allowed replacements, and the
 * group's total area is conserved (by flow conservation, exactly the allocations reachable by pairwise
 * replacements). Groups of one crop are fixed.
 */
public final class CropSwitchData {
    private final List<Crop> crops;
    private final List<String> provinces;
    private final long[] cell5m;
    private final double[] x, y;
    private final int[] cellProvince;
    private final int[] cellGroupStart;
    private final int[] groupStart;
    private final int[] entryCell;
    private final int[] entryCrop;
    private final double[] area;
    private final double[] production;
    private final double[] perHectare;
    private final Map<String, Object> provenance;

    /**
     * @param perHectare [entry × {@link Dimension#COUNT} + dimension], in the dimension's unit per hectare
     * @param production t per hectare of every entry (yield)
     * @param cellGroupStart groups of cell c are {@code cellGroupStart[c] .. cellGroupStart[c+1]-1}
     * @param groupStart entries of group g are {@code groupStart[g] .. groupStart[g+1]-1}
     */
    public CropSwitchData(List<Crop> crops, List<String> provinces, long[] cell5m, double[] x, double[] y,
                          int[] cellProvince, int[] cellGroupStart, int[] groupStart, int[] entryCell, int[] entryCrop,
                          double[] area, double[] production, double[] perHectare, Map<String, Object> provenance) {
        int cells = cell5m.length, entries = entryCell.length;
        if (x.length != cells || y.length != cells || cellProvince.length != cells || cellGroupStart.length != cells + 1) {
            throw new IllegalArgumentException("cell arrays differ in length");
        }
        if (entryCrop.length != entries || area.length != entries || production.length != entries
                || perHectare.length != entries * Dimension.COUNT || groupStart[groupStart.length - 1] != entries
                || cellGroupStart[cells] != groupStart.length - 1) {
            throw new IllegalArgumentException("entry arrays differ in length");
        }
        this.crops = List.copyOf(crops);
        this.provinces = List.copyOf(provinces);
        this.cell5m = cell5m;
        this.x = x;
        this.y = y;
        this.cellProvince = cellProvince;
        this.cellGroupStart = cellGroupStart;
        this.groupStart = groupStart;
        this.entryCell = entryCell;
        this.entryCrop = entryCrop;
        this.area = area;
        this.production = production;
        this.perHectare = perHectare;
        this.provenance = Map.copyOf(provenance);
    }

    public List<Crop> crops() {
        return crops;
    }

    public List<String> provinces() {
        return provinces;
    }

    public int cells() {
        return cell5m.length;
    }

    public int entries() {
        return entryCell.length;
    }

    public int groups() {
        return groupStart.length - 1;
    }

    public long cell5m(int cell) {
        return cell5m[cell];
    }

    public double x(int cell) {
        return x[cell];
    }

    public double y(int cell) {
        return y[cell];
    }

    public String province(int cell) {
        return provinces.get(cellProvince[cell]);
    }

    public int firstGroup(int cell) {
        return cellGroupStart[cell];
    }

    public int endGroup(int cell) {
        return cellGroupStart[cell + 1];
    }

    public int firstEntry(int group) {
        return groupStart[group];
    }

    public int endEntry(int group) {
        return groupStart[group + 1];
    }

    public int groupSize(int group) {
        return groupStart[group + 1] - groupStart[group];
    }

    public int cellOf(int entry) {
        return entryCell[entry];
    }

    public int cropOf(int entry) {
        return entryCrop[entry];
    }

    /** Current harvested area of an entry (ha). */
    public double area(int entry) {
        return area[entry];
    }

    /** Harvested area of a group (ha), constant under crop switching. */
    public double groupArea(int group) {
        double s = 0;
        for (int e = groupStart[group]; e < groupStart[group + 1]; e++) s += area[e];
        return s;
    }

    /** Yield of an entry in t per ha. */
    public double yield(int entry) {
        return production[entry];
    }

    /** Intensity of {@code dimension} for an entry, in the dimension's unit per ha. */
    public double perHectare(int entry, Dimension dimension) {
        return perHectare[entry * Dimension.COUNT + dimension.ordinal()];
    }

    /** Current national totals of the eight dimensions. */
    public double[] currentTotals() {
        double[] t = new double[Dimension.COUNT];
        for (int e = 0; e < entries(); e++) {
            for (int d = 0; d < Dimension.COUNT; d++) t[d] += area[e] * perHectare[e * Dimension.COUNT + d];
        }
        return t;
    }

    /** Current national production of every crop (t). */
    public double[] currentProduction() {
        double[] p = new double[crops.size()];
        for (int e = 0; e < entries(); e++) p[entryCrop[e]] += area[e] * production[e];
        return p;
    }

    /** Current income of every cell (million US$). */
    public double[] currentCellIncome() {
        double[] inc = new double[cells()];
        int d = Dimension.INCOME.ordinal();
        for (int e = 0; e < entries(); e++) inc[entryCell[e]] += area[e] * perHectare[e * Dimension.COUNT + d];
        return inc;
    }

    public Map<String, Object> provenance() {
        return provenance;
    }

    /**
     * Builds the entry and group arrays from per-cell crop areas: {@code cellArea[c][k]} (0 = absent) and the
     * allowed replacement pairs. Used by the reader and by tests that write instances by hand.
     *
     * @param cellIntensity [c][k][d] per-hectare intensities, {@code cellYield} [c][k] t/ha
     * @param pairs allowed replacements as crop index pairs
     */
    public static CropSwitchData build(List<Crop> crops, List<String> provinces, long[] cell5m, double[] x, double[] y,
                                       int[] cellProvince, double[][] cellArea, double[][] cellYield,
                                       double[][][] cellIntensity, List<int[]> pairs, Map<String, Object> provenance) {
        int n = cell5m.length, k = crops.size();
        List<Integer> eCell = new ArrayList<>(), eCrop = new ArrayList<>(), gStart = new ArrayList<>();
        int[] cellGroupStart = new int[n + 1];
        int[] parent = new int[k];
        for (int c = 0; c < n; c++) {
            cellGroupStart[c] = gStart.size();
            for (int i = 0; i < k; i++) parent[i] = i;
            for (int[] p : pairs) {
                if (cellArea[c][p[0]] > 0 && cellArea[c][p[1]] > 0) union(parent, p[0], p[1]);
            }
            // groups in order of their smallest crop index; members in crop order
            boolean[] done = new boolean[k];
            for (int i = 0; i < k; i++) {
                if (cellArea[c][i] <= 0 || done[i]) continue;
                int root = find(parent, i);
                gStart.add(eCell.size());
                for (int j = i; j < k; j++) {
                    if (cellArea[c][j] > 0 && !done[j] && find(parent, j) == root) {
                        done[j] = true;
                        eCell.add(c);
                        eCrop.add(j);
                    }
                }
            }
        }
        cellGroupStart[n] = gStart.size();
        int entries = eCell.size();
        int[] groupStart = new int[gStart.size() + 1];
        for (int g = 0; g < gStart.size(); g++) groupStart[g] = gStart.get(g);
        groupStart[gStart.size()] = entries;
        int[] entryCell = new int[entries], entryCrop = new int[entries];
        double[] area = new double[entries], prod = new double[entries], perHa = new double[entries * Dimension.COUNT];
        for (int e = 0; e < entries; e++) {
            int c = eCell.get(e), j = eCrop.get(e);
            entryCell[e] = c;
            entryCrop[e] = j;
            area[e] = cellArea[c][j];
            prod[e] = cellYield[c][j];
            System.arraycopy(cellIntensity[c][j], 0, perHa, e * Dimension.COUNT, Dimension.COUNT);
        }
        return new CropSwitchData(crops, provinces, cell5m, x, y, cellProvince, cellGroupStart, groupStart, entryCell,
                entryCrop, area, prod, perHa, provenance);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a), rb = find(parent, b);
        if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }

    @Override
    public String toString() {
        return "CropSwitchData[" + cells() + " cells, " + entries() + " crop entries, " + groups() + " groups, crops "
                + Arrays.toString(crops.stream().map(Crop::id).toArray()) + "]";
    }
}
