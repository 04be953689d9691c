package org.agrifront.problems.allocation;

import org.agrifront.core.Problem;
import org.agrifront.problems.ProblemSource;
import org.agrifront.problems.ProblemType;

/** Reads {@code "type": "allocation"} problem files: a user's own allocation problem, written as tables. */
public final class AllocationType implements ProblemType {
    @Override
    public String type() {
        return "allocation";
    }

    @Override
    public String description() {
        return "your own allocation problem: one option per cell, totals of value tables as objectives and constraints (CSV tables)";
    }

    @Override
    public Problem<?> load(ProblemSource source) {
        return AllocationReader.read(source);
    }
}
