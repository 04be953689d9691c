package org.agrifront.analysis;

import java.util.Locale;

/** The quality indicators a study reports, with the direction that is better. */
public enum Indicator {
    /** Normalised hypervolume ({@link Hypervolume}); higher is better. */
    HYPERVOLUME(true),
    /** IGD+ to the reference front ({@link Distances#igdPlus}); lower is better. */
    IGD_PLUS(false),
    /** Additive ε to the reference front ({@link Distances#additiveEpsilon}); lower is better. */
    EPSILON_ADDITIVE(false),
    /** Generational distance ({@link Distances#generationalDistance}); lower is better. */
    GD(false),
    /** Δ for two objectives, generalised Δ* above ({@link Distances}); lower is better. */
    SPREAD(false),
    /** Number of distinct non-dominated feasible solutions; higher is better. */
    NONDOMINATED(true);

    private final boolean higherIsBetter;

    Indicator(boolean higherIsBetter) {
        this.higherIsBetter = higherIsBetter;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** Column name in result files, e.g. {@code igd_plus}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when {@code a} is strictly better than {@code b} (NaN is never better). */
    public boolean better(double a, double b) {
        if (Double.isNaN(a)) return false;
        if (Double.isNaN(b)) return true;
        return higherIsBetter ? a > b : a < b;
    }

    public static Indicator byLabel(String label) {
        for (Indicator i : values()) if (i.label().equals(label)) return i;
        throw new IllegalArgumentException("unknown indicator '" + label + "'");
    }
}
