package org.agrifront.experiment;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.agrifront.core.Individual;
import org.agrifront.core.Problem;
import org.agrifront.core.variation.Operators;
import org.agrifront.engine.AlgorithmDescriptor;
import org.agrifront.engine.AlgorithmSpec;
import org.agrifront.engine.Algorithms;
import org.agrifront.engine.FrontSource;
import org.agrifront.engine.ParameterSpec;
import org.agrifront.engine.Engine;
import org.agrifront.engine.RunListener;
import org.agrifront.engine.RunResult;
import org.agrifront.engine.RunSpec;

/**
 * Runs one (problem, engine, algorithm, seed) and writes its files ({@link RunFiles}). {@code run.json} is written
 * last, with {@code "status": "complete"}: a run directory without it is unfinished.
 */
public final class SingleRun {
    private SingleRun() {
    }

    public static <G> RunResult<G> execute(Engine engine, RunSpec<G> spec, Path out, boolean writeSolutions,
                                           Map<String, Object> extraMetadata, RunListener<G> listener) {
        RunResult<G> result = engine.run(spec, listener);
        write(engine, spec, result, out, writeSolutions, extraMetadata);
        return result;
    }

    public static <G> void write(Engine engine, RunSpec<G> spec, RunResult<G> result, Path out, boolean writeSolutions,
                                 Map<String, Object> extraMetadata) {
        Problem<G> problem = spec.problem();
        RunFiles.writeFront(out.resolve(RunFiles.FRONT), problem, result.front());
        if (writeSolutions) {
            RunFiles.writeSolutions(out.resolve(RunFiles.SOLUTIONS), problem, result.front());
            RunFiles.writeVariables(out.resolve(RunFiles.VARIABLES), problem);
        }
        Map<String, Object> before = RunChecksums.identities(out);
        problem.writeArtifacts(out, result.front());
        Map<String, Object> metadata = metadata(engine, spec, result, writeSolutions, extraMetadata);
        // run.json, written last, vouches for the files of the run: those it lists and the problem's artifacts
        java.util.Set<String> written = new java.util.TreeSet<>(RunChecksums.writtenSince(out, before));
        if (metadata.get("files") instanceof List<?> files) files.forEach(f -> written.add(f.toString()));
        metadata.put(RunChecksums.FIELD, RunChecksums.of(out, written));
        RunFiles.writeRunJson(out.resolve(RunFiles.RUN), metadata);
    }

    public static <G> Map<String, Object> metadata(Engine engine, RunSpec<G> spec, RunResult<G> result,
                                                   boolean solutions, Map<String, Object> extra) {
        Problem<G> problem = spec.problem();
        AlgorithmSpec a = spec.algorithm();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", result.stoppedEarly() ? "stopped" : "complete");
        m.put("problem", problem.name());
        m.put("engine", engine.name());
        m.put("algorithm", algorithmMap(a, problem, engine));
        Object seeding = extra == null ? null : extra.get("seeding");
        m.put("start", Start.describe(problem, a.initialization(), spec.initialPopulation().size(),
                seeding instanceof Map<?, ?> s ? String.valueOf(s.get("method")) : null));
        m.put("front", FrontSource.of(a).describe());
        m.put("seed", spec.seed());
        m.put("generations", result.generations());
        m.put("evaluations", result.evaluations());
        m.put("initialSeeds", spec.initialPopulation().size());
        m.put("encoding", problem.encoding().describe());
        m.put("objectives", problem.objectives().stream().map(o -> Map.of("name", o.name(), "sense", o.sense().label(), "unit", o.unit())).toList());
        if (!problem.objectiveReferences().isEmpty()) m.put("objectiveReferences", problem.objectiveReferences());
        m.put("constraints", problem.constraints().stream().map(c -> Map.of("name", c.name(), "unit", c.unit(), "description", c.description())).toList());
        List<String> options = RunFiles.options(problem);
        if (!options.isEmpty()) m.put("options", options);
        m.put("frontSize", result.front().size());
        m.put("feasibleInFront", result.front().stream().filter(Individual::feasible).count());
        m.put("files", solutions ? List.of(RunFiles.FRONT, RunFiles.SOLUTIONS, RunFiles.VARIABLES) : List.of(RunFiles.FRONT));
        Map<String, Object> diagnostics = new LinkedHashMap<>(), measured = new LinkedHashMap<>();
        result.diagnostics().forEach((k, v) -> {
            if (k.startsWith(org.agrifront.engine.RunContext.TIMING)) measured.put(k.substring(org.agrifront.engine.RunContext.TIMING.length()), v);
            else diagnostics.put(k, v);
        });
        if (!diagnostics.isEmpty()) m.put("engineDiagnostics", diagnostics);
        m.put("instance", problem.describe());
        if (extra != null) m.putAll(extra);
        Map<String, Object> timing = new LinkedHashMap<>();
        timing.put("elapsedSeconds", result.elapsedNanos() / 1e9);
        timing.put("evaluationsPerSecond", result.evaluations() / Math.max(1e-9, result.elapsedNanos() / 1e9));
        timing.putAll(measured);
        m.put("timing", timing);
        m.put("versions", versions(engine));
        return m;
    }

