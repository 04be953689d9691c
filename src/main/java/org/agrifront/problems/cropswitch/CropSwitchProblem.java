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
 * The {@link #repair() repair} rescales each group's weights to sum to 1 (a canonical genome) and, where a cell's
 * income is below its current level, moves the cell's shares towards its highest-income allocation just far
 * enough to restore it (income is linear in the shares).
 *
 * <h2>Constraints</h2>
 * {@code production_<crop>}: relative shortfall of national production, {@code (current − new) / current}.
 * {@code cell_income}: the per-cell constraint aggregated as the total shortfall of the cells below their current
 * income over national income, {@code Σ_c max(0, I0_c − I_c) / Σ_c |I0_c|}; 0 exactly when every cell keeps its
 * income, and comparable to the production shortfalls in Deb's total violation. Shortfalls below 1e-9 (relative)
 * are rounding and count as 0.
 */
public final class CropSwitchProblem implements Problem<double[]> {
    /** Initialisation around the current allocation (member 0 is the current allocation itself). */
    public static final String CURRENT = "current";
    /** Relative tolerance below which a shortfall is floating-point noise. */
    static final double TOLERANCE = 1e-9;

    private final String name;
    private final CropSwitchData data;
    private final RealEncoding encoding;
    private final List<Objective> objectives;
    private final List<Constraint> constraints;
    private final int crops;

    // free cells -> free groups -> genes
    private final int[] freeCell;
    private final int[] freeCellGroupStart;
    private final int[] freeGroupGeneStart;
    private final double[] freeGroupArea;
    private final int[] geneEntry;
    private final int[] geneCrop;
    private final double[] geneCoefficient; // [gene × COUNT + d]
    private final double[] geneYield;
    private final double[] currentShare;

    private final double[] fixedTotals;
    private final double[] fixedProduction;
    private final double[] fixedCellIncome; // per free cell
    private final double[] currentCellIncome; // per free cell
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

        List<Integer> cells = new ArrayList<>(), cellGroups = new ArrayList<>(), groupGenes = new ArrayList<>(), entries = new ArrayList<>();
        List<Double> groupArea = new ArrayList<>();
        for (int c = 0; c < data.cells(); c++) {
            boolean free = false;
            for (int g = data.firstGroup(c); g < data.endGroup(c); g++) {
                if (data.groupSize(g) < 2) continue;
                if (!free) {
                    cells.add(c);
                    cellGroups.add(groupGenes.size());
                    free = true;
                }
                groupGenes.add(entries.size());
                groupArea.add(data.groupArea(g));
                for (int e = data.firstEntry(g); e < data.endEntry(g); e++) entries.add(e);
            }
        }
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("instance '" + name + "' has no cell with a choice: every cell grows one crop "
                    + "or none of its crops may replace another (rotations.csv)");
        }
        this.freeCell = cells.stream().mapToInt(Integer::intValue).toArray();
        this.freeCellGroupStart = append(cellGroups, groupGenes.size());
        this.freeGroupGeneStart = append(groupGenes, entries.size());
        this.freeGroupArea = groupArea.stream().mapToDouble(Double::doubleValue).toArray();
        int genes = entries.size();
        this.geneEntry = entries.stream().mapToInt(Integer::intValue).toArray();
        this.geneCrop = new int[genes];
        this.geneCoefficient = new double[genes * Dimension.COUNT];
        this.geneYield = new double[genes];
        this.currentShare = new double[genes];
        for (int i = 0; i < genes; i++) {
            int e = geneEntry[i];
            geneCrop[i] = data.cropOf(e);
            geneYield[i] = data.yield(e);
            for (Dimension d : Dimension.values()) geneCoefficient[i * Dimension.COUNT + d.ordinal()] = data.perHectare(e, d);
        }
        for (int g = 0; g < freeGroupArea.length; g++) {
            for (int i = freeGroupGeneStart[g]; i < freeGroupGeneStart[g + 1]; i++) {
                currentShare[i] = data.area(geneEntry[i]) / freeGroupArea[g];
            }
        }
        this.encoding = RealEncoding.uniform(genes, 0.0, 1.0);

        // constants: everything in fixed groups, per-cell income outside the free groups
        boolean[] isFree = new boolean[data.entries()];
        for (int e : geneEntry) isFree[e] = true;
        this.fixedTotals = new double[Dimension.COUNT];
        this.fixedProduction = new double[crops];
        int[] freeIndexOfCell = new int[data.cells()];
        java.util.Arrays.fill(freeIndexOfCell, -1);
        for (int f = 0; f < freeCell.length; f++) freeIndexOfCell[freeCell[f]] = f;
        this.fixedCellIncome = new double[freeCell.length];
        for (int e = 0; e < data.entries(); e++) {
            if (isFree[e]) continue;
            double a = data.area(e);
            for (Dimension d : Dimension.values()) fixedTotals[d.ordinal()] += a * data.perHectare(e, d);
            fixedProduction[data.cropOf(e)] += a * data.yield(e);
            int f = freeIndexOfCell[data.cellOf(e)];
            if (f >= 0) fixedCellIncome[f] += a * data.perHectare(e, Dimension.INCOME);
        }
        this.currentTotals = data.currentTotals();
        this.currentProduction = data.currentProduction();
        double[] cellIncome = data.currentCellIncome();
        this.currentCellIncome = new double[freeCell.length];
        for (int f = 0; f < freeCell.length; f++) currentCellIncome[f] = cellIncome[freeCell[f]];
        double scale = 0;
        for (double v : cellIncome) scale += Math.abs(v);
        this.incomeScale = scale > 0 ? scale : 1.0;
        for (int k = 0; k < crops; k++) {
            if (!(currentProduction[k] > 0)) {
                throw new IllegalArgumentException("crop '" + data.crops().get(k).id() + "' is grown nowhere in the instance "
                        + "(production 0); drop it from the crop table");
            }
        }
    }

    private static int[] append(List<Integer> list, int last) {
        int[] a = new int[list.size() + 1];
        for (int i = 0; i < list.size(); i++) a[i] = list.get(i);
        a[list.size()] = last;
        return a;
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
        double[] tot = fixedTotals.clone();
        double[] prod = fixedProduction.clone();
        double shortfall = 0;
        final int m = Dimension.COUNT, incomeIndex = Dimension.INCOME.ordinal();
        for (int f = 0; f < freeCell.length; f++) {
            double income = fixedCellIncome[f];
            for (int g = freeCellGroupStart[f]; g < freeCellGroupStart[f + 1]; g++) {
                int start = freeGroupGeneStart[g], end = freeGroupGeneStart[g + 1];
                double[] w = x;
                double sum = 0;
                for (int i = start; i < end; i++) sum += Math.max(0.0, x[i]);
                if (!(sum > 0)) {
                    w = currentShare;
                    sum = 1.0;
                }
                double scale = freeGroupArea[g] / sum;
                for (int i = start; i < end; i++) {
                    double a = scale * Math.max(0.0, w[i]);
                    if (a == 0) continue;
                    int base = i * m;
                    for (int d = 0; d < m; d++) tot[d] += a * geneCoefficient[base + d];
                    prod[geneCrop[i]] += a * geneYield[i];
                    income += a * geneCoefficient[base + incomeIndex];
                }
            }
            double gap = currentCellIncome[f] - income;
            if (gap > TOLERANCE * Math.abs(currentCellIncome[f])) shortfall += gap;
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
        normalise(s);
        for (int g = 0; g < freeGroupArea.length; g++) {
            for (int i = freeGroupGeneStart[g]; i < freeGroupGeneStart[g + 1]; i++) a[geneEntry[i]] = freeGroupArea[g] * s[i];
        }
        return a;
    }

    /** The genome of an allocation given as areas per entry (ha), e.g. an LP solution. */
    public double[] genome(double[] entryAreas) {
        double[] x = new double[geneEntry.length];
        for (int g = 0; g < freeGroupArea.length; g++) {
            for (int i = freeGroupGeneStart[g]; i < freeGroupGeneStart[g + 1]; i++) {
                x[i] = Math.min(1.0, Math.max(0.0, entryAreas[geneEntry[i]] / freeGroupArea[g]));
            }
        }
        normalise(x);
        return x;
    }

    /** The current allocation as a genome. */
    public double[] currentGenome() {
        return currentShare.clone();
    }

    /** Scales each group's weights to sum to 1; all-zero groups take their current shares. */
    void normalise(double[] x) {
        for (int g = 0; g < freeGroupArea.length; g++) {
            int start = freeGroupGeneStart[g], end = freeGroupGeneStart[g + 1];
            double sum = 0;
            for (int i = start; i < end; i++) sum += Math.max(0.0, x[i]);
            for (int i = start; i < end; i++) x[i] = sum > 0 ? Math.max(0.0, x[i]) / sum : currentShare[i];
        }
    }

    @Override
    public Optional<Repair<double[]>> repair() {
        return Optional.of(this::repairGenome);
    }

    /** Normalises the shares, then restores every cell's income by blending towards its best-income shares. */
    void repairGenome(double[] x) {
        normalise(x);
        int inc = Dimension.INCOME.ordinal(), m = Dimension.COUNT;
        for (int f = 0; f < freeCell.length; f++) {
            double income = fixedCellIncome[f], best = fixedCellIncome[f];
            for (int g = freeCellGroupStart[f]; g < freeCellGroupStart[f + 1]; g++) {
                double top = Double.NEGATIVE_INFINITY;
                for (int i = freeGroupGeneStart[g]; i < freeGroupGeneStart[g + 1]; i++) {
                    double perHa = geneCoefficient[i * m + inc];
                    income += freeGroupArea[g] * x[i] * perHa;
                    top = Math.max(top, perHa);
                }
                best += freeGroupArea[g] * top;
            }
            double target = currentCellIncome[f] + 1e-12 * Math.abs(currentCellIncome[f]);
            if (income >= target || best <= income) continue;
            double t = Math.min(1.0, (target - income) / (best - income));
            for (int g = freeCellGroupStart[f]; g < freeCellGroupStart[f + 1]; g++) {
                int arg = -1;
                double top = Double.NEGATIVE_INFINITY;
                for (int i = freeGroupGeneStart[g]; i < freeGroupGeneStart[g + 1]; i++) {
                    double perHa = geneCoefficient[i * m + inc];
                    if (perHa > top) {
                        top = perHa;
                        arg = i;
                    }
                }
                for (int i = freeGroupGeneStart[g]; i < freeGroupGeneStart[g + 1]; i++) {
                    x[i] = (1 - t) * x[i] + (i == arg ? t : 0.0);
                }
            }
        }
    }

    @Override
    public List<String> initializations() {
        return List.of("random", CURRENT);
    }

    /**
     * {@code current}: member 0 is the current allocation; member i mixes the current shares with a uniformly random
     * point of each group's simplex, with a weight growing from 0 to 0.5 over the population, so the start spreads
     * from the (feasible) current allocation outwards.
     */
    @Override
    public double[] initialGenome(String initialization, int index, int size, RandomGenerator rng) {
        if (!CURRENT.equals(initialization)) return Problem.super.initialGenome(initialization, index, size, rng);
        double[] x = currentShare.clone();
        if (index == 0) return x;
        double t = 0.5 * index / Math.max(1, size - 1);
        for (int g = 0; g < freeGroupArea.length; g++) {
            int start = freeGroupGeneStart[g], end = freeGroupGeneStart[g + 1];
            double sum = 0;
            double[] r = new double[end - start];
            for (int i = 0; i < r.length; i++) {
                r[i] = -Math.log(1.0 - rng.nextDouble()); // Dirichlet(1, ..., 1)
                sum += r[i];
            }
            for (int i = start; i < end; i++) x[i] = (1 - t) * x[i] + t * r[i - start] / sum;
        }
        return x;
    }

    @Override
    public Optional<Mutation<?>> mutation(OperatorSpec spec) {
        if (!CellShiftMutation.NAME.equals(spec.name())) return Optional.empty();
        Operators.allow(spec, "cells");
        double cells = spec.get("cells", 1.0);
        if (!(cells > 0)) throw new IllegalArgumentException("operator '" + CellShiftMutation.NAME + "': cells must be > 0, found " + cells);
        return Optional.of(new CellShiftMutation(freeCellGroupStart, freeGroupGeneStart, Math.min(1.0, cells / freeCell.length)));
    }

    @Override
    public Optional<Crossover<?>> crossover(OperatorSpec spec) {
        if (!CellUniformCrossover.NAME.equals(spec.name())) return Optional.empty();
        Operators.allow(spec, "probability");
        double p = spec.get("probability", 0.9);
        if (!(p >= 0 && p <= 1)) throw new IllegalArgumentException("operator '" + CellUniformCrossover.NAME + "': probability must be in [0, 1], found " + p);
        int[] cellGeneStart = new int[freeCell.length + 1];
        for (int f = 0; f <= freeCell.length; f++) cellGeneStart[f] = freeGroupGeneStart[freeCellGroupStart[f]];
        return Optional.of(new CellUniformCrossover(cellGeneStart, p));
    }

    @Override
    public String variableName(int i) {
        int e = geneEntry[i];
        return "c" + data.cell5m(data.cellOf(e)) + "_" + data.crops().get(data.cropOf(e)).id();
    }

    @Override
    public List<String> variableAttributeNames() {
        return List.of("cell5m", "x", "y", "name_adm1", "crop", "current_area_ha", "group_area_ha");
    }

    @Override
    public List<String> variableAttributes(int i) {
        int e = geneEntry[i], c = data.cellOf(e);
        int g = groupOfGene(i);
        return List.of(Long.toString(data.cell5m(c)), Numbers.format(data.x(c)), Numbers.format(data.y(c)),
                data.province(c), data.crops().get(data.cropOf(e)).id(), Numbers.format(data.area(e)),
                Numbers.format(freeGroupArea[g]));
    }

    private int groupOfGene(int gene) {
        int lo = 0, hi = freeGroupArea.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (freeGroupGeneStart[mid] <= gene) lo = mid;
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

    /** Current national production per crop (t). */
    public double[] currentProduction() {
        return currentProduction.clone();
    }

    @Override
    public Map<String, Object> describe() {
        Map<String, Object> d = new LinkedHashMap<>(data.provenance());
        d.put("cells", data.cells());
        d.put("cellsWithChoice", freeCell.length);
        d.put("cropEntries", data.entries());
        d.put("genes", geneEntry.length);
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

    // package access for the operators and tests
    int freeCells() {
        return freeCell.length;
    }

    int genes() {
        return geneEntry.length;
    }

    int geneEntry(int gene) {
        return geneEntry[gene];
    }
}
