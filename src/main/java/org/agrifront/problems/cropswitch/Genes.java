package org.agrifront.problems.cropswitch;

import java.util.ArrayList;
import java.util.List;

/**
 * How a genome maps onto an instance: the cells with a choice ("free cells"), their groups with at least two
 * crops ("free groups") and one gene per crop of a free group, with the per-gene numbers the evaluation and the
 * operators need in flat arrays. Everything in fixed groups is summed once into constants.
 */
final class Genes {
    final int[] freeCell;            // free cell -> cell of the data
    final int[] cellGroupStart;      // free groups of free cell f: cellGroupStart[f] .. [f+1]-1
    final int[] groupGeneStart;      // genes of free group g: groupGeneStart[g] .. [g+1]-1
    final int[] groupCell;           // free group -> free cell
    final double[] groupArea;        // ha
    final int[] geneEntry;
    final int[] geneCrop;
    final double[] geneYield;        // t/ha
    final double[] geneIncome;       // million US$/ha
    final double[] coefficient;      // [gene × COUNT + d] per ha
    final double[] currentShare;
    final double[] fixedCellIncome;  // income of a free cell's fixed groups
    final double[] currentCellIncome;

    Genes(CropSwitchData data) {
        List<Integer> cells = new ArrayList<>(), cellGroups = new ArrayList<>(), groupGenes = new ArrayList<>(), entries = new ArrayList<>();
        List<Double> area = new ArrayList<>();
        for (int c = 0; c < data.cells(); c++) {
            boolean free = false;
            for (int g = data.firstGroup(c); g < data.endGroup(c); g++) {
                if (data.groupSize(g) < 2) continue;
                if (!free) {
                    cells.add(c);
                    cellGroups.add(groupGenes.size());
                    free = true;
                }
                groupGenes.add(entries.size());
                area.add(data.groupArea(g));
                for (int e = data.firstEntry(g); e < data.endEntry(g); e++) entries.add(e);
            }
        }
        freeCell = cells.stream().mapToInt(Integer::intValue).toArray();
        cellGroupStart = append(cellGroups, groupGenes.size());
        groupGeneStart = append(groupGenes, entries.size());
        groupArea = area.stream().mapToDouble(Double::doubleValue).toArray();
        groupCell = new int[groupArea.length];
        for (int f = 0; f < freeCell.length; f++) {
            for (int g = cellGroupStart[f]; g < cellGroupStart[f + 1]; g++) groupCell[g] = f;
        }
        int n = entries.size(), m = Dimension.COUNT;
        geneEntry = entries.stream().mapToInt(Integer::intValue).toArray();
        geneCrop = new int[n];
        geneYield = new double[n];
        geneIncome = new double[n];
        coefficient = new double[n * m];
        currentShare = new double[n];
        for (int i = 0; i < n; i++) {
            int e = geneEntry[i];
            geneCrop[i] = data.cropOf(e);
            geneYield[i] = data.yield(e);
            geneIncome[i] = data.perHectare(e, Dimension.INCOME);
            for (Dimension d : Dimension.values()) coefficient[i * m + d.ordinal()] = data.perHectare(e, d);
        }
        for (int g = 0; g < groupArea.length; g++) {
            for (int i = groupGeneStart[g]; i < groupGeneStart[g + 1]; i++) currentShare[i] = data.area(geneEntry[i]) / groupArea[g];
        }
        boolean[] isFree = new boolean[data.entries()];
        for (int e : geneEntry) isFree[e] = true;
        int[] freeIndex = new int[data.cells()];
        java.util.Arrays.fill(freeIndex, -1);
        for (int f = 0; f < freeCell.length; f++) freeIndex[freeCell[f]] = f;
        fixedCellIncome = new double[freeCell.length];
        for (int e = 0; e < data.entries(); e++) {
            int f = freeIndex[data.cellOf(e)];
            if (!isFree[e] && f >= 0) fixedCellIncome[f] += data.area(e) * data.perHectare(e, Dimension.INCOME);
        }
        double[] income = data.currentCellIncome();
        currentCellIncome = new double[freeCell.length];
        for (int f = 0; f < freeCell.length; f++) currentCellIncome[f] = income[freeCell[f]];
    }

    private static int[] append(List<Integer> list, int last) {
        int[] a = new int[list.size() + 1];
        for (int i = 0; i < list.size(); i++) a[i] = list.get(i);
        a[list.size()] = last;
        return a;
    }

    int genes() {
        return geneEntry.length;
    }

    int groups() {
        return groupArea.length;
    }

    int cells() {
        return freeCell.length;
    }

    /** Income of free cell {@code f} under shares {@code x} (normalised groups). */
    double cellIncome(double[] x, int f) {
        double income = fixedCellIncome[f];
        for (int g = cellGroupStart[f]; g < cellGroupStart[f + 1]; g++) {
            for (int i = groupGeneStart[g]; i < groupGeneStart[g + 1]; i++) income += groupArea[g] * x[i] * geneIncome[i];
        }
        return income;
    }

    /** Scales group g's weights to shares summing to 1; an all-zero group takes its current shares. */
    void normalise(double[] x, int g) {
        int start = groupGeneStart[g], end = groupGeneStart[g + 1];
        double sum = 0;
        for (int i = start; i < end; i++) sum += Math.max(0.0, x[i]);
        for (int i = start; i < end; i++) x[i] = sum > 0 ? Math.max(0.0, x[i]) / sum : currentShare[i];
    }

    void normalise(double[] x) {
        for (int g = 0; g < groupArea.length; g++) normalise(x, g);
    }
}
