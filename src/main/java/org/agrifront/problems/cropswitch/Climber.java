package org.agrifront.problems.cropswitch;

import java.util.random.RandomGenerator;

/**
 * A hill climb on one weighting of the eight improvements, by compound moves that keep every production and
 * cell-income constraint a start meets. It works on areas (ha) with the national production per crop and every free
 * cell's income kept up to date move by move (all of them are linear in the areas), so a move costs array reads in a
 * handful of groups and allocates nothing; one instance serves one thread.
 * <p>
 * <b>A move</b> starts from a random group and each pair of its crops i (with area) and j that scores better per
 * hectare under the weighting. The shift i → j alone is the first candidate. It is then completed leg by leg (at most
 * {@value #LEGS} legs) while its step is 0: when a crop would fall below its current national production, by a shift
 * towards that crop in another group that grows it (the best of {@code sample} drawn; sized so that the crop's
 * production is exactly kept), and when a cell would fall below its current income, by a shift towards a crop of
 * higher income in that cell (sized to keep the cell's income). When i → j costs income in a cell with too little to
 * spare, the move is also tried made income-neutral at once. With two legs and the same two crops this is the
 * exchange by comparative advantage of {@link ExchangeMutation}; longer chains are cycles of exchanges along several
 * cells, like a simplex pivot found by ratio tests alone. Of all candidates the one with the largest gain (rate ×
 * largest feasible step) is made.
 * <p>
 * <b>Ratio tests</b>: no leg moves more area than its source crop has (legs passing area through a crop count net),
 * no crop falls below its current production and no cell below its current income; cells and crops that gain may gain
 * any amount. Gains are computed from per-hectare scores, never by evaluating a solution, and no LP is solved.
 */
final class Climber {
    private static final int M = Dimension.COUNT;
    /** Relative hair kept below each surplus and slack so that rounding never breaks a constraint. */
    private static final double HAIR = 1e-9;

    private final Genes genes;
    private final double[] direction = new double[M];
    private final double[] fixedProduction;
    private final double[] currentProduction;
    private final int[] geneGroup;
    /** Genes of crop k: cropGenes[cropGeneStart[k] .. cropGeneStart[k+1]-1]. */
    private final int[] cropGeneStart;
    private final int[] cropGenes;

    final double[] area;
    final double[] production;
    final double[] income;
    final double[] score;
    /** Improvement of each dimension over the current total (fraction, positive = better) of the loaded shares. */
    final double[] improvement = new double[M];
    private final double[] currentTotals;
    private final double[] fixedTotals;
    private final double[] floorProduction;
    private final double[] floorIncome;

    Climber(Genes genes, double[] currentTotals, double[] fixedTotals, double[] fixedProduction, double[] currentProduction) {
        this.genes = genes;
        this.currentTotals = currentTotals;
        this.fixedTotals = fixedTotals;
        for (Dimension d : Dimension.values()) {
            direction[d.ordinal()] = (d.sense == org.agrifront.core.Sense.MIN ? -1 : 1) / Math.abs(currentTotals[d.ordinal()]);
        }
        this.fixedProduction = fixedProduction;
        this.currentProduction = currentProduction;
        int n = genes.genes(), crops = currentProduction.length;
        geneGroup = new int[n];
        for (int g = 0; g < genes.groups(); g++) {
            for (int i = genes.groupGeneStart[g]; i < genes.groupGeneStart[g + 1]; i++) geneGroup[i] = g;
        }
        cropGeneStart = new int[crops + 1];
        for (int i = 0; i < n; i++) cropGeneStart[genes.geneCrop[i] + 1]++;
        for (int k = 0; k < crops; k++) cropGeneStart[k + 1] += cropGeneStart[k];
        cropGenes = new int[n];
        int[] fill = cropGeneStart.clone();
        for (int i = 0; i < n; i++) cropGenes[fill[genes.geneCrop[i]]++] = i;
        area = new double[n];
        production = new double[crops];
        income = new double[genes.cells()];
        score = new double[n];
        floorProduction = new double[crops];
        floorIncome = new double[genes.cells()];
        for (int k = 0; k < crops; k++) floorProduction[k] = currentProduction[k] * (1 + HAIR);
        for (int f = 0; f < genes.cells(); f++) {
            double i0 = genes.currentCellIncome[f];
            floorIncome[f] = i0 + HAIR * Math.abs(i0);
        }
    }

