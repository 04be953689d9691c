package org.agrifront.problems.cropswitch;

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
import org.agrifront.core.Problem;
import org.agrifront.core.RealEncoding;
import org.agrifront.core.Repair;
import org.agrifront.core.variation.Crossover;
import org.agrifront.core.variation.Mutation;
import org.agrifront.core.variation.OperatorSpec;
import org.agrifront.core.variation.Operators;
import org.agrifront.io.Numbers;

/**
 * Crop switching in China (Xie et al., Nature 2023) as an 8-objective problem: reallocate each grid cell's
 * harvested area among the crops it already grows to minimise national blue water, green water, GHG emissions,
 * N, P2O5 and K2O fertiliser and pesticide use and to maximise farmer income, keeping national production of
 * every crop at least at its current level and no cell's income below its current level.
 *
 * <h2>Encoding: per-cell simplex shares</h2>
 * One real gene in [0, 1] per crop of every cell group that has a choice (a group = crops of one cell connected by
 * the rotation table's "may replace each other" pairs; see {@link CropSwitchData}). A group's genes are weights:
 * crop area = group area × weight / Σ group weights, so every genome decodes to an allocation that keeps each
 * group's (hence each cell's) harvested area, grows only crops already present and moves area only along allowed
 * replacements; a group whose weights are all 0 keeps its current allocation. Fixed groups (one crop) carry no
 * gene. This is the LP's decision space (areas per cell and crop, the exact baselines of
 * {@code exact.CropSwitchModel}) divided by the group areas, and it scales linearly: 72,000 SPAM cells give a few
 * hundred thousand genes, evaluated in one pass. A province-first encoding (reallocate province totals, then
 * disaggregate) would be smaller but cannot express the per-cell income constraint or the LP's optima, so EA and
 * LP would not search the same space.
 * <p>
 * <h2>Operators</h2>
 * The current allocation meets every production and cell-income constraint with equality, so gene-wise random
 * variation is almost never feasible. The problem's own operators keep feasibility: {@link ExchangeMutation
 * exchange} trades two crops between two cells by comparative advantage (production kept, incomes kept),
 * {@link BlendCrossover blend} mixes two parents convexly, the {@code current} initialisation spreads exchanges
 * over the current allocation, {@link ClimbMutation climb} hill-climbs one scalarisation per child by compound
 * moves ({@link Climber}: a shift inside a group, made income-neutral in its cell and compensated for production in
 * other cells when needed) and keeps climbing each dimension's best solution (an extreme archive). The run defaults are the {@code neutral} start (the current
 * allocation, lightly perturbed by random exchanges), {@code climb} and no crossover (docs/search.md).
 * <p>
 * The {@link #repair() repair} rescales each group's weights to sum to 1 (a canonical genome) and, where a cell's
 * income is below its current level, moves the cell's shares towards its highest-income allocation just far
 * enough to restore it (income is linear in the shares).
 *
 * <h2>Constraints</h2>
 * {@code production_<crop>}: relative shortfall of national production, {@code (current − new) / current}.
 * {@code cell_income}: the per-cell constraint aggregated as the total shortfall of the cells below their current
 * income over national income, {@code Σ_c max(0, I0_c − I_c) / Σ_c |I0_c|}; 0 exactly when every cell keeps its
 * income, and comparable to the production shortfalls in Deb's total violation. Shortfalls below 1e-6 (relative to
 * the crop's production or the cell's income) count as met: they are below the LP solver's feasibility tolerance
 * and far below any agronomic meaning.
 */
public final class CropSwitchProblem implements Problem<double[]> {
    /** Initialisation around the current allocation (member 0 is the current allocation itself). */
    public static final String CURRENT = "current";
    /** Relative shortfall that counts as met (LP tolerances, rounding). */
    public static final double TOLERANCE = 1e-6;

    private final String name;
    private final CropSwitchData data;
    private final RealEncoding encoding;
    private final List<Objective> objectives;
    private final List<Constraint> constraints;
    private final int crops;
    private final Genes genes;
    private final double[] fixedTotals;
    private final double[] fixedProduction;
    private final double[] currentTotals;
    private final double[] currentProduction;
    private final double incomeScale;

