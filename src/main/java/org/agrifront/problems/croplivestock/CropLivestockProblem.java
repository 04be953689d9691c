package org.agrifront.problems.croplivestock;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

import org.agrifront.core.Constraint;
import org.agrifront.core.Encoding;
import org.agrifront.core.Individual;
import org.agrifront.core.Objective;
import org.agrifront.core.Output;
import org.agrifront.core.Problem;
import org.agrifront.core.RealEncoding;
import org.agrifront.core.Repair;
import org.agrifront.core.variation.Mutation;
import org.agrifront.core.variation.OperatorSpec;
import org.agrifront.core.variation.Operators;
import org.agrifront.core.variation.PolynomialMutation;
import org.agrifront.io.Numbers;

/**
 * Crop-livestock placement on the Qinghai–Tibetan Plateau (the seed paper's linear optimisation model, Methods
 * eqs. 1–11) as a six-objective problem for NSGA-III: minimise agricultural water use, GHG emissions, N surplus,
 * P surplus and human–wildlife conflict exposure; maximise economic output; subject to the paper's eight
 * constraint families ({@link Bound}).
 * <p>
 * <b>Encoding.</b> One real gene in [0, 1] per (cell, activity) that has room in the cell, and nothing for the
 * others (a cell without cropland has no crop genes, a cell without grassland no grazer genes, chickens and pigs
 * only where they are kept today). Genes are decoded per cell into hectares and heads:
 * <ul>
 * <li>crops: {@code x_c = cropland · g_c / max(1, Σ_crops g)} — the five crops share today's cultivated area;</li>
 * <li>cattle, goats, sheep: {@code x_l = (biomass / biomass per head_l) · g_l / max(1, Σ_grazers g)} — the
 * grazers share the cell's available biomass;</li>
 * <li>chickens, pigs: {@code x = today · (1 + growth cap) · g}.</li>
 * </ul>
 * Why this encoding: it scales linearly with the number of cells (no region → cell hierarchy is needed, because a
 * cell's genes only interact through sums); it reaches every allocation with any level between zero and the
 * cell's capacity (unlike per-cell multipliers of today's levels, which could never place an animal in a cell
 * without one today); and the decoded set is exactly the polytope {@code {x ≥ 0: Σ crops ≤ cropland,
 * Σ biomass·grazers ≤ biomass, x_capped ≤ cap}} whose vertices the LP (exact.CropLivestockModel) searches, so
 * the evolutionary and the exact results live in the same decision space. The three capacity constraints thus hold
 * by construction; the others (cell safe boundaries, regional, basin, protected-area and output constraints) are
 * reported as violations and handled by Deb's rule (or the optional {@link #repair() repair}).
 */
public final class CropLivestockProblem implements Problem<double[]> {
    public static final String CURRENT = "current";
    private static final int A = Activity.COUNT;

    private final String name;
    private final QtpData data;
    private final QtpEvaluator nominal;
    private final RealEncoding encoding;
    /** Per variable: its entry {@code cell * 10 + activity} and its capacity scale. */
    private final int[] entry;
    private final double[] scale;
    /** Per variable: 0 crop, 1 grazer, 2 capped (the decoder's groups). */
    private final byte[] group;
    /** Variables of cell i are {@code cellStart[i] .. cellStart[i+1]-1}, crops first, in activity order. */
    private final int[] cellStart;
    private final List<Objective> objectives;
    private final List<Constraint> constraints;
    private final int[] hotspotsToday;

    public CropLivestockProblem(String name, QtpData data) {
        this.name = name;
        this.data = data;
        this.nominal = new QtpEvaluator(data, data.nominal());
        int n = data.cells();
        List<Integer> entries = new ArrayList<>();
        List<Double> scales = new ArrayList<>();
        cellStart = new int[n + 1];
        for (int i = 0; i < n; i++) {
            cellStart[i] = entries.size();
            for (Activity a : Activity.all()) {
                double u = capacity(i, a);
                if (u > 0) {
                    entries.add(i * A + a.ordinal());
                    scales.add(u);
                }
            }
        }
        cellStart[n] = entries.size();
        if (entries.isEmpty()) throw new IllegalArgumentException("instance has no cropland, no grazing biomass and no chickens or pigs: nothing to allocate");
        entry = entries.stream().mapToInt(Integer::intValue).toArray();
        scale = scales.stream().mapToDouble(Double::doubleValue).toArray();
        group = new byte[entry.length];
        for (int v = 0; v < entry.length; v++) group[v] = (byte) Activity.all().get(entry[v] % A).kind.ordinal();
        encoding = RealEncoding.uniform(entry.length, 0, 1);
        objectives = List.of(
                Objective.min(Quantity.WATER.label, Quantity.WATER.unit),
                Objective.min(Quantity.GHG.label, Quantity.GHG.unit),
                Objective.min(Quantity.N.label, Quantity.N.unit),
                Objective.min(Quantity.P.label, Quantity.P.unit),
                Objective.min("conflict", "livestock units x conflict probability"),
                Objective.max(Quantity.OUTPUT.label, Quantity.OUTPUT.unit));
        List<Constraint> cons = new ArrayList<>();
        for (Bound b : Bound.all()) cons.add(new Constraint(b.label, "relative excess", b.description));
        constraints = List.copyOf(cons);
        hotspotsToday = nominal.exceedances(data.current());
    }

