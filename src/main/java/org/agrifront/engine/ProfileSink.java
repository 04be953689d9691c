package org.agrifront.engine;

/**
 * A {@link RunListener} that also implements this interface asks the run to time its parts: evaluation and
 * variation (crossover, mutation, repair, copying the child). The rest of a generation is the library's selection,
 * sorting and bookkeeping. Without such a listener nothing is timed.
 */
public interface ProfileSink {
    void profile(long evaluationNanos, long variationNanos, long totalNanos, long evaluations);
}