    /** The algorithm as specified ({@code default} where the spec leaves an operator to the problem). */
    public static Map<String, Object> algorithmMap(AlgorithmSpec a) {
        return algorithmMap(a, null);
    }

    /**
     * The algorithm as run, for run.json: the spec with its operators resolved, and what the engine's registry says
     * about it (canonical name, library class, how the library treats constraints) with every parameter resolved
     * (given, default, or derived from the problem).
     */
    public static Map<String, Object> algorithmMap(AlgorithmSpec a, Problem<?> problem, Engine engine) {
        Map<String, Object> m = algorithmMap(a, problem);
        AlgorithmDescriptor d = engine.algorithms().get(a.name());
        m.put("canonicalName", d.name());
        m.put("libraryClass", d.libraryClass());
        m.put("libraryConstraintHandling", d.constraintHandling());
        m.put("description", d.description());
        Map<String, Object> resolved = new LinkedHashMap<>();
        for (ParameterSpec p : engine.algorithms().parameters(d.name())) {
            Double given = a.parameters().get(p.name());
            Object value;
            if (given != null) value = given;
            else if (p.name().equals("archive")) value = FrontSource.of(a).archive();
            else if ((p.name().equals("divisions") || p.name().equals("innerDivisions")) && problem != null) {
                int[] div = Algorithms.divisions(problem.numberOfObjectives(), a.parameters());
                value = p.name().equals("divisions") ? div[0] : div[1];
            } else if (!Double.isNaN(p.defaultValue())) value = p.defaultValue();
            else value = p.defaultLabel();
            if (value instanceof Double v && p.type() == ParameterSpec.Type.INTEGER && v == Math.rint(v)) value = v.longValue();
            resolved.put(p.name(), value);
        }
        m.put("resolvedParameters", resolved);
        return m;
    }

    /** The algorithm as run: with a problem, operators the spec leaves open are resolved to its defaults. */
    public static Map<String, Object> algorithmMap(AlgorithmSpec a, Problem<?> problem) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", a.name());
        m.put("population", a.populationSize());
        m.put("crossover", a.crossover() != null ? a.crossover().toString() : problem == null ? "default"
                : problem.defaultCrossover().orElse(Operators.defaultCrossover(problem.encoding())).toString());
        m.put("mutation", a.mutation() != null ? a.mutation().toString() : problem == null ? "default"
                : problem.defaultMutation().orElse(Operators.defaultMutation(problem.encoding())).toString());
        m.put("constraintHandling", a.constraintHandling().label());
        m.put("initialization", a.initialization());
        m.put("parameters", a.parameters());
        return m;
    }

    public static Map<String, Object> versions(Engine engine) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("agrifront", agrifrontVersion());
        v.put("engine", engine.version());
        v.put("java", System.getProperty("java.version"));
        return v;
    }

    public static String agrifrontVersion() {
        Package p = SingleRun.class.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