    /** The largest level of activity {@code a} in cell {@code i} alone: the scale of its gene (0 = no gene). */
    private double capacity(int i, Activity a) {
        return switch (a.kind) {
            case CROP -> data.cropland()[i];
            case GRAZER -> data.nominal().biomass()[i] / data.nominal().biomassPerHead()[a.ordinal()];
            case CAPPED -> data.current()[i * A + a.ordinal()] * (1 + data.maxGrowth()[a.ordinal()]);
        };
    }

    public QtpData data() {
        return data;
    }

    /** The evaluator under the nominal coefficients. */
    public QtpEvaluator evaluator() {
        return nominal;
    }

    public int variables() {
        return entry.length;
    }

    /** Entry {@code cell * 10 + activity} of variable {@code v}. */
    public int entry(int v) {
        return entry[v];
    }

    /** Upper bound of variable {@code v} in hectares or heads (the level at gene value 1 when alone in its group). */
    public double upper(int v) {
        return scale[v];
    }

    /** First variable of cell {@code i} (variables of a cell are contiguous; {@code i = cells} gives the end). */
    int firstVariable(int i) {
        return cellStart[i];
    }

    public int cellOf(int v) {
        return entry[v] / A;
    }

    public Activity activityOf(int v) {
        return Activity.all().get(entry[v] % A);
    }

    /** Hectares and heads {@code x[cell * 10 + activity]} of a genome. */
    public double[] decode(double[] genome) {
        double[] x = new double[data.cells() * A];
        decodeInto(genome, x);
        return x;
    }

    private void decodeInto(double[] g, double[] x) {
        for (int i = 0, n = data.cells(); i < n; i++) {
            int from = cellStart[i], to = cellStart[i + 1];
            double[] f = groupFactors(g, from, to);
            for (int v = from; v < to; v++) x[entry[v]] = scale[v] * g[v] * f[group[v]];
        }
    }

    /** Decoder factors of one cell's genes by group: 1 / max(1, Σ g) for crops and grazers, 1 for capped. */
    private double[] groupFactors(double[] g, int from, int to) {
        double crops = 0, grazers = 0;
        for (int v = from; v < to; v++) {
            if (group[v] == 0) crops += g[v];
            else if (group[v] == 1) grazers += g[v];
        }
        return new double[] {1 / Math.max(1, crops), 1 / Math.max(1, grazers), 1};
    }

    /**
     * The genome of allocation {@code x}: {@code g = x / upper}, clipped to [0, 1]. Exact inverse of
     * {@link #decode} for allocations within the cell capacities (e.g. LP solutions); levels of entries without a
     * gene are dropped.
     */
    public double[] encode(double[] x) {
        double[] g = new double[entry.length];
        for (int v = 0; v < g.length; v++) g[v] = Math.min(1, Math.max(0, x[entry[v]] / scale[v]));
        return g;
    }

