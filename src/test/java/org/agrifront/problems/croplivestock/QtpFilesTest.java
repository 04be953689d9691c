package org.agrifront.problems.croplivestock;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.agrifront.io.GeoRaster;
import org.agrifront.io.GeoTiff;
import org.agrifront.io.InputException;
import org.agrifront.io.RasterGrid;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic plateau written as GeoTIFF + CSV reads back exactly; bad files give errors naming file and field. */
class QtpFilesTest {
    static final QtpGenerator.Params PARAMS = new QtpGenerator.Params(100, 3);

    @TempDir
    Path dir;

    @BeforeEach
    void generate() {
        QtpGenerator.generate(dir, PARAMS);
    }

    @Test
    void theFilesReadBackToTheGeneratedInstance() {
        QtpData fromFiles = QtpFiles.read(dir);
        QtpData inMemory = QtpAssembler.assemble(dir, QtpGenerator.build(PARAMS), Map.of());
        assertEquals(100, fromFiles.cells());
        assertArrayEquals(inMemory.grid().pixel(), fromFiles.grid().pixel());
        assertArrayEquals(inMemory.current(), fromFiles.current());
        assertArrayEquals(inMemory.cropland(), fromFiles.cropland());
        assertArrayEquals(inMemory.region(), fromFiles.region());
        assertArrayEquals(inMemory.basin(), fromFiles.basin());
        for (int q = 0; q < Quantity.COUNT; q++) assertArrayEquals(inMemory.nominal().perUnit()[q], fromFiles.nominal().perUnit()[q]);
        for (int k = 0; k < Quantity.PRESSURES; k++) assertArrayEquals(inMemory.safe()[k], fromFiles.safe()[k]);
        assertArrayEquals(inMemory.nominal().biomass(), fromFiles.nominal().biomass());
        assertArrayEquals(inMemory.nominal().runoff(), fromFiles.nominal().runoff());
        assertEquals(inMemory.grid().originX(), fromFiles.grid().originX(), 1e-9);
        assertEquals(inMemory.grid().pixelY(), fromFiles.grid().pixelY(), 1e-9);
    }

    @Test
    void aRasterOfAnotherSizeIsNamed() {
        GeoRaster region = GeoTiff.read(dir.resolve("region.tif"));
        RasterGrid g = region.grid();
        RasterGrid smaller = new RasterGrid(g.west(), g.north(), g.cellWidth(), g.cellHeight(), g.width() - 1, g.height());
        double[] v = new double[smaller.size()];
        GeoTiff.write(dir.resolve("biomass.tif"), GeoRaster.of(smaller, GeoRaster.SampleType.FLOAT64, Double.NaN,
                GeoRaster.Band.continuous("biomass", "t DM/yr", v)));
        InputException e = assertThrows(InputException.class, () -> QtpFiles.read(dir));
        assertTrue(e.getMessage().contains("biomass.tif"), e.getMessage());
        assertEquals("biomass", e.field());
        assertTrue(e.getMessage().contains((g.width() - 1) + " x " + g.height()), e.getMessage());
    }

    @Test
    void negativeBiomassIsNamed() {
        GeoRaster biomass = GeoTiff.read(dir.resolve("biomass.tif"));
        double[] v = biomass.band(0).values().clone();
        int pixel = firstPlateauPixel();
        v[pixel] = -5;
        GeoTiff.write(dir.resolve("biomass.tif"), GeoRaster.of(biomass.grid(), GeoRaster.SampleType.FLOAT64, Double.NaN,
                GeoRaster.Band.continuous("biomass", "t DM/yr", v)));
        InputException e = assertThrows(InputException.class, () -> QtpFiles.read(dir));
        assertEquals("biomass", e.field());
        assertTrue(e.getMessage().contains("biomass.tif"), e.getMessage());
        assertTrue(e.getMessage().contains("expected a value >= 0, found -5"), e.getMessage());
    }

    @Test
    void aBasinIdMissingFromTheTableIsNamed() throws IOException {
        Path basins = dir.resolve(QtpFiles.BASINS);
        java.util.List<String> lines = Files.readAllLines(basins);
        double[] basinLayer = GeoTiff.read(dir.resolve("basin.tif")).band(0).values();
        int used = (int) basinLayer[firstPlateauPixel()];
        lines.removeIf(l -> l.startsWith(used + ","));
        Files.write(basins, lines);
        InputException e = assertThrows(InputException.class, () -> QtpFiles.read(dir));
        assertEquals("basin", e.field());
        assertTrue(e.getMessage().contains("basin.tif"), e.getMessage());
        assertTrue(e.getMessage().contains("basin id " + used + " is not in basins.csv"), e.getMessage());
    }

    @Test
    void aNegativeCoefficientIsNamedWithItsLine() throws IOException {
        Path coef = dir.resolve(QtpFiles.COEFFICIENTS);
        java.util.List<String> lines = new java.util.ArrayList<>(Files.readAllLines(coef));
        String[] f = lines.get(3).split(",");
        f[4] = "-1";
        lines.set(3, String.join(",", f));
        Files.write(coef, lines);
        InputException e = assertThrows(InputException.class, () -> QtpFiles.read(dir));
        assertEquals("n_kg", e.field());
        assertEquals(4, e.line());
    }

    private int firstPlateauPixel() {
        double[] region = GeoTiff.read(dir.resolve("region.tif")).band(0).values();
        for (int p = 0; p < region.length; p++) if (region[p] > 0) return p;
        throw new AssertionError("no plateau pixel");
    }
}
