package org.agrifront.io.maps;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Point;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.agrifront.io.GeoRaster;
import org.agrifront.io.GeoRaster.Band;
import org.agrifront.io.GeoRaster.SampleType;
import org.agrifront.io.RasterGrid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapImageTest {
    static final RasterGrid GRID = new RasterGrid(0, 2, 1, 1, 3, 2);
    static final Palette THREE = Palette.of("#ff0000", "#00ff00", "#0000ff");

    @TempDir
    Path dir;

    static GeoRaster categories() {
        // row 0: red, green, blue; row 1: nodata, blue, red
        return GeoRaster.of(GRID, SampleType.BYTE, 255,
                Band.categorical("use", List.of("a", "b", "c"), new double[] {0, 1, 2, 255, 2, 0}));
    }

    static int rgb(BufferedImage image, Point p) {
        return image.getRGB(p.x, p.y) & 0xFFFFFF;
    }

    @Test
    void categoricalMapPaintsEachCellWithItsCodeColourAndNodataGrey() throws Exception {
        MapImage map = MapImage.categorical(categories(), 0, THREE, "Three uses", 10);
        Path png = dir.resolve("uses.png");
        map.writePng(png);
        BufferedImage read = ImageIO.read(png.toFile());
        assertEquals(map.image().getWidth(), read.getWidth());
        assertEquals(map.image().getHeight(), read.getHeight());
        assertTrue(read.getWidth() >= 3 * 10 + 32, "map plus margins");

        assertEquals(0xFF0000, rgb(read, map.pixelOf(0, 0)));
        assertEquals(0x00FF00, rgb(read, map.pixelOf(1, 0)));
        assertEquals(0x0000FF, rgb(read, map.pixelOf(2, 0)));
        assertEquals(MapImage.NODATA_RGB, rgb(read, map.pixelOf(0, 1)));
        assertEquals(0x0000FF, rgb(read, map.pixelOf(1, 1)));
        assertEquals(0xFF0000, rgb(read, map.pixelOf(2, 1)));
        // a cell is a 10 x 10 block: its corners have its colour, the next pixel the neighbour's
        Point c = map.pixelOf(0, 0);
        assertEquals(0xFF0000, read.getRGB(c.x - 5, c.y - 5) & 0xFFFFFF);
        assertEquals(0xFF0000, read.getRGB(c.x + 4, c.y + 4) & 0xFFFFFF);
        assertEquals(0x00FF00, read.getRGB(c.x + 5, c.y) & 0xFFFFFF);

        // the legend below the map shows each colour (in boxes of text size, beyond the map's 20 rows of pixels)
        int below = map.pixelOf(0, 1).y + 6;
        for (int colour : new int[] {0xFF0000, 0x00FF00, 0x0000FF, MapImage.NODATA_RGB}) {
            assertTrue(count(read, below, colour) >= 50, "legend box of " + Integer.toHexString(colour));
        }
    }

    private static int count(BufferedImage image, int fromRow, int rgb) {
        int n = 0;
        for (int y = fromRow; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) n++;
        }
        return n;
    }

    @Test
    void defaultScaleMakesAGlobalDegreeGrid1440PixelsWide() {
        RasterGrid global = RasterGrid.global(1.0);
        double[] v = new double[global.size()];
        v[global.index(359, 179)] = 1;
        MapImage map = MapImage.categorical(GeoRaster.of(global, SampleType.BYTE, 255, Band.categorical("x",
                List.of("zero", "one"), v)), 0, Palette.qualitative(2), "Global");
        assertEquals(4, map.pixelsPerCell());
        assertEquals(1440 + 32, map.image().getWidth());
        assertEquals(0x1F77B4, rgb(map.image(), map.pixelOf(0, 0)));
        assertEquals(0xFF7F0E, rgb(map.image(), map.pixelOf(359, 179)));
    }

    @Test
    void continuousMapRunsTheRampFromMinimumToMaximum() {
        double[] v = {10, 15, 20, -1, 12.5, 17.5};
        GeoRaster r = GeoRaster.of(GRID, SampleType.FLOAT64, -1, Band.continuous("carbon", "kgC/m2", v));
        MapImage map = MapImage.continuous(r, 0, ColourRamp.VIRIDIS, "Carbon");
        BufferedImage image = map.image();
        assertEquals(0x440154, rgb(image, map.pixelOf(0, 0)));      // minimum: first stop
        assertEquals(0x21908C, rgb(image, map.pixelOf(1, 0)));      // middle: fifth of nine stops
        assertEquals(0xFDE725, rgb(image, map.pixelOf(2, 0)));      // maximum: last stop
        assertEquals(MapImage.NODATA_RGB, rgb(image, map.pixelOf(0, 1)));
        assertEquals(0x3B528B, rgb(image, map.pixelOf(1, 1)));      // 12.5 is a quarter: third stop

        // a fixed range clamps values beyond it
        MapImage fixed = MapImage.continuous(r, 0, ColourRamp.DIVERGING, 12.5, 17.5, "Fixed", 3);
        assertEquals(0xB2182B, rgb(fixed.image(), fixed.pixelOf(0, 0)));
        assertEquals(0xF7F7F7, rgb(fixed.image(), fixed.pixelOf(1, 0)));
        assertEquals(0x2166AC, rgb(fixed.image(), fixed.pixelOf(2, 0)));
    }

    @Test
    void theSameRasterGivesTheSamePngBytes() throws Exception {
        Path a = dir.resolve("a.png"), b = dir.resolve("b.png");
        MapImage.categorical(categories(), 0, THREE, "Same", 7).writePng(a);
        MapImage.categorical(categories(), 0, THREE, "Same", 7).writePng(b);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    @Test
    void aCodeWithoutColourIsAnErrorNamingTheCell() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> MapImage.categorical(categories(), 0, Palette.of("#000000", "#ffffff"), "Two colours"));
        assertEquals("band 'use' has 3 categories but the palette only 2 colours", e.getMessage());
        GeoRaster unnamed = GeoRaster.of(GRID, SampleType.BYTE, 255, Band.continuous("codes", "", new double[] {0, 1, 5, 0, 0, 0}));
        var e2 = assertThrows(IllegalArgumentException.class, () -> MapImage.categorical(unnamed, 0, THREE, "x"));
        assertEquals("band 'codes' value 5.0 at column 2, row 0 has no colour in a palette of 3", e2.getMessage());
    }

    @Test
    void rangeLabelsKeepFourSignificantDigitsWithoutExponents() {
        assertEquals("839.8", MapImage.label(839.75));
        assertEquals("0.64", MapImage.label(0.6399999856948853));
        assertEquals("1235000", MapImage.label(1_234_567));
        assertEquals("-0.0001235", MapImage.label(-0.00012346));
        assertEquals("0", MapImage.label(0));
    }

    @Test
    void panelsDrawEveryBandOnOneScaleWithOneLegend() throws Exception {
        GeoRaster two = GeoRaster.of(GRID, SampleType.FLOAT32, Double.NaN,
                Band.continuous("first", "share", new double[] {0, 1, 0, Double.NaN, 1, 0}),
                Band.continuous("second", "share", new double[] {1, 0, 1, 0, Double.NaN, 1}));
        MapImage map = MapImage.panels(two, ColourRamp.VIRIDIS, 0, 1, "Two panels", 2, 10);
        Path png = dir.resolve("panels.png");
        map.writePng(png);
        BufferedImage read = ImageIO.read(png.toFile());
        int low = ColourRamp.VIRIDIS.rgb(0), high = ColourRamp.VIRIDIS.rgb(1);
        assertEquals(low, rgb(read, map.pixelOf(0, 0, 0)));
        assertEquals(high, rgb(read, map.pixelOf(0, 1, 0)));
        assertEquals(MapImage.NODATA_RGB, rgb(read, map.pixelOf(0, 0, 1)));
        assertEquals(high, rgb(read, map.pixelOf(1, 0, 0)));
        assertEquals(low, rgb(read, map.pixelOf(1, 1, 0)));
        assertEquals(MapImage.NODATA_RGB, rgb(read, map.pixelOf(1, 1, 1)));
        assertTrue(map.pixelOf(1, 0, 0).x > map.pixelOf(0, 2, 0).x, "second panel right of the first");
        assertEquals(map.pixelOf(0, 0, 0).y, map.pixelOf(1, 0, 0).y, "side by side");
        // one column: the second panel below the first
        MapImage stacked = MapImage.panels(two, ColourRamp.VIRIDIS, 0, 1, "Two panels", 1, 10);
        assertTrue(stacked.pixelOf(1, 0, 0).y > stacked.pixelOf(0, 0, 1).y);
        assertEquals(high, rgb(stacked.image(), stacked.pixelOf(1, 0, 0)));
    }
}
