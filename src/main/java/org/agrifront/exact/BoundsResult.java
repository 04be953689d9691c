package org.agrifront.exact;

import java.util.List;
import java.util.Map;

/**
 * What {@code agrifront bounds} computes for a linear problem: the single-objective optima (each objective alone,
 * subject to all constraints) and an ε-constraint reference front, plus metadata (solver, model size, timings).
 * {@code files} holds further tables a model wants written next to them (file name → text), e.g. the crop-switching
 * study's G2 and G3 goal tables.
 */
public record BoundsResult(List<ExactPoint> optima, List<ExactPoint> referenceFront, Map<String, Object> metadata,
                           Map<String, String> files) {
    public BoundsResult {
        files = files == null ? Map.of() : Map.copyOf(files);
    }

    public BoundsResult(List<ExactPoint> optima, List<ExactPoint> referenceFront, Map<String, Object> metadata) {
        this(optima, referenceFront, metadata, Map.of());
    }
}
