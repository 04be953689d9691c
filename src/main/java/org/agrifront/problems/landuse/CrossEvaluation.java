package org.agrifront.problems.landuse;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.agrifront.io.AtomicFiles;
import org.agrifront.io.Csv;
import org.agrifront.io.GeoRaster;
import org.agrifront.io.GeoTiff;
import org.agrifront.io.Numbers;
import org.agrifront.io.RasterGrid;
import org.agrifront.io.maps.MapImage;
import org.agrifront.io.maps.Palette;
import org.agrifront.problems.landuse.LandUseData.Service;

/**
 * The cross-scenario evaluation matrix: a set of allocations (each scenario's own optima, the robust optima and
 * knee, any run's solutions) evaluated under every scenario of a {@link RobustLandUseProblem}. Per allocation and
 * scenario, the gain of each service (forage included) over that scenario's reference, whether it falls below the
 * reference × factor (a violated constraint), and per service the worst gain and, when the scenario optima are
 * known, the regret (largest shortfall below a scenario's own optimum). It shows what planning for the wrong
 * future costs.
 */
public final class CrossEvaluation {
    /** One allocation: a label (e.g. {@code rcp26-2090 max carbon}), where it came from, and its genome. */
    public record Row(String label, String source, byte[] genome) {
    }

    /** Gains {@code [row][scenario][service]}, violations of the same shape, worst gain per row and objective. */
    public record Matrix(List<Row> rows, double[][][] gains, boolean[][][] violated, double[][] worst, double[][] regret) {
        public int violations(int row) {
            int n = 0;
            for (boolean[] s : violated[row]) for (boolean v : s) if (v) n++;
            return n;
        }
    }

    private CrossEvaluation() {
    }

    /** Evaluates every row; {@code optima} ({@code [scenario][objective]} gain percent) may be null (no regret). */
    public static Matrix evaluate(RobustLandUseProblem p, List<Row> rows, double[][] optima) {
        int n = rows.size(), S = p.scenarioCount();
        double[][][] gains = new double[n][][];
        boolean[][][] violated = new boolean[n][S][LandUseData.SERVICES];
        double[][] worst = new double[n][3];
        double[][] regret = optima == null ? null : new double[n][3];
        long[] state = new long[p.stateLength()];
        for (int r = 0; r < n; r++) {
            byte[] g = rows.get(r).genome();
            if (g.length != p.encoding().length()) {
                throw new IllegalArgumentException(rows.get(r).label() + ": " + g.length + " cells, the problem has " + p.encoding().length());
            }
            p.accumulate(g, state);
            gains[r] = p.gainsPercent(state);
            for (int s = 0; s < S; s++) {
                for (Service sv : Service.values()) violated[r][s][sv.ordinal()] = state[s * LandUseData.SERVICES + sv.ordinal()] < p.target(s, sv);
            }
            for (int k = 0; k < 3; k++) {
                worst[r][k] = Double.POSITIVE_INFINITY;
                if (regret != null) regret[r][k] = Double.NEGATIVE_INFINITY;
                for (int s = 0; s < S; s++) {
                    worst[r][k] = Math.min(worst[r][k], gains[r][s][k]);
                    if (regret != null) regret[r][k] = Math.max(regret[r][k], optima[s][k] - gains[r][s][k]);
                }
            }
        }
        return new Matrix(List.copyOf(rows), gains, violated, worst, regret);
    }

    /** The column names of {@link #csv}. */
    public static List<String> header(RobustLandUseProblem p, boolean regret) {
        List<String> h = new ArrayList<>(List.of("allocation", "source"));
        for (String s : p.scenarioNames()) for (Service sv : Service.values()) h.add(s + "_" + sv.label + "_gain");
        for (int k = 0; k < 3; k++) h.add("worst_" + Service.values()[k].label + "_gain");
        if (regret) for (int k = 0; k < 3; k++) h.add("regret_" + Service.values()[k].label);
        h.add("violated_constraints");
        h.add("violated");
        return h;
    }

    /** One row per allocation: gains (percent), worst gains, regrets, the count and names of violated constraints. */
    public static String csv(RobustLandUseProblem p, Matrix m) {
        StringBuilder sb = new StringBuilder(Csv.row(header(p, m.regret() != null)));
        for (int r = 0; r < m.rows().size(); r++) {
            List<String> f = new ArrayList<>();
            f.add(m.rows().get(r).label());
            f.add(m.rows().get(r).source());
            for (int s = 0; s < p.scenarioCount(); s++) for (int v = 0; v < LandUseData.SERVICES; v++) f.add(Numbers.format(m.gains()[r][s][v]));
            for (int k = 0; k < 3; k++) f.add(Numbers.format(m.worst()[r][k]));
            if (m.regret() != null) for (int k = 0; k < 3; k++) f.add(Numbers.format(m.regret()[r][k]));
            f.add(Integer.toString(m.violations(r)));
            List<String> names = new ArrayList<>();
            for (int s = 0; s < p.scenarioCount(); s++) {
                for (Service sv : Service.values()) if (m.violated()[r][s][sv.ordinal()]) names.add(p.scenarioNames().get(s) + "_" + sv.label);
            }
            f.add(String.join(" ", names));
            sb.append(Csv.row(f));
        }
        return sb.toString();
    }

