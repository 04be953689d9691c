package org.agrifront.engine.moea;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.agrifront.engine.ReferenceDirections;
import org.junit.jupiter.api.Test;
import org.moeaframework.util.weights.NormalBoundaryDivisions;
import org.moeaframework.util.weights.NormalBoundaryIntersectionGenerator;

class MoeaReferenceDirectionsTest {

    /** The jMetal adapter installs ReferenceDirections.twoLayer; MOEA generates its own: they must be the same set. */
    @Test
    void moeaFrameworksTwoLayerDirectionsAreOursAt8Objectives() {
        List<double[]> moea = new NormalBoundaryIntersectionGenerator(8, new NormalBoundaryDivisions(3, 2)).generate();
        assertEquals(156, moea.size());
        assertEquals(keys(ReferenceDirections.twoLayer(8, 3, 2)), keys(moea.toArray(new double[0][])));
    }

    private static Set<String> keys(double[][] points) {
        Set<String> s = new TreeSet<>();
        for (double[] p : points) {
            long[] r = new long[p.length];
            for (int i = 0; i < p.length; i++) r[i] = Math.round(p[i] * 1e9);
            s.add(Arrays.toString(r));
        }
        return s;
    }
}
