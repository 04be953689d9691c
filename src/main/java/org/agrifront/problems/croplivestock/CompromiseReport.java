package org.agrifront.problems.croplivestock;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.agrifront.core.Dominance;
import org.agrifront.core.Individual;
import org.agrifront.core.Sense;
import org.agrifront.io.AtomicFiles;
import org.agrifront.io.Json;
import org.agrifront.io.Numbers;

/**
 * What a run of the crop-livestock problem says about its balanced compromise ({@link Compromise}), next to the
 * paper's headline (balanced Pareto scheme: GHG −8.7%, P surplus −3.0%, output +9.5%, water −54.9%, 56.1% of the
 * cells over ≥ 3 boundaries alleviated): {@code compromise.json} (front row, objective changes over today,
 * hotspots before and after, activity totals) and {@code compromise-cells.csv} (per cell the change of every
 * activity, crop hectares and livestock units, and the transgressions today and after).
 */
public final class CompromiseReport {
    public static final String JSON = "compromise.json";
    public static final String CELLS = "compromise-cells.csv";
    /** The paper's headline changes (percent) of its balanced scheme, by objective name; NaN = not reported. */
    public static final Map<String, Double> PAPER = paper();

    private CompromiseReport() {
    }

    private static Map<String, Double> paper() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("water", -54.9);
        m.put("ghg", -8.7);
        m.put("n_surplus", Double.NaN);
        m.put("p_surplus", -3.0);
        m.put("conflict", Double.NaN);
        m.put("output", 9.5);
        return m;
    }

    /** Writes the report of the compromise of {@code front} (nothing for an empty front). */
    public static void write(Path runDir, CropLivestockProblem problem, List<Individual<double[]>> front) {
        if (front.isEmpty()) return;
        double[][] obj = new double[front.size()][];
        boolean[] feasible = new boolean[front.size()];
        for (int r = 0; r < obj.length; r++) {
            obj[r] = front.get(r).objectives();
            feasible[r] = front.get(r).feasible();
        }
        Sense[] senses = Dominance.senses(problem);
        int knee = Compromise.knee(obj, senses, feasible);
        Individual<double[]> ind = front.get(knee);
        writeJson(runDir.resolve(JSON), summary(problem, ind.genome(), knee, ind.feasible()));
        writeCells(runDir.resolve(CELLS), problem, ind.genome());
        ChangeMaps.write(runDir, problem, ind.genome());
    }

    /** The compromise's changes over today, hotspots and activity totals, with the paper's headline alongside. */
    public static Map<String, Object> summary(CropLivestockProblem problem, double[] genome, int row, boolean feasible) {
        QtpEvaluator ev = problem.evaluator();
        double[] today = ev.currentObjectives();
        double[] obj = new double[QtpEvaluator.OBJECTIVES];
        double[] viol = new double[Bound.COUNT];
        double[] x = problem.decode(genome);
        ev.evaluate(x, obj, viol);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("frontRow", row);
        m.put("feasible", feasible);
        m.put("selection", "closest to the ideal point after scaling each objective to [0, 1] over the feasible front");
        Map<String, Object> changes = new LinkedHashMap<>();
        for (int k = 0; k < obj.length; k++) {
            String name = problem.objectives().get(k).name();
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("today", today[k]);
            c.put("compromise", obj[k]);
            c.put("changePercent", 100 * (obj[k] - today[k]) / Math.abs(today[k]));
            double paper = PAPER.getOrDefault(name, Double.NaN);
            if (!Double.isNaN(paper)) c.put("paperChangePercent", paper);
            changes.put(name, c);
        }
        m.put("objectives", changes);
        CropLivestockProblem.Hotspots h = problem.hotspots(ev.exceedances(x));
        Map<String, Object> hot = new LinkedHashMap<>();
        hot.put("boundaries", "water, GHG, N, P safe boundaries (total load incl. non-agricultural) and grazing within biomass");
        hot.put("cellsOver3TodayPct", h.hotspotPercentToday());
        hot.put("cellsOver3AfterPct", h.hotspotPercent());
        hot.put("hotspotsAlleviatedPct", h.alleviatedPercent());
        hot.put("paperHotspotsTodayPct", 6.5);
        hot.put("paperHotspotsAlleviatedPct", 56.1);
        m.put("hotspots", hot);
        Map<String, Object> totals = new LinkedHashMap<>();
        QtpData d = problem.data();
        for (Activity a : Activity.all()) {
            double now = 0, after = 0;
            for (int i = 0; i < d.cells(); i++) {
                now += d.current(i, a);
                after += x[i * Activity.COUNT + a.ordinal()];
            }
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("unit", a.unit());
            t.put("today", now);
            t.put("compromise", after);
            t.put("change", after - now);
            totals.put(a.label, t);
        }
        m.put("activities", totals);
        Map<String, Double> v = new LinkedHashMap<>();
        for (Bound b : Bound.all()) v.put(b.label, viol[b.ordinal()]);
        m.put("violations", v);
        return m;
    }

    /** Writes {@code content} as indented JSON, atomically. */
    public static void writeJson(Path file, Map<String, Object> content) {
        try {
            AtomicFiles.writeString(file, Json.MAPPER.writeValueAsString(content) + "\n");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    static void writeCells(Path file, CropLivestockProblem problem, double[] genome) {
        QtpData d = problem.data();
        double[] x = problem.decode(genome);
        int[] today = problem.exceedancesToday();
        int[] after = problem.evaluator().exceedances(x);
        StringBuilder sb = new StringBuilder("cell,row,col,x,y,region,basin");
        for (Activity a : Activity.all()) sb.append(",d_").append(a.label);
        sb.append(",d_crop_ha,d_livestock_heads,exceed_today,exceed_after\n");
        for (int i = 0; i < d.cells(); i++) {
            Grid g = d.grid();
            sb.append(i).append(',').append(g.row(i)).append(',').append(g.col(i)).append(',')
                    .append(Numbers.format(g.x(i))).append(',').append(Numbers.format(g.y(i))).append(',')
                    .append(d.regions().get(d.region()[i]).id()).append(',').append(d.basins().get(d.basin()[i]).id());
            double crop = 0, heads = 0;
            for (Activity a : Activity.all()) {
                double delta = x[i * Activity.COUNT + a.ordinal()] - d.current(i, a);
                sb.append(',').append(Numbers.format(delta));
                if (a.isCrop()) crop += delta;
                else heads += delta;
            }
            sb.append(',').append(Numbers.format(crop)).append(',').append(Numbers.format(heads)).append(',')
                    .append(today[i]).append(',').append(after[i]).append('\n');
        }
        AtomicFiles.writeString(file, sb.toString());
    }
}
