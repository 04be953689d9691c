package org.agrifront.exact;

/**
 * One exactly computed point in a problem's objective space, in the natural units of {@code front.csv}:
 * objectives, reported outputs and constraint violations, with a label ({@code max carbon}, {@code eps 12}, …) and
 * the solver status. {@code genome} is the decision vector in the problem's encoding when the exact solution maps
 * onto it (else null).
 */
public record ExactPoint(String label, double[] objectives, double[] outputs, double[] violations, Object genome,
                         String status, double gap, double seconds) {
    public boolean feasible() {
        for (double v : violations) if (v > 1e-9) return false;
        return true;
    }
}
