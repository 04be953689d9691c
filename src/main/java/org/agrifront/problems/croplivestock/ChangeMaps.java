package org.agrifront.problems.croplivestock;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.agrifront.io.GeoRaster;
import org.agrifront.io.GeoTiff;
import org.agrifront.io.RasterGrid;
import org.agrifront.io.maps.ColourRamp;
import org.agrifront.io.maps.MapImage;

/**
 * Maps of an allocation's change over today, like the paper's Fig. 4: GeoTIFFs on the instance's grid
 * ({@code change-crop-area.tif}: hectares of the five crops; {@code change-livestock-heads.tif}: heads of the five
 * livestock; {@code change-by-activity.tif}: one band per activity) and PNG pictures of the first two drawn by
 * the project's map helper ({@link MapImage}, diverging ramp centred on 0: red fewer, blue more; grey outside the
 * plateau). This is the one place a problem package uses {@code report}: the maps are the run's own artifacts.
 */
public final class ChangeMaps {
    public static final String CROP_TIF = "change-crop-area.tif", LIVESTOCK_TIF = "change-livestock-heads.tif";
    public static final String ACTIVITY_TIF = "change-by-activity.tif";
    public static final String CROP_PNG = "change-crop-area.png", LIVESTOCK_PNG = "change-livestock-heads.png";

    private ChangeMaps() {
    }

    /** Writes the maps of {@code genome}'s change into {@code dir}. */
    public static void write(Path dir, CropLivestockProblem problem, double[] genome) {
        QtpData d = problem.data();
        Grid g = d.grid();
        int n = d.cells();
        double[] x = problem.decode(genome);
        double[] crop = new double[n], heads = new double[n];
        double[][] byActivity = new double[Activity.COUNT][n];
        for (int i = 0; i < n; i++) {
            for (Activity a : Activity.all()) {
                double delta = x[i * Activity.COUNT + a.ordinal()] - d.current(i, a);
                byActivity[a.ordinal()][i] = delta;
                if (a.isCrop()) crop[i] += delta;
                else heads[i] += delta;
            }
        }
        RasterGrid grid = new RasterGrid(g.originX(), g.originY(), g.pixelX(), -g.pixelY(), g.width(), g.height());
        GeoRaster cropMap = GeoRaster.of(grid, GeoRaster.SampleType.FLOAT64, Double.NaN,
                GeoRaster.Band.continuous("crop area change", "ha", g.toRaster(crop, Double.NaN)));
        GeoRaster livestockMap = GeoRaster.of(grid, GeoRaster.SampleType.FLOAT64, Double.NaN,
                GeoRaster.Band.continuous("livestock change", "head", g.toRaster(heads, Double.NaN)));
        GeoTiff.write(dir.resolve(CROP_TIF), cropMap);
        GeoTiff.write(dir.resolve(LIVESTOCK_TIF), livestockMap);
        List<GeoRaster.Band> bands = new ArrayList<>();
        for (Activity a : Activity.all()) {
            bands.add(GeoRaster.Band.continuous(a.label + " change", a.unit(), g.toRaster(byActivity[a.ordinal()], Double.NaN)));
        }
        GeoTiff.write(dir.resolve(ACTIVITY_TIF), new GeoRaster(grid, GeoRaster.SampleType.FLOAT64, Double.NaN, bands));
        png(dir.resolve(CROP_PNG), cropMap, "Change in crop area (five crops, ha): balanced compromise vs today");
        png(dir.resolve(LIVESTOCK_PNG), livestockMap, "Change in livestock (five species, heads): balanced compromise vs today");
    }

    /**
     * A map of one band with the project's diverging ramp (red = fewer, blue = more) over a range symmetric around
     * 0, so that white means no change.
     */
    static void png(Path file, GeoRaster raster, String title) {
        double max = 0;
        for (double v : raster.band(0).values()) if (!Double.isNaN(v)) max = Math.max(max, Math.abs(v));
        if (max == 0) max = 1;
        MapImage.continuous(raster, 0, ColourRamp.DIVERGING, -max, max, title, 0).writePng(file);
    }
}
