package org.agrifront.engine;

import java.util.List;

/**
 * One optimisation library behind one interface. Implementations are final adapters; they never know a concrete
 * problem, only {@link org.agrifront.core.Problem}.
 */
public interface Engine {
    /** Agrifront name: {@code moea} or {@code jmetal}. */
    String name();

    /** Library name and version for run metadata. */
    String version();

    /** Agrifront algorithm names this engine runs. */
    List<String> algorithms();

    /** Runs {@code spec} on the calling thread with the seed's own random stream. */
    <G> RunResult<G> run(RunSpec<G> spec, RunListener<G> listener);
}
