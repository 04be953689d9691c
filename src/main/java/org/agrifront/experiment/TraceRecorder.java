package org.agrifront.experiment;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.agrifront.core.Individual;
import org.agrifront.core.Objective;
import org.agrifront.core.Problem;
import org.agrifront.engine.Generation;
import org.agrifront.engine.RunListener;
import org.agrifront.io.AtomicFiles;
import org.agrifront.io.Numbers;

/**
 * Records a run's trace: at the initial population, every {@code interval} generations and at the last generation,
 * the evaluations, the wall time and the front's objectives ({@link Generation#front}: the same definition as the
 * final result, by default the run's archive, so a traced front loses a point only to the archive's truncation). The fronts go to {@code trace-fronts.csv}, deterministic like
 * {@code front.csv}; the wall times go to {@code run.json}. Indicator values are computed from the fronts by the
 * report, once the study's reference front is known, and written to {@code trace.csv}.
 */
public final class TraceRecorder<G> implements RunListener<G> {
    public static final String FILE = "trace-fronts.csv";

    /** One trace point: generation, evaluations, elapsed seconds, front objectives (natural) and feasibility. */
    public record Point(int generation, long evaluations, double seconds, List<double[]> objectives, boolean feasible) {
    }

    private final int interval;
    private final int generations;
    private final BooleanSupplier keepGoing;
    private final List<Point> points = new ArrayList<>();
    private long nanos;

    public TraceRecorder(Problem<G> problem, int interval, int generations, BooleanSupplier keepGoing) {
        this.interval = interval;
        this.generations = generations;
        this.keepGoing = keepGoing;
    }

    @Override
    public boolean onGeneration(Generation<G> g) {
        if (g.index() % interval == 0 || g.index() == generations) {
            long t0 = System.nanoTime();
            List<Individual<G>> front = g.front();
            List<double[]> objectives = new ArrayList<>(front.size());
            for (Individual<G> ind : front) objectives.add(ind.objectives().clone());
            boolean feasible = !front.isEmpty() && front.get(0).feasible();
            points.add(new Point(g.index(), g.evaluations(), g.elapsedNanos() / 1e9, objectives, feasible));
            nanos += System.nanoTime() - t0;
        }
        return keepGoing.getAsBoolean();
    }

    /** Thread time spent taking the trace's fronts. */
    public long nanos() {
        return nanos;
    }

    public List<Point> points() {
        return points;
    }

    /** {@code generation,evaluations,<objectives>,feasible}, one row per front member per trace point. */
    public void write(Path file, Problem<G> problem) {
        AtomicFiles.write(file, out -> {
            Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            StringBuilder sb = new StringBuilder("generation,evaluations");
            for (Objective o : problem.objectives()) sb.append(',').append(org.agrifront.io.Csv.field(o.name()));
            w.write(sb.append(",feasible\n").toString());
            for (Point p : points) {
                for (double[] f : p.objectives()) {
                    sb.setLength(0);
                    sb.append(p.generation()).append(',').append(p.evaluations());
                    for (double v : f) sb.append(',').append(Numbers.format(v));
                    w.write(sb.append(',').append(p.feasible()).append('\n').toString());
                }
            }
            w.flush();
        });
    }

    /** The wall-clock part of the trace, for {@code run.json}. */
    public List<Map<String, Object>> timings() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Point p : points) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("generation", p.generation());
            m.put("evaluations", p.evaluations());
            m.put("seconds", p.seconds());
            out.add(m);
        }
        return out;
    }
}
