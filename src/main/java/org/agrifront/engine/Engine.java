package org.agrifront.engine;

/**
 * One optimisation library behind one interface, found by {@link java.util.ServiceLoader} (a line in
 * {@code META-INF/services/org.agrifront.engine.Engine}). Implementations are final adapters; they never know a
 * concrete problem, only {@link org.agrifront.core.Problem}.
 */
public interface Engine {
    /** Agrifront name: {@code moea} or {@code jmetal}. */
    String name();

    /** Other names users may type for this engine. */
    default java.util.List<String> aliases() {
        return java.util.List.of();
    }

    /** Library name and version for run metadata. */
    String version();

    /** The algorithms this engine runs, with aliases, genome kinds and typed parameters. */
    AlgorithmRegistry algorithms();

    /** Runs {@code spec} on the calling thread with the seed's own random stream. */
    <G> RunResult<G> run(RunSpec<G> spec, RunListener<G> listener);
}
