package org.agrifront.problems.landuse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

import org.agrifront.core.CategoricalEncoding;
import org.agrifront.core.CategoricalGenome;
import org.agrifront.core.Constraint;
import org.agrifront.core.Encoding;
import org.agrifront.core.IncrementalEvaluation;
import org.agrifront.core.Objective;
import org.agrifront.core.Output;
import org.agrifront.core.Problem;
import org.agrifront.core.Repair;
import org.agrifront.core.variation.Mutation;
import org.agrifront.core.variation.OperatorSpec;
import org.agrifront.core.variation.Operators;
import org.agrifront.problems.landuse.LandUseData.Service;

/**
 * Global land-use allocation (Bayer, Lautenbach &amp; Arneth, PNAS 2023): one land use per cell; maximise total
 * carbon storage, crop production and available runoff; each of the three totals and total forage must stay at or
 * above {@code constraintFactor ×} the 2017 reference.
 * <p>
 * Constraint violations are relative shortfalls, {@code (target − total) / target}, so the four services, whose
 * totals differ by seven orders of magnitude, weigh alike in Deb's total-violation comparison.
 * Evaluation is incremental: a genome's four fixed-point totals are updated in O(1) per changed cell.
 */
public final class LandUseProblem implements Problem<byte[]>, IncrementalEvaluation {
    /** Initialisation that starts from weighted per-cell best allocations (see {@link ScalarizedInitialization}). */
    public static final String SCALARIZED = "scalarized";

    private final String name;
    private final LandUseData data;
    private final double constraintFactor;
    private final CategoricalEncoding encoding;
    private final List<Objective> objectives;
    private final List<Constraint> constraints;
    private final long[] values;
    private final int options;
    private final long[] target;
    private final ScalarizedInitialization scalarized;
    private final HierarchySettings hierarchy;
    private final GreedyRepair repair;

    public LandUseProblem(String name, LandUseData data, double constraintFactor) {
        this(name, data, constraintFactor, HierarchySettings.DEFAULTS);
    }

    public LandUseProblem(String name, LandUseData data, double constraintFactor, HierarchySettings hierarchy) {
        if (!(constraintFactor > 0)) throw new IllegalArgumentException("constraintFactor must be > 0, found " + constraintFactor);
        this.name = name;
        this.data = data;
        this.constraintFactor = constraintFactor;
        this.options = data.options();
        this.encoding = new CategoricalEncoding(data.cells(), LandUseData.LAND_USES.subList(0, options));
        this.objectives = List.of(
                Objective.max(Service.CARBON.label, Service.CARBON.unit),
                Objective.max(Service.CROP.label, Service.CROP.unit),
                Objective.max(Service.RUNOFF.label, Service.RUNOFF.unit));
        List<Constraint> cons = new ArrayList<>();
        for (Service s : Service.values()) {
            cons.add(new Constraint(s.label + "_min", "fraction of target",
                    s.label + " >= " + constraintFactor + " x reference (" + data.reference(s) + ")"));
        }
        this.constraints = List.copyOf(cons);
        this.values = data.rawValues();
        this.target = new long[LandUseData.SERVICES];
        for (Service s : Service.values()) target[s.ordinal()] = LandUseData.toFixed(data.reference(s) * constraintFactor);
        this.scalarized = new ScalarizedInitialization(this);
        this.hierarchy = hierarchy == null ? HierarchySettings.DEFAULTS : hierarchy;
        this.repair = new GreedyRepair(data, target);
    }

    /** The hierarchical-seeding settings of the problem file. */
    public HierarchySettings hierarchy() {
        return hierarchy;
    }

    public LandUseData data() {
        return data;
    }

    public double constraintFactor() {
        return constraintFactor;
    }

    /** A copy of this problem on the same data with another constraint factor. */
    public LandUseProblem withConstraintFactor(double factor) {
        return new LandUseProblem(name, data, factor, hierarchy);
    }

