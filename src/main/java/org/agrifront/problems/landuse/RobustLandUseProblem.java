package org.agrifront.problems.landuse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

import org.agrifront.core.CategoricalEncoding;
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
 * One land-use allocation judged under several climate scenarios at once (same cells, one land use per cell,
 * each scenario with its own service tables and 2017 reference). The objectives combine, per service (carbon,
 * crop, runoff), the allocation's relative gain over each scenario's reference, in percent:
 * <ul>
 * <li>{@link Mode#WORST} (default): the smallest gain over the scenarios, maximised (max–min);</li>
 * <li>{@link Mode#MEAN}: the mean gain, maximised;</li>
 * <li>{@link Mode#REGRET}: the largest shortfall, in percentage points, below each scenario's own optimum of that
 * service, minimised. The optima come from {@code bounds}, so every regret run is informed by exact solutions.</li>
 * </ul>
 * Constraints: every service and forage at or above {@code constraintFactor ×} the reference in every scenario
 * (4 × scenarios constraints, relative shortfalls as in {@link LandUseProblem}).
 * <p>
 * Evaluation is incremental: a genome carries one set of four fixed-point totals per scenario, so changing a gene
 * costs O(scenarios). Values are interleaved per (cell, land use): {@code [(cell * options + option) * stride +
 * scenario * 4 + service]} with {@code stride = 4 × scenarios}.
 */
public final class RobustLandUseProblem implements Problem<byte[]>, IncrementalEvaluation {
    /** How the per-scenario gains of one service become one objective. */
    public enum Mode {
        WORST, MEAN, REGRET;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Mode parse(String text) {
            for (Mode m : values()) if (m.label().equals(text)) return m;
            throw new IllegalArgumentException("expected worst, mean or regret, found '" + text + "'");
        }
    }

    static final int K = 3;
    static final int SV = LandUseData.SERVICES;

    private final String name;
    private final List<String> scenarioNames;
    private final List<LandUseData> scenarios;
    private final Mode mode;
    private final double constraintFactor;
    private final double[][] scenarioOptima; // [scenario][objective], gain percent (regret mode only)
    private final int scenarioCount;
    private final int stride;
    private final int cells;
    private final int options;
    private final long[] values;
    private final double[] relative; // values / |reference| of their scenario and service
    private final long[] target;
    private final double[] reference; // [scenario * 4 + service], file units
    private final CategoricalEncoding encoding;
    private final List<Objective> objectives;
    private final List<Constraint> constraints;
    private final List<Output> outputs;
    private final RobustRepair repair;
    private final RobustScalarizedInitialization scalarized;

    /**
     * @param scenarioOptima per scenario, each objective's own optimum as gain percent; required for
     *                       {@link Mode#REGRET}, ignored otherwise (may be null)
     */
    public RobustLandUseProblem(String name, List<String> scenarioNames, List<LandUseData> scenarios, Mode mode,
                                double constraintFactor, double[][] scenarioOptima) {
        if (scenarios.isEmpty() || scenarios.size() != scenarioNames.size()) {
            throw new IllegalArgumentException("need one name per scenario and at least one scenario");
        }
        if (!(constraintFactor > 0)) throw new IllegalArgumentException("constraintFactor must be > 0, found " + constraintFactor);
        this.name = name;
        this.scenarioNames = List.copyOf(scenarioNames);
        this.scenarios = List.copyOf(scenarios);
        this.mode = mode;
        this.constraintFactor = constraintFactor;
        this.scenarioCount = scenarios.size();
        this.stride = SV * scenarioCount;
        LandUseData first = scenarios.get(0);
        this.cells = first.cells();
        this.options = first.options();
        for (int s = 1; s < scenarioCount; s++) {
            String mismatch = mismatch(first, scenarios.get(s));
            if (mismatch != null) {
                throw new IllegalArgumentException("scenario '" + scenarioNames.get(s) + "' " + mismatch + " than scenario '"
                        + scenarioNames.get(0) + "'");
            }
        }
        if (mode == Mode.REGRET) {
            if (scenarioOptima == null || scenarioOptima.length != scenarioCount) {
                throw new IllegalArgumentException("regret mode needs each scenario's optima (from bounds)");
            }
            this.scenarioOptima = new double[scenarioCount][];
            for (int s = 0; s < scenarioCount; s++) this.scenarioOptima[s] = scenarioOptima[s].clone();
        } else {
            this.scenarioOptima = null;
        }
        this.values = new long[cells * options * stride];
        this.relative = new double[values.length];
        this.target = new long[stride];
        this.reference = new double[stride];
        for (int s = 0; s < scenarioCount; s++) {
            LandUseData d = scenarios.get(s);
            long[] raw = d.rawValues();
            for (Service sv : Service.values()) {
                int t = s * SV + sv.ordinal();
                reference[t] = d.reference(sv);
                target[t] = LandUseData.toFixed(d.reference(sv) * constraintFactor);
            }
            for (int c = 0; c < cells; c++) {
                for (int o = 0; o < options; o++) {
                    int src = (c * options + o) * SV, dst = (c * options + o) * stride + s * SV;
                    for (int v = 0; v < SV; v++) {
                        values[dst + v] = raw[src + v];
                        double ref = Math.abs(reference[s * SV + v]);
                        relative[dst + v] = (double) raw[src + v] / LandUseData.SCALE / (ref > 0 ? ref : 1.0);
                    }
                }
            }
        }
        this.encoding = new CategoricalEncoding(cells, LandUseData.LAND_USES.subList(0, options));
        List<Objective> objs = new ArrayList<>();
        for (int k = 0; k < K; k++) {
            String service = Service.values()[k].label;
            objs.add(switch (mode) {
                case WORST -> Objective.max(service + "_worst", "% gain over reference, smallest over the scenarios");
                case MEAN -> Objective.max(service + "_mean", "% gain over reference, mean over the scenarios");
                case REGRET -> Objective.min(service + "_regret", "percentage points below each scenario's own optimum, largest over the scenarios");
            });
        }
        this.objectives = List.copyOf(objs);
        List<Constraint> cons = new ArrayList<>();
        List<Output> outs = new ArrayList<>();
        for (int s = 0; s < scenarioCount; s++) {
            for (Service sv : Service.values()) {
                cons.add(new Constraint(scenarioNames.get(s) + "_" + sv.label + "_min", "fraction of target",
                        sv.label + " >= " + constraintFactor + " x reference (" + reference[s * SV + sv.ordinal()] + ") in scenario "
                                + scenarioNames.get(s)));
                outs.add(new Output(scenarioNames.get(s) + "_" + sv.label + "_gain", "% over the scenario's reference"));
            }
        }
        this.constraints = List.copyOf(cons);
        this.outputs = List.copyOf(outs);
        this.repair = new RobustRepair(this);
        this.scalarized = new RobustScalarizedInitialization(this);
    }

    /** Null when both instances have the same cells in the same order, else what differs. */
    static String mismatch(LandUseData a, LandUseData b) {
        if (b.cells() != a.cells()) return "has " + b.cells() + " cells, " + (b.cells() > a.cells() ? "more" : "fewer");
        if (b.options() != a.options()) return "has " + b.options() + " land uses, " + (b.options() > a.options() ? "more" : "fewer");
        for (int c = 0; c < a.cells(); c++) {
            if (a.lon(c) != b.lon(c) || a.lat(c) != b.lat(c)) {
                return "has cell " + (c + 1) + " at " + b.lon(c) + "/" + b.lat(c) + ", not at " + a.lon(c) + "/" + a.lat(c) + ", other cells";
            }
        }
        return null;
    }

    public Mode mode() {
        return mode;
    }

    public double constraintFactor() {
        return constraintFactor;
    }

    public int scenarioCount() {
        return scenarioCount;
    }

    public List<String> scenarioNames() {
        return scenarioNames;
    }

    public List<LandUseData> scenarios() {
        return scenarios;
    }

    /** Each scenario's own optimum of each objective (gain percent), or null outside regret mode. */
    public double[][] scenarioOptima() {
        if (scenarioOptima == null) return null;
        double[][] out = new double[scenarioCount][];
        for (int s = 0; s < scenarioCount; s++) out[s] = scenarioOptima[s].clone();
        return out;
    }

    /** The same scenarios in another mode (regret needs {@code optima}). */
    public RobustLandUseProblem withMode(Mode other, double[][] optima) {
        return new RobustLandUseProblem(name, scenarioNames, scenarios, other, constraintFactor, optima);
    }

    /** The single-scenario problem of scenario {@code s} at this problem's constraint factor. */
    public LandUseProblem scenarioProblem(int s) {
        return new LandUseProblem(name + "-" + scenarioNames.get(s), scenarios.get(s), constraintFactor);
    }

    int stride() {
        return stride;
    }

    int cells() {
        return cells;
    }

    int options() {
        return options;
    }

    long[] rawValues() {
        return values;
    }

    double[] relativeValues() {
        return relative;
    }

    long[] targets() {
        return target.clone();
    }

    /** Reference total of {@code service} in scenario {@code s}, file units. */
    public double reference(int s, Service service) {
        return reference[s * SV + service.ordinal()];
    }

    /** Fixed-point value of {@code service} in scenario {@code s} for {@code cell} under {@code option}. */
    public long value(int cell, int option, int s, Service service) {
        return values[(cell * options + option) * stride + s * SV + service.ordinal()];
    }

    /** Fixed-point target (reference × factor) of {@code service} in scenario {@code s}. */
    public long target(int s, Service service) {
        return target[s * SV + service.ordinal()];
    }

    /** Gain in percent of every scenario and service (forage included): {@code [scenario][service]}. */
    public double[][] gainsPercent(byte[] genes) {
        long[] state = new long[stride];
        accumulate(genes, state);
        return gainsPercent(state);
    }

    double[][] gainsPercent(long[] state) {
        double[][] g = new double[scenarioCount][SV];
        for (int s = 0; s < scenarioCount; s++) {
            for (int v = 0; v < SV; v++) g[s][v] = gain(state, s * SV + v);
        }
        return g;
    }

    private double gain(long[] state, int t) {
        double ref = reference[t];
        return 100.0 * ((double) state[t] / LandUseData.SCALE - ref) / Math.abs(ref);
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
        return outputs;
    }

    @Override
    public void computeOutputs(byte[] genome, double[] out) {
        long[] state = new long[stride];
        accumulate(genome, state);
        for (int t = 0; t < stride; t++) out[t] = gain(state, t);
    }

    @Override
    public void evaluate(byte[] genome, double[] objectives, double[] violations) {
        long[] state = new long[stride];
        accumulate(genome, state);
        finish(state, objectives, violations);
    }

    @Override
    public int stateLength() {
        return stride;
    }

    @Override
    public void accumulate(byte[] genes, long[] state) {
        java.util.Arrays.fill(state, 0L);
        final int k = options, st = stride;
        for (int c = 0, n = genes.length; c < n; c++) {
            int base = (c * k + genes[c]) * st;
            for (int t = 0; t < st; t++) state[t] += values[base + t];
        }
    }

    @Override
    public void change(int gene, int from, int to, long[] state) {
        int a = (gene * options + from) * stride, b = (gene * options + to) * stride;
        for (int t = 0; t < stride; t++) state[t] += values[b + t] - values[a + t];
    }

    @Override
    public void finish(long[] state, double[] objectives, double[] violations) {
        for (int k = 0; k < K; k++) {
            double worst = Double.POSITIVE_INFINITY, sum = 0, regret = Double.NEGATIVE_INFINITY;
            for (int s = 0; s < scenarioCount; s++) {
                double g = gain(state, s * SV + k);
                worst = Math.min(worst, g);
                sum += g;
                if (scenarioOptima != null) regret = Math.max(regret, scenarioOptima[s][k] - g);
            }
            objectives[k] = switch (mode) {
                case WORST -> worst;
                case MEAN -> sum / scenarioCount;
                case REGRET -> regret;
            };
        }
        for (int t = 0; t < stride; t++) {
            long tg = target[t];
            violations[t] = state[t] >= tg ? 0.0 : (double) (tg - state[t]) / Math.max(Math.abs(tg), 1L);
        }
    }

    @Override
    public List<String> initializations() {
        return List.of("random", NEUTRAL, LandUseProblem.SCALARIZED);
    }

    @Override
    public String defaultInitialization() {
        return NEUTRAL;
    }

    /**
     * The scalarized start searches Lagrange multipliers: informed. In regret mode every start is informed, since
     * the objectives themselves are distances to the exact per-scenario optima.
     */
    @Override
    public boolean isInformed(String initialization) {
        return mode == Mode.REGRET || LandUseProblem.SCALARIZED.equals(initialization);
    }

    @Override
    public byte[] initialGenome(String initialization, int index, int size, RandomGenerator rng) {
        if (LandUseProblem.SCALARIZED.equals(initialization)) return scalarized.create(index, rng);
        if (NEUTRAL.equals(initialization)) {
            byte[] genes = encoding.random(rng);
            repair.repair(genes);
            return genes;
        }
        return Problem.super.initialGenome(initialization, index, size, rng);
    }

    /** Feasibility-keeping exchanges over all scenarios' targets ({@link RobustExchangeMutation}); no crossover. */
    @Override
    public Optional<OperatorSpec> defaultMutation() {
        return Optional.of(OperatorSpec.of("exchange"));
    }

    @Override
    public Optional<OperatorSpec> defaultCrossover() {
        return Optional.of(OperatorSpec.of("none"));
    }

    @Override
    public Optional<Mutation<?>> mutation(OperatorSpec spec) {
        if (!"exchange".equals(spec.name())) return Optional.empty();
        Operators.allow(spec, "moves", "sample", "chain", "corner");
        return Optional.of(new RobustExchangeMutation(this, repair, spec.get("moves", RobustExchangeMutation.MOVES),
                spec.get("sample", RobustExchangeMutation.SAMPLE), spec.get("chain", RobustExchangeMutation.CHAIN),
                spec.get("corner", RobustExchangeMutation.CORNER)));
    }

    @Override
    public Optional<Repair<byte[]>> repair() {
        return Optional.of(repair);
    }

    RobustRepair robustRepair() {
        return repair;
    }

    @Override
    public Map<String, Object> describe() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("mode", mode.label());
        d.put("scenarios", scenarioNames);
        d.put("cells", cells);
        d.put("landUses", encoding.optionNames());
        d.put("constraintFactor", constraintFactor);
        Map<String, Object> refs = new LinkedHashMap<>();
        for (int s = 0; s < scenarioCount; s++) {
            Map<String, Double> ref = new LinkedHashMap<>();
            for (Service sv : Service.values()) ref.put(sv.label, reference(s, sv));
            refs.put(scenarioNames.get(s), ref);
        }
        d.put("reference", refs);
        if (scenarioOptima != null) {
            Map<String, Object> opt = new LinkedHashMap<>();
            for (int s = 0; s < scenarioCount; s++) {
                Map<String, Double> m = new LinkedHashMap<>();
                for (int k = 0; k < K; k++) m.put(Service.values()[k].label, scenarioOptima[s][k]);
                opt.put(scenarioNames.get(s), m);
            }
            d.put("scenarioOptimaGainPercent", opt);
            d.put("informedBy", "regret objectives measure distance to the per-scenario optima computed by bounds");
        }
        List<Object> prov = new ArrayList<>();
        for (LandUseData data : scenarios) prov.add(data.provenance());
        d.put("scenarioData", prov);
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
        LandUseData d = scenarios.get(0);
        return List.of(org.agrifront.io.Numbers.format(d.lon(i)), org.agrifront.io.Numbers.format(d.lat(i)),
                Integer.toString(d.biome(i)), Integer.toString(d.unit(i)));
    }
}
