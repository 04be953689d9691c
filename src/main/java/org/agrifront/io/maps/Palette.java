package org.agrifront.io.maps;

import java.awt.Color;
import java.util.Arrays;
import java.util.List;

/**
 * Colours for the codes of a categorical map: {@code colour(code)} paints the cells whose value is {@code code}.
 * Keep one palette per study so every map of a front uses the same colour for the same land use.
 *
 * <pre>{@code
 * Palette uses = Palette.of("#1b7837", "#fee08b", "#fdae61", ...);   // one colour per category, in code order
 * Palette any = Palette.qualitative(10);                             // distinct colours when none are given
 * }</pre>
 */
public final class Palette {
    /** matplotlib's "tab20" order: the ten "tab10" colours, then their light companions. */
    private static final String[] QUALITATIVE = {
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
        "#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5", "#c49c94", "#f7b6d2", "#c7c7c7", "#dbdb8d", "#9edae5"};

    private final int[] rgb;

    private Palette(int[] rgb) {
        if (rgb.length == 0) throw new IllegalArgumentException("a palette needs at least one colour");
        this.rgb = rgb;
    }

    /** Colours given as {@code #rrggbb}, one per code starting at 0. */
    public static Palette of(String... hex) {
        int[] rgb = new int[hex.length];
        for (int i = 0; i < hex.length; i++) rgb[i] = parse(hex[i]);
        return new Palette(rgb);
    }

    public static Palette of(List<Color> colours) {
        return new Palette(colours.stream().mapToInt(c -> c.getRGB() & 0xFFFFFF).toArray());
    }

    /** {@code n} (at most 20) clearly distinct colours. */
    public static Palette qualitative(int n) {
        if (n < 1 || n > QUALITATIVE.length) {
            throw new IllegalArgumentException("qualitative palettes have 1 to " + QUALITATIVE.length
                    + " colours, asked for " + n + ": give the colours with Palette.of");
        }
        return of(Arrays.copyOf(QUALITATIVE, n));
    }

    public int size() {
        return rgb.length;
    }

    /** The colour of {@code code} as 0xRRGGBB. */
    public int rgb(int code) {
        return rgb[code];
    }

    public Color colour(int code) {
        return new Color(rgb[code]);
    }

    static int parse(String hex) {
        String h = hex.startsWith("#") ? hex.substring(1) : hex;
        if (h.length() != 6) throw new IllegalArgumentException("colour '" + hex + "' is not #rrggbb");
        try {
            return Integer.parseInt(h, 16);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("colour '" + hex + "' is not #rrggbb");
        }
    }
}
