package org.agrifront.problems.croplivestock;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Moves on the decoded allocation (hectares and heads) that never break a constraint row an allocation meets and
 * never worsen one it breaks. Every row of the problem is linear in the levels: the four safe boundaries, the
 * cell's cropland, biomass and growth caps, the regional just boundaries, the basin water, N and P rows, the
 * masked-zone rows and total output. A move changes one or two levels along a line; its largest step follows from a
 * ratio test over the few rows the two cells touch, so a move costs O(1) after one O(cells) pass that sums the
 * rows.
 * <p>
 * Moves gain under a weighting of the six objectives (each relative to today's value) or, while some row is
 * broken, under the broken rows' relative excess (a phase one, as in the simplex method but by single moves).
 * Nothing here solves an LP or reads an exact solution: the moves are greedy coordinate steps.
 * <p>
 * Not thread-safe: one instance per operator, used by one run.
 */
final class LevelMoves {
    private static final int A = Activity.COUNT, K = Quantity.PRESSURES, OBJ = QtpEvaluator.OBJECTIVES;
    /** Hair kept back from every limit, relative to the row's scale (the evaluator's tolerance is 1e-7). */
    private static final double MARGIN = 1e-9;

    private final CropLivestockProblem problem;
    private final QtpData data;
    private final int n, vars;
    // rows: cell pressures [k*n + i], capacity [capBase + v's (cell, group)], regions, basins, masked, output
    private final int capBase, regionBase, basinBase, maskedBase, outputRow, rows;
    private final double[] limit;
    /** Row scale for the phase-one weights and the margin. */
    private final double[] rowScale;
    /** Per variable: rows it touches and its coefficient in each (≤ 17). */
    private final int[][] varRows;
    private final double[][] varCoef;
    /** Per variable: its contribution to the six objectives (minimisation form, relative to today). */
    private final double[][] varObjective;
    private final int[][] regionVariables;
    private final double[] level;   // per variable, hectares or heads
    private final double[] load;    // per row
    private final double[] weights = new double[OBJ];
    // scratch of one move
    private final int[] mRows = new int[40];
    private final double[] mRate = new double[40];
    private int mCount;

    LevelMoves(CropLivestockProblem problem) {
        this.problem = problem;
        this.data = problem.data();
        this.n = data.cells();
        this.vars = problem.variables();
        QtpEvaluator ev = problem.evaluator();
        Coefficients c = ev.coefficients();
        int regions = data.regions().size(), basins = data.basins().size();
        capBase = K * n;
        regionBase = capBase + 3 * n;
        basinBase = regionBase + K * regions;
        maskedBase = basinBase + 3 * basins;
        outputRow = maskedBase + K;
        rows = outputRow + 1;
        limit = new double[rows];
        rowScale = new double[rows];
        for (int k = 0; k < K; k++) {
            for (int i = 0; i < n; i++) limit[k * n + i] = ev.room(k, i);
            for (int r = 0; r < regions; r++) limit[regionBase + r * K + k] = data.regions().get(r).just()[k] - ev.regionHuman(k, r);
            limit[maskedBase + k] = ev.maskedRoom(k);
        }
        for (int i = 0; i < n; i++) {
            limit[capBase + 3 * i] = data.cropland()[i];
            limit[capBase + 3 * i + 1] = c.biomass()[i];
            limit[capBase + 3 * i + 2] = Double.POSITIVE_INFINITY; // growth caps are per variable (see capped)
        }
        for (int b = 0; b < basins; b++) {
            limit[basinBase + 3 * b] = data.basins().get(b).exorheic() ? ev.basinCurrentWater(b) : Double.POSITIVE_INFINITY;
            double water = c.runoff()[b] - ev.basinHumanWater(b);
            limit[basinBase + 3 * b + 1] = QtpEvaluator.N_LIMIT * water - ev.basinHumanNutrient(b, 2);
            limit[basinBase + 3 * b + 2] = QtpEvaluator.P_LIMIT * water - ev.basinHumanNutrient(b, 3);
        }
        limit[outputRow] = -ev.currentOutput(); // stored as −output ≤ −today's
        double[] today = ev.currentObjectives();
        varRows = new int[vars][];
        varCoef = new double[vars][];
        varObjective = new double[vars][OBJ];
        int[] tr = new int[20];
        double[] tc = new double[20];
        for (int v = 0; v < vars; v++) {
            int j = problem.entry(v), i = j / A, a = j % A;
            Activity act = Activity.all().get(a);
            int m = 0;
            for (int k = 0; k < K; k++) {
                double coef = c.perUnit()[k][j];
                tr[m] = k * n + i;
                tc[m++] = coef;
                tr[m] = regionBase + data.region()[i] * K + k;
                tc[m++] = coef;
                if (data.masked(i)) {
                    tr[m] = maskedBase + k;
                    tc[m++] = coef;
                }
            }
            if (act.kind == Activity.Kind.CROP) {
                tr[m] = capBase + 3 * i;
                tc[m++] = 1;
            } else if (act.kind == Activity.Kind.GRAZER) {
                tr[m] = capBase + 3 * i + 1;
                tc[m++] = c.biomassPerHead()[a];
            }
            int b = data.basin()[i];
            double w = c.perUnit()[0][j];
            if (data.basins().get(b).exorheic()) {
                tr[m] = basinBase + 3 * b;
                tc[m++] = w;
            }
            tr[m] = basinBase + 3 * b + 1;
            tc[m++] = c.perUnit()[2][j] + QtpEvaluator.N_LIMIT * w;
            tr[m] = basinBase + 3 * b + 2;
            tc[m++] = c.perUnit()[3][j] + QtpEvaluator.P_LIMIT * w;
            tr[m] = outputRow;
            tc[m++] = -c.perUnit()[4][j];
            varRows[v] = Arrays.copyOf(tr, m);
            varCoef[v] = Arrays.copyOf(tc, m);
            for (int k = 0; k < K; k++) varObjective[v][k] = c.perUnit()[k][j] / Math.abs(today[k]);
            varObjective[v][QtpEvaluator.CONFLICT] = c.conflictPerUnit()[j] / Math.abs(today[QtpEvaluator.CONFLICT]);
            varObjective[v][QtpEvaluator.OUTPUT] = -c.perUnit()[4][j] / Math.abs(today[QtpEvaluator.OUTPUT]);
        }
        for (int row = 0; row < rows; row++) rowScale[row] = Double.isInfinite(limit[row]) ? 1 : Math.max(1e-12, Math.abs(limit[row]));
        level = new double[vars];
        load = new double[rows];
        int[] perRegion = new int[regions];
        for (int v = 0; v < vars; v++) perRegion[data.region()[problem.cellOf(v)]]++;
        regionVariables = new int[regions][];
        for (int r = 0; r < regions; r++) regionVariables[r] = new int[perRegion[r]];
        int[] fill = new int[regions];
        for (int v = 0; v < vars; v++) {
            int r = data.region()[problem.cellOf(v)];
            regionVariables[r][fill[r]++] = v;
        }
    }

    int variables() {
        return vars;
    }

    /** Loads the levels of {@code genome} and sums every row. */
    void load(double[] genome) {
        double[] x = problem.decode(genome);
        Arrays.fill(load, 0);
        for (int v = 0; v < vars; v++) {
            double l = x[problem.entry(v)];
            level[v] = l;
            if (l == 0) continue;
            int[] r = varRows[v];
            double[] cf = varCoef[v];
            for (int t = 0; t < r.length; t++) load[r[t]] += cf[t] * l;
        }
    }

    /** Writes the levels back as a genome (exact: the levels stay within every cell's capacities). */
    void store(double[] genome) {
        for (int v = 0; v < vars; v++) genome[v] = Math.min(1, Math.max(0, level[v] / problem.upper(v)));
    }

    double level(int v) {
        return level[v];
    }

    /** True when some row is broken by more than the margin. */
    boolean broken() {
        for (int row = 0; row < rows; row++) if (load[row] > limit[row] + MARGIN * rowScale[row]) return true;
        return false;
    }

    /** Uses {@code w} (six objective weights, any scale) for the gains of the following moves. */
    void weigh(double[] w) {
        System.arraycopy(w, 0, weights, 0, OBJ);
    }

    /** Draws a weighting: half the time one objective alone, else uniform on the simplex. */
    void drawWeights(RandomGenerator rng) {
        Arrays.fill(weights, 0);
        if (rng.nextBoolean()) {
            weights[rng.nextInt(OBJ)] = 1;
            return;
        }
        for (int d = 0; d < OBJ; d++) weights[d] = -Math.log(1 - rng.nextDouble());
    }

    /**
     * One move: variable {@code u} down by t, {@code v} up by {@code ratio}·t (either may be −1 for none); a pair
     * with {@code ratio} = output of u / output of v keeps total output.
     * {@code phaseOne}: gain = decrease of the broken rows' relative excess, else of the weighted objectives.
     * {@code largest}: the largest feasible step, else a uniform fraction of it. Returns true if it moved.
     */
    boolean move(int u, int v, double ratio, boolean phaseOne, boolean largest, RandomGenerator rng) {
        mCount = 0;
        if (u >= 0) add(u, -1);
        if (v >= 0) add(v, ratio);
        if (u >= 0 && v >= 0 && ratio == output(u) / output(v)) { // output kept: no round-off on its row
            for (int t = 0; t < mCount; t++) if (mRows[t] == outputRow) mRate[t] = 0;
        }
        double gain = 0;
        if (phaseOne) {
            for (int t = 0; t < mCount; t++) {
                int row = mRows[t];
                if (load[row] > limit[row] + MARGIN * rowScale[row]) gain -= mRate[t] / rowScale[row];
            }
        } else {
            if (u >= 0) for (int d = 0; d < OBJ; d++) gain += weights[d] * varObjective[u][d];
            if (v >= 0) for (int d = 0; d < OBJ; d++) gain -= weights[d] * ratio * varObjective[v][d];
        }
        if (!(gain > 1e-15)) return false;
        double step = u >= 0 ? level[u] : Double.POSITIVE_INFINITY;
        if (v >= 0 && problem.activityOf(v).kind == Activity.Kind.CAPPED) {
            step = Math.min(step, Math.max(0, problem.upper(v) * (1 - MARGIN) - level[v]) / ratio);
        }
        for (int t = 0; t < mCount && step > 0; t++) {
            double rate = mRate[t];
            if (rate <= 0) continue;
            int row = mRows[t];
            double room = limit[row] - MARGIN * rowScale[row] - load[row];
            if (load[row] > limit[row] + MARGIN * rowScale[row]) {
                if (phaseOne) return false; // a broken row may not get worse
                room = 0;
            }
            step = Math.min(step, Math.max(0, room) / rate);
        }
        if (!(step > 0) || Double.isInfinite(step)) return false;
        if (!largest) step *= rng.nextDouble();
        if (!(step > 0)) return false;
        if (u >= 0) level[u] = Math.max(0, level[u] - step);
        if (v >= 0) level[v] += ratio * step;
        for (int t = 0; t < mCount; t++) load[mRows[t]] += mRate[t] * step;
        return true;
    }

    private boolean loadsBrokenRow(int v) {
        if (!(level[v] > 0)) return false;
        int[] r = varRows[v];
        double[] cf = varCoef[v];
        for (int t = 0; t < r.length; t++) {
            int row = r[t];
            if (cf[t] > 0 && load[row] > limit[row] + MARGIN * rowScale[row]) return true;
        }
        return false;
    }

    /** Kind of the row that stops raising variable v at once (diagnostics), or null. */
    String blockingRow(int v) {
        int[] r = varRows[v];
        double[] cf = varCoef[v];
        for (int t = 0; t < r.length; t++) {
            int row = r[t];
            if (cf[t] > 0 && load[row] + MARGIN * rowScale[row] >= limit[row]) {
                return row < capBase ? "cell" + row / n : row < regionBase ? "capacity" : row < basinBase ? "region" : row < maskedBase ? "basin" + (row - basinBase) % 3 : row < outputRow ? "masked" : "output";
            }
        }
        return null;
    }

    /** Output per unit of variable v. */
    double output(int v) {
        return -varCoef[v][varCoef[v].length - 1];
    }

    private void add(int v, double scale) {
        int[] r = varRows[v];
        double[] cf = varCoef[v];
        outer:
        for (int t = 0; t < r.length; t++) {
            for (int s = 0; s < mCount; s++) {
                if (mRows[s] == r[t]) {
                    mRate[s] += scale * cf[t];
                    continue outer;
                }
            }
            mRows[mCount] = r[t];
            mRate[mCount++] = scale * cf[t];
        }
    }

    /**
     * One random move of the kinds: a pair (u down, v up, output kept), u down alone, v up alone. Returns true if it
     * moved.
     */
    boolean randomMove(boolean phaseOne, boolean largest, RandomGenerator rng) {
        int kind = rng.nextInt(5);
        int u = rng.nextInt(vars), v = rng.nextInt(vars);
        if (phaseOne) { // lower a level that loads a broken row, if one is found quickly
            for (int tries = 0; tries < 8 && !loadsBrokenRow(u); tries++) u = rng.nextInt(vars);
        }
        if (kind == 0) return move(u, -1, 0, phaseOne, largest, rng);
        if (kind == 1) return move(-1, v, 1, phaseOne, largest, rng);
        if (u == v) return false;
        // pairs: within one cell (moves along a unit), within one region, or anywhere
        if (kind == 2) {
            int i = problem.cellOf(u);
            int from = problem.firstVariable(i), to = problem.firstVariable(i + 1);
            if (to - from < 2) return false;
            v = from + rng.nextInt(to - from);
            if (v == u) return false;
        } else if (kind == 3) { // within u's region: the regional just boundaries are the rows most often tight
            int[] same = regionVariables[data.region()[problem.cellOf(u)]];
            v = same[rng.nextInt(same.length)];
            if (v == u) return false;
        }
        double ou = output(u), ov = output(v);
        double ratio = ov > 0 && ou > 0 ? ou / ov : 1;
        // half of the pairs trade at another rate: more (or less) output for the room u frees
        if (rng.nextBoolean()) ratio *= Math.exp(0.5 * rng.nextGaussian());
        return move(u, v, ratio, phaseOne, largest, rng);
    }
}
