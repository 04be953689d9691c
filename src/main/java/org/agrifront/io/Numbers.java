package org.agrifront.io;

import java.math.BigDecimal;

/** Number formatting for result files: the shortest text that reads back to the same double, never exponent form. */
public final class Numbers {
    private Numbers() {
    }

    public static String format(double v) {
        if (Double.isNaN(v)) return "NaN";
        if (Double.isInfinite(v)) return v > 0 ? "Inf" : "-Inf";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
