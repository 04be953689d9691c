package org.agrifront.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.agrifront.core.Objective;
import org.agrifront.core.Sense;
import org.agrifront.experiment.RunChecksums;
import org.agrifront.experiment.RunFiles;
import org.agrifront.experiment.StudyStore;
import org.agrifront.experiment.TraceRecorder;
import org.agrifront.io.InputException;
import org.agrifront.io.TextTable;

/**
 * What a study's result store holds: the manifest and every <em>completed</em> run (unfinished folders are
 * ignored, so a report can be made of a study that is still running or was merged from a cluster job array).
 * Fronts are kept in natural values, feasible points only.
 */
public record StudyResults(Path dir, StudyStore.Manifest manifest, List<ProblemResults> problems) {

    /**
     * One problem: its objectives and reference (current) values (from the runs' {@code run.json}; empty when the
     * problem has none) and its completed runs per algorithm id.
     */
    public record ProblemResults(String name, Path file, Path referenceFront, List<Objective> objectives,
                                 Map<String, Double> objectiveReferences, Map<String, List<RunData>> runs) {
        public int d() {
            return objectives.size();
        }

        public Sense[] senses() {
            return objectives.stream().map(Objective::sense).toArray(Sense[]::new);
        }
    }

    /**
     * One completed run. {@code front}: feasible non-dominated points, row-major natural values. {@code start}: the
     * initialisation and its kind ("neutral"/"informed"), {@code frontSource}: "archive" or "population" (as
     * run.json records them; "population" and a start of kind "unrecorded" for runs made before they were).
     */
    public record RunData(long seed, Path dir, double[] front, int size, List<TracePoint> trace, double seconds,
                          long evaluations, String initialization, String startKind, String frontSource) {
    }

    /** A trace point: the feasible front at that generation (possibly empty) and its wall time. */
    public record TracePoint(int generation, long evaluations, double seconds, double[] front, int size) {
    }

    public static StudyResults read(Path dir) {
        StudyStore.Manifest m = StudyStore.readManifest(dir);
        List<ProblemResults> problems = new ArrayList<>();
        for (StudyStore.ManifestProblem p : m.problems()) {
            Map<String, List<RunData>> runs = new LinkedHashMap<>();
            List<Objective> objectives = null;
            Map<String, Double> references = new LinkedHashMap<>();
            for (StudyStore.ManifestAlgorithm a : m.algorithms()) {
                List<RunData> list = new ArrayList<>();
                for (long seed : m.seeds()) {
                    Path runDir = dir.resolve(p.name()).resolve(a.id()).resolve("seed-" + seed);
                    JsonNode run = StudyStore.readRun(runDir);
                    if (run == null || !"complete".equals(run.path("status").asText())) continue;
                    if (run.has(RunChecksums.FIELD)) { // stores written before checksums were recorded are read as they are
                        List<String> damage = RunChecksums.problems(runDir, run);
                        if (!damage.isEmpty()) {
                            throw InputException.file(runDir, "damaged run (" + String.join("; ", damage)
                                    + "); resume the study to redo it: agrifront study SPEC.json --out " + dir);
                        }
                    }
                    if (objectives == null) {
                        objectives = objectives(run);
                        run.path("objectiveReferences").fields().forEachRemaining(e -> references.put(e.getKey(), e.getValue().asDouble()));
                    }
                    list.add(readRun(runDir, run, objectives));
                }
                runs.put(a.id(), list);
            }
            if (objectives == null) continue; // no completed run yet
            problems.add(new ProblemResults(p.name(), Path.of(p.file()),
                    p.referenceFront() == null ? null : Path.of(p.referenceFront()), objectives, references, runs));
        }
        return new StudyResults(dir, m, problems);
    }

    static List<Objective> objectives(JsonNode run) {
        List<Objective> out = new ArrayList<>();
        for (JsonNode o : run.path("objectives")) {
            out.add(new Objective(o.path("name").asText(), Sense.parse(o.path("sense").asText()), o.path("unit").asText()));
        }
        return out;
    }

    private static RunData readRun(Path runDir, JsonNode run, List<Objective> objectives) {
        double[] front = feasibleRows(runDir.resolve(RunFiles.FRONT), objectives, null);
        List<TracePoint> trace = new ArrayList<>();
        Map<Integer, Double> seconds = new LinkedHashMap<>();
        for (JsonNode t : run.path("trace")) seconds.put(t.path("generation").asInt(), t.path("seconds").asDouble());
        Path traceFile = runDir.resolve(TraceRecorder.FILE);
        if (Files.isRegularFile(traceFile)) {
            TextTable table = TextTable.read(traceFile, TextTable.Delimiter.COMMA);
            int d = objectives.size();
            int row = 0;
            while (row < table.size()) {
                int generation = table.integer(row, "generation");
                long evaluations = (long) table.number(row, "evaluations");
                List<double[]> points = new ArrayList<>();
                while (row < table.size() && table.integer(row, "generation") == generation) {
                    if (Boolean.parseBoolean(table.text(row, "feasible"))) {
                        double[] f = new double[d];
                        for (int j = 0; j < d; j++) f[j] = table.number(row, objectives.get(j).name());
                        points.add(f);
                    }
                    row++;
                }
                double[] flat = flatten(points, d);
                trace.add(new TracePoint(generation, evaluations, seconds.getOrDefault(generation, Double.NaN), flat, points.size()));
            }
        }
        JsonNode start = run.path("start");
        return new RunData(run.path("seed").asLong(), runDir, front, front.length / objectives.size(), trace,
                run.path("timing").path("elapsedSeconds").asDouble(Double.NaN), run.path("evaluations").asLong(),
                start.path("initialization").asText(run.path("algorithm").path("initialization").asText("")),
                start.path("kind").asText("unrecorded"), run.path("front").path("source").asText("population"));
    }

    /**
     * The feasible rows of a file in the columns of {@code front.csv} (a run's front, or {@code optima.csv} /
     * {@code reference-front.csv} of {@code bounds}), objectives only, row-major. {@code rows} receives the count.
     */
    public static double[] feasibleRows(Path file, List<Objective> objectives, int[] rows) {
        TextTable table = TextTable.read(file, TextTable.Delimiter.COMMA);
        String[] names = objectives.stream().map(Objective::name).toArray(String[]::new);
        table.requireColumns(names);
        boolean hasFeasible = table.hasColumn("feasible");
        List<double[]> points = new ArrayList<>();
        for (int r = 0; r < table.size(); r++) {
            if (hasFeasible && !Boolean.parseBoolean(table.text(r, "feasible"))) continue;
            double[] f = new double[names.length];
            for (int j = 0; j < names.length; j++) f[j] = table.number(r, names[j]);
            points.add(f);
        }
        if (rows != null) rows[0] = points.size();
        return flatten(points, names.length);
    }

    static double[] flatten(List<double[]> points, int d) {
        double[] flat = new double[points.size() * d];
        for (int i = 0; i < points.size(); i++) System.arraycopy(points.get(i), 0, flat, i * d, d);
        return flat;
    }
}
