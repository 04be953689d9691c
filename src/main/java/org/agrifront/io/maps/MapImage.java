package org.agrifront.io.maps;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.agrifront.io.AtomicFiles;
import org.agrifront.io.GeoRaster;
import org.agrifront.io.RasterGrid;

/**
 * A PNG map of one band of a {@link GeoRaster} (or small multiples of all its bands, {@link #panels}):
 * equirectangular (one grid cell = a square block of pixels), a title
 * above, and below it a legend — a colour box and name per category, or a colour bar with its range and unit.
 * Drawn with Java2D and written with ImageIO's PNG writer, which adds no time stamp, so the same raster gives the
 * same bytes on the same JDK and fonts.
 *
 * <pre>{@code
 * MapImage.categorical(allocation, 0, uses, "Land use, carbon-optimal solution").writePng(dir.resolve("carbon.png"));
 * MapImage.continuous(carbon, 0, ColourRamp.VIRIDIS, "Carbon storage under PNV").writePng(dir.resolve("pnv.png"));
 * MapImage.continuous(change, 0, ColourRamp.DIVERGING, -40, 40, "Change in carbon", 0).writePng(file);
 * MapImage.panels(shares, ColourRamp.VIRIDIS, 0, 1, "Share of solutions per land use", 2, 0).writePng(file);
 * }</pre>
 * By default a cell is {@code 1440 / columns} pixels wide (at least 1): 4 pixels for the global 1° grid, a
 * 1,440 x 720 map.
 */
public final class MapImage {
    /** Width the map aims at when no cell size is given. */
    public static final int TARGET_WIDTH = 1440;
    /** Colour of cells without data: light grey, distinct from every palette entry and ramp end. */
    public static final int NODATA_RGB = 0xE6E6E6;
    private static final int MARGIN = 16;
    private static final Color INK = new Color(0x222222);
    private static final Color FRAME = new Color(0x555555);

    /** Space between the panels of a small-multiples map. */
    private static final int PANEL_GAP = 14;

    private final BufferedImage image;
    private final List<Point> panelOrigins;
    private final int pixelsPerCell;

    private MapImage(BufferedImage image, List<Point> panelOrigins, int pixelsPerCell) {
        this.image = image;
        this.panelOrigins = List.copyOf(panelOrigins);
        this.pixelsPerCell = pixelsPerCell;
    }

    /** A categorical map at the default size; see {@link #categorical(GeoRaster, int, Palette, String, int)}. */
    public static MapImage categorical(GeoRaster raster, int band, Palette palette, String title) {
        return categorical(raster, band, palette, title, 0);
    }

    /**
     * A map of the codes of {@code band}, painted with {@code palette}; the legend lists every category of the band
     * (or every palette code when the band has no names), so maps of one study share a legend.
     *
     * @param pixelsPerCell pixels per cell side, or 0 for the default
     * @throws IllegalArgumentException when a cell holds a code the palette has no colour for
     */
    public static MapImage categorical(GeoRaster raster, int band, Palette palette, String title, int pixelsPerCell) {
        GeoRaster.Band b = raster.band(band);
        List<String> names = new ArrayList<>(b.categories());
        if (names.size() > palette.size()) {
            throw new IllegalArgumentException("band '" + b.name() + "' has " + names.size()
                    + " categories but the palette only " + palette.size() + " colours");
        }
        if (names.isEmpty()) for (int code = 0; code < palette.size(); code++) names.add(Integer.toString(code));
        double[] v = b.values();
        int[] rgb = new int[v.length];
        boolean anyNodata = false;
        for (int i = 0; i < v.length; i++) {
            if (raster.isNodata(v[i])) {
                rgb[i] = NODATA_RGB;
                anyNodata = true;
            } else if (v[i] == Math.rint(v[i]) && v[i] >= 0 && v[i] < palette.size()) {
                rgb[i] = palette.rgb((int) v[i]);
            } else {
                throw new IllegalArgumentException("band '" + b.name() + "' value " + v[i] + " at column "
                        + i % raster.grid().width() + ", row " + i / raster.grid().width()
                        + " has no colour in a palette of " + palette.size());
            }
        }
        List<Integer> colours = new ArrayList<>();
        for (int code = 0; code < names.size(); code++) {
            colours.add(palette.rgb(code));
            if (names.get(code).isEmpty()) names.set(code, Integer.toString(code));
        }
        if (anyNodata) {
            names.add("no data");
            colours.add(NODATA_RGB);
        }
        return draw(raster.grid(), List.of(rgb), null, 1, title, pixelsPerCell, new BoxLegend(names, colours));
    }

