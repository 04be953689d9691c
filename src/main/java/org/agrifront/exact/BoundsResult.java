package org.agrifront.exact;

import java.util.List;
import java.util.Map;

/**
 * What {@code agrifront bounds} computes for a linear problem: the single-objective optima (each objective alone,
 * subject to all constraints) and an ε-constraint reference front, plus metadata (solver, model size, timings).
 */
public record BoundsResult(List<ExactPoint> optima, List<ExactPoint> referenceFront, Map<String, Object> metadata) {
}
