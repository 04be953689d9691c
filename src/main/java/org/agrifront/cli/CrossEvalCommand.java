package org.agrifront.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import org.agrifront.core.Knee;
import org.agrifront.core.Sense;
import org.agrifront.exact.Bounds;
import org.agrifront.exact.RobustLandUseModel;
import org.agrifront.experiment.RunFiles;
import org.agrifront.experiment.SolutionsFile;
import org.agrifront.io.AtomicFiles;
import org.agrifront.io.InputException;
import org.agrifront.io.Json;
import org.agrifront.io.TextTable;
import org.agrifront.problems.ProblemSource;
import org.agrifront.problems.Problems;
import org.agrifront.problems.landuse.CrossEvaluation;
import org.agrifront.problems.landuse.LandUseData;
import org.agrifront.problems.landuse.LandUseMaps;
import org.agrifront.problems.landuse.RobustLandUseProblem;
import org.agrifront.problems.landuse.RobustLandUseType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code agrifront crosseval ROBUST.json --bounds DIR --run LABEL=RUN_DIR ...}: evaluates allocations under every
 * scenario of a robust land-use problem and writes the matrix as {@code crosseval.csv}, a heatmap
 * {@code crosseval.png} and a short {@code crosseval.md}.
 */
@Command(name = "crosseval", mixinStandardHelpOptions = true,
        description = {"Cross-scenario evaluation of land-use allocations: every allocation's gain per scenario and service,",
                "violated constraints marked. Rows: each scenario's own optima and the robust optima and knee (from --bounds),",
                "and the knee and best solutions of any run (--run). Writes crosseval.csv, crosseval.png and crosseval.md.",
                "Example: agrifront crosseval problems/landuse-robust.json --bounds results/bounds/landuse-robust \\",
                "           --run robust-nsga2=results/runs/landuse-robust/moea-nsga2-seed1 --maps"})
