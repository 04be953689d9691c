package org.agrifront.engine;

import java.util.Locale;

/**
 * How an algorithm treats constraints. {@link #DOMINANCE} is Deb's constraint-domination (feasible beats
 * infeasible, the smaller total violation wins among infeasible ones) and the default. {@link #PENALTY} adds
 * {@code penalty × total violation} to every minimised objective and hides the constraints from the library.
 * {@link #REPAIR} applies the problem's repair to every new genome, then uses constraint-domination for whatever
 * violation is left.
 */
public enum ConstraintHandling {
    DOMINANCE, PENALTY, REPAIR;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ConstraintHandling parse(String text) {
        for (ConstraintHandling c : values()) if (c.label().equals(text.toLowerCase(Locale.ROOT))) return c;
        throw new IllegalArgumentException("unknown constraint handling '" + text + "'; known: dominance, penalty, repair");
    }
}
