package org.agrifront.engine.jmetal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.agrifront.core.RandomStreams;
import org.agrifront.engine.AlgorithmDescriptor;
import org.agrifront.engine.AlgorithmRegistry;
import org.agrifront.engine.AlgorithmSpec;
import org.agrifront.engine.Candidate;
import org.agrifront.engine.Engine;
import org.agrifront.engine.GenomeKind;
import org.agrifront.engine.RunContext;
import org.agrifront.engine.RunListener;
import org.agrifront.engine.RunResult;
import org.agrifront.engine.RunSpec;
import org.uma.jmetal.algorithm.multiobjective.nsgaii.NSGAII;
import org.uma.jmetal.util.pseudorandom.JMetalRandom;

/**
 * jMetal 6 adapter. Each algorithm is one small class ({@link JMetalAlgorithm}) that builds the library's algorithm
 * with the problem's own operators, makes it honour constraints where the library ignores them (see each
 * descriptor's constraint handling and docs/algorithms.md), drives progress and stopping through subclass hooks,
 * and draws all randomness from the run's stream behind {@link JMetalRandom}.
 */
public final class JMetalEngine implements Engine {
    /** Every algorithm of this engine, in the order {@code agrifront algorithms} lists them. */
    private static final Map<String, JMetalAlgorithm> ALGORITHMS = index(List.of(
            new Nsga2Algorithm(),
            new Nsga3Algorithm(),
            new MoeadAlgorithm(),
            new Spea2Algorithm(),
            new SmsEmoaAlgorithm(),
            new IbeaAlgorithm(),
            new AgeMoea2Algorithm(),
            new Pesa2Algorithm(),
            new MoCellAlgorithm(),
            new RandomSearchAlgorithm(),
            new Gde3Algorithm(),
            new SmpsoAlgorithm(),
            new OmopsoAlgorithm()));

    private static final AlgorithmRegistry REGISTRY = new AlgorithmRegistry("jmetal",
            ALGORITHMS.values().stream().map(JMetalAlgorithm::descriptor).toList());

    @Override
    public String name() {
        return "jmetal";
    }

    /** Installs the thread-bound delegate behind jMetal's JMetalRandom (for code that drives jMetal directly). */
    public static void installRandomDelegate() {
        JMetalRandomDelegate.install();
    }

    @Override
    public String version() {
        return "jMetal " + org.agrifront.engine.LibraryVersion.of(NSGAII.class, "org.uma.jmetal", "jmetal-algorithm", "6.6");
    }

    @Override
    public AlgorithmRegistry algorithms() {
        return REGISTRY;
    }

    @Override
    public <G> RunResult<G> run(RunSpec<G> spec, RunListener<G> listener) {
        JMetalRandomDelegate.install();
        RandomGenerator rng = RandomStreams.create(spec.seed());
        try (RandomStreams.Binding ignored = RandomStreams.bind(rng)) {
            return runBound(new RunContext<G, Object>(spec, rng, listener));
        }
    }

    private <G, W> RunResult<G> runBound(RunContext<G, W> ctx) {
        AlgorithmDescriptor d = REGISTRY.check(AlgorithmSpec.of(ctx.spec.algorithm().name(), 2), GenomeKind.of(ctx.problem));
        JMetalRun<W> run = new JMetalRun<>(ctx);
        List<Candidate<W>> population = ALGORITHMS.get(d.name()).run(run);
        return ctx.result(new ArrayList<>(population), run.progress.generation, run.progress.stopped);
    }

    private static Map<String, JMetalAlgorithm> index(List<JMetalAlgorithm> algorithms) {
        Map<String, JMetalAlgorithm> byName = new LinkedHashMap<>();
        for (JMetalAlgorithm a : algorithms) byName.put(a.descriptor().name(), a);
        return byName;
    }
}
