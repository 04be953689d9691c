package org.agrifront.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Das–Dennis reference directions on the unit simplex, single- or two-layer (Deb & Jain 2014, NSGA-III §V): the
 * inner layer is shrunk halfway towards the centroid, {@code (p + 1/m) / 2}, as MOEA Framework's
 * {@code NormalBoundaryDivisions} does, so both engines search with the same directions.
 */
public final class ReferenceDirections {
    private ReferenceDirections() {
    }

    /** All points with coordinates in multiples of {@code 1/divisions} summing to 1. */
    public static double[][] singleLayer(int objectives, int divisions) {
        List<double[]> out = new ArrayList<>();
        recurse(out, new int[objectives], 0, divisions, divisions);
        return out.toArray(new double[0][]);
    }

    /** The outer layer with {@code outer} divisions plus the shrunk inner layer with {@code inner} divisions. */
    public static double[][] twoLayer(int objectives, int outer, int inner) {
        List<double[]> out = new ArrayList<>(List.of(singleLayer(objectives, outer)));
        if (inner > 0) {
            for (double[] p : singleLayer(objectives, inner)) {
                double[] q = new double[objectives];
                for (int i = 0; i < objectives; i++) q[i] = (p[i] + 1.0 / objectives) / 2.0;
                out.add(q);
            }
        }
        return out.toArray(new double[0][]);
    }

    /** Number of points of a single layer: C(divisions + m - 1, m - 1); Long.MAX_VALUE when it does not fit. */
    public static long count(int objectives, int divisions) {
        long r = 1;
        for (int i = 1; i < objectives; i++) {
            long f = (long) divisions + i;
            if (r > Long.MAX_VALUE / f) return Long.MAX_VALUE;
            r = r * f / i;
        }
        return r;
    }

    private static void recurse(List<double[]> out, int[] counts, int index, int left, int total) {
        if (index == counts.length - 1) {
            counts[index] = left;
            double[] p = new double[counts.length];
            for (int i = 0; i < counts.length; i++) p[i] = (double) counts[i] / total;
            out.add(p);
            return;
        }
        for (int i = 0; i <= left; i++) {
            counts[index] = i;
            recurse(out, counts, index + 1, left - i, total);
        }
    }
}