    public CropSwitchProblem(String name, CropSwitchData data) {
        this.name = name;
        this.data = data;
        this.crops = data.crops().size();
        List<Objective> objs = new ArrayList<>();
        for (Dimension d : Dimension.values()) objs.add(new Objective(d.label, d.sense, d.unit));
        this.objectives = List.copyOf(objs);
        List<Constraint> cons = new ArrayList<>();
        for (Crop c : data.crops()) {
            cons.add(new Constraint("production_" + c.id(), "fraction of current",
                    "national production of " + c.name() + " >= current"));
        }
        cons.add(new Constraint("cell_income", "fraction of national income",
                "every cell's income >= current; total shortfall / national income"));
        this.constraints = List.copyOf(cons);

        this.genes = new Genes(data);
        if (genes.genes() == 0) {
            throw new IllegalArgumentException("instance '" + name + "' has no cell with a choice: every cell grows one crop "
                    + "or none of its crops may replace another (rotations.csv)");
        }
        this.encoding = RealEncoding.uniform(genes.genes(), 0.0, 1.0);
        // everything in fixed groups is a constant
        boolean[] isFree = new boolean[data.entries()];
        for (int e : genes.geneEntry) isFree[e] = true;
        this.fixedTotals = new double[Dimension.COUNT];
        this.fixedProduction = new double[crops];
        for (int e = 0; e < data.entries(); e++) {
            if (isFree[e]) continue;
            for (Dimension d : Dimension.values()) fixedTotals[d.ordinal()] += data.area(e) * data.perHectare(e, d);
            fixedProduction[data.cropOf(e)] += data.area(e) * data.yield(e);
        }
        this.currentTotals = data.currentTotals();
        this.currentProduction = data.currentProduction();
        double scale = 0;
        for (double v : data.currentCellIncome()) scale += Math.abs(v);
        this.incomeScale = scale > 0 ? scale : 1.0;
        for (int k = 0; k < crops; k++) {
            if (!(currentProduction[k] > 0)) {
                throw new IllegalArgumentException("crop '" + data.crops().get(k).id() + "' is grown nowhere in the instance "
                        + "(production 0); drop it from the crop table");
            }
        }
    }