    /**
     * The heatmap: rows are allocations, columns scenario × service; each cell shows the gain in percent, coloured
     * blue above the reference and red below (scaled per service), framed and marked {@code ✗} where the constraint
     * is violated.
     */
    public static void writePng(Path file, RobustLandUseProblem p, Matrix m, String title) {
        int S = p.scenarioCount(), V = LandUseData.SERVICES, rows = m.rows().size();
        int cellW = 64, cellH = 24, gap = 8;
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12), bold = font.deriveFont(Font.BOLD), big = font.deriveFont(Font.BOLD, 15f);
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D pg = probe.createGraphics();
        pg.setFont(font);
        int labelW = 120;
        for (Row r : m.rows()) labelW = Math.max(labelW, pg.getFontMetrics().stringWidth(r.label()) + 16);
        pg.dispose();
        int left = labelW, top = 78;
        int width = left + S * (V * cellW + gap) + 16, height = top + rows * cellH + 56;
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0x222222));
        g.setFont(big);
        g.drawString(title, 12, 22);
        double[] scale = new double[V];
        for (int r = 0; r < rows; r++) for (int s = 0; s < S; s++) for (int v = 0; v < V; v++) scale[v] = Math.max(scale[v], Math.abs(m.gains()[r][s][v]));
        for (int s = 0; s < S; s++) {
            int x0 = left + s * (V * cellW + gap);
            g.setFont(bold);
            g.setColor(new Color(0x222222));
            centre(g, p.scenarioNames().get(s), x0, V * cellW, 46);
            g.setFont(font);
            for (int v = 0; v < V; v++) centre(g, Service.values()[v].label, x0 + v * cellW, cellW, 66);
        }
        for (int r = 0; r < rows; r++) {
            int y = top + r * cellH;
            g.setFont(font);
            g.setColor(new Color(0x222222));
            g.drawString(m.rows().get(r).label(), 8, y + cellH - 7);
            for (int s = 0; s < S; s++) {
                int x0 = left + s * (V * cellW + gap);
                for (int v = 0; v < V; v++) {
                    int x = x0 + v * cellW;
                    double val = m.gains()[r][s][v];
                    g.setColor(colour(scale[v] > 0 ? val / scale[v] : 0));
                    g.fillRect(x, y, cellW, cellH);
                    boolean bad = m.violated()[r][s][v];
                    g.setColor(new Color(0x222222));
                    centre(g, String.format(Locale.ROOT, "%+.1f%s", val, bad ? " \u2717" : ""), x, cellW, y + cellH - 7);
                    if (bad) {
                        g.setColor(new Color(0xB2182B));
                        g.setStroke(new BasicStroke(2.5f));
                        g.drawRect(x + 1, y + 1, cellW - 3, cellH - 3);
                    }
                    g.setColor(Color.WHITE);
                    g.setStroke(new BasicStroke(1f));
                    g.drawRect(x, y, cellW, cellH);
                }
            }
        }
        g.setFont(font);
        g.setColor(new Color(0x222222));
        g.drawString("Gain over each scenario's reference, %; blue above, red below (scaled per service). Framed \u2717: below "
                + Numbers.format(p.constraintFactor()) + " x reference (constraint violated).", 12, height - 20);
        g.dispose();
        AtomicFiles.write(file, out -> javax.imageio.ImageIO.write(img, "png", out));
    }

    private static void centre(Graphics2D g, String text, int x, int w, int baseline) {
        FontMetrics fm = g.getFontMetrics();
        g.drawString(text, x + (w - fm.stringWidth(text)) / 2, baseline);
    }

    /** Diverging colour for t in [−1, 1]: red below 0, white at 0, blue above. */
    static Color colour(double t) {
        t = Math.max(-1, Math.min(1, t));
        double a = Math.sqrt(Math.abs(t)) * 0.75;
        int[] end = t < 0 ? new int[] {0xD6, 0x60, 0x4D} : new int[] {0x43, 0x93, 0xC3};
        int r = (int) Math.round(255 + (end[0] - 255) * a), gg = (int) Math.round(255 + (end[1] - 255) * a), b = (int) Math.round(255 + (end[2] - 255) * a);
        return new Color(r, gg, b);
    }

    /**
     * {@code P.tif} and {@code P.png}: the land use of {@code other} in the cells where it differs from {@code base},
     * "same" elsewhere. Returns the files written and the number of differing cells.
     */
    public static int writeDifferenceMap(Path prefix, LandUseData data, byte[] base, byte[] other, String title) {
        int n = data.cells(), options = data.options();
        byte[] codes = new byte[n];
        int differ = 0;
        for (int c = 0; c < n; c++) {
            if (base[c] == other[c]) codes[c] = (byte) options;
            else {
                codes[c] = other[c];
                differ++;
            }
        }
        RasterGrid grid = LandUseMaps.grid();
        double[] values = grid.scatter(LandUseMaps.gridCells(data, grid), codes, LandUseMaps.NODATA);
        List<String> names = new ArrayList<>();
        for (int o = 0; o < options; o++) names.add(LandUseData.LAND_USES.get(o) + " (" + LandUseMaps.DESCRIPTIONS.get(o) + ")");
        names.add("same as the robust allocation");
        GeoRaster map = GeoRaster.of(grid, GeoRaster.SampleType.BYTE, LandUseMaps.NODATA, GeoRaster.Band.categorical("land use where different", names, values));
        GeoTiff.write(LandUseMaps.withSuffix(prefix, ".tif"), map);
        List<Color> colours = new ArrayList<>();
        for (int o = 0; o < options; o++) colours.add(LandUseMaps.PALETTE.colour(o));
        colours.add(new Color(0xF2F2F2));
        MapImage.categorical(map, 0, Palette.of(colours), title + " (" + differ + " of " + n + " cells differ)")
                .writePng(LandUseMaps.withSuffix(prefix, ".png"));
        return differ;
    }
}
