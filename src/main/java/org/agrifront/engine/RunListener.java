package org.agrifront.engine;

/** Receives progress from a running algorithm, on the run's own thread. */
@FunctionalInterface
public interface RunListener<G> {
    /** Called after the initial population (index 0) and after every generation. Return false to stop the run. */
    boolean onGeneration(Generation<G> generation);

    static <G> RunListener<G> none() {
        return g -> true;
    }
}
