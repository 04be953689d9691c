package org.agrifront.problems.cropswitch;

import java.util.List;
import java.util.Map;

/**
 * A 3-cell instance small enough to check by hand. Crops a, b, c; only a and b may replace each other.
 * <pre>
 * cell 0: a 10 ha (2 t/ha), b 10 ha (1 t/ha)     one group {a, b}
 * cell 1: a 10 ha (3 t/ha), b 30 ha (1 t/ha)     one group {a, b}
 * cell 2: a  5 ha (1 t/ha), c  5 ha (1 t/ha)     two fixed groups {a}, {c}
 * </pre>
 * Per-hectare intensities (blue, green, ghg, N, P, K, pesticides, income) are listed in {@link #INTENSITY}; every
 * cell-crop differs so that a mix-up of cells, crops or dimensions changes the totals.
 */
public final class TinyCropSwitch {
    static final double[][] AREA = {{10, 10, 0}, {10, 30, 0}, {5, 0, 5}};
    static final double[][] YIELD = {{2, 1, 0}, {3, 1, 0}, {1, 0, 1}};
    static final double[][][] INTENSITY = {
            {{1, 2, 3, 4, 5, 6, 7, 0.4}, {2, 1, 1, 1, 2, 1, 1, 0.5}, new double[8]},
            {{3, 1, 2, 1, 1, 2, 1, 0.9}, {1, 1, 1, 2, 1, 1, 3, 0.3}, new double[8]},
            {{1, 1, 1, 1, 1, 1, 1, 0.1}, new double[8], {2, 2, 2, 2, 2, 2, 2, 0.2}}};

    private TinyCropSwitch() {
    }

    public static CropSwitchData data() {
        List<Crop> crops = List.of(new Crop("a", "whea", "crop a", "winter"), new Crop("b", "rape", "crop b", "winter"),
                new Crop("c", "soyb", "crop c", "summer"));
        return CropSwitchData.build(crops, List.of("P1", "P2"), new long[] {100, 101, 102}, new double[] {110, 110.1, 110.2},
                new double[] {30, 30, 30}, new int[] {0, 0, 1}, AREA, YIELD, INTENSITY, List.<int[]>of(new int[] {0, 1}),
                Map.of());
    }

    public static CropSwitchProblem problem() {
        return new CropSwitchProblem("tiny", data());
    }
}
