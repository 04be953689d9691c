package org.agrifront.problems.allocation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.agrifront.core.Sense;
import org.agrifront.core.variation.Mutation;
import org.agrifront.core.variation.OperatorSpec;
import org.agrifront.core.variation.Operators;
import org.agrifront.io.Json;
import org.agrifront.io.Numbers;
import org.agrifront.problems.allocation.AllocationReader.BoundSpec;
import org.agrifront.problems.allocation.AllocationReader.ConstraintSpec;
import org.agrifront.problems.allocation.AllocationReader.ObjectiveSpec;

/**
 * A user's allocation problem ({@code "type": "allocation"}): one option per cell; objectives and constraints are
 * totals of value tables over the cells. Written entirely in data (see {@link AllocationReader}).
 * <p>
 * Constraint violations are relative: the shortfall (or excess) of a total divided by |bound| (by the table's span
 * when the bound is 0), so constraints of any magnitude weigh alike in Deb's total-violation comparison.
 * Evaluation is incremental: a genome's fixed-point totals are updated in O(1) per changed cell. Options not allowed
 * in a cell are never drawn by the start, the repair or the operators.
 */
public final class AllocationProblem implements Problem<byte[]>, IncrementalEvaluation {
    /**
     * Default mutation: two cells (on average) to their weighted best option, half of them random resets among
     * allowed options, then the greedy repair when the child is infeasible. NSGA-II (100 x 500) from the neutral
     * start on the 300-cell template, 10 seeds: the fronts' best carbon and food reach on average 97.1% and 98.5%
     * of the MILP optima's gains over the baseline (genes=1: 96.6% and 98.2%; without the repair and with crossover
     * probability 0.9 instead of 0.2, seed 1 fell to 83-99% and 78-97%).
     */
    public static final OperatorSpec DEFAULT_MUTATION = new OperatorSpec("weighted-best", Map.of("genes", 2.0, "random", 0.5, "repair", 1.0));
    /**
     * Default crossover: uniform, but rarely: mixing two parents cell by cell drags the front's ends to its middle.
     * NSGA-II 100 x 500, neutral start, template, 10 seeds, seeds at >= 95% of both optima's gains: probability 0.2:
     * 8/10; 0.1: 9/10 (means 97.3% carbon, 98.8% food); 0.05: 8/10; 0: 7/10 (see docs/own-problems.md).
     */
    public static final OperatorSpec DEFAULT_CROSSOVER = OperatorSpec.of("uniform", "probability", 0.1);
    public static final List<String> MUTATIONS = List.of("weighted-best", "reset", "group-block");

    private final String name;
    private final String description;
    private final Path file;
    private final AllocationData data;
    private final String baseline;
    private final CategoricalEncoding encoding;
    private final List<Objective> objectives;
    private final List<Constraint> constraints;
    private final List<Output> outputs;
    private final int[] outputTables;
    private final Rows rows;
    private final long[][] stateValues; // per state, the table's fixed-point values (shared)
    private final double[] objectiveScale; // 10^decimals of each objective's table (divided by: exact for integers)
    private final int options;
    private final byte[][] allowedOptions;
    private final AllocationRepair repair;
    private final Map<String, Double> references;
    private final List<String> constraintTexts = new ArrayList<>();
    private volatile double[] relative;
    private int relativeDims;

