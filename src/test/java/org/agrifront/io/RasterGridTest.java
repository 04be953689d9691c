package org.agrifront.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RasterGridTest {
    @Test
    void globalOneDegreeGridHas360By180CellsFromTheNorthWestCorner() {
        RasterGrid g = RasterGrid.global(1.0);
        assertEquals(new RasterGrid(-180, 90, 1, 1, 360, 180), g);
        assertEquals(64_800, g.size());
        assertEquals(180.0, g.east());
        assertEquals(-90.0, g.south());
        assertEquals(-179.5, g.centreLon(0));
        assertEquals(89.5, g.centreLat(0));
        assertEquals(4320, RasterGrid.global(1.0 / 12).width()); // 5 arc-minutes
        assertThrows(IllegalArgumentException.class, () -> RasterGrid.global(0.7));
    }

    @Test
    void threeCellCentresLandOnTheirGlobalCellsAndEverythingElseIsNodata() {
        RasterGrid g = RasterGrid.global(1.0);
        // north-west corner cell, the cell just south-east of (0,0), and the south-east corner cell
        double[] lons = {-179.5, 0.5, 179.5};
        double[] lats = {89.5, -0.5, -89.5};
        int[] cells = g.cellsAt(lons, lats);
        assertArrayEquals(new int[] {0, 90 * 360 + 180, 179 * 360 + 359}, cells);

        double[] full = g.scatter(cells, new double[] {7, 8, 9}, -1);
        assertEquals(64_800, full.length);
        assertEquals(7, full[0]);
        assertEquals(8, full[32_580]);
        assertEquals(9, full[64_799]);
        long nodata = java.util.Arrays.stream(full).filter(v -> v == -1).count();
        assertEquals(64_800 - 3, nodata);
        assertArrayEquals(new double[] {7, 8, 9}, g.gather(cells, full));

        double[] codes = g.scatter(cells, new byte[] {0, 4, 9}, 255);
        assertEquals(4, codes[32_580]);
        assertEquals(255, codes[1]);
    }

    @Test
    void coveringGridIsTheBoundingBoxOfTheCellCentres() {
        double[] lons = {10.5, 12.5, 11.5};
        double[] lats = {40.5, 42.5, 41.5};
        RasterGrid g = RasterGrid.covering(lons, lats, 1.0);
        assertEquals(new RasterGrid(10, 43, 1, 1, 3, 3), g);
        // (10.5, 40.5) is column 0 of the southern row 2; (12.5, 42.5) column 2 of row 0; (11.5, 41.5) the middle
        assertArrayEquals(new int[] {6, 2, 4}, g.cellsAt(lons, lats));
        assertEquals(4, g.cellContaining(11.0001, 41.9999));
        assertEquals(-1, g.cellContaining(9.99, 41));
    }

    @Test
    void pointsOffCentreOutsideOrDuplicatedAreRejectedByPosition() {
        RasterGrid g = RasterGrid.global(1.0);
        var corner = assertThrows(IllegalArgumentException.class,
                () -> g.cellsAt(new double[] {0.5, 10.0}, new double[] {0.5, 10.0}));
        assertTrue(corner.getMessage().startsWith("point 1 (lon 10, lat 10) is not a cell centre"), corner.getMessage());
        var outside = assertThrows(IllegalArgumentException.class,
                () -> g.cellsAt(new double[] {180.5}, new double[] {0.5}));
        assertTrue(outside.getMessage().contains("lies outside"), outside.getMessage());
        var twice = assertThrows(IllegalArgumentException.class,
                () -> g.cellsAt(new double[] {0.5, 3.5, 0.5}, new double[] {0.5, 0.5, 0.5}));
        assertTrue(twice.getMessage().endsWith("as point 0"), twice.getMessage());
        // printed coordinates of 5 arc-minute centres (4 decimals) are still accepted
        RasterGrid fine = RasterGrid.global(1.0 / 12);
        assertEquals(1, fine.cellsAt(new double[] {-179.875}, new double[] {89.9583}).length);
    }

    @Test
    void gridsMatchUpToRoundingButNotAcrossAShift() {
        RasterGrid a = new RasterGrid(70, 55, 1.0 / 12, 1.0 / 12, 720, 420);
        RasterGrid b = new RasterGrid(70 + 1e-12, 55, 0.08333333333333333, 0.08333333333333333, 720, 420);
        assertTrue(a.matches(b));
        assertFalse(a.matches(new RasterGrid(70 + 1.0 / 24, 55, 1.0 / 12, 1.0 / 12, 720, 420)));
        assertFalse(a.matches(new RasterGrid(70, 55, 1.0 / 12, 1.0 / 12, 721, 420)));
    }
}
