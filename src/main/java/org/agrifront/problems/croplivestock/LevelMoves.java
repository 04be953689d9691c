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
    /** Room below which a row counts as tight (relative to the row's scale). */
    private static final double TIGHT = 1e-9;

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
    /** Per variable: the weighted objective change per unit under {@link #weights} (lower is better). */
    private final double[] weighted;
    /** Per variable: {@link #weighted} per unit of output (the greedy score of lowering or raising it). */
    private final double[] perOutput;
    /** {@link #varObjective} flattened, variable-major: the six objectives of v at [6v, 6v+6). */
    private final double[] objectiveFlat;
    /** Per variable: output per unit, upper bound, and whether the upper bound is a row of its own (capped). */
    private final double[] output, upper;
    private final boolean[] capped;
    /** Variables of cell i: cellStart[i] .. cellStart[i+1]-1; their decoder group (0 crop, 1 grazer, 2 capped). */
    private final int[] cellStart;
    private final byte[] group;
    /** Per row: the variables in it and their coefficients (the inverse of varRows/varCoef). */
    private final int[][] rowVars;
    private final double[][] rowCoef;
    // scratch of one move: touched rows (deduplicated by stamp) and their rates, moved variables and their rates
    private static final int MAX_VARS = 6;
    private final int[] mRows = new int[20 * MAX_VARS];
    private final double[] mRate = new double[20 * MAX_VARS];
    private final int[] stamp, slot;
    private int stampId, mCount;
    private final int[] mVar = new int[MAX_VARS];
    private final double[] mVarRate = new double[MAX_VARS];
    private int mVars;
    /** Set by {@link #ratioTest}: the row that limits the step (or -1 for a variable's bound). */
    private int blockRow;

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
        weighted = new double[vars];
        perOutput = new double[vars];
        objectiveFlat = new double[vars * OBJ];
        for (int v = 0; v < vars; v++) System.arraycopy(varObjective[v], 0, objectiveFlat, v * OBJ, OBJ);
        output = new double[vars];
        upper = new double[vars];
        capped = new boolean[vars];
        group = new byte[vars];
        cellStart = new int[n + 1];
        int[] perRow = new int[rows];
        for (int v = 0; v < vars; v++) {
            output[v] = -varCoef[v][varCoef[v].length - 1];
            upper[v] = problem.upper(v);
            Activity.Kind kind = problem.activityOf(v).kind;
            capped[v] = kind == Activity.Kind.CAPPED;
            group[v] = (byte) kind.ordinal();
            cellStart[problem.cellOf(v) + 1] = v + 1;
            for (int r : varRows[v]) perRow[r]++;
        }
        for (int i = 1; i <= n; i++) cellStart[i] = Math.max(cellStart[i], cellStart[i - 1]);
        rowVars = new int[rows][];
        rowCoef = new double[rows][];
        for (int row = 0; row < rows; row++) {
            rowVars[row] = new int[perRow[row]];
            rowCoef[row] = new double[perRow[row]];
        }
        int[] rowFill = new int[rows];
        for (int v = 0; v < vars; v++) {
            for (int t = 0; t < varRows[v].length; t++) {
                int r = varRows[v][t];
                rowVars[r][rowFill[r]] = v;
                rowCoef[r][rowFill[r]++] = varCoef[v][t];
            }
        }
        stamp = new int[rows];
        slot = new int[rows];
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

    /** Loads the levels of {@code genome} (decoded as {@link CropLivestockProblem#decode} does) and sums every row. */
    void load(double[] genome) {
        Arrays.fill(load, 0);
        for (int i = 0; i < n; i++) {
            int from = cellStart[i], to = cellStart[i + 1];
            double crops = 0, grazers = 0;
            for (int v = from; v < to; v++) {
                if (group[v] == 0) crops += genome[v];
                else if (group[v] == 1) grazers += genome[v];
            }
            double fc = 1 / Math.max(1, crops), fg = 1 / Math.max(1, grazers);
            for (int v = from; v < to; v++) level[v] = upper[v] * genome[v] * (group[v] == 0 ? fc : group[v] == 1 ? fg : 1);
        }
        sumRows();
    }

    /** Loads levels (hectares, heads; one per variable) and sums every row. */
    void loadLevels(double[] levels) {
        System.arraycopy(levels, 0, level, 0, vars);
        Arrays.fill(load, 0);
        sumRows();
    }

    private void sumRows() {
        for (int v = 0; v < vars; v++) {
            double l = level[v];
            if (l == 0) continue;
            int[] r = varRows[v];
            double[] cf = varCoef[v];
            for (int t = 0; t < r.length; t++) load[r[t]] += cf[t] * l;
        }
    }

    /** Writes the levels back as a genome (exact: the levels stay within every cell's capacities). */
    void store(double[] genome) {
        for (int v = 0; v < vars; v++) genome[v] = Math.min(1, Math.max(0, level[v] / upper[v]));
    }

    /** Copies the current levels into {@code into}. */
    void copyLevels(double[] into) {
        System.arraycopy(level, 0, into, 0, vars);
    }

    double level(int v) {
        return level[v];
    }

    /** True when some row is broken by more than the margin. */
    boolean broken() {
        for (int row = 0; row < rows; row++) if (load[row] > limit[row] + MARGIN * rowScale[row]) return true;
        return false;
    }

    /** True when some row other than total output is broken by more than the margin. */
    boolean brokenBesideOutput() {
        for (int row = 0; row < rows; row++) if (row != outputRow && load[row] > limit[row] + MARGIN * rowScale[row]) return true;
        return false;
    }

    /** The six objectives of the current levels, relative to today's values and in minimisation form (output negated). */
    void objectives(double[] into) {
        Arrays.fill(into, 0, OBJ, 0);
        for (int v = 0, b = 0; v < vars; v++, b += OBJ) {
            double l = level[v];
            if (l == 0) continue;
            for (int d = 0; d < OBJ; d++) into[d] += objectiveFlat[b + d] * l;
        }
    }

    /** Uses {@code w} (six objective weights, any scale) for the gains of the following moves. */
    void weigh(double[] w) {
        System.arraycopy(w, 0, weights, 0, OBJ);
        weighAll();
    }

    /** Draws a weighting: half the time one objective alone, else uniform on the simplex. */
    void drawWeights(RandomGenerator rng) {
        Arrays.fill(weights, 0);
        if (rng.nextBoolean()) {
            weights[rng.nextInt(OBJ)] = 1;
        } else {
            for (int d = 0; d < OBJ; d++) weights[d] = -Math.log(1 - rng.nextDouble());
        }
        weighAll();
    }

    /** Weighs objective {@code d} alone. */
    void weighOne(int d) {
        Arrays.fill(weights, 0);
        weights[d] = 1;
        weighAll();
    }

    private void weighAll() {
        for (int v = 0, b = 0; v < vars; v++, b += OBJ) {
            double s = 0;
            for (int d = 0; d < OBJ; d++) s += weights[d] * objectiveFlat[b + d];
            weighted[v] = s;
            perOutput[v] = output[v] > 0 ? s / output[v] : s;
        }
    }

    // ---------------------------------------------------------------- one move: up to MAX_VARS levels on a line

    private void begin() {
        if (++stampId == Integer.MAX_VALUE) {
            Arrays.fill(stamp, 0);
            stampId = 1;
        }
        mCount = 0;
        mVars = 0;
    }

    /** Adds variable v at {@code rate} per unit step to the move (its rows' rates follow). */
    private void add(int v, double rate) {
        int at = -1;
        for (int s = 0; s < mVars; s++) if (mVar[s] == v) at = s;
        if (at >= 0) {
            mVarRate[at] += rate; // a level already moving: its rate changes
        } else {
            mVar[mVars] = v;
            mVarRate[mVars++] = rate;
        }
        int[] r = varRows[v];
        double[] cf = varCoef[v];
        for (int t = 0; t < r.length; t++) {
            int row = r[t];
            if (stamp[row] != stampId) {
                stamp[row] = stampId;
                slot[row] = mCount;
                mRows[mCount] = row;
                mRate[mCount++] = rate * cf[t];
            } else {
                mRate[slot[row]] += rate * cf[t];
            }
        }
    }

    private boolean inMove(int v) {
        for (int s = 0; s < mVars; s++) if (mVar[s] == v) return true;
        return false;
    }

    private double rateInMove(int v) {
        for (int s = 0; s < mVars; s++) if (mVar[s] == v) return mVarRate[s];
        return 0;
    }

    /** Coefficient of variable v in {@code row} (0 if it is not in it). */
    private double coefficient(int v, int row) {
        int[] r = varRows[v];
        for (int t = 0; t < r.length; t++) if (r[t] == row) return varCoef[v][t];
        return 0;
    }

    private boolean brokenRow(int row) {
        return load[row] > limit[row] + MARGIN * rowScale[row];
    }

    /** Gain per unit step of the move: decrease of the broken rows' relative excess (phase one) or of the weighting. */
    private double gain(boolean phaseOne) {
        double gain = 0;
        if (phaseOne) {
            for (int t = 0; t < mCount; t++) {
                int row = mRows[t];
                if (brokenRow(row)) gain -= mRate[t] / rowScale[row];
            }
        } else {
            for (int s = 0; s < mVars; s++) gain -= mVarRate[s] * weighted[mVar[s]];
        }
        return gain;
    }

    /**
     * The largest step of the move: no level below zero or above its cap, no row it meets broken, no broken row
     * worse. Sets {@link #blockRow} to the limiting row (−1: a level's bound). Returns −1 when phase one would
     * worsen a broken row.
     */
    private double ratioTest(boolean phaseOne) {
        double step = Double.POSITIVE_INFINITY;
        blockRow = -1;
        for (int s = 0; s < mVars; s++) {
            int v = mVar[s];
            double rate = mVarRate[s];
            if (rate < 0) step = Math.min(step, level[v] > TIGHT * upper[v] ? level[v] / -rate : 0);
            else if (capped[v]) step = Math.min(step, Math.max(0, upper[v] * (1 - MARGIN) - level[v]) / rate);
        }
        for (int t = 0; t < mCount; t++) {
            double rate = mRate[t];
            if (rate <= 0) continue;
            int row = mRows[t];
            double room = limit[row] - MARGIN * rowScale[row] - load[row];
            if (load[row] > limit[row] + MARGIN * rowScale[row]) {
                if (phaseOne) return -1; // a broken row may not get worse
                room = 0;
            }
            // a row within a hair of its limit is tight: a step that small gains nothing and hides the row from chain
            double s = room > TIGHT * rowScale[row] ? room / rate : 0;
            if (s < step) {
                step = s;
                blockRow = row;
            }
        }
        return step;
    }

    private void apply(double step) {
        for (int s = 0; s < mVars; s++) {
            int v = mVar[s];
            level[v] = Math.max(0, level[v] + mVarRate[s] * step);
        }
        for (int t = 0; t < mCount; t++) load[mRows[t]] += mRate[t] * step;
    }

    /**
     * One move: variable {@code u} down by t, {@code v} up by {@code ratio}·t (either may be −1 for none); a pair
     * with {@code ratio} = output of u / output of v keeps total output.
     * {@code phaseOne}: gain = decrease of the broken rows' relative excess, else of the weighted objectives.
     * {@code largest}: the largest feasible step, else a uniform fraction of it. Returns true if it moved.
     */
    boolean move(int u, int v, double ratio, boolean phaseOne, boolean largest, RandomGenerator rng) {
        if (!phaseOne) { // the gain needs no rows: reject before touching them
            double g = (u >= 0 ? weighted[u] : 0) - (v >= 0 ? ratio * weighted[v] : 0);
            if (!(g > 1e-15)) return false;
        }
        begin();
        if (u >= 0) add(u, -1);
        if (v >= 0) add(v, ratio);
        if (u >= 0 && v >= 0 && ratio == output[u] / output[v]) zero(outputRow); // output kept: no round-off on its row
        if (!(gain(phaseOne) > 1e-15)) return false;
        double step = ratioTest(phaseOne);
        if (!(step > 0) || Double.isInfinite(step)) return false;
        if (!largest) step *= rng.nextDouble();
        if (!(step > 0)) return false;
        apply(step);
        return true;
    }

    private void zero(int row) {
        if (stamp[row] == stampId) mRate[slot[row]] = 0;
    }

    /**
     * A move along the tight rows (a pivot-like step found by ratio tests, not by solving anything): start from
     * u down and/or v up (as {@link #move}); while the step is zero because a row is tight, add a level that
     * cancels that row's rate (lower one that loads it or raise one that relieves it, the best of {@code pick}
     * random candidates under the weighting), as long as the move still gains. At most {@code depth} levels are
     * added. Returns true if it moved.
     */
    boolean chain(int u, int v, double ratio, int depth, int pick, boolean largest, RandomGenerator rng) {
        double g0 = (u >= 0 ? weighted[u] : 0) - (v >= 0 ? ratio * weighted[v] : 0);
        if (!(g0 > 1e-15)) return false;
        begin();
        if (u >= 0) add(u, -1);
        if (v >= 0) add(v, ratio);
        if (u >= 0 && v >= 0 && ratio == output[u] / output[v]) zero(outputRow);
        for (int d = 0; ; d++) {
            if (!(gain(false) > 1e-15)) return false;
            double step = ratioTest(false);
            if (Double.isInfinite(step)) return false;
            if (step > 0) {
                if (!largest) step *= rng.nextDouble();
                if (!(step > 0)) return false;
                apply(step);
                return true;
            }
            if (d >= depth || blockRow < 0 || mVars >= MAX_VARS) return false;
            int row = blockRow;
            double rho = mRate[slot[row]];
            int[] rv = rowVars[row];
            double[] rc = rowCoef[row];
            int best = -1;
            double bestRate = 0, bestGain = Double.NEGATIVE_INFINITY;
            // candidates: the levels already moving (their rate adjusted) and pick random levels of the row
            for (int k = -mVars; k < pick; k++) {
                int w;
                double c;
                if (k < 0) {
                    w = mVar[-k - 1];
                    c = coefficient(w, row);
                } else {
                    int t = rng.nextInt(rv.length);
                    w = rv[t];
                    c = rc[t];
                    if (inMove(w)) continue;
                }
                if (c == 0) continue;
                double rate = -rho / c, total = rate + rateInMove(w);
                if (total < 0 && !(level[w] > TIGHT * upper[w])) continue;
                if (total > 0 && capped[w] && !(level[w] < upper[w] * (1 - MARGIN))) continue;
                double gw = -rate * weighted[w];
                if (gw > bestGain) {
                    bestGain = gw;
                    best = w;
                    bestRate = rate;
                }
            }
            if (best < 0) return false;
            add(best, bestRate);
            mRate[slot[row]] = 0; // cancelled exactly
        }
    }

    /**
     * One directed move under the weighting: a level down alone, a level up alone, or a trade (down u, up v with
     * total output kept, or half of the time at a random rate; v in u's cell, region, or anywhere), each level the
     * best of {@code pick} random candidates under the weighting, extended along tight rows by {@link #chain}.
     */
    boolean climbMove(int depth, int pick, boolean largest, RandomGenerator rng) {
        int kind = rng.nextInt(5);
        if (kind == 0) return chain(pickDown(pick, -1, rng, 0, vars), -1, 0, depth, pick, largest, rng);
        if (kind == 1) return chain(-1, pickUp(pick, rng, 0, vars), 1, depth, pick, largest, rng);
        int u = pickDown(pick, -1, rng, 0, vars);
        if (u < 0) return false;
        int v;
        if (kind == 2) {
            int i = problem.cellOf(u);
            v = pickUp(pick, rng, cellStart[i], cellStart[i + 1]);
        } else if (kind == 3) {
            int[] same = regionVariables[data.region()[problem.cellOf(u)]];
            v = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int k = 0; k < pick; k++) {
                int w = same[rng.nextInt(same.length)];
                double score = perOutput[w];
                if (w != u && score < best) {
                    best = score;
                    v = w;
                }
            }
        } else {
            v = pickUp(pick, rng, 0, vars);
        }
        if (v < 0 || v == u) return false;
        double ou = output[u], ov = output[v];
        double ratio = ov > 0 && ou > 0 ? ou / ov : 1;
        if (rng.nextBoolean()) ratio *= Math.exp(0.5 * rng.nextGaussian());
        return chain(u, v, ratio, depth, pick, largest, rng);
    }

    /** Of {@code pick} random variables in [from, to) with a level above zero, the one whose lowering gains most per output. */
    private int pickDown(int pick, int not, RandomGenerator rng, int from, int to) {
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < pick; k++) {
            int w = from + rng.nextInt(to - from);
            if (w == not || !(level[w] > 0)) continue;
            double score = perOutput[w];
            if (score > bestScore) {
                bestScore = score;
                best = w;
            }
        }
        return best;
    }

    /** Of {@code pick} random variables in [from, to) below their cap, the one whose raising costs least per output. */
    private int pickUp(int pick, RandomGenerator rng, int from, int to) {
        if (to <= from) return -1;
        int best = -1;
        double bestScore = Double.POSITIVE_INFINITY;
        for (int k = 0; k < pick; k++) {
            int w = from + rng.nextInt(to - from);
            if (capped[w] && !(level[w] < upper[w] * (1 - MARGIN))) continue;
            double score = perOutput[w];
            if (score < bestScore) {
                bestScore = score;
                best = w;
            }
        }
        return best;
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

    /** Tight rows (room below 1e-6 of the row's scale) per kind: cell pressures, capacities, regions, basins, masked, output. */
    int[] tightRows() {
        int[] count = new int[6];
        for (int row = 0; row < rows; row++) {
            if (Double.isInfinite(limit[row]) || limit[row] - load[row] > 1e-6 * rowScale[row]) continue;
            count[row < capBase ? 0 : row < regionBase ? 1 : row < basinBase ? 2 : row < maskedBase ? 3 : row < outputRow ? 4 : 5]++;
        }
        return count;
    }

    /** Output per unit of variable v. */
    double output(int v) {
        return output[v];
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
            int from = cellStart[i], to = cellStart[i + 1];
            if (to - from < 2) return false;
            v = from + rng.nextInt(to - from);
            if (v == u) return false;
        } else if (kind == 3) { // within u's region: the regional just boundaries are the rows most often tight
            int[] same = regionVariables[data.region()[problem.cellOf(u)]];
            v = same[rng.nextInt(same.length)];
            if (v == u) return false;
        }
        double ou = output[u], ov = output[v];
        double ratio = ov > 0 && ou > 0 ? ou / ov : 1;
        // half of the pairs trade at another rate: more (or less) output for the room u frees
        if (rng.nextBoolean()) ratio *= Math.exp(0.5 * rng.nextGaussian());
        return move(u, v, ratio, phaseOne, largest, rng);
    }
}