    /** Loads shares {@code x} (normalised in place): areas, production, incomes and the improvements. */
    void load(double[] x) {
        genes.normalise(x);
        double[] totals = improvement;
        System.arraycopy(fixedTotals, 0, totals, 0, M);
        System.arraycopy(fixedProduction, 0, production, 0, production.length);
        System.arraycopy(genes.fixedCellIncome, 0, income, 0, income.length);
        double[] c = genes.coefficient;
        for (int g = 0, groups = genes.groups(); g < groups; g++) {
            int f = genes.groupCell[g];
            double ga = genes.groupArea[g];
            for (int i = genes.groupGeneStart[g]; i < genes.groupGeneStart[g + 1]; i++) {
                double a = ga * x[i];
                area[i] = a;
                production[genes.geneCrop[i]] += a * genes.geneYield[i];
                income[f] += a * genes.geneIncome[i];
                if (a != 0) for (int d = 0; d < M; d++) totals[d] += a * c[i * M + d];
            }
        }
        for (int d = 0; d < M; d++) improvement[d] = direction[d] * (totals[d] - currentTotals[d]);
    }

    /** Recomputes {@link #improvement} from the areas (after moves). */
    void measure() {
        double[] totals = improvement;
        System.arraycopy(fixedTotals, 0, totals, 0, M);
        double[] c = genes.coefficient;
        for (int i = 0, n = genes.genes(); i < n; i++) {
            double a = area[i];
            if (a != 0) for (int d = 0; d < M; d++) totals[d] += a * c[i * M + d];
        }
        for (int d = 0; d < M; d++) improvement[d] = direction[d] * (totals[d] - currentTotals[d]);
    }

    /** True when every crop keeps its current production and every cell its current income (within 1e-7). */
    boolean feasible() {
        for (int k = 0; k < production.length; k++) if (production[k] < currentProduction[k] * (1 - 1e-7)) return false;
        for (int f = 0; f < income.length; f++) {
            double i0 = genes.currentCellIncome[f];
            if (income[f] < i0 - 1e-7 * Math.abs(i0)) return false;
        }
        return true;
    }

    /** Scores every gene per hectare under a weighting of the eight improvements. */
    void weigh(double[] weights) {
        double[] c = genes.coefficient;
        for (int i = 0, n = genes.genes(); i < n; i++) {
            double s = 0;
            for (int d = 0; d < M; d++) s += weights[d] * direction[d] * c[i * M + d];
            score[i] = s;
        }
    }

    /** Writes the areas back as shares. */
    void store(double[] x) {
        for (int g = 0, groups = genes.groups(); g < groups; g++) {
            double ga = genes.groupArea[g];
            for (int i = genes.groupGeneStart[g]; i < genes.groupGeneStart[g + 1]; i++) x[i] = area[i] / ga;
        }
    }

    private double surplus(int crop) {
        return production[crop] - floorProduction[crop];
    }

    private double slack(int cell) {
        return income[cell] - floorIncome[cell];
    }

    // a compound move: legs (from gene, to gene, hectares per unit step) of shifts inside groups
    private static final int LEGS = 6;
    private final int[] legFrom = new int[LEGS], legTo = new int[LEGS];
    private final double[] legRate = new double[LEGS];
    private int legs;
    private final int[] bestFrom = new int[LEGS], bestTo = new int[LEGS];
    private final double[] bestRate = new double[LEGS];
    private int bestLegs;
    private double bestGain, bestStep;
    // scratch of evaluate(): touched crops and cells with their net change per unit step
    private final int[] touched = new int[2 * LEGS];
    private final double[] net = new double[2 * LEGS];
    /** What limits the last evaluated step: crop k (k >= 0), the income of free cell f (-f - 2), else -1 (area). */
    private int stepLimitedBy;
    private double lastStep;

