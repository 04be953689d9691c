package org.agrifront.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.agrifront.analysis.Bands;
import org.agrifront.core.Objective;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BoxChart;
import org.knowm.xchart.BoxChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The report's plots, drawn with XChart into PNG bytes: fronts, boxplots, convergence bands and attainment
 * surfaces. Each algorithm keeps one colour across all plots (its position in the study), so the page shows one
 * legend per group of plots instead of one per plot.
 */
public final class Charts {
    static final int WIDTH = 420, HEIGHT = 320;
    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
        new Color(0xff7f0e), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
        new Color(0xbcbd22), new Color(0x17becf)};

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Charts() {
    }

    public static Color color(int index) {
        return PALETTE[index % PALETTE.length];
    }

    /** Objective {@code i} against {@code j} of each algorithm's front (natural values, row-major, d columns). */
    static byte[] fronts(String title, List<Objective> objectives, int i, int j, List<String> names, List<Integer> colors,
                         List<double[]> fronts) {
        XYChart c = xy(title, axis(objectives.get(i)), axis(objectives.get(j)));
        c.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        c.getStyler().setMarkerSize(5);
        int d = objectives.size();
        for (int k = 0; k < names.size(); k++) {
            double[] f = fronts.get(k);
            int n = f.length / d;
            double[] x = new double[n], y = new double[n];
            for (int r = 0; r < n; r++) {
                x[r] = f[r * d + i];
                y[r] = f[r * d + j];
            }
            if (n == 0) continue;
            XYSeries s = c.addSeries(names.get(k), x, y);
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setMarkerColor(alpha(color(colors.get(k)), 170));
        }
        return png(c);
    }

    /** One box per algorithm (whiskers at 1.5 IQR, quartiles by the type-7 rule as in the tables). */
    static byte[] boxplot(String title, String yAxis, List<String> names, List<double[]> values) {
        BoxChart c = new BoxChartBuilder().width(WIDTH).height(HEIGHT).title(title).yAxisTitle(yAxis).build();
        style(c.getStyler());
        c.getStyler().setLegendVisible(false);
        c.getStyler().setBoxplotCalCulationMethod(org.knowm.xchart.style.BoxStyler.BoxplotCalCulationMethod.N_LESS_1_PLUS_1);
        List<Color> colors = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            double[] v = java.util.Arrays.stream(values.get(k)).filter(x -> !Double.isNaN(x)).toArray();
            if (v.length == 0) continue;
            c.addSeries(names.get(k), v);
            colors.add(color(k));
        }
        if (colors.isEmpty()) return null;
        c.getStyler().setSeriesColors(colors.toArray(new Color[0]));
        return png(c);
    }

    /**
     * Median line and interquartile band (25th to 75th percentile over the seeds) of an indicator over evaluations,
     * one pair per algorithm. The y axis says which way is better; the x axis is logarithmic when the trace spans
     * more than a factor of {@link #LOG_SPAN} (most change happens early, and a linear axis would squeeze it into
     * the first tick), with plain thousands-separated tick labels.
     */
    static byte[] convergence(String title, String yAxis, boolean higherIsBetter, List<String> names, List<long[]> evaluations,
                              List<Bands.Band> bands) {
        long lo = Long.MAX_VALUE, hi = 0;
        for (long[] ev : evaluations) for (long e : ev) if (e > 0) { lo = Math.min(lo, e); hi = Math.max(hi, e); }
        boolean log = hi > 0 && hi >= LOG_SPAN * lo;
        XYChart c = xy(title, log ? "evaluations (log scale)" : "evaluations",
                yAxis + (higherIsBetter ? "  (higher is better \u2191)" : "  (lower is better \u2193)"));
        c.getStyler().setXAxisLogarithmic(log);
        c.getStyler().setXAxisDecimalPattern("#,##0");
        for (int k = 0; k < names.size(); k++) {
            Bands.Band b = bands.get(k);
            long[] ev = evaluations.get(k);
            List<Double> x = new ArrayList<>(), med = new ArrayList<>(), lo1 = new ArrayList<>(), hi1 = new ArrayList<>();
            for (int t = 0; t < ev.length; t++) {
                if (Double.isNaN(b.median()[t]) || (log && ev[t] <= 0)) continue;
                x.add((double) ev[t]);
                med.add(b.median()[t]);
                lo1.add(b.q1()[t]);
                hi1.add(b.q3()[t]);
            }
            if (x.isEmpty()) continue;
            List<Double> px = new ArrayList<>(x), py = new ArrayList<>(hi1);
            for (int t = x.size() - 1; t >= 0; t--) {
                px.add(x.get(t));
                py.add(lo1.get(t));
            }
            XYSeries band = c.addSeries(names.get(k) + " 25-75%", px, py);
            band.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
            band.setFillColor(alpha(color(k), 60));
            band.setLineColor(alpha(color(k), 0));
            band.setMarker(SeriesMarkers.NONE);
            band.setShowInLegend(false);
            XYSeries line = c.addSeries(names.get(k) + " median", x, med);
            line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            line.setLineColor(color(k));
            line.setMarker(SeriesMarkers.NONE);
        }
        return png(c);
    }

    /** A trace spanning more than this factor of evaluations is drawn on a log axis. */
    static final int LOG_SPAN = 20;

    /**
     * Best, median and worst attainment surfaces of each algorithm as staircases (natural values): solid for the
     * median, dashed for the best, dotted for the worst.
     */
    static byte[] attainment(String title, List<Objective> objectives, List<String> names, List<Integer> colors,
                             List<List<double[]>> surfaces) {
        return attainment(title, objectives.get(0), objectives.get(1), names, colors, surfaces);
    }

    /** As above for the objective pair {@code x}, {@code y} (surfaces as (x, y) pairs, natural values). */
    static byte[] attainment(String title, Objective xo, Objective yo, List<String> names, List<Integer> colors,
                             List<List<double[]>> surfaces) {
        XYChart c = xy(title, axis(xo), axis(yo));
        String[] kinds = {"best", "median", "worst"};
        BasicStroke[] strokes = {new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f),
            new BasicStroke(2f), new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2f, 3f}, 0f)};
        for (int k = 0; k < names.size(); k++) {
            for (int s = 0; s < 3; s++) {
                double[] p = surfaces.get(k).get(s);
                if (p.length == 0) continue;
                double[][] stairs = staircase(p);
                XYSeries series = c.addSeries(names.get(k) + " " + kinds[s], stairs[0], stairs[1]);
                series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
                series.setLineColor(color(colors.get(k)));
                series.setLineStyle(strokes[s]);
                series.setMarker(SeriesMarkers.NONE);
                series.setShowInLegend(s == 1);
            }
        }
        return png(c);
    }

    /**
     * The corners of an attainment surface (natural values, sorted by the first objective from best to worst)
     * joined by the steps the attained region has between them.
     */
    static double[][] staircase(double[] p) {
        int n = p.length / 2;
        double[] x = new double[2 * n - 1], y = new double[2 * n - 1];
        for (int i = 0; i < n; i++) {
            x[2 * i] = p[2 * i];
            y[2 * i] = p[2 * i + 1];
            if (i + 1 < n) {
                x[2 * i + 1] = p[2 * i + 2];
                y[2 * i + 1] = p[2 * i + 1];
            }
        }
        return new double[][] {x, y};
    }

    private static XYChart xy(String title, String xAxis, String yAxis) {
        XYChart c = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xAxis).yAxisTitle(yAxis).build();
        style(c.getStyler());
        c.getStyler().setLegendVisible(false); // one legend per group of plots, in the page (Html.legend)
        return c;
    }

    private static void style(org.knowm.xchart.style.AxesChartStyler s) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(true);
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        s.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        s.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        s.setChartTitleBoxVisible(false);
        s.setLegendBorderColor(Color.LIGHT_GRAY);
    }

    private static String axis(Objective o) {
        // long units (the explorer and the normalisation table give them in full) would push the direction off the plot
        String unit = o.unit().isEmpty() || o.unit().length() > 24 ? "" : " [" + o.unit() + "]";
        return o.name() + unit + (o.sense() == org.agrifront.core.Sense.MAX ? ", higher is better" : ", lower is better");
    }

    private static Color alpha(Color c, int a) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), a);
    }

    /** PNG bytes, or null for a chart without any series (nothing to show, e.g. no feasible run). */
    static byte[] png(Chart<?, ?> chart) {
        if (chart.getSeriesMap().isEmpty()) return null;
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
