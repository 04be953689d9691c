package org.agrifront.problems;

import org.agrifront.core.Problem;

/**
 * A kind of problem file, found by {@link java.util.ServiceLoader}: a problem JSON names its {@code type} and the
 * matching provider reads the rest. Adding a problem means adding a provider line to
 * {@code META-INF/services/org.agrifront.problems.ProblemType}; no factory to edit.
 */
public interface ProblemType {
    /** The {@code type} value this provider reads, e.g. {@code landuse}. */
    String type();

    /** One line for {@code validate} and {@code --help}. */
    String description();

    /** Reads and validates the problem, loading its data. Errors are {@link org.agrifront.io.InputException}s. */
    Problem<?> load(ProblemSource source);
}
