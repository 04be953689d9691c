package org.agrifront.problems.cropswitch;

/**
 * A crop-switching problem file. Either {@code data} (a folder in the SPAM layout of {@link CropSwitchReader},
 * relative to the repository root) or {@code synthetic} (generated on first use into {@code results/data/}).
 * {@code iso3} keeps one country's rows of the SPAM tables (default {@code CHN}), so SPAM's global CSVs can be
 * used as they are.
 * <pre>{@code
 * {"type": "cropswitch", "name": "cropswitch-synthetic", "synthetic": {"cells": 400, "seed": 1}}
 * {"type": "cropswitch", "name": "cropswitch-spam2010", "data": "../shared/data/spam2010-china", "iso3": "CHN"}
 * }</pre>
 */
public record CropSwitchSpec(String type, String name, String description, String data, String iso3, Synthetic synthetic) {

    /** Parameters of a generated instance ({@code agrifront generate cropswitch}). */
    public record Synthetic(Integer cells, Long seed) {
    }
}