    /**
     * One move from a random group: for every pair (i, j) of its crops with area on i and a better score on j, the
     * shift i → j, made income-neutral in its cell when the cell has no income to spare (a second shift in the same
     * cell towards a crop of higher income), then with each crop that would fall below its current production
     * compensated by a shift towards it in another cell (best of {@code sample} drawn), up to a few legs. The
     * compound move of largest gain (rate × largest feasible step) is made. Returns the gain (0: none found).
     */
    double move(RandomGenerator rng, int sample) {
        int g1 = rng.nextInt(genes.groups());
        int start = genes.groupGeneStart[g1], end = genes.groupGeneStart[g1 + 1];
        bestGain = 0;
        for (int i = start; i < end; i++) {
            if (!(area[i] > 0)) continue;
            for (int j = start; j < end; j++) {
                if (j == i || !(score[j] > score[i])) continue;
                legs = 0;
                addLeg(i, j, 1.0);
                complete(rng, sample);
                double inc = genes.geneIncome[j] - genes.geneIncome[i];
                // the cell's income binds before the area does: also try the move made income-neutral in the cell
                if (inc < 0 && Math.max(0, slack(genes.groupCell[g1])) < -inc * area[i]) withIncomeFix(i, j, -inc, rng, sample);
            }
        }
        if (!(bestGain > 0)) return 0;
        for (int l = 0; l < bestLegs; l++) apply(bestFrom[l], bestTo[l], bestStep * bestRate[l]);
        for (int l = 0; l < bestLegs; l++) settle(bestFrom[l]);
        return bestGain;
    }

    /** Leg i → j losing {@code loss} income per ha, plus every income-raising shift u → v of the same cell. */
    private void withIncomeFix(int i, int j, double loss, RandomGenerator rng, int sample) {
        int f = genes.groupCell[geneGroup[i]];
        double[] inc = genes.geneIncome;
        for (int g = genes.cellGroupStart[f]; g < genes.cellGroupStart[f + 1]; g++) {
            for (int u = genes.groupGeneStart[g]; u < genes.groupGeneStart[g + 1]; u++) {
                if (!(area[u] > 0)) continue;
                for (int v = genes.groupGeneStart[g]; v < genes.groupGeneStart[g + 1]; v++) {
                    double rise = inc[v] - inc[u];
                    if (!(rise > 0)) continue;
                    double sigma = loss / rise;
                    if (!(score[j] - score[i] + sigma * (score[v] - score[u]) > 0)) continue;
                    legs = 0;
                    addLeg(i, j, 1.0);
                    addLeg(u, v, sigma);
                    complete(rng, sample);
                }
            }
        }
    }

    private void addLeg(int from, int to, double rate) {
        legFrom[legs] = from;
        legTo[legs] = to;
        legRate[legs] = rate;
        legs++;
    }

