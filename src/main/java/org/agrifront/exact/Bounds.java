package org.agrifront.exact;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.agrifront.core.Dominance;
import org.agrifront.core.Individual;
import org.agrifront.core.Problem;
import org.agrifront.experiment.RunFiles;
import org.agrifront.io.AtomicFiles;
import org.agrifront.io.Numbers;

/** Finds the exact model of a problem and writes bounds in the columns of {@code front.csv}. */
public final class Bounds {
    public static final String OPTIMA = "optima.csv";
    public static final String REFERENCE_FRONT = "reference-front.csv";
    public static final String META = "bounds.json";
    /** Decision vectors of the optima / reference front, in the layout of a run's {@code solutions.csv}. */
    public static final String OPTIMA_SOLUTIONS = "optima-solutions.csv";
    public static final String REFERENCE_FRONT_SOLUTIONS = "reference-front-solutions.csv";

    private Bounds() {
    }

    public static ExactModel modelFor(Problem<?> problem) {
        List<String> names = new ArrayList<>();
        for (ExactModel m : ServiceLoader.load(ExactModel.class)) {
            if (m.supports(problem)) return m;
            names.add(m.getClass().getSimpleName());
        }
        throw new IllegalArgumentException("no exact model for problem '" + problem.name() + "' (models on the class path: "
                + (names.isEmpty() ? "none" : String.join(", ", names)) + ")");
    }

    public static BoundsResult compute(Problem<?> problem, BoundsOptions options) {
        return modelFor(problem).solve(problem, options);
    }

    /**
     * The feasible non-dominated points (each objective vector once, sorted by objectives), as a run reports its
     * final set ({@link Dominance#nondominated}).
     */
    public static List<ExactPoint> nondominated(Problem<?> problem, List<ExactPoint> points) {
        List<Individual<ExactPoint>> pool = new ArrayList<>();
        for (ExactPoint pt : points) if (pt.feasible()) pool.add(new Individual<>(pt, pt.objectives(), pt.violations()));
        List<ExactPoint> out = new ArrayList<>();
        if (pool.isEmpty()) return out;
        for (Individual<ExactPoint> ind : Dominance.nondominated(pool, Dominance.senses(problem))) out.add(ind.genome());
        return out;
    }

    /**
     * Writes {@code optima.csv} and {@code reference-front.csv} (exactly the columns of {@code front.csv}, so
     * every tool that reads a front reads them) and {@code bounds.json} (labels, solver status, gaps, timings).
     */
    public static void write(Path dir, Problem<?> problem, BoundsResult result) {
        write(dir, problem, result, null);
    }

    /**
     * As {@link #write(Path, Problem, BoundsResult)}, recording the problem's fingerprint (null: none) and objectives in
     * {@code bounds.json}, so that {@code indicators} can refuse this reference front for runs of another problem.
     * {@code optima.csv} ends with an {@code optimises} column: the label of the optimum (e.g. {@code min gwp}).
     */
    public static void write(Path dir, Problem<?> problem, BoundsResult result, String fingerprint) {
        writePoints(dir.resolve(OPTIMA), problem, result.optima(), true);
        writePoints(dir.resolve(REFERENCE_FRONT), problem, result.referenceFront(), false);
        writeGenomes(dir.resolve(OPTIMA_SOLUTIONS), problem, result.optima());
        writeGenomes(dir.resolve(REFERENCE_FRONT_SOLUTIONS), problem, result.referenceFront());
        for (Map.Entry<String, String> f : new java.util.TreeMap<>(result.files()).entrySet()) {
            AtomicFiles.writeString(dir.resolve(f.getKey()), f.getValue());
        }
        Map<String, Object> meta = new LinkedHashMap<>(result.metadata());
        meta.put("problem", problem.name());
        if (fingerprint != null) meta.put("problemFingerprint", fingerprint);
        List<Map<String, Object>> objectives = new ArrayList<>();
        for (org.agrifront.core.Objective o : problem.objectives()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", o.name());
            m.put("sense", o.sense().label());
            m.put("unit", o.unit());
            objectives.add(m);
        }
        meta.put("objectives", objectives);
        List<Map<String, Object>> optima = new ArrayList<>();
        for (ExactPoint p : result.optima()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("label", p.label());
            m.put("status", p.status());
            m.put("gap", p.gap());
            m.put("seconds", p.seconds());
            Map<String, Double> obj = new LinkedHashMap<>();
            for (int i = 0; i < p.objectives().length; i++) obj.put(problem.objectives().get(i).name(), p.objectives()[i]);
            m.put("objectives", obj);
            Map<String, Double> refs = problem.objectiveReferences();
            if (!refs.isEmpty()) {
                Map<String, Double> gains = new LinkedHashMap<>();
                for (int i = 0; i < p.objectives().length; i++) {
                    Double r = refs.get(problem.objectives().get(i).name());
                    if (r != null) gains.put(problem.objectives().get(i).name(), 100 * (p.objectives()[i] - r) / Math.abs(r));
                }
                m.put("gainPercent", gains);
            }
            optima.add(m);
        }
        meta.put("optima", optima);
        meta.put("referenceFrontPoints", result.referenceFront().size());
        RunFiles.writeRunJson(dir.resolve(META), meta);
    }

    static void writePoints(Path file, Problem<?> problem, List<ExactPoint> points, boolean labelled) {
        AtomicFiles.write(file, out -> {
            Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write(String.join(",", RunFiles.frontHeader(problem)));
            w.write(labelled ? ",optimises\n" : "\n");
            for (ExactPoint p : points) {
                StringBuilder sb = new StringBuilder();
                for (double v : p.objectives()) sb.append(Numbers.format(v)).append(',');
                for (double v : p.outputs()) sb.append(Numbers.format(v)).append(',');
                for (double v : p.violations()) sb.append(Numbers.format(v)).append(',');
                sb.append(p.feasible());
                if (labelled) sb.append(',').append(org.agrifront.io.Csv.field(p.label()));
                sb.append('\n');
                w.write(sb.toString());
            }
            w.flush();
        });
    }

    /**
     * Writes the points' genomes like a run's {@code solutions.csv} (row i = row i of the points file), so exact
     * solutions can seed a run ({@code run --initial-solutions}); nothing when a point has no genome.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static void writeGenomes(Path file, Problem<?> problem, List<ExactPoint> points) {
        if (points.isEmpty() || points.stream().anyMatch(p -> p.genome() == null)) return;
        List<org.agrifront.core.Individual> rows = new ArrayList<>();
        for (ExactPoint p : points) rows.add(new org.agrifront.core.Individual(p.genome(), p.objectives(), p.violations()));
        RunFiles.writeSolutions(file, (Problem) problem, (List) rows);
    }
}
