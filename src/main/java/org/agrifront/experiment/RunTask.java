package org.agrifront.experiment;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.agrifront.engine.AlgorithmSpec;
import org.agrifront.engine.FrontSource;
import org.agrifront.engine.RunSpec;

/**
 * One run of a study: (problem, algorithm, seed). The seed is the run's random-stream seed as given to the
 * engine, so {@code agrifront run … --seed k} with the same settings reproduces {@code seed-k}; all algorithms of
 * a seed start from the same stream (common random numbers).
 */
public record RunTask(int index, Study.StudyProblem problem, Study.StudyAlgorithm algorithm, long seed,
                      int traceInterval) {

    /** {@code <problem>/<engine>-<label>/seed-<k>}, relative to the study's output folder. */
    public Path relativeDir() {
        return Path.of(problem.name(), algorithm.id(), "seed-" + seed);
    }

    /** The run: the algorithm's initialisation resolved for this problem ({@link Start#resolve}). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public RunSpec<?> runSpec() {
        AlgorithmSpec spec = algorithm.spec().withInitialization(Start.resolve(problem.problem(), algorithm.spec().initialization()));
        return new RunSpec(problem.problem(), spec, seed, algorithm.generations());
    }

    /**
     * What determines this run's results, stored in {@code run.json}; a resumed study refuses a completed run
     * whose definition differs (the spec changed under the same output folder).
     */
    public Map<String, Object> definition() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("problem", problem.name());
        d.put("engine", algorithm.engine());
        d.put("label", algorithm.label());
        d.put("algorithm", SingleRun.algorithmMap(algorithm.spec()));
        d.put("front", FrontSource.of(algorithm.spec()).describe());
        d.put("seed", seed);
        d.put("generations", algorithm.generations());
        if (!algorithm.seeding().equals(SeedingMethod.RANDOM)) d.put("seeding", algorithm.seeding());
        d.put("traceInterval", traceInterval);
        return d;
    }

    @Override
    public String toString() {
        return problem.name() + "/" + algorithm.id() + "/seed-" + seed;
    }
}
