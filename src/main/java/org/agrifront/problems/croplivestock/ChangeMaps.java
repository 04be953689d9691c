package org.agrifront.problems.croplivestock;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;

import org.agrifront.io.AtomicFiles;
import org.agrifront.io.GeoRaster;
import org.agrifront.io.GeoTiff;
import org.agrifront.io.RasterGrid;

/**
 * Maps of an allocation's change over today, like the paper's Fig. 4: GeoTIFFs on the instance's grid
 * ({@code change-crop-area.tif}: hectares of the five crops; {@code change-livestock-heads.tif}: heads of the five
 * livestock; {@code change-by-activity.tif}: one band per activity) and PNG pictures of the first two with a
 * diverging colour scale centred on 0 (blue less, red more). Cells outside the plateau are nodata (NaN) / grey.
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
        GeoTiff.write(dir.resolve(CROP_TIF), GeoRaster.of(grid, GeoRaster.SampleType.FLOAT64, Double.NaN,
                GeoRaster.Band.continuous("crop area change", "ha", g.toRaster(crop, Double.NaN))));
        GeoTiff.write(dir.resolve(LIVESTOCK_TIF), GeoRaster.of(grid, GeoRaster.SampleType.FLOAT64, Double.NaN,
                GeoRaster.Band.continuous("livestock change", "head", g.toRaster(heads, Double.NaN))));
        List<GeoRaster.Band> bands = new ArrayList<>();
        for (Activity a : Activity.all()) {
            bands.add(GeoRaster.Band.continuous(a.label + " change", a.unit(), g.toRaster(byActivity[a.ordinal()], Double.NaN)));
        }
        GeoTiff.write(dir.resolve(ACTIVITY_TIF), new GeoRaster(grid, GeoRaster.SampleType.FLOAT64, Double.NaN, bands));
        png(dir.resolve(CROP_PNG), g, crop, "Change in crop area (ha), balanced compromise vs today");
        png(dir.resolve(LIVESTOCK_PNG), g, heads, "Change in livestock (heads), balanced compromise vs today");
    }

    /** A heat map of per-cell values on the grid, north up, with a legend; diverging blue-white-red around 0. */
    static void png(Path file, Grid g, double[] values, String title) {
        int cell = Math.max(8, Math.min(40, 900 / g.width()));
        HeatMapChart chart = new HeatMapChartBuilder().width(g.width() * cell + 260).height(g.height() * cell + 160)
                .title(title).xAxisTitle("longitude (cell centre)").yAxisTitle("latitude").build();
        List<String> xs = new ArrayList<>(), ys = new ArrayList<>();
        for (int c = 0; c < g.width(); c++) xs.add(String.format(Locale.ROOT, "%.1f", g.originX() + (c + 0.5) * g.pixelX()));
        for (int r = g.height() - 1; r >= 0; r--) ys.add(String.format(Locale.ROOT, "%.1f", g.originY() + (r + 0.5) * g.pixelY()));
        List<Number[]> heat = new ArrayList<>();
        double max = 0;
        for (int i = 0; i < values.length; i++) {
            heat.add(new Number[] {g.col(i), g.height() - 1 - g.row(i), values[i]});
            max = Math.max(max, Math.abs(values[i]));
        }
        if (max == 0) max = 1;
        chart.addSeries("change", xs, ys, heat);
        chart.getStyler().setRangeColors(new Color[] {new Color(33, 102, 172), new Color(146, 197, 222), Color.WHITE,
                new Color(244, 165, 130), new Color(178, 24, 43)});
        chart.getStyler().setMin(-max).setMax(max);
        chart.getStyler().setPiecewise(false);
        chart.getStyler().setPlotGridLinesVisible(false);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotBackgroundColor(new Color(220, 220, 220)); // grey: outside the plateau
        chart.getStyler().setHeatMapValueDecimalPattern("#,##0");
        chart.getStyler().setXAxisLabelRotation(90);
        AtomicFiles.write(file, out -> {
            try {
                BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
