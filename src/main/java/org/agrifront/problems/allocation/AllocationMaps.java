package org.agrifront.problems.allocation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
 * Maps of an allocation problem whose cells have {@code lon}/{@code lat}: one allocation's option per cell
 * ({@code P.tif}, {@code P.png}) and the share of a set of allocations choosing each option per cell
 * ({@code P-frequency.tif}, {@code P-frequency.png}). The grid is the smallest one covering the cells, its cell size
 * the smallest spacing between distinct cell-centre longitudes or latitudes; cells must be centres of that lattice.
 */
public final class AllocationMaps {
    public static final int NODATA = 255;

    private AllocationMaps() {
    }

    /** The grid of the problem's cells (an error when the problem has no coordinates). */
    public static RasterGrid grid(AllocationData data) {
        if (!data.hasCoordinates()) {
            throw new IllegalArgumentException("maps need 'lon' and 'lat' columns in cells.csv; this problem's cells have no coordinates");
        }
        double size = Math.min(spacing(data.lon()), spacing(data.lat()));
        if (!Double.isFinite(size)) size = 1.0; // a single row and column: any size draws it
        return RasterGrid.covering(data.lon(), data.lat(), size);
    }

    private static double spacing(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        double min = Double.POSITIVE_INFINITY;
        for (int i = 1; i < s.length; i++) {
            double d = s[i] - s[i - 1];
            if (d > 1e-9) min = Math.min(min, d);
        }
        return min;
    }

    static Palette palette(int options) {
        return Palette.qualitative(Math.min(options, 20));
    }

    /** {@code P.tif} (with {@code .aux.xml}) and {@code P.png} of one allocation; returns the files written. */
    public static List<Path> writeAllocation(Path prefix, AllocationData data, byte[] genome, String title) {
        if (data.optionCount() > 20) throw new IllegalArgumentException("maps draw at most 20 options, this problem has " + data.optionCount());
        RasterGrid grid = grid(data);
        int[] cells = grid.cellsAt(data.lon(), data.lat());
        double[] codes = grid.scatter(cells, toDouble(genome), NODATA);
        GeoRaster map = GeoRaster.of(grid, SampleType.BYTE, NODATA, Band.categorical("option", data.options(), codes));
        Path tif = withSuffix(prefix, ".tif"), png = withSuffix(prefix, ".png");
        GeoTiff.write(tif, map);
        int pixels = Math.max(1, Math.min(40, 800 / Math.max(grid.width(), grid.height())));
        MapImage.categorical(map, 0, palette(data.optionCount()), title, pixels).writePng(png);
        return List.of(tif, withSuffix(prefix, ".tif.aux.xml"), png);
    }

    /** {@code P-frequency.tif} and {@code P-frequency.png}: per option, the share of {@code genomes} choosing it. */
    public static List<Path> writeFrequencies(Path prefix, AllocationData data, List<byte[]> genomes, String title) {
        if (genomes.isEmpty()) throw new IllegalArgumentException("no solutions to count option frequencies over");
        RasterGrid grid = grid(data);
        int[] cells = grid.cellsAt(data.lon(), data.lat());
        int n = data.cells(), k = data.optionCount();
        int[] counts = new int[n * k];
        for (byte[] g : genomes) for (int c = 0; c < n; c++) counts[c * k + g[c]]++;
        List<Band> bands = new ArrayList<>();
        for (int o = 0; o < k; o++) {
            double[] share = new double[n];
            for (int c = 0; c < n; c++) share[c] = counts[c * k + o] / (double) genomes.size();
            bands.add(Band.continuous(data.options().get(o), "share of solutions", grid.scatter(cells, share, Double.NaN)));
        }
        GeoRaster shares = new GeoRaster(grid, SampleType.FLOAT32, Double.NaN, bands);
        Path tif = withSuffix(prefix, "-frequency.tif"), png = withSuffix(prefix, "-frequency.png");
        GeoTiff.write(tif, shares);
        MapImage.panels(shares, ColourRamp.VIRIDIS, 0, 1, title, Math.min(k, 3), 0).writePng(png);
        return List.of(tif, png);
    }

    private static double[] toDouble(byte[] genome) {
        double[] d = new double[genome.length];
        for (int i = 0; i < d.length; i++) d[i] = genome[i];
        return d;
    }

    static Path withSuffix(Path prefix, String suffix) {
        return prefix.resolveSibling(prefix.getFileName() + suffix);
    }
}