public final class CrossEvalCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ROBUST.json", description = "A robust land-use problem file (\"type\": \"landuse-robust\").")
    Path problemFile;

    @Option(names = "--bounds", description = "The problem's bounds folder: each scenario's optima, the robust optima and the exact front's knee.")
    Path bounds;

    @Option(names = "--run", paramLabel = "LABEL=RUN_DIR", description = "A run folder (of this or of a single-scenario problem on the same cells); repeatable.")
    List<String> runs = new ArrayList<>();

    @Option(names = "--all", description = "Every solution of each run, not only its knee and best solution per objective.")
    boolean all;

    @Option(names = "--maps", description = "Also map the robust knee and, for every other knee row, the cells where it differs.")
    boolean maps;

    @Option(names = "--out", description = "Output folder. Default: results/crosseval/<problem>.")
    Path out;

    @Option(names = "--data", description = "Data folder replacing the one named in the problem files.")
    Path data;

    @Override
    public Integer call() {
        if (out != null) Flags.outputFolder("--out", out);
        if (bounds == null && runs.isEmpty()) throw new IllegalArgumentException("nothing to evaluate: give --bounds DIR and/or --run LABEL=RUN_DIR");
        if (bounds != null && !Files.isDirectory(bounds)) throw new IllegalArgumentException("--bounds " + bounds + ": folder not found");
        if (!(Problems.load(ProblemSource.of(problemFile, data)) instanceof RobustLandUseProblem p)) {
            throw new IllegalArgumentException(problemFile + ": crosseval needs a robust land-use problem (\"type\": \"landuse-robust\")");
        }
        List<CrossEvaluation.Row> rows = new ArrayList<>();
        double[][] optima = null;
        if (bounds != null) {
            optima = RobustLandUseType.readOptima(bounds.resolve(RobustLandUseModel.SCENARIO_OPTIMA), p.scenarioNames());
            rows.addAll(boundsRows(p, bounds));
        }
        for (String run : runs) rows.addAll(runRows(p, run));
        CrossEvaluation.Matrix m = CrossEvaluation.evaluate(p, rows, optima);
        Path dir = out != null ? out : Path.of("results", "crosseval", p.name());
        AtomicFiles.writeString(dir.resolve("crosseval.csv"), CrossEvaluation.csv(p, m));
        CrossEvaluation.writePng(dir.resolve("crosseval.png"), p, m, "Cross-scenario evaluation: " + p.name());
        StringBuilder md = new StringBuilder("# Cross-scenario evaluation: " + p.name() + "\n\n");
        md.append("Gain (%) of each allocation over each scenario's reference; constraint factor ").append(p.constraintFactor())
                .append(". ![heatmap](crosseval.png)\n\n| allocation | violated constraints | worst carbon | worst crop | worst runoff |");
        if (optima != null) md.append(" regret carbon | regret crop | regret runoff |");
        md.append("\n|---|---:|---:|---:|---:|").append(optima != null ? "---:|---:|---:|" : "").append('\n');
        for (int r = 0; r < rows.size(); r++) {
            md.append("| ").append(rows.get(r).label()).append(" | ").append(m.violations(r));
            for (int k = 0; k < 3; k++) md.append(String.format(Locale.ROOT, " | %+.2f", m.worst()[r][k]));
            if (optima != null) for (int k = 0; k < 3; k++) md.append(String.format(Locale.ROOT, " | %.2f", m.regret()[r][k]));
            md.append(" |\n");
        }
        if (maps) md.append(maps(p, rows, dir));
        AtomicFiles.writeString(dir.resolve("crosseval.md"), md.toString());
        System.out.print(md.toString().replace("![heatmap](crosseval.png)", ""));
        System.out.println("result: " + dir.resolve("crosseval.csv") + ", " + dir.resolve("crosseval.png"));
        return 0;
    }

    /** Each scenario's own optima, the robust optima and the knee of the exact robust front. */
    static List<CrossEvaluation.Row> boundsRows(RobustLandUseProblem p, Path dir) {
        List<CrossEvaluation.Row> rows = new ArrayList<>();
        Path labels = dir.resolve("scenario-optima-labels.csv");
        Path solutions = dir.resolve(RobustLandUseModel.SCENARIO_OPTIMA_SOLUTIONS);
        List<byte[]> genomes = SolutionsFile.read(requireFile(solutions), p);
        TextTable t = TextTable.read(requireFile(labels), TextTable.Delimiter.COMMA);
        t.requireColumns("scenario", "maximised");
        if (t.size() != genomes.size()) throw InputException.file(labels, t.size() + " rows but " + genomes.size() + " solutions in " + solutions);
        for (int r = 0; r < t.size(); r++) {
            rows.add(new CrossEvaluation.Row(t.text(r, "scenario") + " max " + t.text(r, "maximised"), "bounds: scenario optimum", genomes.get(r)));
        }
        List<byte[]> robust = SolutionsFile.read(requireFile(dir.resolve(Bounds.OPTIMA_SOLUTIONS)), p);
        for (int k = 0; k < robust.size() && k < 3; k++) {
            rows.add(new CrossEvaluation.Row("robust max " + p.objectives().get(k).name(), "bounds: robust optimum", robust.get(k)));
        }
        Path front = dir.resolve(Bounds.REFERENCE_FRONT), frontSolutions = dir.resolve(Bounds.REFERENCE_FRONT_SOLUTIONS);
        if (Files.isRegularFile(front) && Files.isRegularFile(frontSolutions)) {
            Sense[] senses = p.objectives().stream().map(o -> o.sense()).toArray(Sense[]::new);
            List<String> names = p.objectives().stream().map(o -> o.name()).toList();
            Picked f = readFront(front, names);
            int knee = Knee.index(f.objectives, senses, f.feasible);
            List<byte[]> g = SolutionsFile.read(frontSolutions, p);
            if (knee >= 0 && g.size() == f.objectives.length) rows.add(new CrossEvaluation.Row("robust exact knee", "bounds: reference front", g.get(knee)));
        }
        return rows;
    }

    /** The knee and best feasible solution per objective of a run (all with --all), senses from its run.json. */
    List<CrossEvaluation.Row> runRows(RobustLandUseProblem p, String spec) {
        int eq = spec.indexOf('=');
        if (eq <= 0) throw new IllegalArgumentException("--run " + spec + ": expected LABEL=RUN_DIR");
        String label = spec.substring(0, eq);
        Path dir = Path.of(spec.substring(eq + 1));
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException("--run " + spec + ": folder " + dir + " not found");
        Path runJson = requireFile(dir.resolve(RunFiles.RUN));
        JsonNode objs = Json.tree(runJson).get("objectives");
        if (objs == null || !objs.isArray() || objs.isEmpty()) throw new InputException(runJson, 0, "$.objectives", "missing: is " + dir + " a run folder?");
        List<String> names = new ArrayList<>();
        List<Sense> senses = new ArrayList<>();
        for (JsonNode o : objs) {
            names.add(o.path("name").asText());
            senses.add("min".equals(o.path("sense").asText()) ? Sense.MIN : Sense.MAX);
        }
        Picked f = readFront(requireFile(dir.resolve(RunFiles.FRONT)), names);
        Path solutionsFile = requireFile(dir.resolve(RunFiles.SOLUTIONS));
        List<byte[]> genomes = SolutionsFile.read(solutionsFile, p);
        if (genomes.size() != f.objectives.length) {
            throw InputException.file(solutionsFile, genomes.size() + " solutions but " + f.objectives.length + " rows in front.csv: the files are of different runs");
        }
        List<CrossEvaluation.Row> rows = new ArrayList<>();
        String source = "run " + dir;
        if (all) {
            for (int r = 0; r < genomes.size(); r++) rows.add(new CrossEvaluation.Row(label + " #" + r, source, genomes.get(r)));
            return rows;
        }
        Sense[] s = senses.toArray(Sense[]::new);
        boolean anyFeasible = false;
        for (boolean b : f.feasible) anyFeasible |= b;
        boolean[] eligible = anyFeasible ? f.feasible : new boolean[f.feasible.length];
        if (!anyFeasible) java.util.Arrays.fill(eligible, true);
        int knee = Knee.index(f.objectives, s, eligible);
        rows.add(new CrossEvaluation.Row(label + " knee", source, genomes.get(knee)));
        for (int k = 0; k < names.size(); k++) {
            int best = -1;
            for (int r = 0; r < genomes.size(); r++) {
                if (!eligible[r]) continue;
                if (best < 0 || s[k].toMinimization(f.objectives[r][k]) < s[k].toMinimization(f.objectives[best][k])) best = r;
            }
            rows.add(new CrossEvaluation.Row(label + " best " + names.get(k), source, genomes.get(best)));
        }
        return rows;
    }

    private record Picked(double[][] objectives, boolean[] feasible) {
    }

    private static Picked readFront(Path file, List<String> names) {
        TextTable t = TextTable.read(file, TextTable.Delimiter.COMMA);
        List<String> needed = new ArrayList<>(names);
        needed.add("feasible");
        t.requireColumns(needed.toArray(String[]::new));
        if (t.size() == 0) throw InputException.file(file, "the front is empty");
        double[][] obj = new double[t.size()][names.size()];
        boolean[] feasible = new boolean[t.size()];
        for (int r = 0; r < t.size(); r++) {
            for (int k = 0; k < names.size(); k++) obj[r][k] = t.number(r, names.get(k));
            String f = t.text(r, "feasible");
            if (!f.equals("true") && !f.equals("false")) throw t.error(r, "feasible", "expected true or false, found '" + f + "'");
            feasible[r] = f.equals("true");
        }
        return new Picked(obj, feasible);
    }

    private static Path requireFile(Path file) {
        if (!Files.isRegularFile(file)) throw InputException.file(file, "file not found");
        return file;
    }

    /** The robust knee's map and, for every other knee row, where it differs; returns the markdown lines. */
    private static String maps(RobustLandUseProblem p, List<CrossEvaluation.Row> rows, Path dir) {
        CrossEvaluation.Row robust = null;
        for (CrossEvaluation.Row r : rows) if (r.label().equals("robust exact knee")) robust = r;
        if (robust == null) for (CrossEvaluation.Row r : rows) if (r.label().endsWith(" knee")) { robust = r; break; }
        if (robust == null) return "\nNo knee row to map.\n";
        LandUseData cells = p.scenarios().get(0);
        StringBuilder md = new StringBuilder("\n## Maps\n\n");
        LandUseMaps.writeAllocation(dir.resolve("map-robust-knee"), cells, robust.genome(), "Land use, " + robust.label());
        md.append("- `map-robust-knee.png`: ").append(robust.label()).append('\n');
        for (CrossEvaluation.Row r : rows) {
            if (r == robust || !r.label().endsWith(" knee")) continue;
            String name = "diff-" + r.label().replaceAll("[^A-Za-z0-9.-]+", "-");
            int differ = CrossEvaluation.writeDifferenceMap(dir.resolve(name), cells, robust.genome(), r.genome(),
                    r.label() + " where it differs from " + robust.label());
            md.append("- `").append(name).append(".png`: ").append(r.label()).append(" differs from ").append(robust.label())
                    .append(" in ").append(differ).append(" of ").append(cells.cells()).append(" cells\n");
        }
        return md.toString();
    }
}
