package org.agrifront.problems.landuse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.agrifront.io.GeoRaster;
import org.agrifront.io.GeoRaster.Band;
import org.agrifront.io.GeoRaster.SampleType;
import org.agrifront.io.GeoTiff;
import org.agrifront.io.RasterGrid;
import org.agrifront.io.maps.ColourRamp;
import org.agrifront.io.maps.MapImage;
import org.agrifront.io.maps.Palette;

/**
 * Maps of land-use allocations: one solution's land use per cell, and how often each land use is chosen per cell
 * across a set of solutions (a front).
 *
 * <p><b>Grid.</b> Always the global 1° grid, 360 x 180 cells from (180°W, 90°N), EPSG:4326, whatever the instance's
 * extent: maps of different scenarios, runs and the synthetic instance then line up cell for cell and overlay any
 * other global 1° layer. Cells are placed by their centres ({@link LandUseData#lon}, {@link LandUseData#lat}), which
 * must lie on the x.5° lattice; cells that are not land cells of the instance are nodata.
 *
 * <p><b>Files</b> for an output prefix {@code P}:
 * <ul>
 * <li>{@code P.tif}: one byte band "land use", codes 0–9 in {@link LandUseData#LAND_USES} order, nodata
 * {@value #NODATA}, category names in the GDAL metadata and in {@code P.tif.aux.xml} (so {@code gdalinfo} lists them
 * and QGIS labels them);</li>
 * <li>{@code P.png}: the same map in a fixed palette (rainfed / irrigated pairs of one crop in a light / dark shade
 * of one hue, natural vegetation green, pasture brown) with a legend naming the land uses;</li>
 * <li>{@code P-frequency.tif}: ten float32 bands, one per land use (band description = its name): the share of the
 * given solutions that allocate the cell to that land use; the ten shares of a land cell sum to 1; NaN outside
 * land;</li>
 * <li>{@code P-frequency.png}: small multiples of those shares, one panel per land use on one 0–1 colour scale.</li>
 * </ul>
 */
public final class LandUseMaps {
    /** Byte value of cells that are not land cells of the instance. */
    public static final int NODATA = 255;
    /** Pixel size of every map, in degrees. */
    public static final double CELL_DEGREES = 1.0;
    /** What the land-use codes stand for (the legend spells them out beside the table names). */
    public static final List<String> DESCRIPTIONS = List.of("natural vegetation", "C3 cereals, rainfed",
            "C3 cereals, irrigated", "other C3 crops, rainfed", "other C3 crops, irrigated", "maize, rainfed",
            "maize, irrigated", "rice, rainfed", "rice, irrigated", "pasture");
    /**
     * One colour per land use, in code order (ColorBrewer "Paired" hues): natural vegetation dark green, each crop a
     * light (rainfed) and dark (irrigated) shade of its hue, pasture brown.
     */
    public static final Palette PALETTE = Palette.of("#33a02c", "#fdbf6f", "#ff7f00", "#cab2d6", "#6a3d9a",
            "#fb9a99", "#e31a1c", "#a6cee3", "#1f78b4", "#b15928");

    private LandUseMaps() {
    }

    /** The grid every land-use map is on: global, {@value #CELL_DEGREES}°. */
    public static RasterGrid grid() {
        return RasterGrid.global(CELL_DEGREES);
    }

    /** The grid index of each cell of {@code data} (an error names the first cell off the 1° lattice). */
    public static int[] gridCells(LandUseData data, RasterGrid grid) {
        int n = data.cells();
        double[] lon = new double[n], lat = new double[n];
        for (int c = 0; c < n; c++) {
            lon[c] = data.lon(c);
            lat[c] = data.lat(c);
        }
        return grid.cellsAt(lon, lat);
    }

    /** The land use of every cell of {@code genome} as a categorical byte raster. */
    public static GeoRaster allocation(LandUseData data, byte[] genome) {
        checkGenome(data, genome);
        RasterGrid grid = grid();
        double[] codes = grid.scatter(gridCells(data, grid), genome, NODATA);
        return GeoRaster.of(grid, SampleType.BYTE, NODATA, Band.categorical("land use", landUses(data), codes));
    }