    AllocationProblem(String name, String description, Path file, AllocationData data, List<ObjectiveSpec> objectiveSpecs,
                      List<ConstraintSpec> constraintSpecs, String baseline) {
        this.name = name;
        this.description = description;
        this.file = file;
        this.data = data;
        this.baseline = baseline;
        this.options = data.optionCount();
        this.encoding = new CategoricalEncoding(data.cells(), data.options());
        this.allowedOptions = data.allowedOptions();
        List<Integer> stateTables = new ArrayList<>();
        for (ObjectiveSpec o : objectiveSpecs) if (!stateTables.contains(o.table())) stateTables.add(o.table());
        for (ConstraintSpec c : constraintSpecs) if (!stateTables.contains(c.table())) stateTables.add(c.table());
        int[] stateTable = stateTables.stream().mapToInt(Integer::intValue).toArray();
        this.stateValues = new long[stateTable.length][];
        for (int s = 0; s < stateTable.length; s++) stateValues[s] = data.values()[stateTable[s]];

        byte[] base = baseline == null ? null : data.allocations().get(baseline);
        List<Objective> objs = new ArrayList<>();
        int m = objectiveSpecs.size();
        int[] objState = new int[m], objSign = new int[m];
        double[] objNorm = new double[m];
        this.objectiveScale = new double[m];
        Map<String, Double> refs = new LinkedHashMap<>();
        for (int i = 0; i < m; i++) {
            ObjectiveSpec o = objectiveSpecs.get(i);
            objs.add(new Objective(o.name(), o.sense(), o.unit()));
            objState[i] = stateTables.indexOf(o.table());
            objSign[i] = o.sense() == Sense.MAX ? 1 : -1;
            objectiveScale[i] = data.scale(o.table());
            long baseTotal = base == null ? 0 : data.total(o.table(), base);
            objNorm[i] = baseTotal != 0 ? Math.abs(baseTotal) : Math.max(1, data.span(o.table()));
            if (base != null) refs.put(o.name(), baseTotal / data.scale(o.table()));
        }
        this.objectives = List.copyOf(objs);
        this.references = Map.copyOf(refs);

        List<Constraint> cons = new ArrayList<>();
        List<int[]> rowList = new ArrayList<>(); // state, sign, constraint
        List<Long> bounds = new ArrayList<>();
        List<Double> scales = new ArrayList<>();
        for (int ci = 0; ci < constraintSpecs.size(); ci++) {
            ConstraintSpec c = constraintSpecs.get(ci);
            String value = data.valueNames().get(c.table());
            Long lo = c.min() == null ? null : fixedBound(c.min(), c.table(), c.at() + ".min");
            Long hi = c.max() == null ? null : fixedBound(c.max(), c.table(), c.at() + ".max");
            if (lo != null && hi != null && lo > hi) {
                throw Json.invalid(file, c.at(), "min (" + c.min().describe() + ") is above max (" + c.max().describe() + ")");
            }
            long span = Math.max(1, data.span(c.table()));
            StringBuilder text = new StringBuilder();
            if (lo != null) {
                rowList.add(new int[] {stateTables.indexOf(c.table()), 1, ci});
                bounds.add(lo);
                scales.add(1.0 / (lo != 0 ? Math.abs((double) lo) : span));
                text.append(value).append(" >= ").append(c.min().describe()).append(" (").append(Numbers.format(lo / data.scale(c.table()))).append(')');
            }
            if (hi != null) {
                rowList.add(new int[] {stateTables.indexOf(c.table()), -1, ci});
                bounds.add(-hi);
                scales.add(1.0 / (hi != 0 ? Math.abs((double) hi) : span));
                if (text.length() > 0) text.append(", ");
                text.append(value).append(" <= ").append(c.max().describe()).append(" (").append(Numbers.format(hi / data.scale(c.table()))).append(')');
            }
            constraintTexts.add(text.toString());
            cons.add(new Constraint(c.name(), "share of bound", text.toString()));
        }
        this.constraints = List.copyOf(cons);
        int r = rowList.size();
        int[] rowState = new int[r], rowSign = new int[r], rowConstraint = new int[r];
        long[] rowBound = new long[r];
        double[] rowScale = new double[r];
        for (int j = 0; j < r; j++) {
            rowState[j] = rowList.get(j)[0];
            rowSign[j] = rowList.get(j)[1];
            rowConstraint[j] = rowList.get(j)[2];
            rowBound[j] = bounds.get(j);
            rowScale[j] = scales.get(j);
        }
        this.rows = new Rows(stateTable, rowState, rowSign, rowBound, rowScale, rowConstraint, objState, objSign, objNorm);
        this.repair = new AllocationRepair(data, rows);

        List<Output> outs = new ArrayList<>();
        List<Integer> outTables = new ArrayList<>();
        for (int t = 0; t < data.valueNames().size(); t++) {
            final int table = t;
            if (objectiveSpecs.stream().anyMatch(o -> o.table() == table)) continue;
            if (objs.stream().anyMatch(o -> o.name().equals(data.valueNames().get(table)))) continue;
            outs.add(new Output(data.valueNames().get(t), "total"));
            outTables.add(t);
        }
        this.outputs = List.copyOf(outs);
        this.outputTables = outTables.stream().mapToInt(Integer::intValue).toArray();
    }