    @Override
    public void evaluate(double[] genome, double[] objectives, double[] violations) {
        nominal.evaluate(decode(genome), objectives, violations);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Encoding<double[]> encoding() {
        return encoding;
    }

    @Override
    public List<Objective> objectives() {
        return objectives;
    }

    @Override
    public List<Constraint> constraints() {
        return constraints;
    }

    @Override
    public List<Output> outputs() {
        return List.of(new Output("hotspot_cells_pct", "% of cells transgressing >= 3 of 5 boundaries"),
                new Output("hotspots_alleviated_pct", "% of today's hotspot cells below 3 transgressions"),
                new Output("cells_within_all_pct", "% of cells transgressing no boundary"));
    }

    @Override
    public void computeOutputs(double[] genome, double[] values) {
        Hotspots h = hotspots(nominal.exceedances(decode(genome)));
        values[0] = h.hotspotPercent();
        values[1] = h.alleviatedPercent();
        values[2] = h.withinAllPercent();
    }

    /** Hotspot statistics of per-cell transgression counts, relative to today's. */
    public Hotspots hotspots(int[] after) {
        int n = after.length, today = 0, now = 0, alleviated = 0, clean = 0;
        for (int i = 0; i < n; i++) {
            if (hotspotsToday[i] >= 3) {
                today++;
                if (after[i] < 3) alleviated++;
            }
            if (after[i] >= 3) now++;
            if (after[i] == 0) clean++;
        }
        return new Hotspots(100.0 * now / n, today == 0 ? Double.NaN : 100.0 * alleviated / today, 100.0 * clean / n,
                100.0 * today / n);
    }

    /** Cells over ≥ 3 boundaries now and today, today's hotspots alleviated, cells within every boundary (percent). */
    public record Hotspots(double hotspotPercent, double alleviatedPercent, double withinAllPercent,
                           double hotspotPercentToday) {
    }

    /** Per-cell transgression counts of today's allocation. */
    public int[] exceedancesToday() {
        return hotspotsToday.clone();
    }

    @Override
    public List<String> initializations() {
        return List.of("random", CURRENT, NEUTRAL);
    }

    @Override
    public String defaultInitialization() {
        return NEUTRAL;
    }

    /**
     * {@link LevelMoveMutation level-moves} (300 directed moves per child, a quarter of the children continuing an
     * objective's remembered best) without crossover: operators that keep the population feasible. At 200,000
     * evaluations (NSGA-III, seeds 1-3, docs/search.md) they reach 80-99% of each objective's achievable improvement
     * and 0.80-0.95 of the exact front's hypervolume; SBX and polynomial mutation from a random start found no
     * feasible solution.
     */
    @Override
    public Optional<OperatorSpec> defaultMutation() {
        return Optional.of(OperatorSpec.of(LevelMoveMutation.NAME));
    }

    @Override
    public Optional<OperatorSpec> defaultCrossover() {
        return Optional.of(OperatorSpec.of("none"));
    }

    /** Most phase-one moves the neutral start spends per member on restoring the constraints (per variable). */
    private static final int RESTORE_MOVES_PER_VARIABLE = 50;
    /** Perturbing moves per member of the neutral start (member 0 takes none). */
    static final int NEUTRAL_MOVES = 20;
    /** Today's allocation made feasible (see {@link #neutralGenome}); computed once, the same in every run. */
    private double[] restoredToday;

    /**
     * {@code neutral}: today's allocation projected into the cell capacities and scaled into the cells' safe
     * boundaries ({@link #repair()}), then made feasible by {@link LevelMoves}: phase-one moves for every broken row
     * but total output (today's allocation breaks the safe boundaries of some cells and the masked-zone average),
     * then moves that raise output and worsen no broken row until output is back at today's (the projection lowers
     * it). This restoration is the same for every member and every run (its moves draw from a stream of their own,
     * seed 0), so it is computed once. Members 1.. are then perturbed by {@value #NEUTRAL_MOVES} feasibility-keeping
     * moves of random size that gain under a random weighting. Uses no exact knowledge.
     */
    public double[] neutralGenome(int index, RandomGenerator rng) {
        double[] g = restoredToday();
        if (index > 0) {
            LevelMoves m = new LevelMoves(this);
            m.load(g);
            m.drawWeights(rng);
            for (int s = 0; s < NEUTRAL_MOVES; s++) m.randomMove(false, false, rng);
            m.store(g);
        }
        return g;
    }

    private synchronized double[] restoredToday() {
        if (restoredToday == null) {
            RandomGenerator own = org.agrifront.core.RandomStreams.create(0);
            double[] g = encode(data.current());
            repairCells(g);
            LevelMoves m = new LevelMoves(this);
            m.load(g);
            long max = (long) RESTORE_MOVES_PER_VARIABLE * variables();
            for (long t = 0; t < max; t++) {
                if (t % 256 == 0 && !m.brokenBesideOutput()) break;
                m.randomMove(true, own.nextBoolean(), own);
            }
            m.weighOne(QtpEvaluator.OUTPUT);
            for (long t = 0; t < max; t++) {
                if (t % 256 == 0 && !m.broken()) break;
                m.climbMove(3, 4, true, own);
            }
            m.store(g);
            restoredToday = g;
        }
        return restoredToday.clone();
    }

    /**
     * {@code current}: member 0 is today's allocation projected into the cell capacities; the others scale each of
     * its genes by a factor drawn uniformly from [0.5, 1.5] (clipped to [0, 1]), a population around today.
     */
    @Override
    public double[] initialGenome(String initialization, int index, int size, RandomGenerator rng) {
        if (NEUTRAL.equals(initialization)) return neutralGenome(index, rng);
        if (!CURRENT.equals(initialization)) return Problem.super.initialGenome(initialization, index, size, rng);
        double[] g = encode(data.current());
        if (index > 0) for (int v = 0; v < g.length; v++) g[v] = Math.min(1, g[v] * (0.5 + rng.nextDouble()));
        return g;
    }

    /**
     * Scales all genes of a cell down together until the cell meets its safe boundaries: the largest uniform
     * reduction factor that the most constraining pressure allows. Deterministic; the regional, basin, protected
     * and output constraints are left to the algorithm.
     */
    @Override
    public Optional<Repair<double[]>> repair() {
        return Optional.of(this::repairCells);
    }

    private void repairCells(double[] g) {
        Coefficients c = data.nominal();
        for (int i = 0, n = data.cells(); i < n; i++) {
            int from = cellStart[i], to = cellStart[i + 1];
            if (from == to) continue;
            double[] f = groupFactors(g, from, to);
            double[] load = new double[Quantity.PRESSURES];
            for (int v = from; v < to; v++) {
                double x = scale[v] * g[v] * f[group[v]];
                for (int k = 0; k < Quantity.PRESSURES; k++) load[k] += c.perUnit()[k][entry[v]] * x;
            }
            double factor = 1;
            for (int k = 0; k < Quantity.PRESSURES; k++) {
                double room = nominal.room(k, i);
                if (load[k] > room) factor = Math.min(factor, room / load[k]);
            }
            if (factor >= 1) continue;
            factor *= 1 - 1e-9; // stay inside despite round-off
            for (int v = from; v < to; v++) g[v] = g[v] * f[group[v]] * factor;
        }
    }

    /**
     * {@code activity-scale} ({@code genes}, {@code eta}: the polynomial mutation's; {@code blocks}: expected block
     * moves per child, default 1; {@code sigma}: log-normal spread of a block's factor, default 0.5), see
     * {@link ActivityScaleMutation}.
     */
    @Override
    public Optional<Mutation<?>> mutation(OperatorSpec spec) {
        if (LevelMoveMutation.NAME.equals(spec.name())) {
            Operators.allow(spec, "steps", "random", "extremes", "depth", "pick", "kick");
            int steps = whole(spec, "steps", 300), depth = whole(spec, "depth", 3), pick = whole(spec, "pick", 4);
            return Optional.of(new LevelMoveMutation(this, steps, spec.get("random", 0.25), spec.get("extremes", 0.25), depth, pick, whole(spec, "kick", 20)));
        }
        if (!"activity-scale".equals(spec.name())) return Optional.empty();
        Operators.allow(spec, "genes", "rate", "eta", "blocks", "sigma");
        PolynomialMutation pm = new PolynomialMutation(encoding, Operators.perGeneRate(spec, encoding.length()), spec.get("eta", 20.0));
        return Optional.of(new ActivityScaleMutation(this, pm, spec.get("blocks", 1.0), spec.get("sigma", 0.5)));
    }

    private static int whole(OperatorSpec spec, String name, int fallback) {
        double value = spec.get(name, (double) fallback);
        if (value != Math.rint(value) || Math.abs(value) > 1e9) {
            throw new IllegalArgumentException("operator '" + LevelMoveMutation.NAME + "': " + name + " must be a whole number, found " + value);
        }
        return (int) value;
    }

    @Override
    public String variableName(int v) {
        return "c" + cellOf(v) + "_" + activityOf(v).label;
    }

    @Override
    public List<String> variableAttributeNames() {
        return List.of("cell", "row", "col", "x", "y", "activity", "unit", "region", "basin", "upper", "current");
    }

    @Override
    public List<String> variableAttributes(int v) {
        int i = cellOf(v);
        Grid grid = data.grid();
        return List.of(Integer.toString(i), Integer.toString(grid.row(i)), Integer.toString(grid.col(i)),
                Numbers.format(grid.x(i)), Numbers.format(grid.y(i)), activityOf(v).label, activityOf(v).unit(),
                Integer.toString(data.regions().get(data.region()[i]).id()),
                Integer.toString(data.basins().get(data.basin()[i]).id()), Numbers.format(scale[v]),
                Numbers.format(data.current()[entry[v]]));
    }

    @Override
    public Map<String, Double> objectiveReferences() {
        double[] today = nominal.currentObjectives();
        Map<String, Double> m = new LinkedHashMap<>();
        for (int k = 0; k < today.length; k++) m.put(objectives.get(k).name(), today[k]);
        return m;
    }

    @Override
    public void writeArtifacts(Path runDir, List<Individual<double[]>> front) {
        CompromiseReport.write(runDir, this, front);
    }

    @Override
    public Map<String, Object> describe() {
        Map<String, Object> d = new LinkedHashMap<>(data.provenance());
        d.put("cells", data.cells());
        d.put("variables", entry.length);
        d.put("regions", data.regions().size());
        d.put("basins", data.basins().size());
        d.put("activities", Activity.labels());
        d.put("today", objectiveReferences());
        Hotspots h = hotspots(hotspotsToday);
        d.put("hotspotCellsTodayPct", h.hotspotPercent());
        d.put("cellsWithinAllTodayPct", h.withinAllPercent());
        return d;
    }
}
