package org.agrifront.exact;

import org.agrifront.core.Problem;

/**
 * The exact (LP/MILP) model of a linear problem, found by {@link java.util.ServiceLoader} (list implementations in
 * {@code META-INF/services/org.agrifront.exact.ExactModel}). {@code agrifront bounds} asks each model whether it
 * supports the loaded problem.
 */
public interface ExactModel {
    /** True when this model can bound {@code problem}. */
    boolean supports(Problem<?> problem);

    /**
     * Single-objective optima and a reference front with at least {@code options.frontPoints()} points.
     */
    BoundsResult solve(Problem<?> problem, BoundsOptions options);
}
