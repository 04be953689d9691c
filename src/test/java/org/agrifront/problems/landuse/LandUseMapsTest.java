package org.agrifront.problems.landuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.agrifront.io.GeoRaster;
import org.agrifront.io.GeoTiff;
import org.agrifront.io.RasterGrid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LandUseMapsTest {
    @TempDir
    Path dir;

    /** Four cells with all ten land uses (values irrelevant to maps), at the given cell centres. */
    static LandUseData cells(double[] lon, double[] lat) {
        int n = lon.length, options = LandUseData.LAND_USES.size();
        long[] values = new long[n * options * LandUseData.SERVICES];
        return new LandUseData(lon, lat, new int[n], new int[n], options, values, new double[] {1, 1, 1, 1},
                Map.of("source", "test"));
    }

    static final double[] LON = {-179.5, 0.5, 13.5, 179.5};
    static final double[] LAT = {89.5, 10.5, -33.5, -89.5};

    @Test
    void allocationRoundTripsThroughGeoTiffOnTheGlobalOneDegreeGrid() {
        LandUseData data = cells(LON, LAT);
        byte[] genome = {0, 9, 4, 7};
        Path prefix = dir.resolve("maps").resolve("knee");
        List<Path> files = LandUseMaps.writeAllocation(prefix, data, genome, "test");
        for (Path f : files) assertTrue(Files.isRegularFile(f), f + " written");

        GeoRaster back = GeoTiff.read(dir.resolve("maps/knee.tif"));
        RasterGrid g = back.grid();
        assertTrue(g.matches(RasterGrid.global(1.0)), "global 1° grid, found " + g);
        assertEquals(-180, g.west(), 1e-12);
        assertEquals(90, g.north(), 1e-12);
        assertEquals(1, g.cellWidth(), 1e-12);
        assertEquals(1, g.cellHeight(), 1e-12);
        assertEquals(GeoRaster.SampleType.BYTE, back.type());
        assertEquals(255, back.nodata());
        assertEquals(1, back.bands().size());
        assertEquals(LandUseData.LAND_USES, back.band(0).categories());
        // cell centres: (-179.5, 89.5) = column 0 row 0; (0.5, 10.5) = column 180 row 79; (13.5, -33.5) = column 193
        // row 123; (179.5, -89.5) = column 359 row 179
        assertEquals(0, back.value(0, 0, 0));
        assertEquals(9, back.value(0, 180, 79));
        assertEquals(4, back.value(0, 193, 123));
        assertEquals(7, back.value(0, 359, 179));
        int land = 0;
        for (double v : back.band(0).values()) if (v != 255) land++;
        assertEquals(4, land, "every other pixel is nodata");
    }

    @Test
    void frequenciesAreSharesThatSumToOnePerLandCell() {
        LandUseData data = cells(LON, LAT);
        List<byte[]> front = List.of(new byte[] {0, 1, 2, 3}, new byte[] {0, 1, 2, 9}, new byte[] {0, 5, 2, 9});
        LandUseMaps.writeFrequencies(dir.resolve("f"), data, front, "test");
        assertTrue(Files.isRegularFile(dir.resolve("f-frequency.png")));
        GeoRaster back = GeoTiff.read(dir.resolve("f-frequency.tif"));
        assertEquals(10, back.bands().size());
        for (int o = 0; o < 10; o++) assertEquals(LandUseData.LAND_USES.get(o), back.band(o).name());
        assertTrue(back.grid().matches(LandUseMaps.grid()));

        int[] cells = LandUseMaps.gridCells(data, back.grid());
        for (int cell : cells) {
            double sum = 0;
            for (int o = 0; o < 10; o++) sum += back.band(o).values()[cell];
            assertEquals(1.0, sum, 1e-6, "shares of grid cell " + cell);
        }
        double[] pnv = back.band("PNV").values(), pas = back.band("Pas").values(), c3 = back.band("C3cer_TeWW").values();
        assertEquals(1.0, pnv[cells[0]], 1e-7);
        assertEquals(2 / 3.0, c3[cells[1]], 1e-7);
        assertEquals(2 / 3.0, pas[cells[3]], 1e-7);
        assertEquals(0.0, pas[cells[0]], 0);
        assertTrue(Double.isNaN(pnv[back.grid().index(100, 100)]), "NaN off land");
    }

    @Test
    void cellsOffTheOneDegreeLatticeAreAnError() {
        LandUseData data = cells(new double[] {0.25}, new double[] {10.5});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LandUseMaps.allocation(data, new byte[] {0}));
        assertTrue(e.getMessage().contains("not a cell centre"), e.getMessage());
    }

    @Test
    void badGenomesAndEmptyFrontsAreErrors() {
        LandUseData data = cells(LON, LAT);
        assertThrows(IllegalArgumentException.class, () -> LandUseMaps.allocation(data, new byte[] {0, 1}));
        assertThrows(IllegalArgumentException.class, () -> LandUseMaps.allocation(data, new byte[] {0, 1, 10, 0}));
        assertThrows(IllegalArgumentException.class, () -> LandUseMaps.frequencies(data, List.of()));
    }
}
