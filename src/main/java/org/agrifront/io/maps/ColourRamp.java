package org.agrifront.io.maps;

/**
 * A continuous colour scale: evenly spaced colour stops, linearly interpolated in RGB. {@link #VIRIDIS} for
 * quantities (perceptually uniform, readable in grey and by colour-blind readers), {@link #DIVERGING} for changes
 * around zero (red = loss, blue = gain; give a range symmetric around 0).
 */
public final class ColourRamp {
    /** viridis (van der Walt &amp; Smith, matplotlib), 9 stops. */
    public static final ColourRamp VIRIDIS = of("#440154", "#472d7b", "#3b528b", "#2c728e", "#21908c", "#27ad81",
            "#5dc863", "#aadc32", "#fde725");
    /** ColorBrewer RdBu, 7 classes: red at the low end, white in the middle, blue at the high end. */
    public static final ColourRamp DIVERGING = of("#b2182b", "#ef8a62", "#fddbc7", "#f7f7f7", "#d1e5f0", "#67a9cf",
            "#2166ac");

    private final int[] stops;

    private ColourRamp(int[] stops) {
        if (stops.length < 2) throw new IllegalArgumentException("a colour ramp needs at least two colours");
        this.stops = stops;
    }

    /** A ramp through the given {@code #rrggbb} colours, from low to high. */
    public static ColourRamp of(String... hex) {
        int[] rgb = new int[hex.length];
        for (int i = 0; i < hex.length; i++) rgb[i] = Palette.parse(hex[i]);
        return new ColourRamp(rgb);
    }

    /** The colour at {@code t} in [0, 1] (clamped) as 0xRRGGBB. */
    public int rgb(double t) {
        double x = Math.max(0, Math.min(1, t)) * (stops.length - 1);
        int i = Math.min((int) x, stops.length - 2);
        double f = x - i;
        int a = stops[i], b = stops[i + 1];
        return mix(a >> 16, b >> 16, f) << 16 | mix(a >> 8, b >> 8, f) << 8 | mix(a, b, f);
    }

    private static int mix(int a, int b, double f) {
        a &= 0xFF;
        b &= 0xFF;
        return (int) Math.round(a + (b - a) * f);
    }
}
