package org.agrifront.problems.landuse;

import java.util.Map;

/** Hand-made land-use instances for tests. */
final class TinyLandUse {
    private TinyLandUse() {
    }

    /**
     * {@code v[service][cell][option]} in file units; reference per service. Biomes and units are given per cell.
     */
    static LandUseData of(double[][][] v, double[] reference, int[] biome, int[] unit) {
        int cells = v[0].length, options = v[0][0].length;
        long[] values = new long[cells * options * LandUseData.SERVICES];
        for (int s = 0; s < LandUseData.SERVICES; s++)
            for (int c = 0; c < cells; c++)
                for (int o = 0; o < options; o++)
                    values[(c * options + o) * LandUseData.SERVICES + s] = LandUseData.toFixed(v[s][c][o]);
        double[] lon = new double[cells], lat = new double[cells];
        for (int c = 0; c < cells; c++) {
            lon[c] = 0.5 + c;
            lat[c] = 10.5;
        }
        return new LandUseData(lon, lat, biome, unit, options, values, reference, Map.of("source", "test"));
    }
}