    /**
     * Per cell and land use, the share of {@code genomes} that allocate the cell to that land use: one float32 band
     * per land use, NaN outside land.
     *
     * @throws IllegalArgumentException when {@code genomes} is empty
     */
    public static GeoRaster frequencies(LandUseData data, List<byte[]> genomes) {
        if (genomes.isEmpty()) throw new IllegalArgumentException("no solutions to count land-use frequencies over");
        int n = data.cells(), options = data.options();
        int[] counts = new int[n * options];
        for (byte[] g : genomes) {
            checkGenome(data, g);
            for (int c = 0; c < n; c++) counts[c * options + g[c]]++;
        }
        RasterGrid grid = grid();
        int[] cells = gridCells(data, grid);
        List<String> names = landUses(data);
        List<Band> bands = new ArrayList<>();
        double total = genomes.size();
        for (int o = 0; o < options; o++) {
            double[] share = new double[n];
            for (int c = 0; c < n; c++) share[c] = counts[c * options + o] / total;
            bands.add(Band.continuous(names.get(o), "share of solutions", grid.scatter(cells, share, Double.NaN)));
        }
        return new GeoRaster(grid, SampleType.FLOAT32, Double.NaN, bands);
    }

    /** {@code P.tif} (with its {@code .aux.xml}) and {@code P.png} of one allocation; returns the files written. */
    public static List<Path> writeAllocation(Path prefix, LandUseData data, byte[] genome, String title) {
        GeoRaster map = allocation(data, genome);
        Path tif = withSuffix(prefix, ".tif"), png = withSuffix(prefix, ".png");
        GeoTiff.write(tif, map);
        List<String> legend = new ArrayList<>();
        List<String> names = map.band(0).categories();
        for (int o = 0; o < names.size(); o++) legend.add(names.get(o) + " (" + DESCRIPTIONS.get(o) + ")");
        GeoRaster labelled = GeoRaster.of(map.grid(), map.type(), map.nodata(),
                Band.categorical("land use", legend, map.band(0).values()));
        MapImage.categorical(labelled, 0, PALETTE, title).writePng(png);
        return List.of(tif, withSuffix(prefix, ".tif.aux.xml"), png);
    }

    /** {@code P-frequency.tif} and {@code P-frequency.png} over {@code genomes}; returns the files written. */
    public static List<Path> writeFrequencies(Path prefix, LandUseData data, List<byte[]> genomes, String title) {
        GeoRaster shares = frequencies(data, genomes);
        Path tif = withSuffix(prefix, "-frequency.tif"), png = withSuffix(prefix, "-frequency.png");
        GeoTiff.write(tif, shares);
        List<Band> panels = new ArrayList<>();
        for (int o = 0; o < shares.bands().size(); o++) {
            Band b = shares.band(o);
            panels.add(Band.continuous(b.name() + " (" + DESCRIPTIONS.get(o) + ")", b.unit(), b.values()));
        }
        GeoRaster labelled = new GeoRaster(shares.grid(), shares.type(), shares.nodata(), panels);
        MapImage.panels(labelled, ColourRamp.VIRIDIS, 0, 1, title, 2, 0).writePng(png);
        return List.of(tif, png);
    }

    /** {@code prefix} with {@code suffix} appended to its file name. */
    public static Path withSuffix(Path prefix, String suffix) {
        return prefix.resolveSibling(prefix.getFileName() + suffix);
    }

    private static List<String> landUses(LandUseData data) {
        if (data.options() != LandUseData.LAND_USES.size()) {
            throw new IllegalArgumentException("land-use maps need the " + LandUseData.LAND_USES.size()
                    + " land uses of the cell-level instance, found " + data.options() + " options");
        }
        return LandUseData.LAND_USES;
    }

    private static void checkGenome(LandUseData data, byte[] genome) {
        if (genome.length != data.cells()) {
            throw new IllegalArgumentException("a genome of " + genome.length + " genes for " + data.cells() + " cells");
        }
        for (int c = 0; c < genome.length; c++) {
            if (genome[c] < 0 || genome[c] >= data.options()) {
                throw new IllegalArgumentException("cell " + c + " has land use " + genome[c] + ", expected 0.."
                        + (data.options() - 1));
            }
        }
    }
}
