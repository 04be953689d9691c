package org.agrifront.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.agrifront.io.GeoRaster.Band;
import org.agrifront.io.GeoRaster.SampleType;
import org.apache.sis.coverage.grid.GridCoverage;
import org.apache.sis.referencing.CommonCRS;
import org.apache.sis.referencing.IdentifiedObjects;
import org.apache.sis.referencing.crs.AbstractCRS;
import org.apache.sis.referencing.cs.AxesConvention;
import org.apache.sis.storage.DataStore;
import org.apache.sis.storage.DataStores;
import org.apache.sis.storage.GridCoverageResource;
import org.apache.sis.storage.geotiff.GeoTiffStore;
import org.apache.sis.util.Utilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opengis.referencing.crs.CoordinateReferenceSystem;

class GeoTiffTest {
    /** 4 x 3 cells of 1° with the north-west corner at (-10°, 43°). */
    static final RasterGrid GRID = new RasterGrid(-10, 43, 1, 1, 4, 3);
    static final List<String> USES = List.of("PNV", "Crops", "Pasture & range");

    @TempDir
    Path dir;

    static GeoRaster landUse() {
        double[] codes = {0, 1, 2, 255, 1, 1, 0, 2, 255, 2, 0, 1};
        return GeoRaster.of(GRID, SampleType.BYTE, 255, Band.categorical("land use", USES, codes));
    }

    @Test
    void categoricalRasterRoundTripsThroughSisWithGridNodataAndCategories() throws Exception {
        Path file = dir.resolve("landuse.tif");
        GeoTiff.write(file, landUse());
        GeoRaster back = GeoTiff.read(file);

        assertEquals(GRID, back.grid());
        assertEquals(SampleType.BYTE, back.type());
        assertEquals(255, back.nodata());
        assertEquals(1, back.bands().size());
        assertEquals("land use", back.band(0).name());
        assertEquals(USES, back.band(0).categories());
        assertArrayEquals(landUse().band(0).values(), back.band(0).values());
        assertEquals(2.0, back.value(0, 3, 1)); // column 3, row 1 = index 7
        assertTrue(back.isNodata(back.value(0, 3, 0)));
        // GDAL's side-car names the categories too
        String sidecar = Files.readString(dir.resolve("landuse.tif.aux.xml"));
        assertTrue(sidecar.contains("<Category>Pasture &amp; range</Category>"), sidecar);
    }

    @Test
    void sisSeesWgs84LongitudeLatitudeAndTheCellCentresWhereTheyBelong() throws Exception {
        Path file = dir.resolve("landuse.tif");
        GeoTiff.write(file, landUse());
        try (DataStore store = new GeoTiffStore(new org.apache.sis.storage.geotiff.GeoTiffStoreProvider(), new org.apache.sis.storage.StorageConnector(file))) {
            assertTrue(store instanceof GeoTiffStore, store.getClass().getName());
            GridCoverageResource image = ((GeoTiffStore) store).components().get(0);
            GridCoverage coverage = image.read(null);
            CoordinateReferenceSystem crs = coverage.getCoordinateReferenceSystem();
            CoordinateReferenceSystem epsg4326 = CommonCRS.WGS84.geographic(); // EPSG:4326, latitude first
            assertEquals("EPSG:4326", IdentifiedObjects.getIdentifierOrName(epsg4326));
            assertTrue(Utilities.equalsIgnoreMetadata(
                    AbstractCRS.castOrCopy(epsg4326).forConvention(AxesConvention.RIGHT_HANDED), crs), crs::toString);
            var envelope = coverage.getGridGeometry().getEnvelope();
            assertArrayEquals(new double[] {-10, 40}, envelope.getLowerCorner().getCoordinate());
            assertArrayEquals(new double[] {-6, 43}, envelope.getUpperCorner().getCoordinate());
            // the centre of column 1, row 2 is (-8.5°, 40.5°)
            var centre = coverage.getGridGeometry().getGridToCRS(org.apache.sis.coverage.grid.PixelInCell.CELL_CENTER)
                    .transform(new org.apache.sis.geometry.DirectPosition2D(1, 2), null);
            assertArrayEquals(new double[] {-8.5, 40.5}, centre.getCoordinate());
        }
    }

    @Test
    void continuousBandsRoundTripExactlyInEveryType() {
        double[] a = new double[GRID.size()], b = new double[GRID.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = i * 0.1 - 0.35;
            b[i] = -i * 1e6 + 0.125;
        }
        a[5] = -9999;
        Path f64 = dir.resolve("f64.tif");
        GeoTiff.write(f64, GeoRaster.of(GRID, SampleType.FLOAT64, -9999,
                Band.continuous("carbon", "kgC/m2", a), Band.continuous("water", "mm/yr", b)));
        GeoRaster back = GeoTiff.read(f64);
        assertEquals(SampleType.FLOAT64, back.type());
        assertEquals(-9999, back.nodata());
        assertArrayEquals(a, back.band("carbon").values());
        assertArrayEquals(b, back.band("water").values());
        assertEquals("kgC/m2", back.band(0).unit());
        assertEquals("mm/yr", back.band(1).unit());
        assertFalse(Files.exists(dir.resolve("f64.tif.aux.xml")));

        // float32 with NaN as nodata: values that are floats come back identical
        double[] c = new double[GRID.size()];
        for (int i = 0; i < c.length; i++) c[i] = (float) (i / 3.0);
        c[0] = Double.NaN;
        Path f32 = dir.resolve("f32.tif");
        GeoTiff.write(f32, GeoRaster.of(GRID, SampleType.FLOAT32, Double.NaN, Band.continuous("share", "", c)));
        GeoRaster back32 = GeoTiff.read(f32);
        assertEquals(SampleType.FLOAT32, back32.type());
        assertTrue(Double.isNaN(back32.nodata()));
        assertArrayEquals(c, back32.band(0).values());

        // int32 with negative values and a negative nodata
        double[] d = new double[GRID.size()];
        for (int i = 0; i < d.length; i++) d[i] = (i - 6) * 100_000;
        d[3] = -1;
        Path i32 = dir.resolve("i32.tif");
        GeoTiff.write(i32, GeoRaster.of(GRID, SampleType.INT32, -1, Band.continuous("heads", "", d)));
        GeoRaster backInt = GeoTiff.read(i32);
        assertEquals(SampleType.INT32, backInt.type());
        assertEquals(-1, backInt.nodata());
        assertArrayEquals(d, backInt.band(0).values());
    }

