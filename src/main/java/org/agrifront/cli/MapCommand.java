package org.agrifront.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;

import org.agrifront.core.Dominance;
import org.agrifront.core.Knee;
import org.agrifront.core.Objective;
import org.agrifront.core.Problem;
import org.agrifront.core.Sense;
import org.agrifront.experiment.RunFiles;
import org.agrifront.experiment.SolutionsFile;
import org.agrifront.io.InputException;
import org.agrifront.io.Json;
import org.agrifront.io.TextTable;
import org.agrifront.problems.ProblemSource;
import org.agrifront.problems.Problems;
import org.agrifront.problems.allocation.AllocationMaps;
import org.agrifront.problems.allocation.AllocationProblem;
import org.agrifront.problems.landuse.LandUseMaps;
import org.agrifront.problems.landuse.LandUseProblem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code agrifront map RUN_DIR}: land-use maps of one solution of a land-use run and of its whole front; the same
 * maps for an allocation problem whose cells have coordinates (on the grid covering its cells).
 */
@Command(name = "map", mixinStandardHelpOptions = true,
        description = {"Maps of one solution of a land-use run, on the global 1° grid (EPSG:4326):",
                "  FILE.tif            land use per cell (byte: codes 0-9 named as categories,",
                "                      nodata 255 off land)",
                "  FILE.png            the same as a picture with a legend",
                "  FILE-frequency.tif  per land use (one float band each), the share of the",
                "                      run's feasible front solutions choosing it in each cell",
                "  FILE-frequency.png  those shares, one panel per land use",
                "Allocation problems with lon/lat: the same four files per option, on the grid covering the cells.",
                "Example: agrifront map results/runs/landuse-rcp26-2090/moea-nsga2-seed1 \\",
                "           --solution knee --out maps/knee"})
