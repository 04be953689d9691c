package org.agrifront.engine.moea;

import java.util.List;
import java.util.random.RandomGenerator;

import org.agrifront.core.RandomStreams;
import org.agrifront.engine.AlgorithmRegistry;
import org.agrifront.engine.Candidate;
import org.agrifront.engine.Engine;
import org.agrifront.engine.RunContext;
import org.agrifront.engine.RunListener;
import org.agrifront.engine.RunResult;
import org.agrifront.engine.RunSpec;
import org.moeaframework.algorithm.NSGAII;
import org.moeaframework.core.PRNG;

/**
 * MOEA Framework 5 adapter. Runs the library's algorithms ({@link MoeaAlgorithms}) with Agrifront's genome type,
 * operators and initialisation, explicit constraint handling, and the run's own random stream behind {@link PRNG}.
 * The step loop is driven here, so budgets, progress and cancellation mean the same as in the jMetal adapter.
 */
public final class MoeaEngine implements Engine {

    @Override
    public String name() {
        return "moea";
    }

    /** Installs the thread-bound delegate behind MOEA Framework's PRNG (for code that drives MOEA directly). */
    public static void installRandomDelegate() {
        MoeaRandom.install();
    }

    @Override
    public String version() {
        return "MOEA Framework " + libraryVersion();
    }

    @Override
    public AlgorithmRegistry algorithms() {
        return MoeaAlgorithms.REGISTRY;
    }

    @Override
    public <G> RunResult<G> run(RunSpec<G> spec, RunListener<G> listener) {
        MoeaRandom.install();
        RandomGenerator rng = RandomStreams.create(spec.seed());
        try (RandomStreams.Binding ignored = RandomStreams.bind(rng)) {
            return runBound(new RunContext<G, Object>(spec, rng, listener));
        }
    }

    /**
     * The budget convention: {@code population × (generations + 1)} evaluations. Generational algorithms (NSGA-II,
     * NSGA-III, U-NSGA-III) report once per step. The others are stepped until the budget is spent (the last step
     * may overshoot by less than one step) and report a generation each time another population of evaluations is
     * done, so traces line up across algorithms whatever their step size.
     */
    private <G, W> RunResult<G> runBound(RunContext<G, W> ctx) {
        String name = algorithms().get(ctx.spec.algorithm().name()).name();
        MoeaAlgorithms.Built<W> built = MoeaAlgorithms.build(name, ctx);
        int generations = ctx.spec.generations();
        long population = ctx.spec.algorithm().populationSize();
        if (built.prepare() != null) built.prepare().run();
        built.algorithm().step(); // initialisation
        if (built.initialised() != null) built.initialised().run();
        int done = 0;
        boolean go = ctx.report(0, built.population());
        while (go && done < generations) {
            long before = ctx.evaluations();
            built.algorithm().step();
            if (ctx.evaluations() == before) throw new IllegalStateException(name + " made a step without evaluating");
            if (built.generational()) {
                done++;
                go = ctx.report(done, built.population());
            } else {
                while (go && done < generations && ctx.evaluations() >= population * (done + 2)) {
                    done++;
                    go = ctx.report(done, built.population());
                }
            }
        }
        if (built.finish() != null) built.finish().run();
        List<Candidate<W>> last = built.population().get();
        return ctx.result(last, done, done < generations);
    }

    private static String libraryVersion() {
        return org.agrifront.engine.LibraryVersion.of(NSGAII.class, "org.moeaframework", "moeaframework", "5.0");
    }

}
