package org.agrifront.problems.croplivestock;

/**
 * A crop-livestock problem file. Either {@code data} (a folder in the {@link QtpFiles} layout, relative to the
 * repository root) or {@code synthetic} (generated on first use into {@code results/data/}) must be given.
 * <pre>{@code
 * {"type": "croplivestock", "name": "qtp-synthetic", "synthetic": {"cells": 200, "seed": 8}}
 * {"type": "croplivestock", "name": "qtp", "data": "../qtp-data"}
 * }</pre>
 */
public record CropLivestockSpec(String type, String name, String description, String data, Synthetic synthetic) {

    /** Parameters of a generated instance ({@code agrifront generate qtp}); {@code justHeadroom} defaults to 0.5. */
    public record Synthetic(Integer cells, Long seed, Double justHeadroom) {
    }
}