public final class MapCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "A run folder (front.csv, solutions.csv, run.json).")
    Path runDir;

    @Option(names = "--solution", defaultValue = "knee", paramLabel = "CHOICE",
            description = {"knee (feasible solution nearest the ideal point, objectives scaled to [0,1] over the feasible front),",
                    "maxmin (feasible solution whose smallest relative gain over the problem's reference values is largest;",
                    "range-scaled without reference values: the red line of plot parallel),",
                    "best-OBJECTIVE (best feasible value of that objective, e.g. best-carbon, best-crop, best-runoff),",
                    "or a front row index (the 'solution' column of solutions.csv). Default: ${DEFAULT-VALUE}."})
    String solution;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Output prefix: writes FILE.tif, FILE.png, FILE-frequency.tif, FILE-frequency.png. Default: RUN_DIR/map-<solution>.")
    Path out;

    @Option(names = "--problem", description = "Problem file; default: the 'problemFile' recorded in run.json.")
    Path problemFile;

    @Option(names = "--data", description = "Data folder replacing the one named in the problem file.")
    Path data;

    @Override
    public Integer call() {
        if (out != null) Flags.outputFile("--out", prefix(out));
        if (!Files.isDirectory(runDir)) throw new IllegalArgumentException(runDir + ": run folder not found");
        Path frontFile = runDir.resolve(RunFiles.FRONT), solutionsFile = runDir.resolve(RunFiles.SOLUTIONS);
        if (!Files.isRegularFile(frontFile)) throw InputException.file(frontFile, "file not found (is " + runDir + " a run folder?)");
        Path file = problemFile != null ? problemFile : recordedProblem(runDir.resolve(RunFiles.RUN));
        Problem<?> loaded = Problems.load(ProblemSource.of(file, data));
        if (loaded instanceof AllocationProblem allocation) return mapAllocation(allocation, frontFile, solutionsFile);
        if (!(loaded instanceof LandUseProblem problem)) {
            throw new IllegalArgumentException(runDir + ": 'map' draws land-use maps and needs a run of a land-use problem;"
                    + " this run's problem " + loaded.name() + " (" + file + ") is not one");
        }
        Front front = Front.read(frontFile, problem);
        List<byte[]> genomes = genomes(problem, front, frontFile, solutionsFile);
        int index = front.choose(solution);
        Path prefix = prefix(out != null ? out : runDir.resolve("map-" + solution.toLowerCase(Locale.ROOT)));

        List<Path> written = new ArrayList<>(LandUseMaps.writeAllocation(prefix, problem.data(), genomes.get(index),
                title(problem, front, index)));
        List<byte[]> feasible = new ArrayList<>();
        for (int r = 0; r < front.rows(); r++) if (front.feasible[r]) feasible.add(genomes.get(r));
        if (feasible.isEmpty()) {
            System.out.println("no feasible solution in " + frontFile + ": no land-use frequency maps");
        } else {
            written.addAll(LandUseMaps.writeFrequencies(prefix, problem.data(), feasible, String.format(Locale.ROOT,
                    "Share of the %d feasible front solutions choosing each land use", feasible.size())));
        }
        System.out.println("solution " + index + " (" + front.describe(solution) + ")");
        for (Path p : written) System.out.println("wrote " + p);
        return 0;
    }

    /** The run's genomes, one per row of {@code front}; the maps cannot be drawn without them. */
    private static List<byte[]> genomes(Problem<byte[]> problem, Front front, Path frontFile, Path solutionsFile) {
        if (!Files.isRegularFile(solutionsFile)) {
            throw InputException.file(solutionsFile, "file not found: the maps need the run's genomes (was it run with --no-solutions?)");
        }
        List<byte[]> genomes = SolutionsFile.read(solutionsFile, problem);
        if (genomes.size() != front.rows()) {
            throw InputException.file(solutionsFile, genomes.size() + " solutions but " + front.rows() + " rows in "
                    + frontFile + ": the files are of different runs");
        }
        return genomes;
    }

    /** Maps of a run of a user's allocation problem (its cells need lon/lat). */
    private int mapAllocation(AllocationProblem problem, Path frontFile, Path solutionsFile) {
        if (!problem.data().hasCoordinates()) {
            throw InputException.file(problem.file(), "'map' needs 'lon' and 'lat' columns in the problem's cells table");
        }
        Front front = Front.read(frontFile, problem);
        List<byte[]> genomes = genomes(problem, front, frontFile, solutionsFile);
        int index = front.choose(solution);
        Path prefix = prefix(out != null ? out : runDir.resolve("map-" + solution.toLowerCase(Locale.ROOT)));
        StringBuilder title = new StringBuilder(problem.name()).append(", ")
                .append(front.chosenBy.equals("row") ? "" : front.chosenBy.replace(' ', '-') + " ")
                .append("solution ").append(index).append(':');
        java.util.Map<String, Double> refs = problem.objectiveReferences();
        for (int k = 0; k < problem.objectives().size(); k++) {
            String name = problem.objectives().get(k).name();
            double v = front.objectives[index][k];
            title.append(k == 0 ? " " : ", ").append(name).append(String.format(Locale.ROOT, " %.4g", v));
            Double ref = refs.get(name);
            if (ref != null && ref != 0) title.append(String.format(Locale.ROOT, " (%+.1f%%)", 100 * (v - ref) / Math.abs(ref)));
        }
        if (!front.feasible[index]) title.append(" [infeasible]");
        List<Path> written = new ArrayList<>(AllocationMaps.writeAllocation(prefix, problem.data(), genomes.get(index), title.toString()));
        List<byte[]> feasible = new ArrayList<>();
        for (int r = 0; r < front.rows(); r++) if (front.feasible[r]) feasible.add(genomes.get(r));
        if (feasible.isEmpty()) {
            System.out.println("no feasible solution in " + frontFile + ": no frequency maps");
        } else {
            written.addAll(AllocationMaps.writeFrequencies(prefix, problem.data(), feasible, String.format(Locale.ROOT,
                    "Share of the %d feasible front solutions choosing each option", feasible.size())));
        }
        System.out.println("solution " + index + " (" + front.describe(solution) + ")");
        for (Path p : written) System.out.println("wrote " + p);
        return 0;
    }

    /** The problem file named in run.json; relative paths as written by {@code run}, i.e. from the working folder. */
    static Path recordedProblem(Path runJson) {
        if (!Files.isRegularFile(runJson)) throw InputException.file(runJson, "file not found (is " + runJson.getParent() + " a run folder?)");
        JsonNode node = Json.tree(runJson).get("problemFile");
        if (node == null || !node.isTextual()) throw new InputException(runJson, 0, "$.problemFile", "missing; pass --problem FILE");
        Path file = Path.of(node.asText());
        if (!Files.isRegularFile(file)) {
            throw new InputException(runJson, 0, "$.problemFile", "problem file " + file + " not found (relative to "
                    + Path.of("").toAbsolutePath() + "); pass --problem FILE");
        }
        return file;
    }

    /** {@code out} without a trailing .tif or .png, so {@code --out maps/knee.tif} means the prefix maps/knee. */
    static Path prefix(Path out) {
        String name = out.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".tif") || lower.endsWith(".png")) return out.resolveSibling(name.substring(0, name.length() - 4));
        return out;
    }

    private static String title(LandUseProblem problem, Front front, int index) {
        StringBuilder t = new StringBuilder("Land use, ")
                .append(front.chosenBy.equals("row") ? "" : front.chosenBy.replace(' ', '-') + " ")
                .append("solution ").append(index).append(':');
        double[] values = front.objectives[index];
        double[] gains = problem.gainsPercent(values);
        List<Objective> objectives = problem.objectives();
        for (int k = 0; k < objectives.size(); k++) {
            t.append(k == 0 ? " " : ", ").append(objectives.get(k).name())
                    .append(String.format(Locale.ROOT, " %.4g (%+.1f%%)", values[k], gains[k]));
        }
        if (!front.feasible[index]) t.append(" [infeasible]");
        return t.toString();
    }

    /** The objective columns and feasibility of a run's front.csv, and the choice of one row. */
    static final class Front {
        final Path file;
        final List<String> names;
        final Sense[] senses;
        final double[][] objectives;
        final boolean[] feasible;
        /** The problem's reference values per objective (NaN where none), or null: for the max-min pick. */
        double[] reference;
        /** How the last {@link #choose} picked its row: "knee", "best OBJECTIVE" or "row". */
        String chosenBy = "row";

        private Front(Path file, List<String> names, Sense[] senses, double[][] objectives, boolean[] feasible) {
            this.file = file;
            this.names = names;
            this.senses = senses;
            this.objectives = objectives;
            this.feasible = feasible;
        }

        static Front read(Path file, Problem<?> problem) {
            TextTable t = TextTable.read(file, TextTable.Delimiter.COMMA);
            List<String> names = problem.objectives().stream().map(Objective::name).toList();
            List<String> needed = new ArrayList<>(names);
            needed.add("feasible");
            t.requireColumns(needed.toArray(String[]::new));
            int m = names.size();
            double[][] obj = new double[t.size()][m];
            boolean[] feasible = new boolean[t.size()];
            for (int r = 0; r < t.size(); r++) {
                for (int k = 0; k < m; k++) obj[r][k] = t.number(r, names.get(k));
                String f = t.text(r, "feasible");
                if (!f.equals("true") && !f.equals("false")) throw t.error(r, "feasible", "expected true or false, found '" + f + "'");
                feasible[r] = f.equals("true");
            }
            if (t.size() == 0) throw InputException.file(file, "the front is empty");
            Front front = new Front(file, names, Dominance.senses(problem), obj, feasible);
            front.reference = org.agrifront.core.MaxMin.reference(problem.objectives(), problem.objectiveReferences());
            return front;
        }

        int rows() {
            return objectives.length;
        }

        /** The row index {@code choice} names: knee, best-OBJECTIVE or an index. */
        int choose(String choice) {
            String c = choice.trim().toLowerCase(Locale.ROOT);
            if (c.equals("knee")) {
                int k = Knee.index(objectives, senses, feasible);
                if (k < 0) throw noFeasible("the knee");
                chosenBy = "knee";
                return k;
            }
            if (c.equals("maxmin")) {
                int k = org.agrifront.core.MaxMin.index(objectives, senses, feasible, reference);
                if (k < 0) throw noFeasible("the max-min compromise");
                chosenBy = "max-min compromise";
                return k;
            }
            if (c.startsWith("best-")) {
                String name = choice.trim().substring("best-".length());
                int k = names.indexOf(name);
                if (k < 0) {
                    for (int j = 0; j < names.size(); j++) if (names.get(j).equalsIgnoreCase(name)) k = j;
                }
                if (k < 0) throw new IllegalArgumentException("--solution " + choice + ": no objective '" + name + "'; choose "
                        + choices());
                int best = -1;
                for (int r = 0; r < rows(); r++) {
                    if (!feasible[r]) continue;
                    if (best < 0 || senses[k].toMinimization(objectives[r][k]) < senses[k].toMinimization(objectives[best][k])) best = r;
                }
                if (best < 0) throw noFeasible("the best " + names.get(k));
                chosenBy = "best " + names.get(k);
                return best;
            }
            int index;
            try {
                index = Integer.parseInt(c);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--solution " + choice + ": expected " + choices());
            }
            if (index < 0 || index >= rows()) {
                throw InputException.file(file, "no solution " + index + " (the front has " + rows() + ", 0.." + (rows() - 1) + ")");
            }
            chosenBy = "row";
            return index;
        }

        String describe(String choice) {
            return chosenBy.equals("row") ? "front row " + choice.trim() : chosenBy;
        }

        private String choices() {
            StringBuilder s = new StringBuilder("knee, maxmin, ");
            for (String n : names) s.append("best-").append(n).append(", ");
            return s.append("or a row index 0..").append(rows() - 1).toString();
        }

        private InputException noFeasible(String what) {
            return InputException.file(file, "no feasible solution, so " + what + " is undefined; choose a row with --solution INDEX");
        }
    }
}
