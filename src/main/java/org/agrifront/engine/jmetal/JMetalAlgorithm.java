package org.agrifront.engine.jmetal;

import java.util.List;

import org.agrifront.engine.AlgorithmDescriptor;
import org.agrifront.engine.Candidate;

/** One algorithm of the jMetal engine: what it is ({@link #descriptor()}) and how one run of it is made. */
interface JMetalAlgorithm {
    AlgorithmDescriptor descriptor();

    /**
     * Runs to the budget (or until the listener stops it), reporting progress through {@code run.progress}, and
     * returns the algorithm's final population (its archive where it keeps no population).
     */
    <W> List<Candidate<W>> run(JMetalRun<W> run);
}