    @Test
    void writingTwiceGivesTheSameBytesAndRewritingWithoutCategoriesDropsTheSidecar() throws Exception {
        Path one = dir.resolve("one.tif"), two = dir.resolve("two.tif");
        GeoTiff.write(one, landUse());
        GeoTiff.write(two, landUse());
        assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(two));
        assertTrue(Files.exists(dir.resolve("one.tif.aux.xml")));
        GeoTiff.write(one, GeoRaster.of(GRID, SampleType.BYTE, 255, Band.continuous("count", "", landUse().band(0).values())));
        assertFalse(Files.exists(dir.resolve("one.tif.aux.xml")));
        assertEquals(List.of(), GeoTiff.read(one).band(0).categories());
    }

    @Test
    void aRasterInAnotherDatumIsRejectedNamingFileAndCrs() {
        Path file = dir.resolve("ed50.tif");
        char[] ed50 = {1, 1, 0, 3, 1024, 0, 1, 2, 1025, 0, 1, 1, 2048, 0, 1, 4230};
        GeoTiff.write(file, landUse(), ed50);
        InputException e = assertThrows(InputException.class, () -> GeoTiff.read(file));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("ED50"), e.getMessage());
        assertTrue(e.getMessage().endsWith("expected WGS 84 longitude/latitude (EPSG:4326)"), e.getMessage());
    }

    @Test
    void rastersOnDifferentGridsAreRejectedNamingBothFiles() {
        Path a = dir.resolve("a.tif"), b = dir.resolve("b.tif");
        GeoTiff.write(a, landUse());
        RasterGrid finer = new RasterGrid(-10, 43, 0.5, 0.5, 8, 6);
        GeoTiff.write(b, GeoRaster.of(finer, SampleType.FLOAT64, -1, Band.continuous("x", "", new double[48])));
        InputException e = assertThrows(InputException.class, () -> GeoTiff.readAligned(List.of(a, b)));
        assertEquals(b + ": raster is on a grid of 8 x 6 cells of 0.5° from (west -10, north 43), but " + a
                + " is on a grid of 4 x 3 cells of 1° from (west -10, north 43): the files must share one grid", e.getMessage());
        InputException expected = assertThrows(InputException.class, () -> GeoTiff.read(b, GRID));
        assertTrue(expected.getMessage().contains("expected a grid of 4 x 3 cells"), expected.getMessage());
        assertEquals(2, GeoTiff.readAligned(List.of(a, a)).size());
    }

    @Test
    void aTiledLzwSouthUpInt16FileWrittenByGdalReadsNorthUp() throws Exception {
        Path file = Path.of(getClass().getResource("gdal-int16-lzw-southup.tif").toURI());
        GeoRaster r = GeoTiff.read(file);
        assertEquals(GRID, r.grid());
        assertEquals(SampleType.INT32, r.type());
        assertEquals(-1, r.nodata());
        assertEquals("counts", r.band(0).name());
        assertEquals("head", r.band(0).unit());
        // stored south-up; see the README next to the file
        assertArrayEquals(new double[] {8, 9, 10, 11, 4, 5, -1, 7, 0, 1, 2, 3}, r.band(0).values());
    }

    @Test
    void missingAndNonTiffFilesAreOneLineErrors() throws Exception {
        Path missing = dir.resolve("missing.tif");
        assertEquals(missing + ": file not found",
                assertThrows(InputException.class, () -> GeoTiff.read(missing)).getMessage());
        Path text = dir.resolve("text.tif");
        Files.writeString(text, "Lon Lat PNV\n1 2 3\n");
        InputException e = assertThrows(InputException.class, () -> GeoTiff.read(text));
        assertTrue(e.getMessage().startsWith(text + ": cannot read as GeoTIFF"), e.getMessage());
    }

    @Test
    void valuesTheSampleTypeCannotHoldAreRejectedBeforeWriting() {
        double[] v = new double[GRID.size()];
        v[4] = 256;
        var e = assertThrows(IllegalArgumentException.class,
                () -> GeoRaster.of(GRID, SampleType.BYTE, 255, Band.continuous("x", "", v)));
        assertEquals("band 'x' value 256 at column 0, row 1 cannot be stored as BYTE", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> GeoRaster.of(GRID, SampleType.FLOAT32, -1, Band.categorical("x", USES, new double[12])));
        assertThrows(IllegalArgumentException.class,
                () -> GeoRaster.of(GRID, SampleType.INT32, -1, Band.continuous("x", "", new double[11])));
    }
}