    /** A continuous map stretched over the band's own range (nodata excluded), unit from the band. */
    public static MapImage continuous(GeoRaster raster, int band, ColourRamp ramp, String title) {
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (double x : raster.band(band).values()) {
            if (raster.isNodata(x) || Double.isNaN(x)) continue;
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        if (min > max) min = max = 0; // nothing but nodata
        return continuous(raster, band, ramp, min, max, title, 0);
    }

    /**
     * A continuous map: {@code min} gets the ramp's first colour, {@code max} its last, values beyond are clamped
     * (fix the range to compare several maps).
     *
     * @param pixelsPerCell pixels per cell side, or 0 for the default
     */
    public static MapImage continuous(GeoRaster raster, int band, ColourRamp ramp, double min, double max,
                                      String title, int pixelsPerCell) {
        if (!(min <= max)) throw new IllegalArgumentException("colour range [" + min + ", " + max + "] is empty");
        GeoRaster.Band b = raster.band(band);
        int[] rgb = rampColours(raster, b, ramp, min, max);
        boolean anyNodata = hasNodata(raster, b);
        return draw(raster.grid(), List.of(rgb), null, 1, title, pixelsPerCell, new BarLegend(ramp, min, max, b.unit(), anyNodata));
    }

    /**
     * Small multiples: one panel per band of {@code raster}, all on one colour scale ({@code min} to {@code max}), each
     * headed by its band's name, {@code columns} panels to a row, one colour bar (unit of the first band) below. Use it
     * for a quantity per category, e.g. the share of a front's solutions choosing each land use.
     *
     * @param pixelsPerCell pixels per cell side, or 0 for {@code TARGET_WIDTH / (columns x grid width)} (at least 1)
     */
    public static MapImage panels(GeoRaster raster, ColourRamp ramp, double min, double max, String title, int columns,
                                  int pixelsPerCell) {
        if (!(min <= max)) throw new IllegalArgumentException("colour range [" + min + ", " + max + "] is empty");
        if (columns < 1) throw new IllegalArgumentException("columns must be >= 1, found " + columns);
        int n = raster.bands().size();
        int cols = Math.min(columns, n);
        List<int[]> rgb = new ArrayList<>();
        List<String> names = new ArrayList<>();
        boolean anyNodata = false;
        for (GeoRaster.Band b : raster.bands()) {
            rgb.add(rampColours(raster, b, ramp, min, max));
            names.add(b.name());
            anyNodata |= hasNodata(raster, b);
        }
        int s = pixelsPerCell > 0 ? pixelsPerCell : Math.max(1, TARGET_WIDTH / (cols * raster.grid().width()));
        return draw(raster.grid(), rgb, names, cols, title, s,
                new BarLegend(ramp, min, max, raster.band(0).unit(), anyNodata));
    }

    private static int[] rampColours(GeoRaster raster, GeoRaster.Band b, ColourRamp ramp, double min, double max) {
        double[] v = b.values();
        int[] rgb = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            if (raster.isNodata(v[i]) || Double.isNaN(v[i])) rgb[i] = NODATA_RGB;
            else rgb[i] = ramp.rgb(max > min ? (v[i] - min) / (max - min) : 0.5);
        }
        return rgb;
    }

    private static boolean hasNodata(GeoRaster raster, GeoRaster.Band b) {
        for (double x : b.values()) if (raster.isNodata(x) || Double.isNaN(x)) return true;
        return false;
    }

    public BufferedImage image() {
        return image;
    }

    public int pixelsPerCell() {
        return pixelsPerCell;
    }

    /** The image pixel at the centre of grid cell ({@code column}, {@code row}) of the (first) panel. */
    public Point pixelOf(int column, int row) {
        return pixelOf(0, column, row);
    }

    /** The image pixel at the centre of grid cell ({@code column}, {@code row}) of panel {@code panel} (band order). */
    public Point pixelOf(int panel, int column, int row) {
        Point o = panelOrigins.get(panel);
        return new Point(o.x + column * pixelsPerCell + pixelsPerCell / 2, o.y + row * pixelsPerCell + pixelsPerCell / 2);
    }

