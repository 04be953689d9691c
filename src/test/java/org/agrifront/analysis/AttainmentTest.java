package org.agrifront.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Attainment surfaces of three hand-made 2-D runs, read off a drawing. */
class AttainmentTest {
    // run A: (1,5) (3,3);  run B: (2,4) (4,1);  run C: (1,6) (5,2)
    static final List<double[]> RUNS = List.of(new double[] {1, 5, 3, 3}, new double[] {2, 4, 4, 1},
            new double[] {1, 6, 5, 2});

    @Test
    void bestSurfaceIsTheNondominatedUnionOfAllRuns() {
        assertArrayEquals(new double[] {1, 5, 2, 4, 3, 3, 4, 1}, Attainment.surface(RUNS, 1), 0);
    }

    @Test
    void medianSurfaceNeedsTwoOfThreeRuns() {
        // x=1: run values {5, inf, 6} -> 2nd smallest 6; x=2: {5,4,6} -> 5; x=3: {3,4,6} -> 4; x=4: {3,1,6} -> 3;
        // x=5: {3,1,2} -> 2
        assertArrayEquals(new double[] {1, 6, 2, 5, 3, 4, 4, 3, 5, 2}, Attainment.surface(RUNS, 2), 0);
    }

    @Test
    void worstSurfaceNeedsEveryRun() {
        // x=2: {5,4,6} -> 6; x=3: {3,4,6} -> 6; x=4: {3,1,6} -> 6; x=5: {3,1,2} -> 3
        assertArrayEquals(new double[] {2, 6, 5, 3}, Attainment.surface(RUNS, 3), 0);
    }

    @Test
    void dominatedPointsOfARunDoNotChangeItsSurface() {
        List<double[]> noisy = List.of(new double[] {1, 5, 3, 3, 4, 4}, RUNS.get(1), RUNS.get(2));
        for (int k = 1; k <= 3; k++) assertArrayEquals(Attainment.surface(RUNS, k), Attainment.surface(noisy, k), 0);
        List<double[]> three = Attainment.bestMedianWorst(RUNS);
        assertArrayEquals(Attainment.surface(RUNS, 2), three.get(1), 0);
    }
}