    private long fixedBound(BoundSpec b, int table, String at) {
        if (b.number() != null) {
            double v = b.number() * data.scale(table);
            if (!(Math.abs(v) < 0x1p62)) throw Json.invalid(file, at, "bound " + b.number() + " is too large for the values' precision");
            return Math.round(v);
        }
        byte[] alloc = data.allocations().get(b.allocation());
        double v = data.total(table, alloc) * b.factor();
        if (!(Math.abs(v) < 0x1p62)) throw Json.invalid(file, at + ".factor", "factor " + b.factor() + " makes the bound too large for the values' precision");
        return Math.round(v);
    }

    public AllocationData data() {
        return data;
    }

    /** The problem file this instance was read from. */
    public Path file() {
        return file;
    }

    /** The baseline allocation (a copy), or empty when the problem names none. */
    public Optional<byte[]> baselineAllocation() {
        return baseline == null ? Optional.empty() : Optional.of(data.allocations().get(baseline).clone());
    }

    /** The linear structure (totals, constraint rows, objective directions) for the exact model. */
    public Rows rows() {
        return rows;
    }

    byte[][] allowedOptions() {
        return allowedOptions;
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
    public void computeOutputs(byte[] genome, double[] values) {
        for (int i = 0; i < outputTables.length; i++) values[i] = data.total(outputTables[i], genome) / data.scale(outputTables[i]);
    }

    @Override
    public void evaluate(byte[] genome, double[] objectives, double[] violations) {
        long[] state = new long[rows.states()];
        accumulate(genome, state);
        finish(state, objectives, violations);
    }

    @Override
    public int stateLength() {
        return rows.states();
    }

    @Override
    public void accumulate(byte[] genes, long[] state) {
        int k = options;
        for (int s = 0; s < state.length; s++) {
            long[] v = stateValues[s];
            long sum = 0;
            for (int c = 0, n = genes.length; c < n; c++) sum += v[c * k + genes[c]];
            state[s] = sum;
        }
    }

    @Override
    public void change(int gene, int from, int to, long[] state) {
        int a = gene * options + from, b = gene * options + to;
        for (int s = 0; s < state.length; s++) state[s] += stateValues[s][b] - stateValues[s][a];
    }

    @Override
    public void finish(long[] state, double[] objectives, double[] violations) {
        int[] os = rows.objectiveState();
        for (int i = 0; i < os.length; i++) objectives[i] = state[os[i]] / objectiveScale[i];
        if (violations.length == 0) return;
        Arrays.fill(violations, 0.0);
        for (int j = 0; j < rows.rows(); j++) {
            long shortfall = rows.shortfall(j, state);
            if (shortfall > 0) violations[rows.rowConstraint()[j]] += shortfall * rows.rowScale()[j];
        }
    }

    @Override
    public String defaultInitialization() {
        return NEUTRAL;
    }

    @Override
    public List<String> initializations() {
        return List.of("random", NEUTRAL);
    }

    /**
     * {@code random}: a uniformly drawn allowed option per cell. {@link #NEUTRAL}: with a baseline, member 0 is the
     * repaired baseline and every odd member the baseline with a growing share of cells reset at random (up to
     * half), then repaired; the other members are random allowed allocations, repaired. No exact knowledge is used.
     */
    @Override
    public byte[] initialGenome(String initialization, int index, int size, RandomGenerator rng) {
        byte[] genes = new byte[data.cells()];
        boolean neutral = NEUTRAL.equals(initialization);
        if (!neutral && !"random".equals(initialization)) return Problem.super.initialGenome(initialization, index, size, rng);
        byte[] base = baseline == null ? null : data.allocations().get(baseline);
        if (neutral && base != null && (index == 0 || index % 2 == 1)) {
            System.arraycopy(base, 0, genes, 0, genes.length);
            double share = 0.5 * index / Math.max(1, size);
            for (int c = 0; c < genes.length; c++) {
                if (rng.nextDouble() < share) genes[c] = allowedOptions[c][rng.nextInt(allowedOptions[c].length)];
            }
        } else {
            for (int c = 0; c < genes.length; c++) genes[c] = allowedOptions[c][rng.nextInt(allowedOptions[c].length)];
        }
        if (neutral) repair.repair(genes);
        return genes;
    }

    @Override
    public Optional<OperatorSpec> defaultMutation() {
        return Optional.of(DEFAULT_MUTATION);
    }

    @Override
    public Optional<OperatorSpec> defaultCrossover() {
        return Optional.of(DEFAULT_CROSSOVER);
    }

    /**
     * {@code reset[:genes=G|rate=R]} among allowed options, {@code weighted-best[:genes=G,random=P]},
     * {@code group-block[:blocks=B,level=L]}; each takes {@code repair=1} to repair infeasible children.
     */
    @Override
    public Optional<Mutation<?>> mutation(OperatorSpec spec) {
        Optional<Mutation<CategoricalGenome>> m = ownMutation(spec);
        if (m.isEmpty()) return Optional.empty();
        double r = spec.get("repair", 0.0);
        if (r != 0 && r != 1) throw new IllegalArgumentException("operator '" + spec.name() + "': repair must be 0 or 1, found " + r);
        return Optional.of(r == 1 ? new RepairingMutation(m.get(), this, repair) : m.get());
    }

    private Optional<Mutation<CategoricalGenome>> ownMutation(OperatorSpec spec) {
        switch (spec.name()) {
            case "reset":
                Operators.allow(spec, "rate", "genes", "repair");
                return Optional.of(new AllowedResetMutation(allowedOptions, Operators.perGeneRate(spec, data.cells())));
            case "weighted-best":
                Operators.allow(spec, "genes", "random", "repair");
                double[] rel = relativeValues();
                return Optional.of(new WeightedBestMutation(rel, relativeDims, allowedOptions, options,
                        spec.get("genes", 1.0), spec.get("random", 0.0)));
            case "group-block": {
                Operators.allow(spec, "blocks", "level", "repair");
                if (data.groupNames().isEmpty()) {
                    throw new IllegalArgumentException("operator 'group-block' needs \"groups\" in the problem file; " + name + " has none");
                }
                double level = spec.get("level", data.groupNames().size() - 1), blocks = spec.get("blocks", 1.0);
                if (level != Math.rint(level) || level < 0 || level >= data.groupNames().size()) {
                    throw new IllegalArgumentException("operator 'group-block': level must be 0.." + (data.groupNames().size() - 1)
                            + " (groups " + data.groupNames() + ", coarsest first), found " + level);
                }
                if (blocks < 1 || blocks != Math.rint(blocks)) {
                    throw new IllegalArgumentException("operator 'group-block': blocks must be a whole number >= 1, found " + blocks);
                }
                int l = (int) level;
                return Optional.of(new GroupBlockMutation(data.groups()[l], data.groupLabels().get(l).size(), data.allowed(),
                        options, (int) blocks));
            }
            default:
                return Optional.empty();
        }
    }

    /**
     * Every allowed value on the weighted-best scale: per (cell, option) one entry per direction (each objective in
     * its sense, each constraint row in the direction that helps it), divided by that direction's normaliser.
     */
    private double[] relativeValues() {
        double[] r = relative;
        if (r != null) return r;
        synchronized (this) {
            if (relative != null) return relative;
            List<int[]> dirs = new ArrayList<>(); // state, sign
            List<Double> norms = new ArrayList<>();
            for (int i = 0; i < rows.objectiveState().length; i++) {
                dirs.add(new int[] {rows.objectiveState()[i], rows.objectiveSign()[i]});
                norms.add(rows.objectiveNorm()[i]);
            }
            for (int j = 0; j < rows.rows(); j++) {
                int[] d = {rows.rowState()[j], rows.rowSign()[j]};
                if (dirs.stream().anyMatch(x -> x[0] == d[0] && x[1] == d[1])) continue;
                dirs.add(d);
                norms.add(1 / rows.rowScale()[j]);
            }
            int dims = dirs.size(), k = options;
            double[] out = new double[data.cells() * k * dims];
            for (int c = 0; c < data.cells(); c++) {
                for (int o = 0; o < k; o++) {
                    for (int d = 0; d < dims; d++) {
                        out[(c * k + o) * dims + d] = dirs.get(d)[1] * stateValues[dirs.get(d)[0]][c * k + o] / norms.get(d);
                    }
                }
            }
            relativeDims = dims;
            relative = out;
            return out;
        }
    }

    /** Greedy feasibility repair (see {@link AllocationRepair}). */
    @Override
    public Optional<Repair<byte[]>> repair() {
        return Optional.of(repair);
    }

    @Override
    public Map<String, Double> objectiveReferences() {
        return references;
    }

    @Override
    public String variableName(int i) {
        return "cell_" + (safeIds() ? data.ids().get(i) : Integer.toString(i + 1));
    }

    private Boolean safe;

    private boolean safeIds() {
        if (safe == null) safe = data.ids().stream().allMatch(id -> id.matches("[A-Za-z0-9_.-]+"));
        return safe;
    }

    @Override
    public List<String> variableAttributeNames() {
        List<String> out = new ArrayList<>(List.of("id"));
        if (data.hasCoordinates()) out.addAll(List.of("lon", "lat"));
        out.addAll(data.groupNames());
        if (baseline != null) out.add(baseline);
        return out;
    }

    @Override
    public List<String> variableAttributes(int i) {
        List<String> out = new ArrayList<>(List.of(data.ids().get(i)));
        if (data.hasCoordinates()) out.addAll(List.of(Numbers.format(data.lon()[i]), Numbers.format(data.lat()[i])));
        for (int g = 0; g < data.groupNames().size(); g++) out.add(data.groupLabels().get(g).get(data.groups()[g][i]));
        if (baseline != null) out.add(data.options().get(data.allocations().get(baseline)[i]));
        return out;
    }

    @Override
    public Map<String, Object> describe() {
        Map<String, Object> d = new LinkedHashMap<>();
        if (description != null) d.put("description", description);
        d.put("cells", data.cells());
        d.put("options", data.options());
        d.put("values", data.valueNames());
        Map<String, Integer> dec = new LinkedHashMap<>();
        for (int t = 0; t < data.valueNames().size(); t++) dec.put(data.valueNames().get(t), data.decimals()[t]);
        d.put("fixedPointDecimals", dec);
        d.put("constraints", constraintTexts);
        if (baseline != null) d.put("baseline", baseline);
        if (!references.isEmpty()) d.put("baselineTotals", references);
        if (!data.groupNames().isEmpty()) d.put("groups", data.groupNames());
        d.put("coordinates", data.hasCoordinates());
        return d;
    }

    /** Evaluates a working genome (helper for problem-side code). */
    public void evaluate(CategoricalGenome genome, double[] objectives, double[] violations) {
        genome.evaluate(this, objectives, violations);
    }
}
