package org.agrifront.experiment;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.agrifront.core.CategoricalEncoding;
import org.agrifront.core.Constraint;
import org.agrifront.core.Individual;
import org.agrifront.core.Objective;
import org.agrifront.core.Output;
import org.agrifront.core.Problem;
import org.agrifront.io.AtomicFiles;
import org.agrifront.io.Csv;
import org.agrifront.io.Json;
import org.agrifront.io.Numbers;

/**
 * The files of one run, each written atomically:
 * <ul>
 * <li>{@code front.csv}: one row per non-dominated solution; the objectives (natural units and senses), the
 * problem's reported outputs, each constraint's violation (0 = satisfied), then {@code feasible};</li>
 * <li>{@code solutions.csv}: the decision vector of every row of {@code front.csv}, in the same order
 * ({@code solution} = row index from 0); categorical genes as option indices, see {@code run.json} "options";</li>
 * <li>{@code variables.csv}: what each variable is (e.g. a cell's coordinates, biome and unit);</li>
 * <li>{@code run.json}: spec, seed, engine, algorithm, versions, timings, status.</li>
 * </ul>
 * Text fields (names) are quoted only where CSV needs it ({@link Csv}). Numbers are written as the shortest decimal text that reads back to the same double, so the same run always
 * gives the same bytes.
 */
public final class RunFiles {
    public static final String FRONT = "front.csv";
    public static final String SOLUTIONS = "solutions.csv";
    public static final String VARIABLES = "variables.csv";
    public static final String RUN = "run.json";

    private RunFiles() {
    }

    /** Header of {@code front.csv} for {@code problem}. */
    public static List<String> frontHeader(Problem<?> problem) {
        List<String> h = new ArrayList<>();
        for (Objective o : problem.objectives()) h.add(o.name());
        for (Output o : problem.outputs()) h.add(o.name());
        for (Constraint c : problem.constraints()) h.add(c.name());
        h.add("feasible");
        return h;
    }

    public static <G> void writeFront(Path file, Problem<G> problem, List<Individual<G>> front) {
        int outputs = problem.outputs().size();
        AtomicFiles.write(file, out -> {
            Writer w = writer(out);
            w.write(Csv.row(frontHeader(problem)));
            double[] extra = new double[outputs];
            for (Individual<G> ind : front) {
                StringBuilder sb = new StringBuilder();
                for (double v : ind.objectives()) sb.append(Numbers.format(v)).append(',');
                if (outputs > 0) {
                    problem.computeOutputs(ind.genome(), extra);
                    for (double v : extra) sb.append(Numbers.format(v)).append(',');
                }
                for (double v : ind.violations()) sb.append(Numbers.format(v)).append(',');
                sb.append(ind.feasible()).append('\n');
                w.write(sb.toString());
            }
            w.flush();
        });
    }

    public static <G> void writeSolutions(Path file, Problem<G> problem, List<Individual<G>> front) {
        int n = problem.encoding().length();
        AtomicFiles.write(file, out -> {
            Writer w = writer(out);
            StringBuilder sb = new StringBuilder("solution");
            for (int i = 0; i < n; i++) sb.append(',').append(Csv.field(problem.variableName(i)));
            w.write(sb.append('\n').toString());
            for (int r = 0; r < front.size(); r++) {
                sb.setLength(0);
                sb.append(r);
                Object g = front.get(r).genome();
                if (g instanceof byte[] b) {
                    for (byte x : b) sb.append(',').append(x);
                } else if (g instanceof double[] d) {
                    for (double x : d) sb.append(',').append(Numbers.format(x));
                }
                w.write(sb.append('\n').toString());
            }
            w.flush();
        });
    }

    public static void writeVariables(Path file, Problem<?> problem) {
        List<String> cols = problem.variableAttributeNames();
        int n = problem.encoding().length();
        AtomicFiles.write(file, out -> {
            Writer w = writer(out);
            StringBuilder sb = new StringBuilder("index,variable");
            for (String c : cols) sb.append(',').append(Csv.field(c));
            w.write(sb.append('\n').toString());
            for (int i = 0; i < n; i++) {
                sb.setLength(0);
                sb.append(i).append(',').append(Csv.field(problem.variableName(i)));
                for (String v : problem.variableAttributes(i)) sb.append(',').append(Csv.field(v));
                w.write(sb.append('\n').toString());
            }
            w.flush();
        });
    }

    /** Writes {@code run.json} from a map (kept in insertion order). */
    public static void writeRunJson(Path file, Map<String, Object> content) {
        Json.write(file, content);
    }

    /** The option names of a categorical problem, for run.json. */
    public static List<String> options(Problem<?> problem) {
        return problem.encoding() instanceof CategoricalEncoding c ? c.optionNames() : List.of();
    }

    private static Writer writer(OutputStream out) {
        return new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
    }
}
