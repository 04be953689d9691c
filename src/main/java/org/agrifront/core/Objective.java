package org.agrifront.core;

import java.util.Objects;

/** A named objective with its sense and unit, e.g. {@code carbon, max, "file units (kgC m-2 summed over cells)"}. */
public record Objective(String name, Sense sense, String unit) {
    public Objective {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sense, "sense");
        unit = unit == null ? "" : unit;
    }

    public static Objective max(String name, String unit) {
        return new Objective(name, Sense.MAX, unit);
    }

    public static Objective min(String name, String unit) {
        return new Objective(name, Sense.MIN, unit);
    }
}
