package org.agrifront.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import org.agrifront.core.Sense;
import org.agrifront.io.AtomicFiles;
import org.agrifront.io.InputException;
import org.agrifront.io.Json;
import org.agrifront.io.TextTable;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A parallel-coordinates plot of a front (the many-objective view: one vertical axis per objective, one line per
 * solution). Each axis is normalised to [0, 1] over the plotted values with 1 = best, whatever the objective's
 * sense, and labelled with the objective's name, sense and its best (top) and worst (bottom) value in natural units.
 * The front's feasible members are drawn thin; the two "no objective preferred" picks: the max–min compromise in red
 * ({@link org.agrifront.core.MaxMin}: the member whose smallest relative improvement over the reference values is
 * largest, or whose worst range-scaled objective is best without references) and the knee dashed orange
 * ({@link org.agrifront.core.Knee}: nearest the ideal point, as {@code map} and {@code montecarlo} pick it); the run's
 * reference values (e.g. the current allocation) dashed black; optionally exact
 * optima (a {@code bounds} folder's {@code optima.csv}) dotted green.
 */
public final class ParallelCoordinates {
    private static final Color FRONT = new Color(70, 110, 170, 70);
    private static final Color COMPROMISE = new Color(200, 30, 30);
    private static final Color KNEE = new Color(240, 140, 0);
    private static final Color OPTIMA = new Color(20, 140, 60, 200);

    /** An objective axis. */
    public record Axis(String name, Sense sense, String unit) {
    }

    private ParallelCoordinates() {
    }

    /** Plots {@code frontCsv} (a run's front.csv, with run.json beside it) into {@code png}. */
    public static void write(Path frontCsv, Path png) {
        write(frontCsv, png, null);
    }

    /** As {@link #write(Path, Path)}, overlaying the exact optima of a {@code bounds} folder when given. */
    public static void write(Path frontCsv, Path png, Path boundsDir) {
        Path runJson = frontCsv.resolveSibling("run.json");
        JsonNode run = Json.tree(runJson);
        JsonNode objectives = run.get("objectives");
        if (objectives == null || !objectives.isArray()) throw Json.missing(runJson, "$.objectives");
        List<Axis> axes = new ArrayList<>();
        for (JsonNode o : objectives) {
            axes.add(new Axis(o.path("name").asText(), Sense.parse(o.path("sense").asText("min")), o.path("unit").asText("")));
        }
        JsonNode refs = run.get("objectiveReferences");
        double[] reference = refs != null && refs.isObject() ? new double[axes.size()] : null;
        if (reference != null) {
            for (int i = 0; i < axes.size(); i++) {
                JsonNode v = refs.get(axes.get(i).name());
                reference[i] = v == null ? Double.NaN : v.asDouble();
            }
        }
        List<double[]> front = points(frontCsv, axes);
        List<double[]> optima = boundsDir == null ? List.of() : points(boundsDir.resolve("optima.csv"), axes);
        String title = run.path("problem").asText("") + " - " + run.path("engine").asText("") + " "
                + run.path("algorithm").path("name").asText("") + ", seed " + run.path("seed").asText("") + ", "
                + front.size() + " feasible solutions";
        AtomicFiles.write(png, out -> out.write(render(axes, front, reference, optima, title)));
    }

    /** Objective columns of the feasible rows of a front-layout CSV (all rows when none is feasible). */
    static List<double[]> points(Path csv, List<Axis> axes) {
        TextTable t = TextTable.read(csv, TextTable.Delimiter.COMMA);
        int[] col = new int[axes.size()];
        for (int i = 0; i < col.length; i++) col[i] = t.column(axes.get(i).name());
        List<double[]> all = new ArrayList<>(), feasible = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) {
            double[] v = new double[col.length];
            for (int i = 0; i < col.length; i++) v[i] = t.number(r, col[i]);
            all.add(v);
            if (!t.hasColumn("feasible") || t.text(r, "feasible").equals("true")) feasible.add(v);
        }
        if (all.isEmpty()) throw InputException.file(csv, "no solutions to plot");
        return feasible.isEmpty() ? all : feasible;
    }

    /** The PNG bytes of the plot. */
    public static byte[] render(List<Axis> axes, List<double[]> front, double[] reference, List<double[]> optima, String title) {
        System.setProperty("java.awt.headless", "true");
        int m = axes.size();
        double[] best = new double[m], worst = new double[m];
        for (int i = 0; i < m; i++) {
            best[i] = Double.POSITIVE_INFINITY;
            worst[i] = Double.NEGATIVE_INFINITY;
        }
        List<double[]> all = new ArrayList<>(front);
        all.addAll(optima);
        if (reference != null) all.add(reference);
        for (double[] v : all) {
            for (int i = 0; i < m; i++) {
                if (Double.isNaN(v[i])) continue;
                double x = axes.get(i).sense().toMinimization(v[i]);
                best[i] = Math.min(best[i], x);
                worst[i] = Math.max(worst[i], x);
            }
        }
        XYChart chart = new XYChartBuilder().width(1500).height(760).title(title).xAxisTitle("")
                .yAxisTitle("normalised: 1 = best, 0 = worst value plotted (labels: natural units)").build();
        style(chart, m);
        double[] xs = new double[m];
        for (int i = 0; i < m; i++) xs[i] = i;
        Sense[] senses = axes.stream().map(Axis::sense).toArray(Sense[]::new);
        int compromise = org.agrifront.core.MaxMin.index(front.toArray(new double[0][]), senses, reference);
        int knee = front.isEmpty() ? -1 : org.agrifront.core.Knee.index(front.toArray(new double[0][]), senses);
        for (int k = 0; k < front.size(); k++) {
            double[] y = normalise(front.get(k), axes, best, worst);
            line(chart, k == 0 ? "front (" + front.size() + " solutions)" : "s" + k, xs, y, FRONT, 1.2f, null, k == 0);
        }
        for (int k = 0; k < optima.size(); k++) {
            line(chart, k == 0 ? "exact single-objective optima" : "o" + k, xs, normalise(optima.get(k), axes, best, worst),
                    OPTIMA, 1.6f, new float[] {2f, 4f}, k == 0);
        }
        if (reference != null) {
            line(chart, "reference (current)", xs, normalise(reference, axes, best, worst), Color.BLACK, 2.2f, new float[] {9f, 6f}, true);
        }
        if (knee >= 0) {
            line(chart, "knee (nearest the ideal point)", xs, normalise(front.get(knee), axes, best, worst), KNEE, 2.4f, new float[] {6f, 3f}, true);
        }
        if (compromise >= 0) {
            line(chart, reference != null ? "max-min compromise (largest worst gain over the reference)" : "max-min compromise", xs, normalise(front.get(compromise), axes, best, worst), COMPROMISE, 3f, null, true);
        }
        for (int i = 0; i < m; i++) {
            line(chart, "axis " + i, new double[] {i, i}, new double[] {0, 1}, Color.GRAY, 1.5f, null, false);
            Axis a = axes.get(i);
            chart.addAnnotation(new AnnotationText(format(a.sense().fromMinimization(best[i])), i, 1.045, false));
            chart.addAnnotation(new AnnotationText(format(a.sense().fromMinimization(worst[i])), i, -0.045, false));
            chart.addAnnotation(new AnnotationText(a.name() + (a.sense() == Sense.MAX ? " (max)" : " (min)"), i, -0.1, false));
            if (!a.unit().isEmpty()) chart.addAnnotation(new AnnotationText("[" + a.unit() + "]", i, -0.14, false));
        }
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the plot: " + e.getMessage(), e);
        }
    }

    private static void style(XYChart chart, int m) {
        Styler s = chart.getStyler();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        s.setAnnotationTextFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        s.setAnnotationTextFontColor(Color.DARK_GRAY);
        s.setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotGridVerticalLinesVisible(false);
        chart.getStyler().setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        chart.getStyler().setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        chart.getStyler().setXAxisMin(-0.4);
        chart.getStyler().setXAxisMax(m - 0.6);
        chart.getStyler().setYAxisMin(-0.17);
        chart.getStyler().setYAxisMax(1.1);
        chart.getStyler().setXAxisTicksVisible(false);
        chart.getStyler().setYAxisDecimalPattern("0.0");
    }

    private static void line(XYChart chart, String name, double[] xs, double[] ys, Color color, float width, float[] dash, boolean legend) {
        XYSeries s = chart.addSeries(name, xs, ys);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(color);
        s.setLineStyle(dash == null ? new BasicStroke(width) : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f));
        s.setShowInLegend(legend);
    }

    /** 1 = best, 0 = worst over the plotted values; an axis with one value sits at 0.5. */
    static double[] normalise(double[] v, List<Axis> axes, double[] best, double[] worst) {
        double[] y = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            double x = axes.get(i).sense().toMinimization(v[i]);
            y[i] = worst[i] > best[i] ? (worst[i] - x) / (worst[i] - best[i]) : 0.5;
        }
        return y;
    }

    private static String format(double v) {
        double a = Math.abs(v);
        if (a >= 1e5 || (a > 0 && a < 1e-2)) return String.format(Locale.ROOT, "%.4g", v);
        return String.format(Locale.ROOT, a >= 100 ? "%.1f" : "%.3f", v);
    }

}