    /**
     * Evaluates the current legs; while a crop's production or a cell's income limits the step to 0 and legs remain,
     * adds the best compensating shift: towards that crop in another group growing it (best of {@code sample} drawn),
     * or towards a crop of higher income in that cell. Keeps the best compound seen.
     */
    private void complete(RandomGenerator rng, int sample) {
        double gain = evaluate();
        if (gain > bestGain) keepBest(gain);
        while (legs < LEGS - 1 && lastStep <= 0 && stepLimitedBy != -1) {
            int base = legs;
            cFrom = -1;
            cFeasible = false;
            cValue = Double.NEGATIVE_INFINITY;
            baseRate = rateOfLegs();
            if (stepLimitedBy >= 0) {
                int crop = stepLimitedBy;
                double deficit = -netOf(crop);
                if (!(deficit > 0)) return;
                int from = cropGeneStart[crop], count = cropGeneStart[crop + 1] - from;
                int draws = Math.min(sample, count);
                for (int t = 0; t < draws; t++) {
                    int q = cropGenes[from + (draws == count ? t : rng.nextInt(count))];
                    if (!(genes.geneYield[q] > 0)) continue;
                    int g2 = geneGroup[q];
                    double rho = deficit / genes.geneYield[q];
                    for (int r = genes.groupGeneStart[g2]; r < genes.groupGeneStart[g2 + 1]; r++) {
                        if (r == q || !(area[r] > 0) || reverses(r, q, base)) continue;
                        candidate(base, r, q, rho);
                    }
                }
            } else {
                int f = -stepLimitedBy - 2;
                double deficit = -netIncome(f);
                if (!(deficit > 0)) return;
                double[] inc = genes.geneIncome;
                for (int g = genes.cellGroupStart[f]; g < genes.cellGroupStart[f + 1]; g++) {
                    for (int u = genes.groupGeneStart[g]; u < genes.groupGeneStart[g + 1]; u++) {
                        if (!(area[u] > 0)) continue;
                        for (int v = genes.groupGeneStart[g]; v < genes.groupGeneStart[g + 1]; v++) {
                            double rise = inc[v] - inc[u];
                            if (rise > 0 && !reverses(u, v, base)) candidate(base, u, v, deficit / rise);
                        }
                    }
                }
            }
            legs = base;
            if (cFrom < 0) return;
            addLeg(cFrom, cTo, cRate);
            gain = evaluate();
            if (gain > bestGain) keepBest(gain);
        }
    }

    // the best compensating leg of the current round of complete()
    private int cFrom, cTo;
    private double cRate, cValue, baseRate;
    private boolean cFeasible;

    /** Tries legs[0..base) plus {@code from → to} at {@code rate}: a feasible step's gain beats any blocked rate. */
    private void candidate(int base, int from, int to, double rate) {
        // the compound's rate, summed in leg order as rateOfLegs() does: candidates that cannot be chosen are
        // skipped without evaluate() (same choices, less work)
        double total = baseRate + rate * (score[to] - score[from]);
        if (!(total > 0)) {
            // evaluate() would find no step: a blocked candidate valued by its rate
            if (!cFeasible && total > cValue) {
                cValue = total;
                cFrom = from;
                cTo = to;
                cRate = rate;
            }
            return;
        }
        // a feasible best already: no step exceeds the first leg's group area, so the gain is bounded
        if (cFeasible && !(total * genes.groupArea[geneGroup[legFrom[0]]] > cValue)) return;
        legs = base;
        addLeg(from, to, rate);
        double gn = evaluate();
        boolean ok = lastStep > 0;
        double value = ok ? gn : total;
        if ((ok && !cFeasible) || (ok == cFeasible && value > cValue)) {
            cFeasible = ok;
            cValue = value;
            cFrom = from;
            cTo = to;
            cRate = rate;
        }
    }

    private double netIncome(int cell) {
        double n = 0;
        double[] inc = genes.geneIncome;
        for (int l = 0; l < legs; l++) {
            if (genes.groupCell[geneGroup[legFrom[l]]] == cell) n += legRate[l] * (inc[legTo[l]] - inc[legFrom[l]]);
        }
        return n;
    }

    private boolean reverses(int from, int to, int n) {
        for (int l = 0; l < n; l++) if (legFrom[l] == to && legTo[l] == from) return true;
        return false;
    }

    private double rateOfLegs() {
        double r = 0;
        for (int l = 0; l < legs; l++) r += legRate[l] * (score[legTo[l]] - score[legFrom[l]]);
        return r;
    }

    private double netOf(int crop) {
        double n = 0;
        double[] y = genes.geneYield;
        for (int l = 0; l < legs; l++) {
            if (genes.geneCrop[legFrom[l]] == crop) n -= legRate[l] * y[legFrom[l]];
            if (genes.geneCrop[legTo[l]] == crop) n += legRate[l] * y[legTo[l]];
        }
        return n;
    }

