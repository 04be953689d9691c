package org.agrifront.core;

/** Whether an objective is minimised or maximised. Engines minimise; adapters turn {@link #MAX} around. */
public enum Sense {
    MIN, MAX;

    /** Converts a natural value into the minimisation form every engine and indicator uses. */
    public double toMinimization(double value) {
        return this == MAX ? -value : value;
    }

    /** Inverse of {@link #toMinimization(double)}. */
    public double fromMinimization(double value) {
        return this == MAX ? -value : value;
    }

    public String label() {
        return this == MAX ? "max" : "min";
    }

    public static Sense parse(String text) {
        switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "min": case "minimise": case "minimize": return MIN;
            case "max": case "maximise": case "maximize": return MAX;
            default: throw new IllegalArgumentException("expected \"min\" or \"max\", found \"" + text + "\"");
        }
    }
}