    public CropSwitchData data() {
        return data;
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
    public void evaluate(double[] x, double[] objectivesOut, double[] violations) {
        final Genes gn = genes;
        final int m = Dimension.COUNT;
        final double[] coefficient = gn.coefficient, yield = gn.geneYield, income = gn.geneIncome;
        double[] tot = fixedTotals.clone();
        double[] prod = fixedProduction.clone();
        double shortfall = 0;
        for (int f = 0, cells = gn.cells(); f < cells; f++) {
            double cellIncome = gn.fixedCellIncome[f];
            for (int g = gn.cellGroupStart[f]; g < gn.cellGroupStart[f + 1]; g++) {
                int start = gn.groupGeneStart[g], end = gn.groupGeneStart[g + 1];
                double[] w = x;
                double sum = 0;
                for (int i = start; i < end; i++) sum += Math.max(0.0, x[i]);
                if (!(sum > 0)) {
                    w = gn.currentShare;
                    sum = 1.0;
                }
                double scale = gn.groupArea[g] / sum;
                for (int i = start; i < end; i++) {
                    double a = scale * Math.max(0.0, w[i]);
                    if (a == 0) continue;
                    int base = i * m;
                    for (int d = 0; d < m; d++) tot[d] += a * coefficient[base + d];
                    prod[gn.geneCrop[i]] += a * yield[i];
                    cellIncome += a * income[i];
                }
            }
            double gap = gn.currentCellIncome[f] - cellIncome;
            if (gap > TOLERANCE * Math.abs(gn.currentCellIncome[f])) shortfall += gap;
        }
        System.arraycopy(tot, 0, objectivesOut, 0, m);
        for (int k = 0; k < crops; k++) {
            double v = (currentProduction[k] - prod[k]) / currentProduction[k];
            violations[k] = v > TOLERANCE ? v : 0.0;
        }
        double v = shortfall / incomeScale;
        violations[crops] = v > TOLERANCE ? v : 0.0;
    }

    /** Crop areas (ha) of every entry of {@link CropSwitchData} that a genome decodes to. */
    public double[] areas(double[] x) {
        double[] a = new double[data.entries()];
        for (int e = 0; e < a.length; e++) a[e] = data.area(e);
        double[] s = x.clone();
        genes.normalise(s);
        for (int g = 0; g < genes.groups(); g++) {
            for (int i = genes.groupGeneStart[g]; i < genes.groupGeneStart[g + 1]; i++) a[genes.geneEntry[i]] = genes.groupArea[g] * s[i];
        }
        return a;
    }

    /** The genome of an allocation given as areas per entry (ha), e.g. an LP solution. */
    public double[] genome(double[] entryAreas) {
        double[] x = new double[genes.genes()];
        for (int g = 0; g < genes.groups(); g++) {
            for (int i = genes.groupGeneStart[g]; i < genes.groupGeneStart[g + 1]; i++) {
                x[i] = Math.min(1.0, Math.max(0.0, entryAreas[genes.geneEntry[i]] / genes.groupArea[g]));
            }
        }
        genes.normalise(x);
        return x;
    }

    /** The current allocation as a genome. */
    public double[] currentGenome() {
        return genes.currentShare.clone();
    }

    @Override
    public Optional<Repair<double[]>> repair() {
        return Optional.of(this::repairGenome);
    }

    /**
     * Normalises the shares, then restores every cell's income where it fell: the cell's shares move towards its
     * highest-income allocation (all of each group on its most profitable crop) just far enough, as income is linear
     * in the shares.
     */
    void repairGenome(double[] x) {
        genes.normalise(x);
        for (int f = 0; f < genes.cells(); f++) {
            double income = genes.cellIncome(x, f), best = genes.fixedCellIncome[f];
            for (int g = genes.cellGroupStart[f]; g < genes.cellGroupStart[f + 1]; g++) {
                best += genes.groupArea[g] * genes.geneIncome[mostProfitable(g)];
            }
            double target = genes.currentCellIncome[f] + 1e-12 * Math.abs(genes.currentCellIncome[f]);
            if (income >= target || best <= income) continue;
            double t = Math.min(1.0, (target - income) / (best - income));
            for (int g = genes.cellGroupStart[f]; g < genes.cellGroupStart[f + 1]; g++) {
                int arg = mostProfitable(g);
                for (int i = genes.groupGeneStart[g]; i < genes.groupGeneStart[g + 1]; i++) {
                    x[i] = (1 - t) * x[i] + (i == arg ? t : 0.0);
                }
            }
        }
    }

    private int mostProfitable(int g) {
        int arg = genes.groupGeneStart[g];
        for (int i = arg + 1; i < genes.groupGeneStart[g + 1]; i++) if (genes.geneIncome[i] > genes.geneIncome[arg]) arg = i;
        return arg;
    }

    /**
     * {@link ClimbMutation climb} (200 compound moves per child, extreme archive) without crossover, chosen on
     * NSGA-III runs of the synthetic instance from the neutral start (docs/search.md): 96-98% of each dimension's
     * achievable improvement (current to LP optimum) at 20,000 evaluations, where the earlier two-leg climb reached
     * 30-65% at 200,000 and {@code exchange:swaps=40,directed=1} 23-45%. Earlier, on 300 generations: 3 undirected
     * exchanges reached −0.1…−1.5%, adding the {@code blend} crossover (p = 0.5) to directed exchanges was slightly
     * worse than none.
     */
    @Override
    public Optional<OperatorSpec> defaultMutation() {
        return Optional.of(OperatorSpec.of(ClimbMutation.NAME));
    }

    @Override
    public Optional<OperatorSpec> defaultCrossover() {
        return Optional.of(OperatorSpec.of("none"));
    }

    @Override
    public String defaultInitialization() {
        return NEUTRAL;
    }

    @Override
    public List<String> initializations() {
        return List.of("random", CURRENT, NEUTRAL);
    }

    /**
     * {@code neutral}: the current allocation perturbed by a few random (undirected) income- and
     * production-keeping {@link ExchangeMutation exchanges}, between 1 and 5% of the number of groups per member;
     * member 0 is the current allocation itself. Every member is feasible; uses no exact knowledge.
     */
    double[] neutralGenome(int index, RandomGenerator rng) {
        double[] x = genes.currentShare.clone();
        if (index == 0) return x;
        int swaps = 1 + rng.nextInt(Math.max(1, genes.groups() / 20));
        ExchangeMutation exchange = new ExchangeMutation(genes, 1.0, null);
        for (int s = 0; s < swaps; s++) exchange.exchange(x, rng);
        return x;
    }

    /**
     * {@code current}: member 0 is the current allocation; member i applies to it about {@code i / size} times the
     * number of groups of income-keeping {@link ExchangeMutation exchanges}. Every member is feasible and the start
     * spreads from the current allocation outwards. ({@code random} draws uniform shares: almost all infeasible.)
     */
    @Override
    public double[] initialGenome(String initialization, int index, int size, RandomGenerator rng) {
        if (NEUTRAL.equals(initialization)) return neutralGenome(index, rng);
        if (!CURRENT.equals(initialization)) return Problem.super.initialGenome(initialization, index, size, rng);
        double[] x = genes.currentShare.clone();
        int swaps = (int) Math.round((double) genes.groups() * index / Math.max(1, size - 1));
        ExchangeMutation exchange = new ExchangeMutation(genes, 1.0, null);
        for (int s = 0; s < swaps; s++) exchange.exchange(x, rng);
        return x;
    }

    /**
     * {@code exchange:swaps=S,directed=0|1} (see {@link ExchangeMutation}) and {@code climb:steps=S,random=P} (see
     * {@link ClimbMutation}), besides the real-coded defaults.
     */
    @Override
    public Optional<Mutation<?>> mutation(OperatorSpec spec) {
        if (ClimbMutation.NAME.equals(spec.name())) {
            Operators.allow(spec, "steps", "random", "sample", "extreme");
            double steps = spec.get("steps", 200.0);
            if (!(steps >= 1) || steps != Math.rint(steps)) {
                throw new IllegalArgumentException("operator '" + ClimbMutation.NAME + "': steps must be a whole number >= 1, found " + steps);
            }
            double sample = spec.get("sample", 8.0);
            if (!(sample >= 1) || sample != Math.rint(sample)) {
                throw new IllegalArgumentException("operator '" + ClimbMutation.NAME + "': sample must be a whole number >= 1, found " + sample);
            }
            return Optional.of(new ClimbMutation(genes, currentTotals, fixedTotals, fixedProduction, currentProduction, (int) steps,
                    spec.get("random", 0.1), (int) sample, spec.get("extreme", 0.1)));
        }
        if (!ExchangeMutation.NAME.equals(spec.name())) return Optional.empty();
        Operators.allow(spec, "swaps", "directed");
        double swaps = spec.get("swaps", 1.0);
        if (!(swaps > 0)) throw new IllegalArgumentException("operator '" + ExchangeMutation.NAME + "': swaps must be > 0, found " + swaps);
        double directed = spec.get("directed", 0);
        if (directed != 0 && directed != 1) {
            throw new IllegalArgumentException("operator '" + ExchangeMutation.NAME + "': directed must be 0 or 1, found " + directed);
        }
        return Optional.of(new ExchangeMutation(genes, swaps, directed == 1 ? currentTotals : null));
    }

    /** {@code blend} (see {@link BlendCrossover}), besides the real-coded defaults. */
    @Override
    public Optional<Crossover<?>> crossover(OperatorSpec spec) {
        if (!BlendCrossover.NAME.equals(spec.name())) return Optional.empty();
        Operators.allow(spec, "probability");
        double p = spec.get("probability", 0.9);
        if (!(p >= 0 && p <= 1)) throw new IllegalArgumentException("operator '" + BlendCrossover.NAME + "': probability must be in [0, 1], found " + p);
        return Optional.of(new BlendCrossover(genes, p));
    }

    @Override
    public String variableName(int i) {
        int e = genes.geneEntry[i];
        return "c" + data.cell5m(data.cellOf(e)) + "_" + data.crops().get(data.cropOf(e)).id();
    }

    @Override
    public List<String> variableAttributeNames() {
        return List.of("cell5m", "x", "y", "name_adm1", "crop", "current_area_ha", "group_area_ha");
    }

    @Override
    public List<String> variableAttributes(int i) {
        int e = genes.geneEntry[i], c = data.cellOf(e);
        int g = groupOfGene(i);
        return List.of(Long.toString(data.cell5m(c)), Numbers.format(data.x(c)), Numbers.format(data.y(c)),
                data.province(c), data.crops().get(data.cropOf(e)).id(), Numbers.format(data.area(e)),
                Numbers.format(genes.groupArea[g]));
    }

    private int groupOfGene(int gene) {
        int lo = 0, hi = genes.groups() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (genes.groupGeneStart[mid] <= gene) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    @Override
    public Map<String, Double> objectiveReferences() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (Dimension d : Dimension.values()) m.put(d.label, currentTotals[d.ordinal()]);
        return m;
    }

    /** Current national totals of the eight dimensions (the references of the improvements). */
    public double[] currentTotals() {
        return currentTotals.clone();
    }

    /** National totals of the eight dimensions over the groups without a choice (constants of every genome). */
    double[] fixedTotals() {
        return fixedTotals.clone();
    }

    /** National production per crop over the groups without a choice (t). */
    double[] fixedProduction() {
        return fixedProduction.clone();
    }

    /** Current national production per crop (t). */
    public double[] currentProduction() {
        return currentProduction.clone();
    }

    @Override
    public Map<String, Object> describe() {
        Map<String, Object> d = new LinkedHashMap<>(data.provenance());
        d.put("cells", data.cells());
        d.put("cellsWithChoice", genes.cells());
        d.put("cropEntries", data.entries());
        d.put("genes", genes.genes());
        d.put("provinces", data.provinces().size());
        d.put("crops", data.crops().stream().map(Crop::id).toList());
        d.put("current", objectiveReferences());
        return d;
    }

    /** Writes {@code improvements.csv}: per dimension the current total, the front's best and its compromise. */
    @Override
    public void writeArtifacts(Path runDir, List<Individual<double[]>> front) {
        List<double[]> feasible = new ArrayList<>();
        for (Individual<double[]> ind : front) if (ind.feasible()) feasible.add(ind.objectives());
        Improvements.write(runDir.resolve(Improvements.FILE), currentTotals, feasible);
    }
}