    /** Writes the map as PNG, atomically. */
    public void writePng(Path file) {
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) throw new IOException("no PNG writer available");
        });
    }

    // ------------------------------------------------------------------------------------------------- drawing

    /** What is drawn under the map; measures itself so the canvas can be sized before drawing. */
    private interface Legend {
        int width(Fonts f);

        int height(Fonts f, int available);

        void draw(Graphics2D g, Fonts f, int left, int top, int available);
    }

    private record Fonts(Font title, Font text, FontMetrics titleMetrics, FontMetrics textMetrics) {
        static Fonts forMapWidth(int mapWidth) {
            int size = Math.max(11, Math.min(18, mapWidth / 80));
            Font title = new Font(Font.SANS_SERIF, Font.BOLD, size + 4), text = new Font(Font.SANS_SERIF, Font.PLAIN, size);
            Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
            hints(g);
            Fonts f = new Fonts(title, text, g.getFontMetrics(title), g.getFontMetrics(text));
            g.dispose();
            return f;
        }

        int box() {
            return text.getSize();
        }
    }

    /**
     * Draws {@code panels} maps of {@code grid} ({@code columns} to a row; headed by {@code subtitles} unless null),
     * the title above and the legend below.
     */
    private static MapImage draw(RasterGrid grid, List<int[]> panels, List<String> subtitles, int columns, String title,
                                 int pixelsPerCell, Legend legend) {
        if (pixelsPerCell < 0) throw new IllegalArgumentException("pixels per cell must be >= 0, found " + pixelsPerCell);
        int s = pixelsPerCell > 0 ? pixelsPerCell : Math.max(1, TARGET_WIDTH / grid.width());
        int rows = (panels.size() + columns - 1) / columns;
        long mapW = (long) grid.width() * s, mapH = (long) grid.height() * s;
        if (mapW * mapH * panels.size() > 100_000_000L) {
            throw new IllegalArgumentException("a map of " + panels.size() + " x " + mapW + " x " + mapH
                    + " pixels is too large; use fewer pixels per cell");
        }
        int mapWidth = (int) mapW, mapHeight = (int) mapH;
        int mapsWidth = columns * mapWidth + (columns - 1) * PANEL_GAP;
        Fonts f = Fonts.forMapWidth(mapsWidth);
        int subtitleHeight = subtitles == null ? 0 : f.textMetrics().getHeight() + 4;
        int contentWidth = Math.max(mapsWidth, Math.max(f.titleMetrics().stringWidth(title), legend.width(f)));
        int top = MARGIN + f.titleMetrics().getHeight() + 8;
        int panelHeight = subtitleHeight + mapHeight;
        int legendTop = top + rows * panelHeight + (rows - 1) * PANEL_GAP + 14;
        int width = contentWidth + 2 * MARGIN;
        int height = legendTop + legend.height(f, contentWidth) + MARGIN;

        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        java.util.Arrays.fill(pixels, 0xFFFFFF);
        List<Point> origins = new ArrayList<>();
        for (int p = 0; p < panels.size(); p++) {
            int left = MARGIN + (p % columns) * (mapWidth + PANEL_GAP);
            int mapTop = top + (p / columns) * (panelHeight + PANEL_GAP) + subtitleHeight;
            origins.add(new Point(left, mapTop));
            int[] cellRgb = panels.get(p);
            for (int row = 0; row < grid.height(); row++) {
                for (int column = 0; column < grid.width(); column++) {
                    int rgb = cellRgb[grid.index(column, row)];
                    int x0 = left + column * s, y0 = mapTop + row * s;
                    for (int y = y0; y < y0 + s; y++) java.util.Arrays.fill(pixels, y * width + x0, y * width + x0 + s, rgb);
                }
            }
        }
        Graphics2D g = image.createGraphics();
        try {
            hints(g);
            for (int p = 0; p < panels.size(); p++) {
                Point o = origins.get(p);
                g.setColor(FRAME);
                g.drawRect(o.x - 1, o.y - 1, mapWidth + 1, mapHeight + 1);
                if (subtitles != null) {
                    g.setColor(INK);
                    g.setFont(f.text());
                    g.drawString(subtitles.get(p), o.x, o.y - 4 - f.textMetrics().getDescent());
                }
            }
            g.setColor(INK);
            g.setFont(f.title());
            g.drawString(title, MARGIN, MARGIN + f.titleMetrics().getAscent());
            legend.draw(g, f, MARGIN, legendTop, contentWidth);
        } finally {
            g.dispose();
        }
        return new MapImage(image, origins, s);
    }

    private static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_OFF);
    }

    /** One colour box and name per category, in rows filling the map's width. */
    private record BoxLegend(List<String> names, List<Integer> colours) implements Legend {
        private int itemWidth(Fonts f) {
            int widest = 0;
            for (String n : names) widest = Math.max(widest, f.textMetrics().stringWidth(n));
            return f.box() + 6 + widest + 20;
        }

        private int columns(Fonts f, int available) {
            return Math.max(1, Math.min(names.size(), available / itemWidth(f)));
        }

        @Override
        public int width(Fonts f) {
            return itemWidth(f);
        }

        @Override
        public int height(Fonts f, int available) {
            int rows = (names.size() + columns(f, available) - 1) / columns(f, available);
            return rows * (f.textMetrics().getHeight() + 6);
        }

        @Override
        public void draw(Graphics2D g, Fonts f, int left, int top, int available) {
            int columns = columns(f, available), item = itemWidth(f), line = f.textMetrics().getHeight() + 6;
            g.setFont(f.text());
            for (int i = 0; i < names.size(); i++) {
                int x = left + (i % columns) * item, y = top + (i / columns) * line;
                int boxTop = y + (f.textMetrics().getHeight() - f.box()) / 2;
                g.setColor(new Color(colours.get(i)));
                g.fillRect(x, boxTop, f.box(), f.box());
                g.setColor(FRAME);
                g.drawRect(x, boxTop, f.box() - 1, f.box() - 1);
                g.setColor(INK);
                g.drawString(names.get(i), x + f.box() + 6, y + f.textMetrics().getAscent());
            }
        }
    }

    /** A horizontal colour bar with the range's ends and middle labelled, the unit beside it. */
    private record BarLegend(ColourRamp ramp, double min, double max, String unit, boolean anyNodata) implements Legend {
        private int barWidth(int available) {
            return Math.max(200, Math.min(600, available / 2));
        }

        @Override
        public int width(Fonts f) {
            return barWidth(0) + 12 + f.textMetrics().stringWidth(unit) + (anyNodata ? 30 + f.textMetrics().stringWidth("no data") : 0);
        }

        @Override
        public int height(Fonts f, int available) {
            return f.box() + 4 + f.textMetrics().getHeight();
        }

        @Override
        public void draw(Graphics2D g, Fonts f, int left, int top, int available) {
            int bar = barWidth(available), h = f.box();
            for (int x = 0; x < bar; x++) {
                g.setColor(new Color(ramp.rgb(x / (double) (bar - 1))));
                g.drawLine(left + x, top, left + x, top + h - 1);
            }
            g.setColor(FRAME);
            g.drawRect(left, top, bar - 1, h - 1);
            g.setFont(f.text());
            g.setColor(INK);
            FontMetrics m = f.textMetrics();
            int baseline = top + h + 4 + m.getAscent();
            String low = label(min), mid = label((min + max) / 2), high = label(max);
            g.drawString(low, left, baseline);
            g.drawString(mid, left + (bar - m.stringWidth(mid)) / 2, baseline);
            g.drawString(high, left + bar - m.stringWidth(high), baseline);
            int x = left + bar + 12;
            g.drawString(unit, x, top + (h + m.getAscent()) / 2 - 1);
            if (anyNodata) {
                x += m.stringWidth(unit) + 24;
                g.setColor(new Color(NODATA_RGB));
                g.fillRect(x, top, h, h);
                g.setColor(FRAME);
                g.drawRect(x, top, h - 1, h - 1);
                g.setColor(INK);
                g.drawString("no data", x + h + 6, top + (h + m.getAscent()) / 2 - 1);
            }
        }
    }

    /** A range label: four significant digits, no exponent, no trailing zeros. */
    static String label(double v) {
        if (v == 0 || !Double.isFinite(v)) return v == 0 ? "0" : Double.toString(v);
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