    /**
     * Gain (rate × largest step) of the current legs; sets {@link #lastStep} and {@link #stepLimitedBy} (the crop
     * whose production limits the step, -1 if area or income does). Gain ≤ 0 when the rate is not positive.
     */
    private double evaluate() {
        double rate = rateOfLegs();
        stepLimitedBy = -1;
        lastStep = 0;
        if (!(rate > 0)) return 0;
        // legs can cancel (a cycle inside one group): no unit step moves more than the first leg's group holds
        double step = genes.groupArea[geneGroup[legFrom[0]]];
        double[] y = genes.geneYield, inc = genes.geneIncome;
        int limitedBy = -1;
        // area: a source gene used by several legs gives their summed rate
        for (int l = 0; l < legs; l++) {
            int from = legFrom[l];
            double use = 0;
            for (int k = 0; k < legs; k++) {
                if (legFrom[k] == from) use += legRate[k];
                if (legTo[k] == from) use -= legRate[k];
            }
            if (use > 0) step = Math.min(step, area[from] / use);
        }
        // production of every touched crop
        int nt = 0;
        for (int l = 0; l < legs; l++) {
            nt = touch(nt, genes.geneCrop[legFrom[l]], -legRate[l] * y[legFrom[l]]);
            nt = touch(nt, genes.geneCrop[legTo[l]], legRate[l] * y[legTo[l]]);
        }
        for (int t = 0; t < nt; t++) {
            if (net[t] < 0) {
                double s = Math.max(0, surplus(touched[t])) / -net[t];
                if (s < step) {
                    step = s;
                    limitedBy = touched[t];
                }
            }
        }
        // income of every touched cell
        nt = 0;
        for (int l = 0; l < legs; l++) {
            nt = touch(nt, genes.groupCell[geneGroup[legFrom[l]]], legRate[l] * (inc[legTo[l]] - inc[legFrom[l]]));
        }
        for (int t = 0; t < nt; t++) {
            if (net[t] < 0) {
                double s = Math.max(0, slack(touched[t])) / -net[t];
                if (s < step) {
                    step = s;
                    limitedBy = -touched[t] - 2;
                }
            }
        }
        stepLimitedBy = limitedBy;
        if (!(step > 0)) return 0;
        lastStep = step;
        return rate * step;
    }

    private int touch(int nt, int key, double change) {
        for (int t = 0; t < nt; t++) {
            if (touched[t] == key) {
                net[t] += change;
                return nt;
            }
        }
        touched[nt] = key;
        net[nt] = change;
        return nt + 1;
    }

    private void keepBest(double gain) {
        bestGain = gain;
        bestStep = lastStep;
        bestLegs = legs;
        System.arraycopy(legFrom, 0, bestFrom, 0, legs);
        System.arraycopy(legTo, 0, bestTo, 0, legs);
        System.arraycopy(legRate, 0, bestRate, 0, legs);
    }

    /**
     * Moves {@code ha} hectares from gene i to gene j of the same group. Legs of one compound move may pass area
     * through a gene, so a leg may leave it transiently negative; {@link #settle} clears rounding slivers after.
     */
    private void apply(int i, int j, double ha) {
        area[i] -= ha;
        area[j] += ha;
        double[] y = genes.geneYield, inc = genes.geneIncome;
        production[genes.geneCrop[i]] -= ha * y[i];
        production[genes.geneCrop[j]] += ha * y[j];
        income[genes.groupCell[geneGroup[i]]] += ha * (inc[j] - inc[i]);
    }

    /** Sets areas within rounding of 0 to 0 (the ratio tests may leave -1e-13 ha), keeping the books. */
    private void settle(int i) {
        double a = area[i];
        if (a >= 0 && a > 1e-12 * genes.groupArea[geneGroup[i]]) return;
        // a sliver: give it to (or take it from) the largest crop of the group
        int g = geneGroup[i], big = -1;
        for (int k = genes.groupGeneStart[g]; k < genes.groupGeneStart[g + 1]; k++) if (k != i && (big < 0 || area[k] > area[big])) big = k;
        if (big >= 0 && a != 0) apply(i, big, a);
    }
}
