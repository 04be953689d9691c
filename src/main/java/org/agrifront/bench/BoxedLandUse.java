package org.agrifront.bench;

import java.util.ArrayList;
import java.util.List;

import org.agrifront.problems.landuse.LandUseData;
import org.agrifront.problems.landuse.LandUseData.Service;
import org.agrifront.problems.landuse.LandUseProblem;

/**
 * The baseline a straightforward implementation would write: the genome as a {@code List<Integer>}, the service
 * tables as {@code double[service][cell][use]}, and every evaluation re-summing all cells. The bench measures
 * Agrifront's byte[] genome and incremental evaluation against it.
 */
final class BoxedLandUse {
    final int cells;
    final int options;
    private final double[][][] values;
    private final double[] target;

    BoxedLandUse(LandUseProblem problem) {
        LandUseData d = problem.data();
        this.cells = d.cells();
        this.options = d.options();
        this.values = new double[LandUseData.SERVICES][cells][options];
        this.target = new double[LandUseData.SERVICES];
        for (Service s : Service.values()) {
            for (int c = 0; c < cells; c++) {
                for (int o = 0; o < options; o++) values[s.ordinal()][c][o] = d.valueInFileUnits(c, o, s);
            }
            target[s.ordinal()] = d.reference(s) * problem.constraintFactor();
        }
    }

    void evaluate(List<Integer> genome, double[] objectives, double[] violations) {
        double[] totals = new double[LandUseData.SERVICES];
        for (int s = 0; s < totals.length; s++) {
            for (int c = 0; c < cells; c++) totals[s] += values[s][c][genome.get(c)];
        }
        for (int i = 0; i < 3; i++) objectives[i] = totals[i];
        for (int s = 0; s < totals.length; s++) {
            violations[s] = totals[s] >= target[s] ? 0 : (target[s] - totals[s]) / Math.abs(target[s]);
        }
    }

    static List<Integer> box(byte[] genes) {
        List<Integer> list = new ArrayList<>(genes.length);
        for (byte b : genes) list.add((int) b);
        return list;
    }
}
