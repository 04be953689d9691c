package org.agrifront.exact;

/**
 * Settings of a bounds computation: the number of ε-constraint reference-front points wanted, whether to insist on
 * integral (MILP) solutions where the problem is discrete, and a time limit per solve.
 */
public record BoundsOptions(int frontPoints, boolean integral, long timeLimitMillis) {
    public static BoundsOptions defaults() {
        return new BoundsOptions(100, true, 60_000);
    }
}
