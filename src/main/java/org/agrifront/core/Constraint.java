package org.agrifront.core;

import java.util.Objects;

/**
 * A named constraint. Problems report its <em>violation</em>: 0 when satisfied, a positive amount (in {@code unit})
 * by which it is missed otherwise. One sign rule for every problem; the engine adapters translate it into
 * MOEA Framework's and jMetal's opposite conventions.
 */
public record Constraint(String name, String unit, String description) {
    public Constraint {
        Objects.requireNonNull(name, "name");
        unit = unit == null ? "" : unit;
        description = description == null ? "" : description;
    }
}