    /** Fixed-point target of {@code service}: reference × factor. */
    long target(Service service) {
        return target[service.ordinal()];
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Encoding<byte[]> encoding() {
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
        return List.of(new Output(Service.FORAGE.label, Service.FORAGE.unit));
    }

    @Override
    public void computeOutputs(byte[] genome, double[] out) {
        out[0] = (double) data.total(genome, Service.FORAGE) / LandUseData.SCALE;
    }

    @Override
    public void evaluate(byte[] genome, double[] objectives, double[] violations) {
        long[] state = new long[LandUseData.SERVICES];
        accumulate(genome, state);
        finish(state, objectives, violations);
    }

    @Override
    public int stateLength() {
        return LandUseData.SERVICES;
    }

    @Override
    public void accumulate(byte[] genes, long[] state) {
        long c0 = 0, c1 = 0, c2 = 0, c3 = 0;
        final int k = options;
        for (int c = 0, n = genes.length; c < n; c++) {
            int base = (c * k + genes[c]) << 2;
            c0 += values[base];
            c1 += values[base + 1];
            c2 += values[base + 2];
            c3 += values[base + 3];
        }
        state[0] = c0;
        state[1] = c1;
        state[2] = c2;
        state[3] = c3;
    }

    @Override
    public void change(int gene, int from, int to, long[] state) {
        int a = (gene * options + from) << 2, b = (gene * options + to) << 2;
        state[0] += values[b] - values[a];
        state[1] += values[b + 1] - values[a + 1];
        state[2] += values[b + 2] - values[a + 2];
        state[3] += values[b + 3] - values[a + 3];
    }

    @Override
    public void finish(long[] state, double[] objectives, double[] violations) {
        objectives[0] = (double) state[0] / LandUseData.SCALE;
        objectives[1] = (double) state[1] / LandUseData.SCALE;
        objectives[2] = (double) state[2] / LandUseData.SCALE;
        for (int s = 0; s < LandUseData.SERVICES; s++) {
            long t = target[s];
            violations[s] = state[s] >= t ? 0.0 : (double) (t - state[s]) / Math.max(Math.abs(t), 1L);
        }
    }

    @Override
    public List<String> initializations() {
        return List.of("random", NEUTRAL, SCALARIZED);
    }

    /**
     * {@link #NEUTRAL}: random allocations made feasible by the greedy repair, which reads only the service tables
     * and the targets. The default, so that plain runs are comparable and feasible from the first generation.
     */
    @Override
    public String defaultInitialization() {
        return NEUTRAL;
    }

    /** The scalarized start searches Lagrange multipliers of the targets: exact knowledge of the problem. */
    @Override
    public boolean isInformed(String initialization) {
        return SCALARIZED.equals(initialization);
    }

    @Override
    public byte[] initialGenome(String initialization, int index, int size, RandomGenerator rng) {
        if (SCALARIZED.equals(initialization)) return scalarized.create(index, rng);
        if (NEUTRAL.equals(initialization)) {
            byte[] genes = encoding.random(rng);
            repair.repair(genes);
            return genes;
        }
        return Problem.super.initialGenome(initialization, index, size, rng);
    }

    /**
     * Comparative-advantage exchanges on a random scalarisation ({@link ExchangeMutation}): children of feasible
     * parents stay feasible, so neutral runs improve from the first generation.
     */
    @Override
    public Optional<OperatorSpec> defaultMutation() {
        return Optional.of(OperatorSpec.of("exchange"));
    }

    /** No crossover: mixing two feasible allocations cell by cell mostly breaks a target the exchanges then repair. */
    @Override
    public Optional<OperatorSpec> defaultCrossover() {
        return Optional.of(OperatorSpec.of("none"));
    }

    @Override
    public Optional<Mutation<?>> mutation(OperatorSpec spec) {
        if ("exchange".equals(spec.name())) {
            Operators.allow(spec, "moves", "sample", "chain", "corner", "dominate", "own", "sweep");
            return Optional.of(new ExchangeMutation(data, target, repair, spec.get("moves", ExchangeMutation.MOVES),
                    spec.get("sample", ExchangeMutation.SAMPLE), spec.get("chain", ExchangeMutation.CHAIN),
                    spec.get("corner", ExchangeMutation.CORNER), spec.get("dominate", ExchangeMutation.DOMINATE),
                    spec.get("own", ExchangeMutation.OWN), spec.get("sweep", ExchangeMutation.SWEEP)));
        }
        if ("weighted-best".equals(spec.name())) {
            Operators.allow(spec, "genes");
            return Optional.of(new WeightedBestMutation(data, spec.get("genes", 1.0)));
        }
        if (!"unit-block".equals(spec.name())) return Optional.empty();
        Operators.allow(spec, "blocks", "level");
        int level = (int) spec.get("level", 0);
        if (level != 0 && level != 1) {
            throw new IllegalArgumentException("operator 'unit-block': level must be 0 (unit) or 1 (biome), found " + level);
        }
        return Optional.of(new UnitBlockMutation(data, level == 1, spec.get("blocks", 1.0)));
    }

    /**
     * Spends a feasible allocation's slack greedily on objective {@code objective} (0 carbon, 1 crop, 2 runoff),
     * keeping every constraint; nothing happens to an infeasible allocation.
     */
    public void improveFor(byte[] genes, int objective) {
        double[] w = new double[LandUseData.SERVICES];
        w[objective] = 1.0;
        repair.improve(genes, w);
    }

    GreedyRepair greedyRepair() {
        return repair;
    }

    /** Greedy feasibility repair at this problem's constraint factor (see {@link GreedyRepair}). */
    @Override
    public Optional<Repair<byte[]>> repair() {
        return Optional.of(repair);
    }

    @Override
    public Map<String, Object> describe() {
        Map<String, Object> d = new LinkedHashMap<>(data.provenance());
        d.put("cells", data.cells());
        d.put("landUses", encoding.optionNames());
        d.put("constraintFactor", constraintFactor);
        Map<String, Double> ref = new LinkedHashMap<>();
        for (Service s : Service.values()) ref.put(s.label, data.reference(s));
        d.put("reference", ref);
        return d;
    }

    @Override
    public String variableName(int i) {
        return "cell_" + (i + 1);
    }

    @Override
    public List<String> variableAttributeNames() {
        return List.of("lon", "lat", "biome", "unit");
    }

    @Override
    public List<String> variableAttributes(int i) {
        return List.of(org.agrifront.io.Numbers.format(data.lon(i)), org.agrifront.io.Numbers.format(data.lat(i)),
                Integer.toString(data.biome(i)), Integer.toString(data.unit(i)));
    }

    @Override
    public Map<String, Double> objectiveReferences() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) m.put(Service.values()[i].label, data.reference(Service.values()[i]));
        return m;
    }

    /** Gain of each objective over the reference, in percent, for a front row. */
    public double[] gainsPercent(double[] objectiveValues) {
        double[] g = new double[3];
        for (int i = 0; i < 3; i++) {
            double ref = data.reference(Service.values()[i]);
            g[i] = 100.0 * (objectiveValues[i] - ref) / ref;
        }
        return g;
    }

    /** Evaluates a working genome (helper for problem-side code such as seeding). */
    public void evaluate(CategoricalGenome genome, double[] objectives, double[] violations) {
        genome.evaluate(this, objectives, violations);
    }
}
